// A connection to one card that exchanges raw APDU bytes; PcscCardChannel
// talks to a real reader, tests may script one.
#pragma once

#include "smartcard/CardResult.h"

#include <QByteArray>

namespace cw::smartcard {

class CardChannel {
 public:
  virtual ~CardChannel() = default;
  // Sends one command APDU and returns the card's answer, status word included.
  virtual CardResult<QByteArray> transmit(const QByteArray& command) = 0;
};

}  // namespace cw::smartcard
