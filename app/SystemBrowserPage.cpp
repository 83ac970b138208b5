#include "app/SystemBrowserPage.h"

#include "app/LoopbackAgent.h"
#include "app/SignInPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cw::shell {

SystemBrowserPage::SystemBrowserPage(LoopbackAgent& agent, const LoginPageRequest& request, QWidget* parent)
    : QWidget(parent), m_agent(&agent) {
  setObjectName(QStringLiteral("systemBrowserPage"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(12);
  layout->addWidget(SignInPage::paragraph(QStringLiteral("systemBrowserText"), "body",
                                          tr("Continue in your web browser.")));
  layout->addWidget(SignInPage::paragraph(
      QStringLiteral("systemBrowserHint"), "hint",
      tr("The sign-in page of %1 has opened in your web browser and will use your smartcard. When you have "
         "finished there, this screen moves on by itself.")
          .arg(request.authorizationUrl.host())));
  layout->addStretch(1);

  // The browser is elsewhere on screen: once it comes back, so does this window.
  LoginPageRequest waiting = request;
  waiting.onRedirect = [self = QPointer<SystemBrowserPage>(this),
                        onRedirect = request.onRedirect](const QUrl& url) {
    if (self) {
      self->window()->raise();
      self->window()->activateWindow();
    }
    onRedirect(url);
  };
  m_ticket = agent.startWaiting(waiting);
}

SystemBrowserPage::~SystemBrowserPage() {
  if (m_agent) {
    m_agent->stopWaiting(m_ticket);
  }
}

}  // namespace cw::shell
