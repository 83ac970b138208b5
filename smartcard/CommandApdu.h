// An ISO 7816-4 command APDU (short form) as a value: header, data and the
// expected answer length, serialised and parsed byte-exactly.
#pragma once

#include "smartcard/CardResult.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace cw::smartcard {

class CommandApdu {
 public:
  static constexpr int kMaxShortData = 255;
  static constexpr int kMaxShortLe = 256;  // encoded as 00

  CommandApdu(quint8 cla, quint8 ins, quint8 p1, quint8 p2, QByteArray data = {},
              std::optional<int> le = std::nullopt);

  // Cases 1-4 of the short form; anything else (extended length, a body whose
  // length disagrees with Lc) is a Malformed error.
  static CardResult<CommandApdu> parse(QByteArrayView bytes);

  quint8 cla() const { return m_cla; }
  quint8 ins() const { return m_ins; }
  quint8 p1() const { return m_p1; }
  quint8 p2() const { return m_p2; }
  const QByteArray& data() const { return m_data; }
  std::optional<int> le() const { return m_le; }

  void setCla(quint8 cla) { m_cla = cla; }
  void setData(QByteArray data) { m_data = std::move(data); }
  void setLe(std::optional<int> le) { m_le = le; }

  // A command that carries a secret (a PIN): the transport wipes the bytes it
  // serialised, and the owner wipes the data with wipeData() when done.
  bool isSensitive() const { return m_sensitive; }
  void markSensitive() { m_sensitive = true; }
  void wipeData();

  // Short form only: data over 255 bytes needs chaining (ApduTransport).
  QByteArray serialise() const;

  bool operator==(const CommandApdu& other) const = default;

 private:
  quint8 m_cla;
  quint8 m_ins;
  quint8 m_p1;
  quint8 m_p2;
  QByteArray m_data;
  std::optional<int> m_le;
  bool m_sensitive = false;
};

}  // namespace cw::smartcard
