// Header fields of an HTTP request or response, in the order they were sent.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace cw::http {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The value of header `name`, compared case-insensitively; the last one wins.
// Empty when absent.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);
bool hasHeader(const HttpHeaders& headers, QByteArrayView name);

// Names are RFC 9110 tokens and values hold no CR, LF or NUL, so nothing can
// smuggle an extra header or request onto the wire.
bool isWellFormed(const HttpHeaders& headers);

}  // namespace cw::http
