// A Content-Type split into the MIME type and its charset, so
// "Text/HTML; charset=UTF-8" is recognised as HTML and decoded as UTF-8.
#pragma once

#include <QByteArray>
#include <QString>

namespace cw::record {

struct MediaType {
  QString mimeType;    // lower case, no parameters; empty when none was given
  QByteArray charset;  // as given; empty when none was, or it was not a plain name

  static MediaType parse(const QString& contentType);
  // The charset, or UTF-8 when none was given: what clinical systems write.
  QByteArray charsetOrUtf8() const;
};

}  // namespace cw::record
