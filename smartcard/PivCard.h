// The PIV card application (NIST SP 800-73-4) over an ApduTransport: select,
// CHUID, certificates, PIN, signing with key 9A and key agreement with 9D.
// Blocking; one worker thread at a time.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "smartcard/ApduTransport.h"
#include "smartcard/KeyAlgorithm.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cw::smartcard {

enum class PivSlot : quint8 {
  Authentication = 0x9A,
  Signature = 0x9C,
  KeyManagement = 0x9D,
  CardAuthentication = 0x9E
};

class PivCard {
 public:
  struct Chuid {
    QByteArray guid;  // 16 bytes
    QString expiry;   // YYYYMMDD as written on the card
  };
  struct PinStatus {
    bool verified = false;  // already verified in this card session
    int triesLeft = -1;     // unknown when already verified; 0 = blocked
  };
  struct PinVerification {
    enum class Outcome { Verified, WrongPin, Blocked, Failed };
    Outcome outcome = Outcome::Failed;
    int triesLeft = -1;  // with WrongPin
    CardError error;     // with Failed
  };

  explicit PivCard(CardChannel& channel) : m_transport(channel) {}

  // Selects the PIV application (full AID, then the truncated form); NotPiv
  // when the card has none.
  CardResult<QByteArray> select();
  CardResult<Chuid> readChuid();
  // The DER certificate of `slot`; Unsupported when the card stores it gzipped.
  CardResult<QByteArray> readCertificate(PivSlot slot);
  // Empty VERIFY: spends no try.
  CardResult<PinStatus> pinTriesLeft();
  // The PIN must be 6-8 digits; anything else is refused without reaching the card.
  PinVerification verifyPin(const crypto::SecureBytes& pin);
  std::optional<CardError> logout();
  // Signs a SHA-256 digest with key 9A (the algorithm comes from its certificate).
  CardResult<QByteArray> sign(KeyAlgorithm algorithm, QByteArrayView sha256Digest);
  // ECDH with key 9D (P-256) and the peer's uncompressed point (65 bytes):
  // the shared x-coordinate, to go through a KDF before any use.
  CardResult<crypto::SecureBytes> keyAgreement(QByteArrayView peerPoint);

 private:
  // Transmits; after a card reset re-selects the application and tries once more.
  CardResult<ResponseApdu> send(const CommandApdu& command);
  CardResult<QByteArray> getData(quint32 tag);
  CardResult<QByteArray> generalAuthenticate(quint8 algorithm, PivSlot slot, const QByteArray& dynamicData);

  ApduTransport m_transport;
};

}  // namespace cw::smartcard
