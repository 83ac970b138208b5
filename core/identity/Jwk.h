// One public signing key from an identity provider's JWKS (RFC 7517): RSA
// (2048 bits or more) or EC P-256, as an OpenSSL key ready to verify with.
#pragma once

#include "core/fhir/Json.h"

#include <QString>

#include <openssl/types.h>

#include <memory>
#include <optional>

namespace cw::identity {

class Jwk {
 public:
  enum class Type { Rsa, EcP256 };

  // nullopt for anything but a well-formed RSA or P-256 public key meant for
  // signatures: "use" other than "sig", symmetric "oct" keys, other curves,
  // short RSA moduli and points not on the curve are never loaded.
  static std::optional<Jwk> fromJson(const fhir::JsonValue& key);

  Type type() const { return m_type; }
  const QString& keyId() const { return m_keyId; }
  // The key's own "alg", when it names one; empty otherwise.
  const QString& algorithm() const { return m_algorithm; }
  EVP_PKEY* key() const { return m_key.get(); }

 private:
  Type m_type = Type::Rsa;
  QString m_keyId;
  QString m_algorithm;
  std::shared_ptr<EVP_PKEY> m_key;  // shared: copies of a key set share the keys
};

}  // namespace cw::identity
