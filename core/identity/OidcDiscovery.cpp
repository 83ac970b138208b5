#include "core/identity/OidcDiscovery.h"

#include "core/fhir/Json.h"
#include "core/identity/IdentityTr.h"

namespace cw::identity {
namespace {

using Result = OidcResult<OidcDiscovery>;

Result badDocument(const QString& why) {
  return Result::failure(OidcErrorKind::BadResponse,
                         Tr::tr("The identity provider's discovery document is not usable: %1").arg(why));
}

// An absolute http(s) URL; https only when the issuer is https, so the
// document cannot send the token exchange over plain HTTP.
std::optional<QUrl> endpoint(const fhir::JsonValue& value, const QUrl& issuer) {
  const QUrl url(value.toString(), QUrl::StrictMode);
  const bool schemeOk = url.scheme() == u"https" || (url.scheme() == u"http" && issuer.scheme() == u"http");
  if (!value.isString() || !url.isValid() || url.isRelative() || url.host().isEmpty() || !schemeOk) {
    return std::nullopt;
  }
  return url;
}

}  // namespace

QUrl OidcDiscovery::documentUrl(const QString& issuer) {
  QString base = issuer;
  while (base.endsWith(u'/')) {
    base.chop(1);
  }
  return QUrl(base + QStringLiteral("/.well-known/openid-configuration"), QUrl::StrictMode);
}

Result OidcDiscovery::parse(const QByteArray& document, const QString& expectedIssuer) {
  fhir::JsonLimits limits;
  limits.maxDepth = 16;
  limits.maxDocumentBytes = 1024 * 1024;
  const fhir::JsonParseResult parsed = fhir::parseJson(document, limits);
  if (!parsed.ok() || !parsed.value.isObject()) {
    return badDocument(Tr::tr("it is not a JSON object."));
  }
  const fhir::JsonValue& json = parsed.value;
  OidcDiscovery discovery;
  discovery.m_issuer = json[u"issuer"].toString();
  if (discovery.m_issuer != expectedIssuer) {
    return Result::failure(OidcErrorKind::IssuerMismatch,
                           Tr::tr("The identity provider calls itself by another name than the configured "
                                  "issuer, so it cannot be trusted. Check the sign-on settings."));
  }
  const QUrl issuer(expectedIssuer, QUrl::StrictMode);
  const std::optional<QUrl> authorization = endpoint(json[u"authorization_endpoint"], issuer);
  const std::optional<QUrl> token = endpoint(json[u"token_endpoint"], issuer);
  const std::optional<QUrl> jwks = endpoint(json[u"jwks_uri"], issuer);
  if (!authorization || !token || !jwks) {
    return badDocument(Tr::tr("the authorization, token or key set address is missing or not allowed."));
  }
  discovery.m_authorizationEndpoint = *authorization;
  discovery.m_tokenEndpoint = *token;
  discovery.m_jwksUri = *jwks;
  discovery.m_userinfoEndpoint = endpoint(json[u"userinfo_endpoint"], issuer).value_or(QUrl());
  discovery.m_endSessionEndpoint = endpoint(json[u"end_session_endpoint"], issuer).value_or(QUrl());

  bool offersS256 = false;
  for (const fhir::JsonValue& method : json[u"code_challenge_methods_supported"].items()) {
    offersS256 = offersS256 || method.toString() == u"S256";
  }
  if (!offersS256) {
    return Result::failure(
        OidcErrorKind::PkceUnsupported,
        Tr::tr("The identity provider does not offer PKCE with S256, which this workstation "
               "requires."));
  }
  return Result::success(std::move(discovery));
}

}  // namespace cw::identity
