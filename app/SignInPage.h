// One step of the sign-in screen in the layout every step shares: a
// panel with a large heading, a few plain sentences, an optional notice, the
// step's own controls, and its one action beside Cancel.
#pragma once

#include <QWidget>

class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cw::shell {

class SignInPage : public QWidget {
  Q_OBJECT

 public:
  // Warning makes the panel an NHS warning callout.
  enum class Tone { Plain, Warning };

  explicit SignInPage(const QString& name, QWidget* parent = nullptr);

  void setHeading(const QString& text);
  void setText(const QString& text);
  // Hidden while empty.
  void setNotice(const QString& text);
  void setTone(Tone tone);

  // Adds a control below the text. A stretch above 0 lets the panel fill the
  // screen (for the login page) instead of sitting centred at its own size.
  void addContent(QWidget* widget, int stretch = 0);
  // The page's action, styled as the NHS primary button.
  QPushButton* addPrimaryButton(const QString& text, const QString& objectName);
  // An action that is not the page's purpose, in the quieter secondary style.
  QPushButton* addSecondaryButton(const QString& text, const QString& objectName);
  // Cancel, which Escape also triggers anywhere on the page.
  void addCancelButton();

  // A plain-text, word-wrapped label in a text style of the NHS style sheet
  // (the cwStyle property), as the sentences of every sign-in step are.
  static QLabel* paragraph(const QString& objectName, const char* style, const QString& text = {});

 Q_SIGNALS:
  void cancelRequested();

 protected:
  // Selects a widget's rule in the NHS style sheet (the cwStyle property).
  static void applyStyle(QWidget* widget, const char* style);

 private:
  QVBoxLayout* m_outer;
  QFrame* m_panel;
  QVBoxLayout* m_content;
  QLabel* m_heading;
  QLabel* m_text;
  QLabel* m_notice;
  QHBoxLayout* m_buttons;
};

}  // namespace cw::shell
