// The sign-in browser for sign_in_browser=system: the person's own web
// browser, with the redirect and the card served on loopback by a
// LoopbackAgent (RFC 8252). No Qt WebEngine involved, so no plug-in either.
#pragma once

#include "app/LoginBrowser.h"

#include <QCoreApplication>

namespace cw::shell {

class LoopbackAgent;

class SystemBrowserLogin : public LoginBrowserFactory {
  Q_DECLARE_TR_FUNCTIONS(cw::shell::SystemBrowserLogin)

 public:
  explicit SystemBrowserLogin(LoopbackAgent& agent) : m_agent(agent) {}

  // Opens the authorization URL in the system browser and returns the page
  // that waits for it; the wait ends when that page is destroyed.
  QWidget* createLoginPage(const LoginPageRequest& request, QWidget* parent) override;

 private:
  LoopbackAgent& m_agent;
};

}  // namespace cw::shell
