// The workstation's OpenID Connect client for CIS2 (or the demo IdP): a
// public client with PKCE S256. Discovery, the authorization request, the
// code exchange with ID token validation, refresh, userinfo and logout, all
// over HttpClient.
#pragma once

#include "core/base/Clock.h"
#include "core/crypto/SecureBytes.h"
#include "core/fhir/Json.h"
#include "core/http/HttpClient.h"
#include "core/identity/AuthorizationRequest.h"
#include "core/identity/IdTokenValidator.h"
#include "core/identity/OidcDiscovery.h"
#include "core/identity/OidcError.h"
#include "core/identity/TokenSet.h"

#include <QFuture>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace cw::identity {

struct OidcClientOptions {
  QString issuer;  // exactly as the provider states it in discovery and in "iss"
  QString clientId;
  QString redirectUri;  // loopback, as RFC 8252 7.3 asks of a native client
  std::chrono::seconds clockSkew{5};
};

// What a completed sign-in yields: the tokens and the validated ID token.
struct OidcSignIn {
  TokenSet tokens;
  IdToken idToken;
};

class OidcClient {
 public:
  // `http` and `clock` must outlive this object, and this object the
  // futures it returns. Calls are thread-safe.
  OidcClient(OidcClientOptions options, http::HttpClient& http, const base::Clock& clock);

  const OidcClientOptions& options() const { return m_options; }

  // Reads the provider's discovery document and remembers it; every other
  // call needs it first (NotDiscovered otherwise).
  QFuture<OidcResult<OidcDiscovery>> discover();
  std::optional<OidcDiscovery> discovery() const;

  // A new authorization request (random state, nonce, PKCE verifier).
  OidcResult<AuthorizationRequest> startAuthorization() const;

  // Exchanges the code from `request`'s redirect and validates the ID token
  // against the request's nonce.
  QFuture<OidcResult<OidcSignIn>> exchangeCode(const AuthorizationRequest& request, const QString& code);

  // New tokens for a refresh token. An ID token in the answer is dropped:
  // the session keeps the one validated at sign-in.
  QFuture<OidcResult<TokenSet>> refresh(const crypto::SecureBytes& refreshToken);

  // The userinfo claims; refused unless their "sub" is `expectedSubject`
  // (the ID token's), so another user's claims are never mixed in.
  QFuture<OidcResult<fhir::JsonValue>> userInfo(const crypto::SecureBytes& accessToken,
                                                const QString& expectedSubject);

  // RP-initiated logout: the end-session URL with id_token_hint, for a
  // browser view, or the call made directly.
  OidcResult<QUrl> endSessionUrl(const crypto::SecureBytes& idToken) const;
  QFuture<OidcResult<bool>> endSession(const crypto::SecureBytes& idToken);

 private:
  struct Provider {
    OidcDiscovery discovery;
    std::shared_ptr<IdTokenValidator> validator;
  };
  std::optional<Provider> provider() const;
  http::HttpRequest formPost(const QUrl& url, const QList<std::pair<QByteArray, QByteArray>>& form) const;

  OidcClientOptions m_options;
  http::HttpClient& m_http;
  const base::Clock& m_clock;
  mutable std::mutex m_mutex;
  std::optional<Provider> m_provider;  // guarded by m_mutex
};

}  // namespace cw::identity
