#include "app/SignOnServices.h"

#include "app/LoopbackAgent.h"
#include "app/ShellTr.h"
#include "app/SystemBrowserLogin.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"

#include <QSysInfo>

namespace cw::shell {

using config::keys::kCardRemoval;
using config::keys::kCardTrustAnchors;
using config::keys::kOidcClientId;
using config::keys::kOidcIssuer;
using config::keys::kParkedSessionsMax;
using config::keys::kSessionMaxAgeHours;
using config::keys::kSignInBrowser;
using config::keys::kSignInTimeoutSeconds;

SignOnServices::SignOnServices(const config::EffectiveConfig& config, const base::Clock& clock) {
  if (!config.isValid()) {
    m_problem = Tr::tr(
        "Sign-in is switched off because this workstation's configuration has problems. "
        "Ask IT to open Workstation status.");
    return;
  }
  const QString anchorsPath = config.text(kCardTrustAnchors);
  if (anchorsPath.isEmpty()) {
    m_problem = Tr::tr(
                    "No smartcard can be accepted: this workstation has no trusted card authorities "
                    "configured (setting %1). Tell IT.")
                    .arg(QLatin1String(kCardTrustAnchors));
    return;
  }
  smartcard::CardResult<smartcard::TrustAnchors> anchors = smartcard::TrustAnchors::load(anchorsPath);
  if (!anchors.ok()) {
    m_problem = Tr::tr(
                    "No smartcard can be accepted: the trusted card authorities could not be read (%1). "
                    "Tell IT.")
                    .arg(anchors.error().message);
    return;
  }
  m_cards = std::make_unique<smartcard::CardService>(std::move(anchors).value(), clock);

  if (config.text(kSignInBrowser) == QLatin1String("system")) {
    // Bound now, before the port goes into the OIDC client's redirect URI.
    m_loopback = std::make_unique<LoopbackAgent>(
        [this] { return m_sessions ? m_sessions->cardCertificate() : QByteArray(); });
    if (!m_loopback->listen()) {
      m_problem = Tr::tr(
                      "Sign-in through the web browser cannot start: the workstation could not listen on "
                      "127.0.0.1 (%1). Tell IT.")
                      .arg(m_loopback->errorString());
      m_loopback.reset();
      return;
    }
    m_redirectUri = m_loopback->redirectUri().toString();
    m_systemBrowser = std::make_unique<SystemBrowserLogin>(*m_loopback);
  }

  identity::OidcClientOptions oidc;
  oidc.issuer = config.text(kOidcIssuer);
  oidc.clientId = config.text(kOidcClientId);
  oidc.redirectUri = m_redirectUri;
  m_oidc = std::make_unique<identity::OidcClient>(oidc, m_http, clock);

  identity::SessionPolicy policy;
  policy.logoutOnCardRemoval = config.text(kCardRemoval) == QLatin1String("logout");
  policy.maxSessionAge = std::chrono::hours(config.integer(kSessionMaxAgeHours));
  policy.maxParkedSessions = static_cast<std::size_t>(config.integer(kParkedSessionsMax));
  policy.signInTimeout = std::chrono::seconds(config.integer(kSignInTimeoutSeconds));
  policy.workstationName = QSysInfo::machineHostName();
  m_sessions = std::make_unique<identity::SessionManager>(policy, *m_cards, *m_oidc, m_audit, clock);
}

SignOnServices::~SignOnServices() {
  // The manager holds callbacks into the card service and the OIDC client.
  m_sessions.reset();
}

void SignOnServices::start() {
  if (m_sessions) {
    identity::SessionManager* sessions = m_sessions.get();
    QObject::connect(&m_monitor, &smartcard::CardMonitor::cardInserted, sessions,
                     [sessions](const QString& reader) { sessions->cardInserted(reader); });
    QObject::connect(&m_monitor, &smartcard::CardMonitor::cardRemoved, sessions,
                     &identity::SessionManager::cardRemoved);
    QObject::connect(&m_monitor, &smartcard::CardMonitor::serviceAvailableChanged, sessions,
                     &identity::SessionManager::cardServiceAvailable);
    QObject::connect(&m_monitor, &smartcard::CardMonitor::readersChanged, sessions,
                     &identity::SessionManager::cardReadersChanged);
  }
  m_monitor.start();
}

LoginBrowserFactory* SignOnServices::systemBrowser() const {
  return m_systemBrowser.get();
}

}  // namespace cw::shell
