#include "tools/cardsim/CertificateIssuer.h"

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace cw::cardsim {
namespace {

constexpr int kSerialBytes = 16;
constexpr int kCaYears = 10;

// Key generation and certificate assembly fail only when OpenSSL itself is
// broken (out of memory); init cannot write half a card then.
void require(bool ok, const char* what) {
  if (!ok) {
    throw std::runtime_error(what);
  }
}

void addNameEntry(X509_NAME* name, int nid, const QString& value) {
  const QByteArray utf8 = value.toUtf8();
  require(X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>(utf8.constData()),
                                     static_cast<int>(utf8.size()), -1, 0) == 1,
          "X509_NAME_add_entry_by_NID");
}

void addExtension(X509* certificate, X509* issuer, int nid, const char* value) {
  X509V3_CTX context;
  X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
  require(extension != nullptr, "X509V3_EXT_conf_nid");
  const int added = X509_add_ext(certificate, extension, -1);
  X509_EXTENSION_free(extension);
  require(added == 1, "X509_add_ext");
}

X509Ptr newCertificate(EVP_PKEY* key, X509_NAME* subject, const QDateTime& notBefore,
                       const QDateTime& notAfter) {
  X509Ptr certificate(X509_new());
  require(certificate != nullptr, "X509_new");
  unsigned char serial[kSerialBytes];
  require(RAND_bytes(serial, kSerialBytes) == 1, "RAND_bytes");
  serial[0] &= 0x7F;  // a positive serial number
  BIGNUM* number = BN_bin2bn(serial, kSerialBytes, nullptr);
  require(
      number != nullptr && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get())) != nullptr,
      "serial number");
  BN_free(number);
  require(
      X509_set_version(certificate.get(), X509_VERSION_3) == 1 &&
          X509_set_subject_name(certificate.get(), subject) == 1 &&
          X509_set_pubkey(certificate.get(), key) == 1 &&
          ASN1_TIME_set(X509_getm_notBefore(certificate.get()), notBefore.toSecsSinceEpoch()) != nullptr &&
          ASN1_TIME_set(X509_getm_notAfter(certificate.get()), notAfter.toSecsSinceEpoch()) != nullptr,
      "certificate fields");
  return certificate;
}

QByteArray bioContents(BIO* bio) {
  char* data = nullptr;
  const long length = BIO_get_mem_data(bio, &data);
  return QByteArray(data, static_cast<qsizetype>(length));
}

}  // namespace

CertificateIssuer::CertificateIssuer(const QString& commonName, const QDateTime& created)
    : m_key(generateKey(PivKey::Algorithm::EccP256)) {
  X509_NAME* name = X509_NAME_new();
  addNameEntry(name, NID_organizationName, QStringLiteral("Clinical Workstation Demo"));
  addNameEntry(name, NID_commonName, commonName);
  m_certificate = newCertificate(m_key.get(), name, created, created.addYears(kCaYears));
  X509_NAME_free(name);
  require(X509_set_issuer_name(m_certificate.get(), X509_get_subject_name(m_certificate.get())) == 1,
          "issuer");
  addExtension(m_certificate.get(), m_certificate.get(), NID_basic_constraints, "critical,CA:TRUE");
  addExtension(m_certificate.get(), m_certificate.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
  addExtension(m_certificate.get(), m_certificate.get(), NID_subject_key_identifier, "hash");
  require(X509_sign(m_certificate.get(), m_key.get(), EVP_sha256()) > 0, "X509_sign");
}

X509Ptr CertificateIssuer::issue(EVP_PKEY* key, const Subject& subject, const QDateTime& notBefore,
                                 const QDateTime& notAfter, const char* keyUsage) const {
  // The UID is the third RDN, where NHS card software reads it.
  X509_NAME* name = X509_NAME_new();
  addNameEntry(name, NID_organizationName, QStringLiteral("nhs"));
  addNameEntry(name, NID_organizationalUnitName, QStringLiteral("People"));
  addNameEntry(name, NID_userId, subject.userId);
  addNameEntry(name, NID_commonName, subject.commonName);
  X509Ptr certificate = newCertificate(key, name, notBefore, notAfter);
  X509_NAME_free(name);
  require(X509_set_issuer_name(certificate.get(), X509_get_subject_name(m_certificate.get())) == 1, "issuer");
  addExtension(certificate.get(), m_certificate.get(), NID_basic_constraints, "critical,CA:FALSE");
  addExtension(certificate.get(), m_certificate.get(), NID_key_usage,
               QByteArray("critical,").append(keyUsage).constData());
  addExtension(certificate.get(), m_certificate.get(), NID_subject_key_identifier, "hash");
  addExtension(certificate.get(), m_certificate.get(), NID_authority_key_identifier, "keyid:always");
  require(X509_sign(certificate.get(), m_key.get(), EVP_sha256()) > 0, "X509_sign");
  return certificate;
}

PkeyPtr CertificateIssuer::generateKey(PivKey::Algorithm algorithm) {
  PkeyPtr key(algorithm == PivKey::Algorithm::EccP256
                  ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                  : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048}));
  require(key != nullptr, "EVP_PKEY_Q_keygen");
  return key;
}

QByteArray CertificateIssuer::privateKeyPem(EVP_PKEY* key) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  require(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1, "PEM key");
  return bioContents(bio.get());
}

QByteArray CertificateIssuer::certificatePem(X509* certificate) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  require(PEM_write_bio_X509(bio.get(), certificate) == 1, "PEM certificate");
  return bioContents(bio.get());
}

}  // namespace cw::cardsim
