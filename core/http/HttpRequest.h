// One HTTP request as the caller describes it to HttpClient.
#pragma once

#include "core/http/HttpHeaders.h"

#include <QByteArray>
#include <QUrl>

namespace cw::http {

struct HttpRequest {
  QByteArray method = QByteArrayLiteral("GET");
  QUrl url;
  HttpHeaders headers;
  QByteArray body;
};

}  // namespace cw::http
