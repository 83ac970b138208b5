// A demo certificate authority for the card material: a fresh P-256 CA key
// and self-signed certificate, issuing card certificates with the NHS
// directory subject O=nhs, OU=People, UID=<user id>, CN=<name>.
#pragma once

#include "tools/cardsim/OpenSslPointers.h"
#include "tools/cardsim/PivKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cw::cardsim {

class CertificateIssuer {
 public:
  struct Subject {
    QString userId;  // the 12-digit SDS user id
    QString commonName;
  };

  // Nothing is valid before `created`: the CA's own certificate starts then.
  CertificateIssuer(const QString& commonName, const QDateTime& created);

  // The certificate for `key`, valid from `notBefore` to `notAfter`, with
  // `keyUsage` in OpenSSL's syntax (e.g. "digitalSignature").
  X509Ptr issue(EVP_PKEY* key, const Subject& subject, const QDateTime& notBefore, const QDateTime& notAfter,
                const char* keyUsage) const;
  X509* certificate() const { return m_certificate.get(); }

  static PkeyPtr generateKey(PivKey::Algorithm algorithm);
  static QByteArray privateKeyPem(EVP_PKEY* key);
  static QByteArray certificatePem(X509* certificate);

 private:
  PkeyPtr m_key;
  X509Ptr m_certificate;
};

}  // namespace cw::cardsim
