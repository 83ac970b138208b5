#include "smartcard/CommandApdu.h"

#include "core/crypto/SecureBytes.h"
#include "smartcard/SmartcardTr.h"

namespace cw::smartcard {
namespace {

CardError malformed(const QString& why) {
  return {CardError::Kind::Malformed, Tr::tr("The command APDU is malformed: %1.").arg(why)};
}

int decodeLe(quint8 byte) {
  return byte == 0 ? CommandApdu::kMaxShortLe : byte;
}

}  // namespace

CommandApdu::CommandApdu(quint8 cla, quint8 ins, quint8 p1, quint8 p2, QByteArray data, std::optional<int> le)
    : m_cla(cla), m_ins(ins), m_p1(p1), m_p2(p2), m_data(std::move(data)), m_le(le) {}

CardResult<CommandApdu> CommandApdu::parse(QByteArrayView bytes) {
  if (bytes.size() < 4) {
    return malformed(Tr::tr("%n byte(s), a header needs 4", nullptr, static_cast<int>(bytes.size())));
  }
  const auto byte = [&bytes](qsizetype i) { return static_cast<quint8>(bytes[i]); };
  CommandApdu command(byte(0), byte(1), byte(2), byte(3));
  const qsizetype body = bytes.size() - 4;
  if (body == 0) {
    return command;  // case 1
  }
  if (body == 1) {
    command.m_le = decodeLe(byte(4));  // case 2
    return command;
  }
  const int lc = byte(4);
  if (lc == 0) {
    return malformed(Tr::tr("extended length is not supported"));
  }
  if (body == 1 + lc) {
    command.m_data = bytes.sliced(5, lc).toByteArray();  // case 3
    return command;
  }
  if (body == 2 + lc) {
    command.m_data = bytes.sliced(5, lc).toByteArray();  // case 4
    command.m_le = decodeLe(byte(bytes.size() - 1));
    return command;
  }
  return malformed(Tr::tr("Lc says %1 data bytes but %2 bytes follow the header").arg(lc).arg(body - 1));
}

void CommandApdu::wipeData() {
  crypto::wipe(m_data);
}

QByteArray CommandApdu::serialise() const {
  Q_ASSERT(m_data.size() <= kMaxShortData);
  Q_ASSERT(!m_le || (*m_le >= 0 && *m_le <= kMaxShortLe));
  QByteArray bytes;
  bytes.reserve(6 + m_data.size());
  bytes.append(static_cast<char>(m_cla));
  bytes.append(static_cast<char>(m_ins));
  bytes.append(static_cast<char>(m_p1));
  bytes.append(static_cast<char>(m_p2));
  if (!m_data.isEmpty()) {
    bytes.append(static_cast<char>(m_data.size()));
    bytes.append(m_data);
  }
  if (m_le) {
    bytes.append(static_cast<char>(*m_le == kMaxShortLe ? 0 : *m_le));
  }
  return bytes;
}

}  // namespace cw::smartcard
