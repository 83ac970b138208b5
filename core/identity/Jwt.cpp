#include "core/identity/Jwt.h"

#include "core/identity/Base64Url.h"
#include "core/identity/IdentityTr.h"

#include <QList>

namespace cw::identity {
namespace {

// A JOSE header or claims set: nested a little at most, and never huge.
std::optional<fhir::JsonValue> decodeObject(const QByteArray& json) {
  fhir::JsonLimits limits;
  limits.maxDepth = 16;
  limits.maxDocumentBytes = Jwt::kMaxCompactBytes;
  limits.maxStringBytes = Jwt::kMaxCompactBytes;
  fhir::JsonParseResult parsed = fhir::parseJson(json, limits);
  if (!parsed.ok() || !parsed.value.isObject()) {
    return std::nullopt;
  }
  return std::move(parsed.value);
}

JwtParseResult failed(const QString& why) {
  return {std::nullopt, Tr::tr("The sign-in token is malformed: %1").arg(why)};
}

}  // namespace

JwtParseResult Jwt::parse(QByteArrayView compact) {
  if (compact.isEmpty()) {
    return failed(Tr::tr("it is empty."));
  }
  if (compact.size() > kMaxCompactBytes) {
    return failed(Tr::tr("it is larger than %1 bytes.").arg(kMaxCompactBytes));
  }
  const qsizetype firstDot = compact.indexOf('.');
  const qsizetype secondDot = firstDot < 0 ? -1 : compact.indexOf('.', firstDot + 1);
  if (secondDot < 0 || compact.indexOf('.', secondDot + 1) >= 0) {
    return failed(Tr::tr("it does not have exactly three parts."));
  }
  const QByteArrayView headerPart = compact.first(firstDot);
  const QByteArrayView payloadPart = compact.sliced(firstDot + 1, secondDot - firstDot - 1);
  const QByteArrayView signaturePart = compact.sliced(secondDot + 1);
  if (headerPart.isEmpty() || payloadPart.isEmpty()) {
    return failed(Tr::tr("its header or payload is empty."));
  }

  const std::optional<QByteArray> headerJson = decodeBase64Url(headerPart);
  const std::optional<QByteArray> payloadJson = decodeBase64Url(payloadPart);
  std::optional<QByteArray> signature = decodeBase64Url(signaturePart);
  if (!headerJson || !payloadJson || !signature) {
    return failed(Tr::tr("a part is not unpadded base64url."));
  }

  Jwt jwt;
  std::optional<fhir::JsonValue> header = decodeObject(*headerJson);
  if (!header) {
    return failed(Tr::tr("its header is not a JSON object."));
  }
  jwt.m_header = std::move(*header);
  if (!jwt.m_header[u"alg"].isString() || jwt.algorithm().isEmpty()) {
    return failed(Tr::tr("its header names no algorithm."));
  }
  if (!jwt.m_header[u"kid"].isString() || jwt.keyId().isEmpty()) {
    return failed(Tr::tr("its header names no key."));
  }
  // RFC 7515 4.1.11: extensions the reader does not understand make the
  // token invalid, and we understand none.
  if (jwt.m_header.contains(u"crit")) {
    return failed(Tr::tr("its header demands extensions this workstation does not support."));
  }
  std::optional<fhir::JsonValue> claims = decodeObject(*payloadJson);
  if (!claims) {
    return failed(Tr::tr("its payload is not a JSON object."));
  }
  jwt.m_claims = std::move(*claims);
  jwt.m_signingInput = compact.first(secondDot).toByteArray();
  jwt.m_signature = std::move(*signature);
  return {std::move(jwt), {}};
}

}  // namespace cw::identity
