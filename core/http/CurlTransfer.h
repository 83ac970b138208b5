// One attempt of an HttpRequest as a libcurl easy handle; HttpClient's part.
#pragma once

#include "core/http/HttpClient.h"

#include <curl/curl.h>

namespace cw::http {

class CurlTransfer {
 public:
  // An empty `bearerToken` adds no Authorization header.
  CurlTransfer(const HttpRequest& request, const QByteArray& bearerToken, const HttpClientOptions& options);
  ~CurlTransfer();
  CurlTransfer(const CurlTransfer&) = delete;
  CurlTransfer& operator=(const CurlTransfer&) = delete;

  CURL* handle() const { return m_handle; }

  // The response, once libcurl reports the transfer done with `result`.
  HttpResponse finish(CURLcode result);

 private:
  static size_t onHeader(char* data, size_t size, size_t count, void* self);
  static size_t onBody(char* data, size_t size, size_t count, void* self);
  QString errorText(CURLcode result, TransportError error) const;

  CURL* m_handle;
  curl_slist* m_headerLines = nullptr;
  QByteArray m_body;   // libcurl reads the request body from here, uncopied
  QByteArray m_query;  // kept out of error texts
  qint64 m_maxResponseBytes;
  bool m_tooLarge = false;
  HttpResponse m_response;
  char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

}  // namespace cw::http
