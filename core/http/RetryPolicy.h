// Decides whether a failed HTTP attempt is retried and how long to wait first.
#pragma once

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace cw::base {
class Clock;
}

namespace cw::http {

struct RetryOptions {
  int maxAttempts = 4;  // every request sent counts, the first one included
  std::chrono::milliseconds initialBackoff{500};
  std::chrono::milliseconds maxDelay{std::chrono::seconds(30)};
};

// Rules, in order:
// - never more than maxAttempts requests in all;
// - 429 is retried for every method (the server did not process the request);
// - ConnectFailed is retried for every method (nothing was sent);
// - 503, ConnectionLost and Timeout are retried only for idempotent requests;
// - nothing else is retried: 412 and the other 4xx, other 5xx, TLS failures.
// The wait is what the server asked for (Retry-After, else RateLimit "t", else
// RateLimit-Reset) plus jitter, or exponential backoff with jitter when it
// asked nothing readable. A server that asks for more than maxDelay is not
// retried at all: its answer goes back to the caller, who can read the header.
class RetryPolicy {
 public:
  // Uniform in [0, 1); spreads clients that failed together.
  using RandomSource = std::function<double()>;

  RetryPolicy(RetryOptions options, const base::Clock& clock, RandomSource random);

  // nullopt: hand `response` to the caller. `response.attempts` is the
  // number of requests sent so far.
  std::optional<std::chrono::milliseconds> delayBeforeRetry(const HttpRequest& request,
                                                            const HttpResponse& response) const;

  // GET, HEAD, PUT, DELETE, and POST only as a conditional create (If-None-Exist).
  static bool isIdempotent(const HttpRequest& request);

  // How long the server asked the client to wait; nullopt when it did not say
  // or said something unreadable. A date in the past means zero.
  static std::optional<std::chrono::seconds> serverRequestedDelay(const HttpHeaders& headers,
                                                                  const QDateTime& now);

 private:
  std::chrono::milliseconds backoff(int attempts) const;
  std::chrono::milliseconds withJitter(std::chrono::milliseconds asked) const;

  RetryOptions m_options;
  const base::Clock& m_clock;
  RandomSource m_random;
};

}  // namespace cw::http
