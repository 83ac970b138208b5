// JWS signature verification with OpenSSL EVP for the algorithms the
// workstation accepts: RS256, RS512 and ES256. Never "none", never HS*.
#pragma once

#include "core/identity/Jwk.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cw::identity {

enum class JwsAlgorithm { RS256, RS512, ES256 };

// nullopt for any name outside the allow-list.
std::optional<JwsAlgorithm> allowedJwsAlgorithm(const QString& name);

// The key can verify this algorithm: an RSA key for RS*, a P-256 key for
// ES256, and the key's own "alg" (when it names one) is this one.
bool keyFitsAlgorithm(const Jwk& key, JwsAlgorithm algorithm);

// `signature` as JWS carries it: PKCS#1 v1.5 for RS*, raw r||s (64 bytes)
// for ES256.
bool verifyJwsSignature(JwsAlgorithm algorithm, const Jwk& key, QByteArrayView signingInput,
                        QByteArrayView signature);

}  // namespace cw::identity
