// Everything sign-on needs, built from the effective configuration: the
// card monitor and card service (with the configured trust anchors), the
// OIDC client, the audit trail, the session manager and, when sign-in goes
// through the system browser, its loopback agent. When the
// configuration cannot support sign-on it says why and builds nothing
// (fail closed): the sign-in screen shows the reason.
#pragma once

#include "core/audit/AuditTrail.h"
#include "core/http/HttpClient.h"
#include "core/identity/OidcClient.h"
#include "core/identity/SessionManager.h"
#include "smartcard/CardMonitor.h"
#include "smartcard/CardService.h"

#include <memory>

namespace cw::config {
class EffectiveConfig;
}

namespace cw::shell {

class LoginBrowserFactory;
class LoopbackAgent;
class SystemBrowserLogin;

class SignOnServices {
 public:
  SignOnServices(const config::EffectiveConfig& config, const base::Clock& clock);
  ~SignOnServices();

  // Null when sign-on is not possible; problem() says why.
  identity::SessionManager* sessions() const { return m_sessions.get(); }
  QString problem() const { return m_problem; }
  smartcard::CardMonitor& cardMonitor() { return m_monitor; }
  audit::AuditTrail& auditTrail() { return m_audit; }

  // Card events reach the session manager; call once the shell listens.
  void start();

  // The redirect URI the identity provider sends the browser back to
  // (RFC 8252 7.3). The embedded browser stops there, so nothing listens on
  // it; with sign_in_browser=system the loopback agent does, on its own port.
  QString redirectUri() const { return m_redirectUri; }
  // The system browser's sign-in (sign_in_browser=system), or null for the
  // embedded browser plug-in.
  LoginBrowserFactory* systemBrowser() const;

 private:
  audit::AuditTrail m_audit;
  smartcard::CardMonitor m_monitor;
  http::HttpClient m_http;
  std::unique_ptr<smartcard::CardService> m_cards;
  std::unique_ptr<identity::OidcClient> m_oidc;
  std::unique_ptr<LoopbackAgent> m_loopback;
  std::unique_ptr<SystemBrowserLogin> m_systemBrowser;
  std::unique_ptr<identity::SessionManager> m_sessions;
  QString m_redirectUri = QStringLiteral("http://127.0.0.1/callback");
  QString m_problem;
};

}  // namespace cw::shell
