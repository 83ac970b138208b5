#include "app/SignInPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace cw::shell {
namespace {

// The panel's width keeps lines short enough to read at arm's length.
constexpr int kPanelWidth = 680;
constexpr int kWidePanelWidth = 1100;

}  // namespace

SignInPage::SignInPage(const QString& name, QWidget* parent)
    : QWidget(parent),
      m_outer(new QVBoxLayout(this)),
      m_panel(new QFrame),
      m_content(new QVBoxLayout(m_panel)),
      m_heading(paragraph(name + QStringLiteral("Heading"), "heading")),
      m_text(paragraph(name + QStringLiteral("Text"), "body")),
      m_notice(paragraph(name + QStringLiteral("Notice"), "notice")),
      m_buttons(new QHBoxLayout) {
  setObjectName(name);
  m_panel->setObjectName(QStringLiteral("signInPanel"));
  m_panel->setProperty("cwStyle", QLatin1String("plain"));
  // A fixed width lets the wrapped labels take the height their text needs.
  m_panel->setFixedWidth(kPanelWidth);
  m_notice->hide();

  m_content->setContentsMargins(40, 32, 40, 32);
  m_content->setSpacing(16);
  m_content->addWidget(m_heading);
  m_content->addWidget(m_text);
  m_content->addWidget(m_notice);
  m_content->addSpacing(8);
  m_content->addLayout(m_buttons);
  m_buttons->setSpacing(16);
  m_buttons->addStretch(1);

  // Centred by stretches, not by alignment: a box layout asks an aligned
  // item for its height without the width it gets, which cuts wrapped text.
  auto* row = new QHBoxLayout;
  row->addStretch(1);
  row->addWidget(m_panel);
  row->addStretch(1);
  m_outer->addStretch(1);
  m_outer->addLayout(row);
  m_outer->addStretch(1);
}

void SignInPage::setHeading(const QString& text) {
  m_heading->setText(text);
}

void SignInPage::setText(const QString& text) {
  m_text->setText(text);
  m_text->setVisible(!text.isEmpty());
}

void SignInPage::setNotice(const QString& text) {
  m_notice->setText(text);
  m_notice->setVisible(!text.isEmpty());
}

void SignInPage::setTone(Tone tone) {
  applyStyle(m_panel, tone == Tone::Warning ? "warning" : "plain");
}

QLabel* SignInPage::paragraph(const QString& objectName, const char* style, const QString& text) {
  auto* label = new QLabel(text);
  label->setObjectName(objectName);
  label->setProperty("cwStyle", QLatin1String(style));
  label->setTextFormat(Qt::PlainText);
  label->setWordWrap(true);
  return label;
}

void SignInPage::applyStyle(QWidget* widget, const char* style) {
  widget->setProperty("cwStyle", QLatin1String(style));
  // Style sheets re-read a dynamic property only when asked to.
  widget->style()->unpolish(widget);
  widget->style()->polish(widget);
  // A frame re-reads its border and padding, and so its text's place, only
  // on a style change.
  QEvent changed(QEvent::StyleChange);
  QCoreApplication::sendEvent(widget, &changed);
}

void SignInPage::addContent(QWidget* widget, int stretch) {
  // Above the buttons' row, which is always last.
  m_content->insertWidget(m_content->count() - 2, widget, stretch);
  if (stretch > 0) {
    m_panel->setMinimumWidth(kPanelWidth);
    m_panel->setMaximumWidth(kWidePanelWidth);
    m_panel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_outer->setStretch(0, 0);
    m_outer->setStretch(2, 0);
    m_outer->setStretch(1, 1);
  }
}

QPushButton* SignInPage::addPrimaryButton(const QString& text, const QString& objectName) {
  auto* button = new QPushButton(text);
  button->setObjectName(objectName);
  button->setProperty("cwStyle", QLatin1String("primary"));
  button->setDefault(true);
  // The primary action comes first, as on NHS.UK pages.
  m_buttons->insertWidget(0, button);
  return button;
}

QPushButton* SignInPage::addSecondaryButton(const QString& text, const QString& objectName) {
  auto* button = new QPushButton(text);
  button->setObjectName(objectName);
  button->setProperty("cwStyle", QLatin1String("secondary"));
  m_buttons->insertWidget(m_buttons->count() - 1, button);
  return button;
}

void SignInPage::addCancelButton() {
  QPushButton* cancel = addSecondaryButton(tr("Cancel"), objectName() + QStringLiteral("Cancel"));
  connect(cancel, &QPushButton::clicked, this, &SignInPage::cancelRequested);
  auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
  escape->setContext(Qt::WidgetWithChildrenShortcut);
  connect(escape, &QShortcut::activated, this, &SignInPage::cancelRequested);
}

}  // namespace cw::shell
