#include "modules/record/viewer/MediaType.h"

#include <QRegularExpression>
#include <QStringList>

namespace cw::record {

MediaType MediaType::parse(const QString& contentType) {
  const QStringList parts = contentType.split(QLatin1Char(';'));
  MediaType type;
  type.mimeType = parts.first().trimmed().toLower();
  for (qsizetype i = 1; i < parts.size(); ++i) {
    const QString parameter = parts.at(i).trimmed();
    const qsizetype equals = parameter.indexOf(QLatin1Char('='));
    if (equals > 0 &&
        parameter.left(equals).trimmed().compare(QLatin1String("charset"), Qt::CaseInsensitive) == 0) {
      QString value = parameter.mid(equals + 1).trimmed();
      if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
        value = value.mid(1, value.size() - 2);
      }
      // The name goes into a Content-Type header: only a token, never
      // whatever else the record may hold.
      static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9._:-]{1,40}$"));
      if (token.match(value).hasMatch()) {
        type.charset = value.toLatin1();
      }
    }
  }
  return type;
}

QByteArray MediaType::charsetOrUtf8() const {
  return charset.isEmpty() ? QByteArrayLiteral("utf-8") : charset;
}

}  // namespace cw::record
