#include "smartcard/ApduTransport.h"

#include "core/crypto/SecureBytes.h"
#include "smartcard/SmartcardTr.h"

namespace cw::smartcard {
namespace {

constexpr quint8 kChainingBit = 0x10;
constexpr quint8 kGetResponse = 0xC0;

int announcedLength(quint8 sw2) {
  return sw2 == 0 ? CommandApdu::kMaxShortLe : sw2;
}

}  // namespace

CardResult<ResponseApdu> ApduTransport::exchangeOnce(const CommandApdu& command) {
  QByteArray bytes = command.serialise();
  CardResult<QByteArray> raw = m_channel.transmit(bytes);
  if (command.isSensitive()) {
    crypto::wipe(bytes);
  }
  if (!raw) {
    return raw.error();
  }
  return ResponseApdu::parse(raw.value());
}

CardResult<ResponseApdu> ApduTransport::exchange(const CommandApdu& command) {
  CardResult<ResponseApdu> response = exchangeOnce(command);
  if (response && response->sw1() == 0x6C) {
    // Wrong Le: the card names the right one; the same command again with it.
    CommandApdu again = command;
    again.setLe(announcedLength(response->sw2()));
    response = exchangeOnce(again);
  }
  return response;
}

CardResult<ResponseApdu> ApduTransport::transmit(const CommandApdu& command) {
  const QByteArray& data = command.data();
  qsizetype offset = 0;
  // All but the last chunk go with the chaining bit and no Le.
  while (data.size() - offset > CommandApdu::kMaxShortData) {
    CommandApdu link(command.cla() | kChainingBit, command.ins(), command.p1(), command.p2(),
                     data.sliced(offset, CommandApdu::kMaxShortData));
    if (command.isSensitive()) {
      link.markSensitive();
    }
    CardResult<ResponseApdu> linkResponse = exchange(link);
    if (command.isSensitive()) {
      link.wipeData();
    }
    if (!linkResponse || !linkResponse->isSuccess()) {
      return linkResponse;
    }
    offset += CommandApdu::kMaxShortData;
  }
  CommandApdu last = command;
  if (offset > 0) {
    last.setData(data.sliced(offset));
  }
  CardResult<ResponseApdu> response = exchange(last);
  if (offset > 0 && command.isSensitive()) {
    last.wipeData();
  }
  if (!response) {
    return response;
  }

  QByteArray collected = response->data();
  // Bounded: a card that keeps saying 61xx with no data must not hang us.
  for (int round = 0; response->sw1() == 0x61; ++round) {
    if (round > kMaxResponseData / CommandApdu::kMaxShortLe) {
      return CardError{CardError::Kind::Malformed, Tr::tr("The card keeps announcing more data.")};
    }
    const CommandApdu getResponse(0x00, kGetResponse, 0x00, 0x00, {}, announcedLength(response->sw2()));
    response = exchange(getResponse);
    if (!response) {
      return response;
    }
    collected.append(response->data());
    if (collected.size() > kMaxResponseData) {
      return CardError{CardError::Kind::Malformed,
                       Tr::tr("The card's answer is longer than %1 bytes.").arg(kMaxResponseData)};
    }
  }
  return ResponseApdu(collected, response->statusWord());
}

}  // namespace cw::smartcard
