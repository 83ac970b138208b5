#include "core/identity/JwsSignature.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>

#include <memory>

namespace cw::identity {
namespace {

constexpr qsizetype kEs256SignatureBytes = 64;

struct DigestContextFree {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct EcdsaSignatureFree {
  void operator()(ECDSA_SIG* signature) const { ECDSA_SIG_free(signature); }
};

const unsigned char* bytes(QByteArrayView view) {
  return reinterpret_cast<const unsigned char*>(view.data());
}

// JOSE writes an ECDSA signature as r||s (RFC 7518 3.4); EVP wants DER.
std::optional<QByteArray> es256ToDer(QByteArrayView raw) {
  if (raw.size() != kEs256SignatureBytes) {
    return std::nullopt;
  }
  std::unique_ptr<ECDSA_SIG, EcdsaSignatureFree> signature(ECDSA_SIG_new());
  BIGNUM* r = BN_bin2bn(bytes(raw), kEs256SignatureBytes / 2, nullptr);
  BIGNUM* s = BN_bin2bn(bytes(raw) + kEs256SignatureBytes / 2, kEs256SignatureBytes / 2, nullptr);
  if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return std::nullopt;
  }
  const int size = i2d_ECDSA_SIG(signature.get(), nullptr);
  if (size <= 0) {
    return std::nullopt;
  }
  QByteArray der(size, '\0');
  auto* out = reinterpret_cast<unsigned char*>(der.data());
  if (i2d_ECDSA_SIG(signature.get(), &out) != size) {
    return std::nullopt;
  }
  return der;
}

}  // namespace

std::optional<JwsAlgorithm> allowedJwsAlgorithm(const QString& name) {
  if (name == u"RS256") {
    return JwsAlgorithm::RS256;
  }
  if (name == u"RS512") {
    return JwsAlgorithm::RS512;
  }
  if (name == u"ES256") {
    return JwsAlgorithm::ES256;
  }
  return std::nullopt;
}

bool keyFitsAlgorithm(const Jwk& key, JwsAlgorithm algorithm) {
  const Jwk::Type wanted = algorithm == JwsAlgorithm::ES256 ? Jwk::Type::EcP256 : Jwk::Type::Rsa;
  return key.type() == wanted &&
         (key.algorithm().isEmpty() || allowedJwsAlgorithm(key.algorithm()) == algorithm);
}

bool verifyJwsSignature(JwsAlgorithm algorithm, const Jwk& key, QByteArrayView signingInput,
                        QByteArrayView signature) {
  if (!keyFitsAlgorithm(key, algorithm)) {
    return false;
  }
  QByteArray der;
  if (algorithm == JwsAlgorithm::ES256) {
    std::optional<QByteArray> converted = es256ToDer(signature);
    if (!converted) {
      return false;
    }
    der = std::move(*converted);
    signature = der;
  }
  const EVP_MD* digest = algorithm == JwsAlgorithm::RS512 ? EVP_sha512() : EVP_sha256();
  const std::unique_ptr<EVP_MD_CTX, DigestContextFree> context(EVP_MD_CTX_new());
  return context && EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key.key()) == 1 &&
         EVP_DigestVerify(context.get(), bytes(signature), static_cast<size_t>(signature.size()),
                          bytes(signingInput), static_cast<size_t>(signingInput.size())) == 1;
}

}  // namespace cw::identity
