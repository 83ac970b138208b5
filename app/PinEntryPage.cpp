#include "app/PinEntryPage.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace cw::shell {
namespace {

// PIV PINs are 6 to 8 digits (SP 800-73-4).
constexpr int kMaxPinLength = 8;

// Overwrites a string's characters in place. Volatile, so the stores are not
// dropped as dead because the string is about to be freed.
void overwrite(QString& text) {
  auto* characters = reinterpret_cast<volatile char16_t*>(text.data());
  for (qsizetype i = 0; i < text.size(); ++i) {
    characters[i] = u'\0';
  }
  text.clear();
}

}  // namespace

PinEntryPage::PinEntryPage(QWidget* parent)
    : SignInPage(QStringLiteral("pinPage"), parent),
      m_field(new QLineEdit),
      m_triesLeft(new QLabel),
      m_error(new QLabel),
      m_signIn(addPrimaryButton(tr("Sign in"), QStringLiteral("pinSignIn"))) {
  setHeading(tr("Enter your PIN"));

  m_field->setObjectName(QStringLiteral("pinField"));
  m_field->setEchoMode(QLineEdit::Password);
  m_field->setMaxLength(kMaxPinLength);
  m_field->setValidator(
      new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{6,8}")), m_field));
  m_field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData |
                               Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
  m_field->setContextMenuPolicy(Qt::NoContextMenu);
  m_field->setAccessibleName(tr("Smartcard PIN"));
  m_field->setMaximumWidth(280);

  auto* label = new QLabel(tr("PIN (6 to 8 digits)"));
  label->setObjectName(QStringLiteral("pinLabel"));
  label->setProperty("cwStyle", QLatin1String("label"));
  label->setBuddy(m_field);

  m_error->setObjectName(QStringLiteral("pinError"));
  m_error->setProperty("cwStyle", QLatin1String("error"));
  m_error->setTextFormat(Qt::PlainText);
  m_error->setWordWrap(true);
  m_error->hide();
  m_triesLeft->setObjectName(QStringLiteral("pinTriesLeft"));
  m_triesLeft->setTextFormat(Qt::PlainText);
  m_triesLeft->setWordWrap(true);

  addContent(m_error);
  addContent(label);
  addContent(m_field);
  addContent(m_triesLeft);
  addCancelButton();

  m_signIn->setAccessibleDescription(tr("Checks the PIN on your smartcard"));
  m_signIn->setEnabled(false);
  connect(m_field, &QLineEdit::textChanged, this,
          [this] { m_signIn->setEnabled(m_field->hasAcceptableInput()); });
  // The validator lets returnPressed through only for an acceptable PIN.
  connect(m_field, &QLineEdit::returnPressed, this, &PinEntryPage::submit);
  connect(m_signIn, &QPushButton::clicked, this, &PinEntryPage::submit);
}

void PinEntryPage::prepare(const QString& displayName, int triesLeft, const QString& error) {
  QString discard = m_field->text();
  m_field->setText(QString());
  overwrite(discard);

  setText(tr("%1, enter the PIN of your smartcard to sign in.").arg(displayName));

  m_error->setText(error);
  m_error->setVisible(!error.isEmpty());

  const bool lastTry = triesLeft == 1;
  if (triesLeft <= 0) {
    m_triesLeft->clear();
  } else if (lastTry) {
    m_triesLeft->setText(tr("1 try left: the card locks after one more wrong PIN."));
  } else {
    m_triesLeft->setText(tr("%n tries left", nullptr, triesLeft));
  }
  m_triesLeft->setVisible(triesLeft > 0);
  applyStyle(m_triesLeft, lastTry ? "warning" : "hint");

  // A screen reader reads the description with the field, so the error and
  // the tries left are heard where the PIN is typed.
  QStringList description{error, m_triesLeft->text()};
  description.removeAll(QString());
  m_field->setAccessibleDescription(description.join(QLatin1Char(' ')));
  if (!error.isEmpty()) {
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
  }
  m_field->setFocus(Qt::OtherFocusReason);
}

crypto::SecureBytes PinEntryPage::takePin() {
  // The field and this copy share one buffer. Emptying the field with
  // setText also drops its undo history, which holds typed characters; the
  // copy is then the buffer's only holder and is overwritten in place.
  QString text = m_field->text();
  m_field->setText(QString());
  QByteArray utf8 = text.toUtf8();
  overwrite(text);
  return crypto::SecureBytes::takeFrom(utf8);
}

void PinEntryPage::submit() {
  if (m_field->hasAcceptableInput()) {
    Q_EMIT pinSubmitted();
  }
}

}  // namespace cw::shell
