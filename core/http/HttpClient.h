// Sends HTTP requests through libcurl on a worker thread the client owns:
// TLS always verified, proxies, gzip, timeouts, retries, bearer tokens.
#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"
#include "core/http/RetryPolicy.h"

#include <QFuture>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace cw::http {

struct HttpClientOptions {
  // PEM file of trusted CAs; it replaces the system store (for the server and
  // an HTTPS proxy alike). Empty: the system store. Verification of the peer
  // and its host name is always on and cannot be switched off.
  QString caBundle;
  // e.g. "http://proxy.example.nhs.uk:8080". Empty: libcurl honours the
  // http_proxy, https_proxy, all_proxy and no_proxy environment variables
  // (lower case; of the upper-case ones only HTTPS_PROXY, ALL_PROXY and
  // NO_PROXY, as libcurl ignores HTTP_PROXY against "httpoxy").
  QString proxy;
  std::chrono::milliseconds connectTimeout{std::chrono::seconds(10)};
  std::chrono::milliseconds totalTimeout{std::chrono::seconds(60)};  // per attempt
  qint64 maxResponseBytes = qint64(256) << 20;  // decoded body; beyond it TransportError::TooLarge
  RetryOptions retry;
  // Returns the current access token, sent as "Authorization: Bearer <token>"
  // unless the request carries its own Authorization header. Called on the
  // client's worker thread for every attempt: it must be thread-safe, quick
  // (no network) and must not throw.
  std::function<QByteArray()> bearerToken;
  // Called once after a 401 to a request that carried the hook's token; true
  // when a new token is available, and the request is then sent once more,
  // never again. Runs on a thread of its own, so it may block, even on
  // requests through this client; those it sends from that thread carry no
  // bearer token. Must not throw.
  std::function<bool()> refreshAfterUnauthorized;
};

class HttpClient {
 public:
  explicit HttpClient(HttpClientOptions options = {});
  // Ends every pending request with TransportError::Cancelled, without waiting
  // for the network. Waits for a token refresh that is under way.
  ~HttpClient();
  HttpClient(const HttpClient&) = delete;
  HttpClient& operator=(const HttpClient&) = delete;

  // Thread-safe. The future ends with the final response after any retries.
  // future.cancel() aborts the transfer, or the wait before a retry, within
  // moments; the future then ends cancelled, without a result.
  QFuture<HttpResponse> send(HttpRequest request);

 private:
  class Worker;
  std::unique_ptr<Worker> m_worker;
};

}  // namespace cw::http
