#include "core/identity/Jwk.h"

#include "core/identity/Base64Url.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace cw::identity {
namespace {

constexpr int kMinRsaBits = 2048;
constexpr qsizetype kP256CoordinateBytes = 32;

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

std::optional<QByteArray> base64UrlMember(const fhir::JsonValue& key, QStringView name) {
  const fhir::JsonValue& member = key[name];
  std::optional<QByteArray> decoded =
      member.isString() ? decodeBase64Url(member.toString().toLatin1()) : std::nullopt;
  if (!decoded || decoded->isEmpty()) {
    return std::nullopt;
  }
  return decoded;
}

BigNum bigNum(const QByteArray& bigEndian) {
  return BigNum(BN_bin2bn(reinterpret_cast<const unsigned char*>(bigEndian.constData()),
                          static_cast<int>(bigEndian.size()), nullptr));
}

// Builds a public key of `type` ("RSA", "EC") from `params`, and checks it
// (the point is on the curve, the modulus is sane) before anyone trusts it.
std::shared_ptr<EVP_PKEY> publicKeyFrom(const char* type, OSSL_PARAM_BLD* builder) {
  const Params params(OSSL_PARAM_BLD_to_param(builder));
  const KeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  EVP_PKEY* key = nullptr;
  if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
      EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
    return {};
  }
  std::shared_ptr<EVP_PKEY> owned(key, EVP_PKEY_free);
  const KeyContext check(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
  if (!check || EVP_PKEY_public_check(check.get()) != 1) {
    return {};
  }
  return owned;
}

std::shared_ptr<EVP_PKEY> rsaKey(const fhir::JsonValue& json) {
  const std::optional<QByteArray> n = base64UrlMember(json, u"n");
  const std::optional<QByteArray> e = base64UrlMember(json, u"e");
  if (!n || !e) {
    return {};
  }
  const BigNum modulus = bigNum(*n);
  const BigNum exponent = bigNum(*e);
  const ParamBuilder builder(OSSL_PARAM_BLD_new());
  if (!modulus || !exponent || !builder || BN_num_bits(modulus.get()) < kMinRsaBits ||
      OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
      OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1) {
    return {};
  }
  return publicKeyFrom("RSA", builder.get());
}

std::shared_ptr<EVP_PKEY> p256Key(const fhir::JsonValue& json) {
  const std::optional<QByteArray> x = base64UrlMember(json, u"x");
  const std::optional<QByteArray> y = base64UrlMember(json, u"y");
  if (json[u"crv"].toString() != u"P-256" || !x || !y || x->size() != kP256CoordinateBytes ||
      y->size() != kP256CoordinateBytes) {
    return {};
  }
  // SEC 1 uncompressed point: 0x04 || x || y.
  QByteArray point = QByteArray(1, '\x04') + *x + *y;
  static char group[] = "prime256v1";
  const ParamBuilder builder(OSSL_PARAM_BLD_new());
  if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1 ||
      OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                       static_cast<size_t>(point.size())) != 1) {
    return {};
  }
  return publicKeyFrom("EC", builder.get());
}

}  // namespace

std::optional<Jwk> Jwk::fromJson(const fhir::JsonValue& key) {
  if (!key.isObject() || (key.contains(u"use") && key[u"use"].toString() != u"sig")) {
    return std::nullopt;
  }
  Jwk jwk;
  jwk.m_keyId = key[u"kid"].toString();
  jwk.m_algorithm = key[u"alg"].toString();
  const QString type = key[u"kty"].toString();
  if (type == u"RSA") {
    jwk.m_type = Type::Rsa;
    jwk.m_key = rsaKey(key);
  } else if (type == u"EC") {
    jwk.m_type = Type::EcP256;
    jwk.m_key = p256Key(key);
  }
  if (!jwk.m_key) {
    return std::nullopt;
  }
  return jwk;
}

}  // namespace cw::identity
