// Demo card material made by the test itself, so the demo IdP's test does not
// depend on cardsim: a card CA, user certificates with the 12-digit user id
// in the subject (decision 004's shape) and signatures with their keys.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/types.h>

#include <memory>

namespace cw::test {

struct FixtureCard {
  QByteArray certificateDer;
  QString algorithm;  // "ES256" (ECC P-256) or "RS256" (RSA-2048)
  std::shared_ptr<EVP_PKEY> key;
};

class CardFixture {
 public:
  enum class KeyType { EccP256, Rsa2048 };

  // A self-signed CA valid from yesterday for ten years.
  explicit CardFixture(const QString& caName);

  QByteArray caPem() const;
  // A user certificate "O=nhs, OU=People, UID=<uid>, CN=<name>" issued by this
  // CA; an empty uid leaves the UID attribute out.
  FixtureCard issue(KeyType type, const QString& uid, const QString& name, const QDateTime& notBefore,
                    const QDateTime& notAfter) const;
  // Valid from yesterday for a year.
  FixtureCard issue(KeyType type, const QString& uid, const QString& name) const;

  // SHA-256 signature as the card bridge sends it: DER ECDSA or PKCS#1 v1.5.
  static QByteArray sign(const FixtureCard& card, const QByteArray& message);

 private:
  std::shared_ptr<EVP_PKEY> m_key;
  std::shared_ptr<X509> m_certificate;
};

}  // namespace cw::test
