#include "tools/cardsim/CommandApdu.h"

namespace cw::cardsim {
namespace {

constexpr qsizetype kHeader = 4;
constexpr int kShortMax = 256;

int neFrom(quint8 le) {
  return le == 0 ? kShortMax : le;
}

}  // namespace

std::optional<CommandApdu> CommandApdu::parse(const QByteArray& bytes) {
  if (bytes.size() < kHeader) {
    return std::nullopt;
  }
  CommandApdu apdu;
  apdu.cla = static_cast<quint8>(bytes.at(0));
  apdu.ins = static_cast<quint8>(bytes.at(1));
  apdu.p1 = static_cast<quint8>(bytes.at(2));
  apdu.p2 = static_cast<quint8>(bytes.at(3));
  const qsizetype rest = bytes.size() - kHeader;
  if (rest == 0) {
    return apdu;
  }
  const auto first = static_cast<quint8>(bytes.at(kHeader));
  if (rest == 1) {
    apdu.hasLe = true;
    apdu.ne = neFrom(first);
    return apdu;
  }
  if (first == 0) {
    return std::nullopt;
  }
  if (rest == 1 + first) {
    apdu.data = bytes.mid(kHeader + 1, first);
    return apdu;
  }
  if (rest == 2 + first) {
    apdu.data = bytes.mid(kHeader + 1, first);
    apdu.hasLe = true;
    apdu.ne = neFrom(static_cast<quint8>(bytes.back()));
    return apdu;
  }
  return std::nullopt;
}

}  // namespace cw::cardsim
