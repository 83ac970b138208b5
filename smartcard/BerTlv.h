// BER-TLV as PIV data objects use it: tags of 1-3 bytes, lengths in one byte
// or 81 xx / 82 xx xx. Parses one level; nested templates parse their value.
#pragma once

#include "smartcard/CardResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace cw::smartcard {

class BerTlv {
 public:
  static constexpr qsizetype kMaxLength = 0xFFFF;

  BerTlv(quint32 tag, QByteArray value) : m_tag(tag), m_value(std::move(value)) {}

  // Every TLV in `bytes`, in order; trailing or truncated bytes are errors.
  static CardResult<QList<BerTlv>> parseAll(QByteArrayView bytes);
  // The value of the first TLV with `tag`, if any.
  static std::optional<QByteArray> find(const QList<BerTlv>& tlvs, quint32 tag);
  // Tag (its bytes as written, e.g. 0x5FC105) and minimal-length encoding.
  static QByteArray encode(quint32 tag, QByteArrayView value);
  static QByteArray encodeLength(qsizetype length);

  quint32 tag() const { return m_tag; }
  const QByteArray& value() const { return m_value; }
  QByteArray serialise() const { return encode(m_tag, m_value); }

  bool operator==(const BerTlv& other) const = default;

 private:
  quint32 m_tag;
  QByteArray m_value;
};

}  // namespace cw::smartcard
