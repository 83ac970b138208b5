// Sends command APDUs over a CardChannel the way ISO 7816-4 cards expect:
// chaining for data over 255 bytes, GET RESPONSE while the card says 61xx,
// and a re-send with the right Le when it says 6Cxx.
#pragma once

#include "smartcard/CardChannel.h"
#include "smartcard/CommandApdu.h"
#include "smartcard/ResponseApdu.h"

namespace cw::smartcard {

class ApduTransport {
 public:
  // Answers longer than this are refused: PIV objects stay well below it.
  static constexpr qsizetype kMaxResponseData = 0x10000;

  explicit ApduTransport(CardChannel& channel) : m_channel(channel) {}

  // The card's final answer (any status word), or why none arrived.
  CardResult<ResponseApdu> transmit(const CommandApdu& command);

 private:
  CardResult<ResponseApdu> exchange(const CommandApdu& command);
  CardResult<ResponseApdu> exchangeOnce(const CommandApdu& command);

  CardChannel& m_channel;
};

}  // namespace cw::smartcard
