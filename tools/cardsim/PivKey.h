// One private key of a PIV card slot (9A, 9D) with its certificate, doing
// what GENERAL AUTHENTICATE asks of it.
#pragma once

#include "tools/cardsim/OpenSslPointers.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cw::cardsim {

class PivKey {
 public:
  enum class Algorithm { EccP256, Rsa2048 };

  PivKey(Algorithm algorithm, PkeyPtr key, QByteArray certificateDer);

  // Reads the "ecc-p256" / "rsa-2048" key and certificate PEMs of a card
  // file; nothing with `error` set when they do not fit together.
  static std::optional<PivKey> fromPem(const QString& algorithm, const QByteArray& privateKeyPem,
                                       const QByteArray& certificatePem, QString* error);

  Algorithm algorithm() const { return m_algorithm; }
  // The SP 800-78-4 algorithm identifier GENERAL AUTHENTICATE names in P1.
  quint8 algorithmId() const { return m_algorithm == Algorithm::EccP256 ? 0x11 : 0x07; }
  const QByteArray& certificateDer() const { return m_certificateDer; }

  // ECC: a 32-byte hash -> DER ECDSA signature. RSA: a 256-byte block the
  // host padded -> the raw private-key operation. Nothing when the input
  // does not fit the key.
  std::optional<QByteArray> sign(const QByteArray& input) const;
  // ECDH with an uncompressed P-256 point -> the shared x-coordinate.
  std::optional<QByteArray> agree(const QByteArray& peerPoint) const;

 private:
  Algorithm m_algorithm;
  PkeyPtr m_key;
  QByteArray m_certificateDer;
};

}  // namespace cw::cardsim
