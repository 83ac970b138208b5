// A command APDU as the card receives it (ISO 7816-4 short form).
#pragma once

#include <QByteArray>

#include <optional>

namespace cw::cardsim {

struct CommandApdu {
  quint8 cla = 0;
  quint8 ins = 0;
  quint8 p1 = 0;
  quint8 p2 = 0;
  QByteArray data;
  bool hasLe = false;
  int ne = 0;  // expected answer length, 1..256, when hasLe

  bool chained() const { return (cla & 0x10) != 0; }

  // Nothing when the bytes are no valid short APDU: under four bytes, or Lc
  // disagreeing with the number of bytes that follow. Extended lengths are
  // refused too: PIV hosts chain long data instead.
  static std::optional<CommandApdu> parse(const QByteArray& bytes);
};

}  // namespace cw::cardsim
