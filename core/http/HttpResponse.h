// What came back for an HttpRequest: the final HTTP response or why none came.
#pragma once

#include "core/http/HttpHeaders.h"

#include <QByteArray>
#include <QString>

namespace cw::http {

enum class TransportError {
  None,            // an HTTP response arrived (any status)
  ConnectFailed,   // no connection: refused, unreachable, name not resolved; nothing was sent
  ConnectionLost,  // the connection broke after the request went out, so it may have been processed
  Timeout,         // connect or total timeout
  TlsFailed,       // handshake or certificate verification failed
  Cancelled,       // the client was destroyed while the request was pending
  TooLarge,        // the response body exceeded HttpClientOptions::maxResponseBytes
  Other,           // anything else, e.g. an invalid URL or header
};

struct HttpResponse {
  int status = 0;  // 0 when error != None
  HttpHeaders headers;
  QByteArray body;  // decoded (gzip, deflate) by the transport
  TransportError error = TransportError::None;
  QString errorText;  // curl's explanation; never the URL's query, a body or a token
  int attempts = 0;   // requests sent, retries included

  QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
  bool ok() const { return error == TransportError::None && status >= 200 && status < 300; }
};

}  // namespace cw::http
