// Keeps the bearer token of the session in use fresh: a little before the
// access token expires it asks the identity provider for a new one with the
// refresh token, a back-channel call the clinician never sees. A parked
// session is not renewed; it is renewed when it is resumed.
#pragma once

#include "core/identity/OidcClient.h"
#include "core/identity/TokenSet.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace cw::identity {

class Session;

class AccessTokenRenewal : public QObject {
  Q_OBJECT

 public:
  // After a failed attempt (network, provider busy), the next one.
  static constexpr std::chrono::seconds kRetry{30};
  // Renew this long before expiry at most; a short-lived token is renewed
  // when four fifths of what was left of its life have passed.
  static constexpr std::chrono::seconds kMaxLeadTime{60};

  AccessTokenRenewal(OidcClient& oidc, const base::Clock& clock, QObject* parent = nullptr);

  // How long to wait, seen at `now`, before renewing a token that expires
  // at `expiresAt`; zero when it is due or past.
  static std::chrono::milliseconds delayBeforeRenewal(const QDateTime& now, const QDateTime& expiresAt);

  // Renews `tokens` for `session` from now on, instead of whatever was
  // followed before. Without a refresh token or an expiry there is nothing
  // to do.
  void follow(const Session* session, const TokenSet& tokens);
  void stop();

 Q_SIGNALS:
  // `tokens`: the new access token with what the session already held (the
  // ID token; the refresh token unless the provider rotated it).
  void renewed(const cw::identity::Session* session, const cw::identity::TokenSet& tokens);
  // The provider will not renew (the refresh token was revoked or has
  // expired): the session needs a new sign-in before it can use the network.
  void refused(const cw::identity::Session* session);

 private:
  void renew();
  void onRefreshed(const OidcResult<TokenSet>& result);

  OidcClient& m_oidc;
  const base::Clock& m_clock;
  QTimer m_timer;
  const Session* m_session = nullptr;
  TokenSet m_tokens;
  int m_generation = 0;  // answers for a session no longer followed are dropped
};

}  // namespace cw::identity
