#include "tools/fhir-devserver/PageCursor.h"

#include <QByteArray>
#include <QList>

namespace cw::devserver {

namespace {

constexpr char kFormat[] = "p1";
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

}  // namespace

QString PageCursor::encode() const {
  const QByteArray text = QByteArray(kFormat) + '.' + QByteArray::number(snapshot) + '.' +
                          QByteArray::number(total) + '.' + QByteArray::number(lastKey) + '.' +
                          QByteArray::number(lastSeq);
  return QString::fromLatin1(text.toBase64(kBase64));
}

std::optional<PageCursor> PageCursor::decode(QStringView token) {
  const auto decoded =
      QByteArray::fromBase64Encoding(token.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded) {
    return std::nullopt;
  }
  const QList<QByteArray> parts = decoded.decoded.split('.');
  if (parts.size() != 5 || parts.at(0) != kFormat) {
    return std::nullopt;
  }
  PageCursor cursor;
  bool ok[4] = {};
  cursor.snapshot = parts.at(1).toLongLong(&ok[0]);
  cursor.total = parts.at(2).toLongLong(&ok[1]);
  cursor.lastKey = parts.at(3).toLongLong(&ok[2]);
  cursor.lastSeq = parts.at(4).toLongLong(&ok[3]);
  if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || cursor.snapshot < 0 || cursor.total < -1) {
    return std::nullopt;
  }
  return cursor;
}

}  // namespace cw::devserver
