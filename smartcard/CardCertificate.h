// A card's X.509 certificate (DER, parsed with OpenSSL): who it names (the
// 12-digit NHS user id from the subject's UID attribute, the CN), when it is
// valid and which key algorithm it carries.
#pragma once

#include "smartcard/CardResult.h"
#include "smartcard/KeyAlgorithm.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

struct x509_st;

namespace cw::smartcard {

class CardCertificate {
 public:
  // Malformed when the bytes are not one DER certificate.
  static CardResult<CardCertificate> fromDer(const QByteArray& der);

  QByteArray der() const { return m_der; }
  // Empty when the subject has no UID attribute of exactly 12 digits.
  QString userId() const { return m_userId; }
  QString displayName() const { return m_displayName; }
  QDateTime notBefore() const { return m_notBefore; }
  QDateTime notAfter() const { return m_notAfter; }
  KeyAlgorithm keyAlgorithm() const { return m_keyAlgorithm; }

  // The parsed certificate, for CertificateVerifier and signature checks.
  x509_st* x509() const { return m_x509.get(); }

 private:
  std::shared_ptr<x509_st> m_x509;
  QByteArray m_der;
  QString m_userId;
  QString m_displayName;
  QDateTime m_notBefore;
  QDateTime m_notAfter;
  KeyAlgorithm m_keyAlgorithm = KeyAlgorithm::Unsupported;
};

// Whether `signature` over the SHA-256 `digest` was made with the key of
// `certificate` (ECDSA DER or RSA PKCS#1 v1.5), checked with OpenSSL EVP.
bool verifySignature(const CardCertificate& certificate, QByteArrayView digest, QByteArrayView signature);

}  // namespace cw::smartcard
