// BER-TLV as PIV uses it (SP 800-73-4 Part 2): tags of one to three bytes,
// lengths in short form or 81/82 long form.
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace cw::cardsim {

struct BerTlv {
  quint32 tag = 0;  // the tag bytes big-endian, e.g. 0x5FC105
  QByteArray value;

  // Tag, length and value bytes.
  static QByteArray encode(quint32 tag, const QByteArray& value);
  // Every TLV in `bytes`, or nothing when any is truncated, a tag is longer
  // than three bytes or a length uses a form PIV does not.
  static std::optional<QList<BerTlv>> parseAll(const QByteArray& bytes);
};

}  // namespace cw::cardsim
