#include "app/SignInScreen.h"

#include "app/PinEntryPage.h"
#include "app/RolePickerPage.h"
#include "app/SignInPage.h"
#include "core/config/EffectiveConfig.h"
#include "core/module/Module.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cw::shell {

SignInScreen::SignInScreen(const config::EffectiveConfig& config,
                           const std::vector<const module::Module*>& publicModules, QWidget* parent)
    : QWidget(parent),
      m_pages(new QStackedWidget),
      m_insertCard(new SignInPage(QStringLiteral("insertCardPage"))),
      m_cardProblem(new SignInPage(QStringLiteral("cardProblemPage"))),
      m_pinEntry(new PinEntryPage),
      m_busy(new SignInPage(QStringLiteral("busyPage"))),
      m_busyIndicator(new QProgressBar),
      m_login(new SignInPage(QStringLiteral("loginPage"))),
      m_rolePicker(new RolePickerPage),
      m_locked(new SignInPage(QStringLiteral("lockedPage"))),
      m_signOut(m_locked->addSecondaryButton(QString(), QStringLiteral("signOut"))) {
  setObjectName(QStringLiteral("signInScreen"));
  setAttribute(Qt::WA_StyledBackground);
  m_pages->setObjectName(QStringLiteral("signInPages"));

  m_insertCard->setHeading(tr("Insert your smartcard"));
  m_insertCard->setText(
      tr("Put your NHS smartcard in the card reader to sign in. You will then be asked "
         "for your PIN."));
  m_cardProblem->setTone(SignInPage::Tone::Warning);
  m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
  m_busyIndicator->setRange(0, 0);  // indeterminate: moves without a percentage
  m_busyIndicator->setTextVisible(false);
  m_busyIndicator->setMaximumHeight(12);
  m_busy->addContent(m_busyIndicator);
  m_busy->addCancelButton();
  m_login->setHeading(tr("Signing in with your smartcard"));
  m_login->addCancelButton();
  m_locked->setHeading(tr("Workstation locked"));

  for (SignInPage* page : {m_insertCard, m_cardProblem, static_cast<SignInPage*>(m_pinEntry), m_busy, m_login,
                           static_cast<SignInPage*>(m_rolePicker), m_locked}) {
    m_pages->addWidget(page);
    connect(page, &SignInPage::cancelRequested, this, &SignInScreen::cancelRequested);
  }
  connect(m_pinEntry, &PinEntryPage::pinSubmitted, this, &SignInScreen::pinSubmitted);
  connect(m_rolePicker, &RolePickerPage::roleChosen, this, &SignInScreen::roleChosen);
  connect(m_signOut, &QPushButton::clicked, this, &SignInScreen::signOutRequested);

  auto* product = new QLabel(tr("Clinical Workstation"));
  product->setObjectName(QStringLiteral("signInProduct"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(32, 24, 32, 24);
  layout->addWidget(product);
  layout->addWidget(m_pages, 1);

  if (!config.isValid()) {
    auto* problems =
        new QLabel(tr("This workstation's configuration has problems, so sign-in is disabled. "
                      "Ask IT to open Workstation status."));
    problems->setObjectName(QStringLiteral("configProblems"));
    problems->setWordWrap(true);
    problems->setMaximumWidth(720);
    layout->addWidget(problems, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
  }

  auto* modules = new QHBoxLayout;
  modules->addStretch(1);
  for (const module::Module* module : publicModules) {
    const module::ModuleInfo info = module->info();
    auto* button = new QPushButton(info.icon, info.title);
    button->setObjectName(QStringLiteral("open_") + info.id);
    connect(button, &QPushButton::clicked, this, [this, module] { Q_EMIT moduleRequested(module); });
    modules->addWidget(button);
  }
  modules->addStretch(1);
  layout->addLayout(modules);
  showInsertCard();
}

void SignInScreen::showInsertCard(const QString& notice) {
  m_insertCard->setNotice(notice);
  m_pages->setCurrentWidget(m_insertCard);
}

void SignInScreen::showCardProblem(const QString& title, const QString& whatToDo) {
  m_cardProblem->setHeading(title);
  m_cardProblem->setText(whatToDo);
  m_pages->setCurrentWidget(m_cardProblem);
}

void SignInScreen::showPinEntry(const QString& displayName, int triesLeft, const QString& error) {
  m_pages->setCurrentWidget(m_pinEntry);
  m_pinEntry->prepare(displayName, triesLeft, error);
}

crypto::SecureBytes SignInScreen::takePin() {
  return m_pinEntry->takePin();
}

void SignInScreen::showBusy(const QString& message) {
  m_busy->setHeading(message);
  m_busyIndicator->setAccessibleName(message);
  m_pages->setCurrentWidget(m_busy);
}

void SignInScreen::showLoginPage(QWidget* page) {
  if (m_loginView != page) {
    delete m_loginView;
    m_loginView = page;
    m_login->addContent(page, 1);
  }
  m_pages->setCurrentWidget(m_login);
  page->setFocus(Qt::OtherFocusReason);
}

void SignInScreen::showRolePicker(const QList<identity::RoleAssignment>& roles, const QString& displayName) {
  m_pages->setCurrentWidget(m_rolePicker);
  m_rolePicker->prepare(roles, displayName);
}

void SignInScreen::showLocked(const QString& displayName, const QString& notice) {
  m_locked->setText(tr("%1 is signed in. Insert your smartcard and enter your PIN to unlock.\n"
                       "Patient information is hidden while the workstation is locked.")
                        .arg(displayName));
  m_locked->setNotice(notice);
  m_signOut->setText(tr("Sign out %1").arg(displayName));
  m_signOut->setAccessibleDescription(
      tr("Ends %1's session. Anyone can also sign in by inserting their own smartcard.").arg(displayName));
  m_pages->setCurrentWidget(m_locked);
}

}  // namespace cw::shell
