#include "core/identity/TokenSet.h"

#include "core/fhir/Json.h"
#include "core/identity/IdentityTr.h"

#include <algorithm>

namespace cw::identity {
namespace {

// Copies a token string into secure memory and wipes the plain copies made
// on the way.
SharedSecret secret(const fhir::JsonValue& value) {
  QString text = value.toString();
  if (text.isEmpty()) {
    return {};
  }
  QByteArray bytes = text.toUtf8();
  std::fill(text.begin(), text.end(), QChar(u'\0'));
  return std::make_shared<const crypto::SecureBytes>(crypto::SecureBytes::takeFrom(bytes));
}

}  // namespace

OidcResult<TokenSet> TokenSet::parse(const QByteArray& body, const QDateTime& now, bool idTokenRequired) {
  using Result = OidcResult<TokenSet>;
  TokenSet tokens;
  fhir::JsonLimits limits;
  limits.maxDepth = 8;
  limits.maxDocumentBytes = 256 * 1024;
  const fhir::JsonParseResult parsed = fhir::parseJson(body, limits);
  const fhir::JsonValue& json = parsed.value;
  tokens.accessToken = secret(json[u"access_token"]);
  tokens.idToken = secret(json[u"id_token"]);
  tokens.refreshToken = secret(json[u"refresh_token"]);
  tokens.tokenType = json[u"token_type"].toString();
  tokens.scope = json[u"scope"].toString();
  // A number by RFC 6749, but CIS2's fixtures send it as a string ("599").
  const fhir::JsonValue& expiresIn = json[u"expires_in"];
  const qint64 seconds = expiresIn.toInteger().value_or(expiresIn.toString().toLongLong());
  if (seconds > 0) {
    tokens.accessTokenExpiresAt = now.addSecs(seconds);
  }
  if (!tokens.accessToken || tokens.tokenType.compare(u"Bearer", Qt::CaseInsensitive) != 0 ||
      (idTokenRequired && !tokens.idToken)) {
    return Result::failure(OidcErrorKind::BadResponse,
                           Tr::tr("The identity provider's token answer lacks an access token of type Bearer "
                                  "or an ID token."));
  }
  return Result::success(std::move(tokens));
}

}  // namespace cw::identity
