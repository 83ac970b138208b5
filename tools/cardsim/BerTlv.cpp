#include "tools/cardsim/BerTlv.h"

namespace cw::cardsim {
namespace {

constexpr int kMaxTagBytes = 3;

QByteArray tagBytes(quint32 tag) {
  QByteArray bytes;
  for (int shift = 16; shift > 0; shift -= 8) {
    if (tag >> shift) {
      bytes.append(static_cast<char>((tag >> shift) & 0xFF));
    }
  }
  bytes.append(static_cast<char>(tag & 0xFF));
  return bytes;
}

QByteArray lengthBytes(qsizetype length) {
  QByteArray bytes;
  if (length < 0x80) {
    bytes.append(static_cast<char>(length));
  } else if (length <= 0xFF) {
    bytes.append(static_cast<char>(0x81));
    bytes.append(static_cast<char>(length));
  } else {
    bytes.append(static_cast<char>(0x82));
    bytes.append(static_cast<char>((length >> 8) & 0xFF));
    bytes.append(static_cast<char>(length & 0xFF));
  }
  return bytes;
}

quint8 byteAt(const QByteArray& bytes, qsizetype index) {
  return static_cast<quint8>(bytes.at(index));
}

}  // namespace

QByteArray BerTlv::encode(quint32 tag, const QByteArray& value) {
  return tagBytes(tag) + lengthBytes(value.size()) + value;
}

std::optional<QList<BerTlv>> BerTlv::parseAll(const QByteArray& bytes) {
  QList<BerTlv> result;
  qsizetype at = 0;
  while (at < bytes.size()) {
    BerTlv tlv;
    // Multi-byte tags: low five bits all set, then bytes while bit 8 is set.
    int tagLength = 1;
    tlv.tag = byteAt(bytes, at++);
    if ((tlv.tag & 0x1F) == 0x1F) {
      do {
        if (at >= bytes.size() || ++tagLength > kMaxTagBytes) {
          return std::nullopt;
        }
        tlv.tag = (tlv.tag << 8) | byteAt(bytes, at);
      } while (byteAt(bytes, at++) & 0x80);
    }
    if (at >= bytes.size()) {
      return std::nullopt;
    }
    qsizetype length = byteAt(bytes, at++);
    if (length == 0x81 || length == 0x82) {
      const int count = length == 0x81 ? 1 : 2;
      if (at + count > bytes.size()) {
        return std::nullopt;
      }
      length = 0;
      for (int index = 0; index < count; ++index) {
        length = (length << 8) | byteAt(bytes, at++);
      }
    } else if (length > 0x7F) {
      return std::nullopt;
    }
    if (length > bytes.size() - at) {
      return std::nullopt;
    }
    tlv.value = bytes.mid(at, length);
    at += length;
    result.append(tlv);
  }
  return result;
}

}  // namespace cw::cardsim
