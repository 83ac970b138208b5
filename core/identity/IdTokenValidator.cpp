#include "core/identity/IdTokenValidator.h"

#include "core/identity/IdentityTr.h"
#include "core/identity/JwsSignature.h"
#include "core/identity/ProviderResponse.h"

#include <QStringList>
#include <QtConcurrent/QtConcurrent>

#include <cmath>

namespace cw::identity {
namespace {

using Result = OidcResult<IdToken>;

Result failed(OidcErrorKind kind, const QString& message) {
  return Result::failure(kind, message);
}

QFuture<Result> ready(Result result) {
  return QtFuture::makeReadyFuture(std::move(result));
}

// RFC 7519 NumericDate: seconds since the epoch, possibly fractional.
std::optional<qint64> numericDate(const fhir::JsonValue& value) {
  const std::optional<double> seconds = value.toDouble();
  if (!seconds || !std::isfinite(*seconds) || *seconds < 0 || *seconds > 253402300799.0) {
    return std::nullopt;
  }
  return static_cast<qint64>(std::floor(*seconds));
}

// "aud" is one string or an array of strings (RFC 7519 4.1.3).
std::optional<QStringList> audiences(const fhir::JsonValue& value) {
  if (value.isString()) {
    return QStringList{value.toString()};
  }
  if (!value.isArray() || value.size() == 0) {
    return std::nullopt;
  }
  QStringList list;
  for (const fhir::JsonValue& item : value.items()) {
    if (!item.isString()) {
      return std::nullopt;
    }
    list.append(item.toString());
  }
  return list;
}

Result unknownKey() {
  return failed(OidcErrorKind::UnknownKey,
                Tr::tr("The sign-in token is signed with a key the identity provider does not publish."));
}

Result missingClaim(const QString& name) {
  return failed(OidcErrorKind::MissingClaim,
                Tr::tr("The sign-in token lacks the \"%1\" claim or it is not valid.").arg(name));
}

}  // namespace

IdTokenValidator::IdTokenValidator(IdTokenValidatorOptions options, http::HttpClient& http,
                                   const base::Clock& clock)
    : m_options(std::move(options)), m_http(http), m_clock(clock) {}

QFuture<Result> IdTokenValidator::validate(QByteArrayView compact, const QString& expectedNonce) {
  JwtParseResult parsed = Jwt::parse(compact);
  if (!parsed.ok()) {
    return ready(failed(OidcErrorKind::MalformedToken, parsed.error));
  }
  if (!allowedJwsAlgorithm(parsed.jwt->algorithm())) {
    return ready(failed(OidcErrorKind::UnsupportedAlgorithm,
                        Tr::tr("The sign-in token is signed with an algorithm this workstation does not "
                               "accept. Only RS256, RS512 and ES256 are accepted.")));
  }
  {
    const std::lock_guard lock(m_mutex);
    if (m_keys && m_keys->find(parsed.jwt->keyId())) {
      const JwkSet keys = *m_keys;
      return ready(check(*parsed.jwt, keys, expectedNonce));
    }
    // Without keys, fetch them. With keys but not this kid, the provider
    // may have rotated them: fetch again, at most once per interval.
    if (m_keys) {
      const QDateTime now = m_clock.now();
      if (m_lastRefetch.isValid() && m_lastRefetch.addSecs(m_options.jwksRefetchInterval.count()) > now) {
        return ready(unknownKey());
      }
      m_lastRefetch = now;
    }
  }
  return fetchKeysAndCheck(std::move(*parsed.jwt), expectedNonce);
}

QFuture<Result> IdTokenValidator::fetchKeysAndCheck(Jwt jwt, QString expectedNonce) {
  http::HttpRequest request;
  request.url = m_options.jwksUri;
  request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
  return m_http.send(request)
      .then(
          QtFuture::Launch::Async,
          [this, jwt = std::move(jwt), nonce = std::move(expectedNonce)](const http::HttpResponse& response) {
            if (!response.ok()) {
              OidcError error = providerError(response, Tr::tr("request for its signing keys"));
              error.kind =
                  error.kind == OidcErrorKind::Cancelled ? error.kind : OidcErrorKind::KeysUnavailable;
              return Result::failure(std::move(error));
            }
            std::optional<JwkSet> keys = JwkSet::parse(response.body);
            if (!keys) {
              return failed(OidcErrorKind::KeysUnavailable,
                            Tr::tr("The identity provider's signing keys could not be read."));
            }
            {
              const std::lock_guard lock(m_mutex);
              m_keys = keys;
            }
            if (!keys->find(jwt.keyId())) {
              return unknownKey();
            }
            return check(jwt, *keys, nonce);
          })
      .onCanceled([] { return Result::failure(cancelledError()); });
}

Result IdTokenValidator::check(const Jwt& jwt, const JwkSet& keys, const QString& expectedNonce) const {
  const JwsAlgorithm algorithm = *allowedJwsAlgorithm(jwt.algorithm());
  const Jwk* key = keys.find(jwt.keyId());
  if (!keyFitsAlgorithm(*key, algorithm)) {
    return failed(OidcErrorKind::KeyTypeMismatch,
                  Tr::tr("The sign-in token names a signing algorithm that does not fit its key."));
  }
  if (!verifyJwsSignature(algorithm, *key, jwt.signingInput(), jwt.signature())) {
    return failed(OidcErrorKind::BadSignature, Tr::tr("The sign-in token's signature is not valid."));
  }
  return checkClaims(jwt.claims(), expectedNonce);
}

Result IdTokenValidator::checkClaims(const fhir::JsonValue& claims, const QString& expectedNonce) const {
  if (!claims[u"iss"].isString()) {
    return missingClaim(QStringLiteral("iss"));
  }
  // Exactly: CIS2 writes ":443" into iss, and a hand-typed issuer would not.
  if (claims[u"iss"].toString() != m_options.issuer) {
    return failed(
        OidcErrorKind::WrongIssuer,
        Tr::tr("The sign-in token was issued by another identity provider than the one configured."));
  }
  const QString subject = claims[u"sub"].toString();
  if (subject.isEmpty()) {
    return missingClaim(QStringLiteral("sub"));
  }
  const std::optional<QStringList> audience = audiences(claims[u"aud"]);
  if (!audience) {
    return missingClaim(QStringLiteral("aud"));
  }
  if (!audience->contains(m_options.clientId)) {
    return failed(OidcErrorKind::WrongAudience,
                  Tr::tr("The sign-in token was issued for another application."));
  }
  if (claims.contains(u"azp") || audience->size() > 1) {
    if (claims[u"azp"].toString() != m_options.clientId) {
      return failed(OidcErrorKind::WrongAuthorizedParty,
                    Tr::tr("The sign-in token was issued to another application (azp)."));
    }
  }
  const std::optional<qint64> expires = numericDate(claims[u"exp"]);
  if (!expires) {
    return missingClaim(QStringLiteral("exp"));
  }
  const std::optional<qint64> issued = numericDate(claims[u"iat"]);
  if (!issued) {
    return missingClaim(QStringLiteral("iat"));
  }
  const qint64 now = m_clock.now().toSecsSinceEpoch();
  if (now >= *expires) {
    return failed(OidcErrorKind::Expired,
                  Tr::tr("The sign-in token has expired. Check that this computer's clock is right, then "
                         "sign in again."));
  }
  if (*issued > now + m_options.clockSkew.count()) {
    return failed(OidcErrorKind::IssuedInFuture,
                  Tr::tr("The sign-in token was issued in the future. Check that this computer's clock is "
                         "right, then sign in again."));
  }
  if (!claims[u"nonce"].isString()) {
    return failed(OidcErrorKind::MissingNonce,
                  Tr::tr("The sign-in token does not carry the request's nonce."));
  }
  if (expectedNonce.isEmpty() || claims[u"nonce"].toString() != expectedNonce) {
    return failed(OidcErrorKind::NonceMismatch,
                  Tr::tr("The sign-in token was not issued for this sign-in (nonce mismatch)."));
  }
  return Result::success({claims, subject, QDateTime::fromSecsSinceEpoch(*expires, Qt::UTC)});
}

}  // namespace cw::identity
