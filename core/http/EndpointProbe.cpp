#include "core/http/EndpointProbe.h"

#include "core/http/CurlGlobal.h"

#include <QElapsedTimer>

#include <curl/curl.h>

#include <memory>

namespace cw::http {
namespace {

// The body is not needed: arriving headers prove the endpoint answers.
size_t discardBody(char*, size_t size, size_t count, void*) {
  return size * count;
}

}  // namespace

ProbeResult probeEndpoint(const QUrl& url, std::chrono::milliseconds timeout) {
  initCurlOnce();
  ProbeResult result;
  const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) {
    result.error = QStringLiteral("could not initialise libcurl");
    return result;
  }
  char errorBuffer[CURL_ERROR_SIZE] = {};
  const QByteArray address = url.toEncoded();
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, address.constData());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, discardBody);
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
  curl_easy_setopt(handle, CURLOPT_USERAGENT, "ClinicalWorkstation");

  QElapsedTimer timer;
  timer.start();
  const CURLcode code = curl_easy_perform(handle);
  result.elapsedMs = timer.elapsed();
  if (code == CURLE_OK) {
    result.reachable = true;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &result.httpStatus);
  } else {
    result.error = QString::fromUtf8(errorBuffer[0] != '\0' ? errorBuffer : curl_easy_strerror(code));
  }
  return result;
}

}  // namespace cw::http
