// URL query strings and form bodies as ordered name/value pairs.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace cw::devserver {

using QueryParams = QList<QPair<QString, QString>>;

class QueryString {
 public:
  // Percent-decodes names and values as UTF-8; '+' is a space, as in HTML
  // forms and most clients' query strings.
  static QueryParams parse(QByteArrayView encoded);
  static QByteArray encode(const QueryParams& params);
};

}  // namespace cw::devserver
