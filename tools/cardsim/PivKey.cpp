#include "tools/cardsim/PivKey.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace cw::cardsim {
namespace {

constexpr int kP256HashBytes = 32;
constexpr int kP256PointBytes = 65;
constexpr int kRsa2048Bytes = 256;

const unsigned char* bytesOf(const QByteArray& bytes) {
  return reinterpret_cast<const unsigned char*>(bytes.constData());
}

unsigned char* bytesOf(QByteArray& bytes) {
  return reinterpret_cast<unsigned char*>(bytes.data());
}

BioPtr memoryBio(const QByteArray& bytes) {
  return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

bool keyMatches(PivKey::Algorithm algorithm, EVP_PKEY* key) {
  if (algorithm == PivKey::Algorithm::Rsa2048) {
    return EVP_PKEY_is_a(key, "RSA") && EVP_PKEY_get_bits(key) == 2048;
  }
  char group[32] = {};
  return EVP_PKEY_is_a(key, "EC") &&
         EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr) &&
         QByteArray(group) == "prime256v1";
}

PkeyPtr peerKey(const QByteArray& point) {
  char group[] = "prime256v1";
  QByteArray copy = point;
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
                         OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, copy.data(),
                                                           static_cast<size_t>(copy.size())),
                         OSSL_PARAM_construct_end()};
  PkeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
  EVP_PKEY* key = nullptr;
  if (!context || EVP_PKEY_fromdata_init(context.get()) <= 0 ||
      EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params) <= 0) {
    return nullptr;
  }
  return PkeyPtr(key);
}

}  // namespace

PivKey::PivKey(Algorithm algorithm, PkeyPtr key, QByteArray certificateDer)
    : m_algorithm(algorithm), m_key(std::move(key)), m_certificateDer(std::move(certificateDer)) {}

std::optional<PivKey> PivKey::fromPem(const QString& algorithm, const QByteArray& privateKeyPem,
                                      const QByteArray& certificatePem, QString* error) {
  Algorithm kind{};
  if (algorithm == QLatin1String("ecc-p256")) {
    kind = Algorithm::EccP256;
  } else if (algorithm == QLatin1String("rsa-2048")) {
    kind = Algorithm::Rsa2048;
  } else {
    *error = QStringLiteral("unknown key algorithm \"%1\"").arg(algorithm);
    return std::nullopt;
  }
  BioPtr keyBio = memoryBio(privateKeyPem);
  PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
  BioPtr certificateBio = memoryBio(certificatePem);
  X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
  if (!key || !certificate) {
    *error = QStringLiteral("unreadable private key or certificate PEM");
    return std::nullopt;
  }
  if (!keyMatches(kind, key.get()) || X509_check_private_key(certificate.get(), key.get()) != 1) {
    *error = QStringLiteral("the private key is not a %1 key of the certificate").arg(algorithm);
    return std::nullopt;
  }
  const int length = i2d_X509(certificate.get(), nullptr);
  QByteArray der(length, Qt::Uninitialized);
  unsigned char* out = bytesOf(der);
  i2d_X509(certificate.get(), &out);
  return PivKey(kind, std::move(key), der);
}

std::optional<QByteArray> PivKey::sign(const QByteArray& input) const {
  const int expected = m_algorithm == Algorithm::EccP256 ? kP256HashBytes : kRsa2048Bytes;
  if (input.size() != expected) {
    return std::nullopt;
  }
  PkeyContextPtr context(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr));
  if (!context || EVP_PKEY_sign_init(context.get()) <= 0) {
    return std::nullopt;
  }
  // No digest is set: ECDSA signs the input as the hash, and RSA without
  // padding is the raw private-key operation PIV cards perform.
  if (m_algorithm == Algorithm::Rsa2048 && EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_NO_PADDING) <= 0) {
    return std::nullopt;
  }
  size_t length = 0;
  if (EVP_PKEY_sign(context.get(), nullptr, &length, bytesOf(input), static_cast<size_t>(input.size())) <=
      0) {
    return std::nullopt;
  }
  QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
  if (EVP_PKEY_sign(context.get(), bytesOf(signature), &length, bytesOf(input),
                    static_cast<size_t>(input.size())) <= 0) {
    return std::nullopt;
  }
  signature.truncate(static_cast<qsizetype>(length));
  return signature;
}

std::optional<QByteArray> PivKey::agree(const QByteArray& peerPoint) const {
  if (m_algorithm != Algorithm::EccP256 || peerPoint.size() != kP256PointBytes) {
    return std::nullopt;
  }
  const PkeyPtr peer = peerKey(peerPoint);
  PkeyContextPtr context(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key.get(), nullptr));
  size_t length = 0;
  // The peer point is checked to lie on the curve (validate_peer = 1).
  if (!peer || !context || EVP_PKEY_derive_init(context.get()) <= 0 ||
      EVP_PKEY_derive_set_peer_ex(context.get(), peer.get(), 1) <= 0 ||
      EVP_PKEY_derive(context.get(), nullptr, &length) <= 0) {
    return std::nullopt;
  }
  QByteArray secret(static_cast<qsizetype>(length), Qt::Uninitialized);
  if (EVP_PKEY_derive(context.get(), bytesOf(secret), &length) <= 0) {
    return std::nullopt;
  }
  secret.truncate(static_cast<qsizetype>(length));
  return secret;
}

}  // namespace cw::cardsim
