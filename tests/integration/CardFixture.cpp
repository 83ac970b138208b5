#include "tests/integration/CardFixture.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cw::test {
namespace {

void check(bool ok, const char* what) {
  if (!ok) {
    qFatal("card fixture: cannot %s", what);
  }
}

std::shared_ptr<EVP_PKEY> generate(CardFixture::KeyType type) {
  EVP_PKEY* key = type == CardFixture::KeyType::EccP256 ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048u);
  check(key != nullptr, "generate a key");
  return {key, EVP_PKEY_free};
}

void addName(X509_NAME* name, const char* field, const QString& value) {
  const QByteArray utf8 = value.toUtf8();
  check(X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(utf8.constData()),
                                   static_cast<int>(utf8.size()), -1, 0) == 1,
        "build a name");
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value) {
  X509V3_CTX context;
  X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
  check(extension != nullptr && X509_add_ext(certificate, extension, -1) == 1, "add an extension");
  X509_EXTENSION_free(extension);
}

// A v3 certificate for `key`; self-signed when `issuer` is null.
std::shared_ptr<X509> makeCertificate(EVP_PKEY* key, X509_NAME* subject, X509* issuer, EVP_PKEY* issuerKey,
                                      const QDateTime& notBefore, const QDateTime& notAfter) {
  static long serial = 1;
  std::shared_ptr<X509> certificate(X509_new(), X509_free);
  X509* raw = certificate.get();
  check(X509_set_version(raw, 2) == 1, "set the version");
  check(ASN1_INTEGER_set(X509_get_serialNumber(raw), serial++) == 1, "set the serial number");
  check(ASN1_TIME_set(X509_getm_notBefore(raw), notBefore.toSecsSinceEpoch()) != nullptr, "set notBefore");
  check(ASN1_TIME_set(X509_getm_notAfter(raw), notAfter.toSecsSinceEpoch()) != nullptr, "set notAfter");
  check(X509_set_subject_name(raw, subject) == 1, "set the subject");
  check(X509_set_issuer_name(raw, issuer ? X509_get_subject_name(issuer) : subject) == 1, "set the issuer");
  check(X509_set_pubkey(raw, key) == 1, "set the key");
  if (issuer == nullptr) {
    addExtension(raw, raw, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(raw, raw, NID_key_usage, "critical,keyCertSign,cRLSign");
  } else {
    addExtension(raw, issuer, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(raw, issuer, NID_key_usage, "critical,digitalSignature");
  }
  check(X509_sign(raw, issuerKey, EVP_sha256()) > 0, "sign a certificate");
  return certificate;
}

}  // namespace

CardFixture::CardFixture(const QString& caName) : m_key(generate(KeyType::EccP256)) {
  X509_NAME* subject = X509_NAME_new();
  addName(subject, "O", QStringLiteral("nhs"));
  addName(subject, "CN", caName);
  const QDateTime now = QDateTime::currentDateTimeUtc();
  m_certificate =
      makeCertificate(m_key.get(), subject, nullptr, m_key.get(), now.addDays(-1), now.addYears(10));
  X509_NAME_free(subject);
}

QByteArray CardFixture::caPem() const {
  BIO* bio = BIO_new(BIO_s_mem());
  check(PEM_write_bio_X509(bio, m_certificate.get()) == 1, "write the CA certificate");
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  QByteArray pem(data, static_cast<qsizetype>(size));
  BIO_free(bio);
  return pem;
}

FixtureCard CardFixture::issue(KeyType type, const QString& uid, const QString& name,
                               const QDateTime& notBefore, const QDateTime& notAfter) const {
  FixtureCard card{
      {}, type == KeyType::EccP256 ? QStringLiteral("ES256") : QStringLiteral("RS256"), generate(type)};
  X509_NAME* subject = X509_NAME_new();
  addName(subject, "O", QStringLiteral("nhs"));
  addName(subject, "OU", QStringLiteral("People"));
  if (!uid.isEmpty()) {
    addName(subject, "UID", uid);
  }
  addName(subject, "CN", name);
  const std::shared_ptr<X509> certificate =
      makeCertificate(card.key.get(), subject, m_certificate.get(), m_key.get(), notBefore, notAfter);
  X509_NAME_free(subject);
  unsigned char* der = nullptr;
  const int size = i2d_X509(certificate.get(), &der);
  check(size > 0, "encode a certificate");
  card.certificateDer = QByteArray(reinterpret_cast<const char*>(der), size);
  OPENSSL_free(der);
  return card;
}

FixtureCard CardFixture::issue(KeyType type, const QString& uid, const QString& name) const {
  const QDateTime now = QDateTime::currentDateTimeUtc();
  return issue(type, uid, name, now.addDays(-1), now.addYears(1));
}

QByteArray CardFixture::sign(const FixtureCard& card, const QByteArray& message) {
  EVP_MD_CTX* context = EVP_MD_CTX_new();
  size_t size = 0;
  check(
      EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, card.key.get()) == 1 &&
          EVP_DigestSign(context, nullptr, &size, reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<size_t>(message.size())) == 1,
      "start a signature");
  QByteArray signature(static_cast<qsizetype>(size), '\0');
  check(EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &size,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) == 1,
        "sign");
  EVP_MD_CTX_free(context);
  signature.truncate(static_cast<qsizetype>(size));
  return signature;
}

}  // namespace cw::test
