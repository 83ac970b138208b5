#include "app/SignInScreen.h"

#include "core/config/EffectiveConfig.h"
#include "core/identity/Session.h"
#include "core/module/Module.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::shell {

SignInScreen::SignInScreen(const config::EffectiveConfig& config,
                           const std::vector<const module::Module*>& publicModules, QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_message(new QLabel) {
  setObjectName(QStringLiteral("signInScreen"));
  setAttribute(Qt::WA_StyledBackground);
  m_title->setObjectName(QStringLiteral("signInTitle"));
  m_message->setObjectName(QStringLiteral("signInMessage"));
  m_message->setTextFormat(Qt::PlainText);
  m_message->setWordWrap(true);
  m_message->setAlignment(Qt::AlignCenter);

  auto* layout = new QVBoxLayout(this);
  layout->addStretch(2);
  layout->addWidget(m_title, 0, Qt::AlignHCenter);
  layout->addSpacing(12);
  layout->addWidget(m_message);

  if (!config.isValid()) {
    auto* problems =
        new QLabel(tr("This workstation's configuration has problems, so sign-in is disabled. "
                      "Ask IT to open Workstation status."));
    problems->setObjectName(QStringLiteral("configProblems"));
    problems->setWordWrap(true);
    problems->setMaximumWidth(720);
    layout->addSpacing(16);
    layout->addWidget(problems, 0, Qt::AlignHCenter);
  }

  layout->addStretch(3);
  for (const module::Module* module : publicModules) {
    const module::ModuleInfo info = module->info();
    auto* button = new QPushButton(info.icon, info.title);
    button->setObjectName(QStringLiteral("open_") + info.id);
    connect(button, &QPushButton::clicked, this, [this, module] { Q_EMIT moduleRequested(module); });
    layout->addWidget(button, 0, Qt::AlignHCenter);
  }
  layout->addSpacing(24);
  showFor(nullptr);
}

void SignInScreen::showFor(const identity::Session* session) {
  if (session == nullptr) {
    m_title->setText(tr("Clinical Workstation"));
    m_message->setText(tr("Smartcard sign-in is not available in this version yet."));
    return;
  }
  m_title->setText(tr("Workstation locked"));
  m_message->setText(tr("%1 is signed in. Insert your smartcard and enter your PIN to unlock.\n"
                        "Patient information is hidden while the workstation is locked.")
                         .arg(session->user().displayName));
}

}  // namespace cw::shell
