// A compact JWS (a JWT such as an ID token) split into its parts, read
// strictly: three unpadded base64url parts, a JSON object header naming its
// "alg" and "kid", a JSON object payload. Nothing here checks the signature.
#pragma once

#include "core/fhir/Json.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cw::identity {

struct JwtParseResult;

class Jwt {
 public:
  // Larger tokens are refused before any decoding; CIS2 ID tokens are ~2 KB.
  static constexpr qsizetype kMaxCompactBytes = 64 * 1024;

  static JwtParseResult parse(QByteArrayView compact);

  const fhir::JsonValue& header() const { return m_header; }
  const fhir::JsonValue& claims() const { return m_claims; }
  QString algorithm() const { return m_header[u"alg"].toString(); }
  QString keyId() const { return m_header[u"kid"].toString(); }
  // "<header>.<payload>" as sent: the bytes the signature covers.
  const QByteArray& signingInput() const { return m_signingInput; }
  const QByteArray& signature() const { return m_signature; }

 private:
  fhir::JsonValue m_header;
  fhir::JsonValue m_claims;
  QByteArray m_signingInput;
  QByteArray m_signature;
};

struct JwtParseResult {
  std::optional<Jwt> jwt;
  QString error;  // translated; says which part is wrong, never its contents
  bool ok() const { return jwt.has_value(); }
};

}  // namespace cw::identity
