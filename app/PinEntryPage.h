// The sign-in step that asks for the smartcard's PIN: a masked, digits-only
// field, the tries left before the card locks, and the last error.
#pragma once

#include "app/SignInPage.h"
#include "core/crypto/SecureBytes.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace cw::shell {

class PinEntryPage : public SignInPage {
  Q_OBJECT

 public:
  explicit PinEntryPage(QWidget* parent = nullptr);

  // A negative `triesLeft` means the card did not say, and hides the count.
  void prepare(const QString& displayName, int triesLeft, const QString& error);
  // The PIN as typed; the field is emptied and its copy of the text wiped.
  crypto::SecureBytes takePin();

 Q_SIGNALS:
  void pinSubmitted();

 private:
  void submit();

  QLineEdit* m_field;
  QLabel* m_triesLeft;
  QLabel* m_error;
  QPushButton* m_signIn;
};

}  // namespace cw::shell
