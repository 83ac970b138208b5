// Validates an ID token as OpenID Connect Core 3.1.3.7 asks: signature by a
// key from the provider's JWKS (RS256, RS512 or ES256 only), issuer,
// audience, authorized party, expiry, issue time and nonce.
#pragma once

#include "core/base/Clock.h"
#include "core/fhir/Json.h"
#include "core/http/HttpClient.h"
#include "core/identity/JwkSet.h"
#include "core/identity/Jwt.h"
#include "core/identity/OidcError.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QFuture>
#include <QUrl>

#include <chrono>
#include <mutex>
#include <optional>

namespace cw::identity {

struct IdTokenValidatorOptions {
  QString issuer;  // exactly as the discovery document states it
  QString clientId;
  QUrl jwksUri;
  // How far in the future "iat" may be, for clocks that disagree a little
  // (identity.md: 5 s, as NHS relying parties use).
  std::chrono::seconds clockSkew{5};
  // An unknown kid fetches the JWKS again (the provider may have rotated its
  // keys), but not more often than this, so forged kids cannot flood it.
  std::chrono::seconds jwksRefetchInterval{60};
};

// A validated ID token's claims.
struct IdToken {
  fhir::JsonValue claims;
  QString subject;
  QDateTime expiresAt;
};

class IdTokenValidator {
 public:
  // `http` and `clock` must outlive this object, and this object must
  // outlive the futures it returns.
  IdTokenValidator(IdTokenValidatorOptions options, http::HttpClient& http, const base::Clock& clock);

  // Thread-safe. Ready at once unless the JWKS has to be fetched.
  QFuture<OidcResult<IdToken>> validate(QByteArrayView compact, const QString& expectedNonce);

 private:
  OidcResult<IdToken> check(const Jwt& jwt, const JwkSet& keys, const QString& expectedNonce) const;
  OidcResult<IdToken> checkClaims(const fhir::JsonValue& claims, const QString& expectedNonce) const;
  QFuture<OidcResult<IdToken>> fetchKeysAndCheck(Jwt jwt, QString expectedNonce);

  IdTokenValidatorOptions m_options;
  http::HttpClient& m_http;
  const base::Clock& m_clock;
  mutable std::mutex m_mutex;
  std::optional<JwkSet> m_keys;  // guarded by m_mutex
  QDateTime m_lastRefetch;       // guarded by m_mutex; the first fetch does not count
};

}  // namespace cw::identity
