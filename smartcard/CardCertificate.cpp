#include "smartcard/CardCertificate.h"

#include "smartcard/SmartcardTr.h"

#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <QRegularExpression>

namespace cw::smartcard {
namespace {

constexpr int kUserIdDigits = 12;
constexpr int kRsaBits = 2048;

QString subjectEntry(X509_NAME* name, int nid) {
  const int index = X509_NAME_get_index_by_NID(name, nid, -1);
  if (index < 0) {
    return {};
  }
  unsigned char* utf8 = nullptr;
  const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
  if (length < 0) {
    return {};
  }
  QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
  OPENSSL_free(utf8);
  return text;
}

QDateTime toDateTime(const ASN1_TIME* time) {
  tm parts{};
  if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1) {
    return {};
  }
  return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                   QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

KeyAlgorithm algorithmOf(EVP_PKEY* key) {
  if (key == nullptr) {
    return KeyAlgorithm::Unsupported;
  }
  if (EVP_PKEY_is_a(key, "RSA") && EVP_PKEY_get_bits(key) == kRsaBits) {
    return KeyAlgorithm::Rsa2048;
  }
  char group[64] = {};
  if (EVP_PKEY_is_a(key, "EC") &&
      EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, nullptr) == 1 &&
      QByteArrayView(group) == QByteArrayView("prime256v1")) {
    return KeyAlgorithm::EccP256;
  }
  return KeyAlgorithm::Unsupported;
}

}  // namespace

CardResult<CardCertificate> CardCertificate::fromDer(const QByteArray& der) {
  const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
  X509* x509 = d2i_X509(nullptr, &cursor, der.size());
  if (x509 == nullptr || cursor != reinterpret_cast<const unsigned char*>(der.constData()) + der.size()) {
    X509_free(x509);
    return CardError{CardError::Kind::Malformed, Tr::tr("The card's certificate cannot be read.")};
  }
  CardCertificate certificate;
  certificate.m_x509.reset(x509, X509_free);
  certificate.m_der = der;
  X509_NAME* subject = X509_get_subject_name(x509);
  static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
  const QString uid = subjectEntry(subject, NID_userId);
  if (uid.size() == kUserIdDigits && twelveDigits.match(uid).hasMatch()) {
    certificate.m_userId = uid;
  }
  certificate.m_displayName = subjectEntry(subject, NID_commonName);
  certificate.m_notBefore = toDateTime(X509_get0_notBefore(x509));
  certificate.m_notAfter = toDateTime(X509_get0_notAfter(x509));
  certificate.m_keyAlgorithm = algorithmOf(X509_get0_pubkey(x509));
  return certificate;
}

bool verifySignature(const CardCertificate& certificate, QByteArrayView digest, QByteArrayView signature) {
  EVP_PKEY* key = certificate.x509() == nullptr ? nullptr : X509_get0_pubkey(certificate.x509());
  if (key == nullptr || certificate.keyAlgorithm() == KeyAlgorithm::Unsupported) {
    return false;
  }
  std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(EVP_PKEY_CTX_new(key, nullptr),
                                                                      EVP_PKEY_CTX_free);
  if (!context || EVP_PKEY_verify_init(context.get()) != 1 ||
      EVP_PKEY_CTX_set_signature_md(context.get(), EVP_sha256()) != 1) {
    return false;
  }
  if (certificate.keyAlgorithm() == KeyAlgorithm::Rsa2048 &&
      EVP_PKEY_CTX_set_rsa_padding(context.get(), RSA_PKCS1_PADDING) != 1) {
    return false;
  }
  return EVP_PKEY_verify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                         static_cast<size_t>(signature.size()),
                         reinterpret_cast<const unsigned char*>(digest.data()),
                         static_cast<size_t>(digest.size())) == 1;
}

}  // namespace cw::smartcard
