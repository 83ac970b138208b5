// What CardService read from a card: enough for the shell to greet the
// person, show tries left, and decide whether the card may sign anyone in.
#pragma once

#include "smartcard/CardCertificate.h"
#include "smartcard/CertificateVerifier.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cw::smartcard {

struct CardInfo {
  QString reader;
  QByteArray atr;
  bool isPiv = false;                          // false: not an NHS (PIV) card; nothing else is filled in
  std::optional<CardCertificate> certificate;  // key 9A's; absent when unreadable
  QString userId;                              // from the certificate's UID, never the ATR/CHUID
  QString displayName;
  TrustResult trust = TrustResult::Malformed;
  bool pinVerified = false;  // already verified in this card session
  int triesLeft = -1;        // -1 when unknown (already verified); 0 = blocked
  QByteArray chuidGuid;      // 16 bytes, empty when the card has no CHUID
};

}  // namespace cw::smartcard
