// The asynchronous face of the card for the session manager: read a card,
// prove its holder is present, sign for the identity provider. All card I/O
// runs on one worker thread; each reader's PC/SC connection stays open while
// its card stays in, because the card forgets a verified PIN on reconnect.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "smartcard/CardInfo.h"
#include "smartcard/CardholderProof.h"
#include "smartcard/CertificateVerifier.h"

#include <QFuture>
#include <QThreadPool>

#include <map>
#include <memory>

namespace cw::smartcard {

class CardService {
 public:
  CardService(TrustAnchors anchors, const base::Clock& clock);
  // Waits for the operation in progress (card operations end within the
  // reader's own timeouts), then closes every connection.
  ~CardService();
  CardService(const CardService&) = delete;
  CardService& operator=(const CardService&) = delete;

  // Not a PIV card: a CardInfo with isPiv false. Unreadable, removed, no
  // reader, service down: an error.
  QFuture<CardResult<CardInfo>> readCard(const QString& reader);
  // VERIFY PIN, then GENERAL AUTHENTICATE 9A over a fresh 32-byte challenge
  // whose signature must verify against the trusted certificate.
  QFuture<CardholderProof> proveCardholder(const QString& reader, crypto::SecureBytes pin);
  // A signature over SHA-256(message) with key 9A (DER ECDSA or PKCS#1 v1.5);
  // the PIN must already be verified in this card session.
  QFuture<CardResult<QByteArray>> sign(const QString& reader, const QByteArray& message);

 private:
  struct Session;

  // Worker thread only.
  CardResult<Session*> session(const QString& reader);
  CardResult<CardCertificate> certificate(Session& session);
  CardError dropOnLoss(const QString& reader, const CardError& error);
  CardResult<CardInfo> doReadCard(const QString& reader);
  CardholderProof doProve(const QString& reader, const crypto::SecureBytes& pin);
  CardResult<QByteArray> doSign(const QString& reader, const QByteArray& message);

  CertificateVerifier m_verifier;
  std::map<QString, std::unique_ptr<Session>> m_sessions;
  QThreadPool m_pool;  // one thread: the card sees one command at a time
};

}  // namespace cw::smartcard
