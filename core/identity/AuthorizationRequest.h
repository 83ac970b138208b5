// One OIDC authorization code request with PKCE S256 (RFC 7636): its random
// state, nonce and code verifier, the URL that starts it, and the reading of
// the redirect that ends it.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/identity/OidcError.h"

#include <QString>
#include <QUrl>

#include <memory>

namespace cw::identity {

struct AuthorizationParameters {
  QUrl authorizationEndpoint;
  QString clientId;
  QString redirectUri;
  // CIS2: the user's profile, organisations, national RBAC roles and the
  // role they select (identity.md 5).
  QString scope = QStringLiteral("openid profile nhsperson associatedorgs nationalrbacaccess selectedrole");
  QString acrValues = QStringLiteral("AAL3_ANY");  // smartcard-grade assurance
  QString prompt = QStringLiteral("login");        // never reuse the provider's session silently
};

class AuthorizationRequest {
 public:
  // New random state, nonce and code verifier (32 bytes each, base64url).
  static AuthorizationRequest create(AuthorizationParameters parameters);
  // The PKCE S256 challenge: base64url(SHA-256(verifier)), unpadded.
  static QString challengeFor(QByteArrayView verifier);

  const AuthorizationParameters& parameters() const { return m_parameters; }
  const QString& state() const { return m_state; }
  const QString& nonce() const { return m_nonce; }
  QByteArrayView codeVerifier() const { return m_verifier->view(); }

  QUrl url() const;

  // The authorization code from the redirect the provider sent the browser
  // to. Refuses a redirect elsewhere, a wrong state, and reports the
  // provider's error / error_description.
  OidcResult<QString> codeFromRedirect(const QUrl& redirect) const;

 private:
  AuthorizationParameters m_parameters;
  QString m_state;
  QString m_nonce;
  std::shared_ptr<const crypto::SecureBytes> m_verifier;  // shared: requests are copied into futures
};

}  // namespace cw::identity
