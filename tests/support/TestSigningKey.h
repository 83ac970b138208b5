// A key pair a test generates to play an identity provider: signs JWTs
// (RS256, RS512, ES256) and publishes its public half as a JWK.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <openssl/types.h>

#include <memory>

namespace cw::test {

class TestSigningKey {
 public:
  static TestSigningKey ecP256();
  static TestSigningKey rsa(int bits = 2048);

  static QByteArray base64Url(QByteArrayView bytes);
  // "<header>.<claims>.<signature>", each part base64url without padding.
  static QByteArray compact(const QJsonObject& header, const QJsonObject& claims, QByteArrayView signature);

  bool isRsa() const { return m_rsa; }
  // The public key as a JWK; "alg" and "use" only when given.
  QJsonObject jwk(const QString& keyId, const QString& algorithm = {}, const QString& use = {}) const;
  // PEM of the public key (SubjectPublicKeyInfo), e.g. as a forged HMAC secret.
  QByteArray publicKeyPem() const;

  // A JWS signature in its JOSE form: PKCS#1 v1.5 for RS*, r||s for ES256.
  QByteArray sign(const QString& algorithm, QByteArrayView signingInput) const;
  // A signed token with header {"alg": algorithm, "kid": keyId, "typ": "JWT"}.
  QByteArray token(const QString& algorithm, const QString& keyId, const QJsonObject& claims) const;

 private:
  TestSigningKey(std::shared_ptr<EVP_PKEY> key, bool rsa) : m_key(std::move(key)), m_rsa(rsa) {}

  std::shared_ptr<EVP_PKEY> m_key;
  bool m_rsa = false;
};

}  // namespace cw::test
