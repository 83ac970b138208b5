#include "core/identity/AccessTokenRenewal.h"

#include "core/base/WhenReady.h"

#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace cw::identity {

using std::chrono::milliseconds;

AccessTokenRenewal::AccessTokenRenewal(OidcClient& oidc, const base::Clock& clock, QObject* parent)
    : QObject(parent), m_oidc(oidc), m_clock(clock) {
  m_timer.setSingleShot(true);
  connect(&m_timer, &QTimer::timeout, this, &AccessTokenRenewal::renew);
}

milliseconds AccessTokenRenewal::delayBeforeRenewal(const QDateTime& now, const QDateTime& expiresAt) {
  const milliseconds left{now.msecsTo(expiresAt)};
  if (left <= milliseconds::zero()) {
    return milliseconds::zero();
  }
  const milliseconds lead = std::min<milliseconds>(kMaxLeadTime, left / 5);
  return left - lead;
}

void AccessTokenRenewal::follow(const Session* session, const TokenSet& tokens) {
  stop();
  if (!tokens.refreshToken || !tokens.accessTokenExpiresAt.isValid()) {
    return;
  }
  m_session = session;
  m_tokens = tokens;
  m_timer.start(delayBeforeRenewal(m_clock.now(), tokens.accessTokenExpiresAt));
}

void AccessTokenRenewal::stop() {
  ++m_generation;
  m_timer.stop();
  m_session = nullptr;
  m_tokens = {};
}

void AccessTokenRenewal::renew() {
  const int generation = m_generation;
  base::whenReady(m_oidc.refresh(*m_tokens.refreshToken), this,
                  [this, generation](const OidcResult<TokenSet>& result) {
                    if (generation == m_generation) {
                      onRefreshed(result);
                    }
                  });
}

void AccessTokenRenewal::onRefreshed(const OidcResult<TokenSet>& result) {
  if (result.ok()) {
    TokenSet tokens = *result.value;
    tokens.idToken = m_tokens.idToken;
    if (!tokens.refreshToken) {
      tokens.refreshToken = m_tokens.refreshToken;
    }
    const Session* session = m_session;
    follow(session, tokens);
    Q_EMIT renewed(session, tokens);
    return;
  }
  if (result.error.kind == OidcErrorKind::ProviderRefused) {
    qCWarning(lcSession) << "the identity provider will not renew the session's access token; it needs a new "
                            "sign-in before it can use the network";
    const Session* session = m_session;
    stop();
    Q_EMIT refused(session);
    return;
  }
  // The provider could not be reached or answered badly: try again, the
  // token may still have some life in it.
  qCInfo(lcSession) << "access token renewal failed, retrying:" << static_cast<int>(result.error.kind);
  m_timer.start(kRetry);
}

}  // namespace cw::identity
