#include "smartcard/ResponseApdu.h"

#include "smartcard/SmartcardTr.h"

namespace cw::smartcard {

ResponseApdu::ResponseApdu(QByteArray data, quint16 statusWord)
    : m_data(std::move(data)), m_statusWord(statusWord) {}

CardResult<ResponseApdu> ResponseApdu::parse(QByteArrayView bytes) {
  if (bytes.size() < 2) {
    return CardError{CardError::Kind::Malformed,
                     Tr::tr("The card's answer has %n byte(s); a status word needs 2.", nullptr,
                            static_cast<int>(bytes.size()))};
  }
  const qsizetype n = bytes.size();
  const auto sw =
      static_cast<quint16>((static_cast<quint8>(bytes[n - 2]) << 8) | static_cast<quint8>(bytes[n - 1]));
  return ResponseApdu(bytes.first(n - 2).toByteArray(), sw);
}

QByteArray ResponseApdu::serialise() const {
  QByteArray bytes = m_data;
  bytes.append(static_cast<char>(sw1()));
  bytes.append(static_cast<char>(sw2()));
  return bytes;
}

}  // namespace cw::smartcard
