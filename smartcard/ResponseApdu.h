// An ISO 7816-4 response APDU as a value: the answer's data and its status
// word (SW1 SW2).
#pragma once

#include "smartcard/CardResult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cw::smartcard {

class ResponseApdu {
 public:
  ResponseApdu(QByteArray data, quint16 statusWord);

  // At least the two status bytes; fewer is a Malformed error.
  static CardResult<ResponseApdu> parse(QByteArrayView bytes);

  const QByteArray& data() const { return m_data; }
  quint16 statusWord() const { return m_statusWord; }
  quint8 sw1() const { return static_cast<quint8>(m_statusWord >> 8); }
  quint8 sw2() const { return static_cast<quint8>(m_statusWord & 0xFF); }
  bool isSuccess() const { return m_statusWord == 0x9000; }

  QByteArray serialise() const;

  bool operator==(const ResponseApdu& other) const = default;

 private:
  QByteArray m_data;
  quint16 m_statusWord;
};

}  // namespace cw::smartcard
