#include "smartcard/BerTlv.h"

#include "smartcard/SmartcardTr.h"

namespace cw::smartcard {
namespace {

constexpr int kMaxTagBytes = 3;

CardError malformed(const QString& why, qsizetype offset) {
  return {CardError::Kind::Malformed,
          Tr::tr("The card's data is malformed at byte %1: %2.").arg(offset).arg(why)};
}

}  // namespace

CardResult<QList<BerTlv>> BerTlv::parseAll(QByteArrayView bytes) {
  QList<BerTlv> tlvs;
  qsizetype pos = 0;
  const auto byteAt = [&bytes](qsizetype i) { return static_cast<quint8>(bytes[i]); };
  while (pos < bytes.size()) {
    const qsizetype start = pos;
    quint32 tag = byteAt(pos++);
    if ((tag & 0x1F) == 0x1F) {
      // Subsequent tag bytes carry bit 8 while more follow.
      int tagBytes = 1;
      quint8 next = 0;
      do {
        if (pos >= bytes.size()) {
          return malformed(Tr::tr("the tag is cut short"), start);
        }
        if (++tagBytes > kMaxTagBytes) {
          return malformed(Tr::tr("a tag longer than 3 bytes"), start);
        }
        next = byteAt(pos++);
        tag = (tag << 8) | next;
      } while ((next & 0x80) != 0);
    }
    if (pos >= bytes.size()) {
      return malformed(Tr::tr("the length is missing"), start);
    }
    const quint8 first = byteAt(pos++);
    qsizetype length = first;
    if (first == 0x81 || first == 0x82) {
      const int lengthBytes = first & 0x7F;
      if (bytes.size() - pos < lengthBytes) {
        return malformed(Tr::tr("the length is cut short"), start);
      }
      length = 0;
      for (int i = 0; i < lengthBytes; ++i) {
        length = (length << 8) | byteAt(pos++);
      }
    } else if (first >= 0x80) {
      return malformed(Tr::tr("unsupported length form %1").arg(first, 2, 16, QLatin1Char('0')), start);
    }
    if (bytes.size() - pos < length) {
      return malformed(Tr::tr("%1 value bytes announced, %2 present").arg(length).arg(bytes.size() - pos),
                       start);
    }
    tlvs.append(BerTlv(tag, bytes.sliced(pos, length).toByteArray()));
    pos += length;
  }
  return tlvs;
}

std::optional<QByteArray> BerTlv::find(const QList<BerTlv>& tlvs, quint32 tag) {
  for (const BerTlv& tlv : tlvs) {
    if (tlv.tag() == tag) {
      return tlv.value();
    }
  }
  return std::nullopt;
}

QByteArray BerTlv::encodeLength(qsizetype length) {
  Q_ASSERT(length >= 0 && length <= kMaxLength);
  QByteArray bytes;
  if (length < 0x80) {
    bytes.append(static_cast<char>(length));
  } else if (length <= 0xFF) {
    bytes.append(static_cast<char>(0x81));
    bytes.append(static_cast<char>(length));
  } else {
    bytes.append(static_cast<char>(0x82));
    bytes.append(static_cast<char>(length >> 8));
    bytes.append(static_cast<char>(length & 0xFF));
  }
  return bytes;
}

QByteArray BerTlv::encode(quint32 tag, QByteArrayView value) {
  QByteArray bytes;
  for (int shift = 16; shift > 0; shift -= 8) {
    if ((tag >> shift) != 0) {
      bytes.append(static_cast<char>((tag >> shift) & 0xFF));
    }
  }
  bytes.append(static_cast<char>(tag & 0xFF));
  bytes.append(encodeLength(value.size()));
  bytes.append(value);
  return bytes;
}

}  // namespace cw::smartcard
