#include "tests/support/TestSigningKey.h"

#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace cw::test {
namespace {

QByteArray json(const QJsonObject& object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString base64UrlString(const QByteArray& bytes) {
  return QString::fromLatin1(TestSigningKey::base64Url(bytes));
}

// Big-endian, left-padded to `width` bytes when given: RFC 7518 6.2.1.2
// wants EC coordinates at the full size of the curve, leading zeros and all.
QByteArray bigNumParam(EVP_PKEY* key, const char* name, int width = 0) {
  BIGNUM* number = nullptr;
  if (EVP_PKEY_get_bn_param(key, name, &number) != 1) {
    qFatal("cannot read a key parameter");
  }
  QByteArray bytes(width > 0 ? width : BN_num_bytes(number), '\0');
  BN_bn2binpad(number, reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  BN_free(number);
  return bytes;
}

// DER ECDSA-Sig-Value -> r||s with each half left-padded to 32 bytes.
QByteArray derToRaw(const QByteArray& der) {
  const auto* in = reinterpret_cast<const unsigned char*>(der.constData());
  ECDSA_SIG* signature = d2i_ECDSA_SIG(nullptr, &in, der.size());
  if (signature == nullptr) {
    qFatal("cannot read an ECDSA signature");
  }
  QByteArray raw(64, '\0');
  BN_bn2binpad(ECDSA_SIG_get0_r(signature), reinterpret_cast<unsigned char*>(raw.data()), 32);
  BN_bn2binpad(ECDSA_SIG_get0_s(signature), reinterpret_cast<unsigned char*>(raw.data()) + 32, 32);
  ECDSA_SIG_free(signature);
  return raw;
}

}  // namespace

TestSigningKey TestSigningKey::ecP256() {
  EVP_PKEY* key = EVP_EC_gen("P-256");
  if (key == nullptr) {
    qFatal("cannot generate an EC key");
  }
  return {std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free), false};
}

TestSigningKey TestSigningKey::rsa(int bits) {
  EVP_PKEY* key = EVP_RSA_gen(static_cast<unsigned int>(bits));
  if (key == nullptr) {
    qFatal("cannot generate an RSA key");
  }
  return {std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free), true};
}

QByteArray TestSigningKey::base64Url(QByteArrayView bytes) {
  return bytes.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray TestSigningKey::compact(const QJsonObject& header, const QJsonObject& claims,
                                   QByteArrayView signature) {
  return base64Url(json(header)) + '.' + base64Url(json(claims)) + '.' + base64Url(signature);
}

QJsonObject TestSigningKey::jwk(const QString& keyId, const QString& algorithm, const QString& use) const {
  QJsonObject key{{"kid", keyId}};
  if (m_rsa) {
    key.insert("kty", "RSA");
    key.insert("n", base64UrlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_N)));
    key.insert("e", base64UrlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_RSA_E)));
  } else {
    key.insert("kty", "EC");
    key.insert("crv", "P-256");
    key.insert("x", base64UrlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32)));
    key.insert("y", base64UrlString(bigNumParam(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32)));
  }
  if (!algorithm.isEmpty()) {
    key.insert("alg", algorithm);
  }
  if (!use.isEmpty()) {
    key.insert("use", use);
  }
  return key;
}

QByteArray TestSigningKey::publicKeyPem() const {
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PUBKEY(bio, m_key.get());
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  QByteArray pem(data, static_cast<qsizetype>(size));
  BIO_free(bio);
  return pem;
}

QByteArray TestSigningKey::sign(const QString& algorithm, QByteArrayView signingInput) const {
  const EVP_MD* digest = algorithm == "RS512" ? EVP_sha512() : EVP_sha256();
  EVP_MD_CTX* context = EVP_MD_CTX_new();
  size_t size = 0;
  const auto* input = reinterpret_cast<const unsigned char*>(signingInput.data());
  if (EVP_DigestSignInit(context, nullptr, digest, nullptr, m_key.get()) != 1 ||
      EVP_DigestSign(context, nullptr, &size, input, static_cast<size_t>(signingInput.size())) != 1) {
    qFatal("cannot sign");
  }
  QByteArray signature(static_cast<qsizetype>(size), '\0');
  if (EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &size, input,
                     static_cast<size_t>(signingInput.size())) != 1) {
    qFatal("cannot sign");
  }
  EVP_MD_CTX_free(context);
  signature.resize(static_cast<qsizetype>(size));
  return m_rsa ? signature : derToRaw(signature);
}

QByteArray TestSigningKey::token(const QString& algorithm, const QString& keyId,
                                 const QJsonObject& claims) const {
  const QJsonObject header{{"alg", algorithm}, {"kid", keyId}, {"typ", "JWT"}};
  const QByteArray input = base64Url(json(header)) + '.' + base64Url(json(claims));
  return input + '.' + base64Url(sign(algorithm, input));
}

}  // namespace cw::test
