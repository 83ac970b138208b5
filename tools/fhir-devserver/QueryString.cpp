#include "tools/fhir-devserver/QueryString.h"

namespace cw::devserver {

namespace {

QString decode(QByteArrayView part) {
  QByteArray bytes = part.toByteArray();
  bytes.replace('+', ' ');
  return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

}  // namespace

QueryParams QueryString::parse(QByteArrayView encoded) {
  QueryParams params;
  qsizetype start = 0;
  while (start <= encoded.size()) {
    qsizetype end = encoded.indexOf('&', start);
    if (end < 0) {
      end = encoded.size();
    }
    const QByteArrayView pair = encoded.sliced(start, end - start);
    if (!pair.isEmpty()) {
      const qsizetype equals = pair.indexOf('=');
      const QString name = decode(equals < 0 ? pair : pair.first(equals));
      if (!name.isEmpty()) {
        params.append({name, equals < 0 ? QString() : decode(pair.sliced(equals + 1))});
      }
    }
    start = end + 1;
  }
  return params;
}

QByteArray QueryString::encode(const QueryParams& params) {
  // ':' '|' ',' '/' are legal in a query and keep links readable.
  static const QByteArray kKeep = QByteArrayLiteral(":|,/");
  QByteArray encoded;
  for (const auto& [name, value] : params) {
    if (!encoded.isEmpty()) {
      encoded += '&';
    }
    encoded += name.toUtf8().toPercentEncoding(kKeep);
    encoded += '=';
    encoded += value.toUtf8().toPercentEncoding(kKeep);
  }
  return encoded;
}

}  // namespace cw::devserver
