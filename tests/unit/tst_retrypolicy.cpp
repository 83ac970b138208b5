// When a failed HTTP attempt is retried and after how long: the server's
// Retry-After and RateLimit answers, backoff with jitter, caps, and which
// requests are safe to send twice.
#include "core/http/RetryPolicy.h"
#include "tests/support/MockClock.h"

#include <QTest>

using cw::http::HttpHeaders;
using cw::http::HttpRequest;
using cw::http::HttpResponse;
using cw::http::RetryOptions;
using cw::http::RetryPolicy;
using cw::http::TransportError;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TransportError)

namespace {

constexpr qint64 kNoRetry = -1;
constexpr qint64 kLongestDelta = qint64(1) << 31;

// "Name: value" lines, one per header.
HttpHeaders parseHeaders(const QByteArray& lines) {
  HttpHeaders parsed;
  for (const QByteArray& line : lines.split('\n')) {
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
      parsed.append({line.first(colon), line.sliced(colon + 1).trimmed()});
    }
  }
  return parsed;
}

RetryOptions defaultOptions(int maxAttempts = 4) {
  RetryOptions options;
  options.maxAttempts = maxAttempts;
  options.initialBackoff = 500ms;
  options.maxDelay = 30s;
  return options;
}

qint64 decide(const RetryPolicy& policy, const HttpRequest& request, const HttpResponse& response) {
  const auto delay = policy.delayBeforeRetry(request, response);
  return delay ? delay->count() : kNoRetry;
}

}  // namespace

class TestRetryPolicy : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void serverRequestedDelay_data() {
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<qint64>("seconds");  // kNoRetry: nothing readable

    // The mock clock stands at Saturday 21 November 2026, 09:00:00 UTC.
    QTest::newRow("none") << QByteArray() << kNoRetry;
    QTest::newRow("delta 0") << QByteArray("Retry-After: 0") << qint64(0);
    QTest::newRow("delta 1") << QByteArray("Retry-After: 1") << qint64(1);
    QTest::newRow("delta 120") << QByteArray("Retry-After: 120") << qint64(120);
    QTest::newRow("delta 2^31") << QByteArray("Retry-After: 2147483648") << kLongestDelta;
    QTest::newRow("delta beyond 64 bits saturates")
        << QByteArray("Retry-After: 99999999999999999999999") << kLongestDelta;
    QTest::newRow("negative") << QByteArray("Retry-After: -5") << kNoRetry;
    QTest::newRow("plus sign") << QByteArray("Retry-After: +5") << kNoRetry;
    QTest::newRow("fraction") << QByteArray("Retry-After: 1.5") << kNoRetry;
    QTest::newRow("word") << QByteArray("Retry-After: soon") << kNoRetry;
    QTest::newRow("empty") << QByteArray("Retry-After: ") << kNoRetry;
    QTest::newRow("digits then junk") << QByteArray("Retry-After: 5s") << kNoRetry;
    QTest::newRow("header name any case") << QByteArray("retry-after: 9") << qint64(9);
    QTest::newRow("last one wins") << QByteArray("Retry-After: 9\nRetry-After: 4") << qint64(4);

    QTest::newRow("IMF-fixdate 30 s ahead")
        << QByteArray("Retry-After: Sat, 21 Nov 2026 09:00:30 GMT") << qint64(30);
    QTest::newRow("IMF-fixdate now") << QByteArray("Retry-After: Sat, 21 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("IMF-fixdate in the past")
        << QByteArray("Retry-After: Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("IMF-fixdate next day")
        << QByteArray("Retry-After: Sun, 22 Nov 2026 09:00:00 GMT") << qint64(86400);
    QTest::newRow("IMF-fixdate year 9999")
        << QByteArray("Retry-After: Fri, 31 Dec 9999 23:59:59 GMT") << qint64(251607049199);
    QTest::newRow("RFC 850 60 s ahead")
        << QByteArray("Retry-After: Saturday, 21-Nov-26 09:01:00 GMT") << qint64(60);
    QTest::newRow("RFC 850 two-digit year in the past")
        << QByteArray("Retry-After: Sunday, 06-Nov-94 08:49:37 GMT") << qint64(0);
    QTest::newRow("asctime 120 s ahead")
        << QByteArray("Retry-After: Sat Nov 21 09:02:00 2026") << qint64(120);
    QTest::newRow("asctime one-digit day")
        << QByteArray("Retry-After: Sun Nov  6 08:49:37 1994") << qint64(0);
    QTest::newRow("zone other than GMT")
        << QByteArray("Retry-After: Sat, 21 Nov 2026 09:00:30 UTC") << kNoRetry;
    QTest::newRow("numeric zone") << QByteArray("Retry-After: Sat, 21 Nov 2026 09:00:30 +0000") << kNoRetry;
    QTest::newRow("lower-case month") << QByteArray("Retry-After: Sat, 21 nov 2026 09:00:30 GMT") << kNoRetry;
    QTest::newRow("31 November") << QByteArray("Retry-After: Sat, 31 Nov 2026 09:00:30 GMT") << kNoRetry;
    QTest::newRow("hour 24") << QByteArray("Retry-After: Sat, 21 Nov 2026 24:00:00 GMT") << kNoRetry;
    QTest::newRow("truncated date") << QByteArray("Retry-After: Sat, 21 Nov 2026") << kNoRetry;

    QTest::newRow("RateLimit t") << QByteArray("RateLimit: \"requests\";r=0;t=5") << qint64(5);
    QTest::newRow("RateLimit t first") << QByteArray("RateLimit: \"requests\";t=5;r=0") << qint64(5);
    QTest::newRow("RateLimit token name") << QByteArray("RateLimit: default;r=0;t=12") << qint64(12);
    QTest::newRow("RateLimit exhausted policy wins")
        << QByteArray("RateLimit: \"day\";r=500;t=80000, \"burst\";r=0;t=2") << qint64(2);
    QTest::newRow("RateLimit on two lines")
        << QByteArray("RateLimit: \"day\";r=500;t=80000\nRateLimit: \"burst\";r=0;t=2") << qint64(2);
    QTest::newRow("RateLimit none exhausted: latest reset")
        << QByteArray("RateLimit: \"a\";r=3;t=7, \"b\";r=1;t=4") << qint64(7);
    QTest::newRow("RateLimit separators inside a quoted name")
        << QByteArray("RateLimit: \"x,;t=9\";r=0;t=3") << qint64(3);
    QTest::newRow("RateLimit escaped quote in name")
        << QByteArray("RateLimit: \"x\\\";t=9\";r=0;t=3") << qint64(3);
    QTest::newRow("RateLimit t word") << QByteArray("RateLimit: \"a\";r=0;t=soon") << kNoRetry;
    QTest::newRow("RateLimit t negative") << QByteArray("RateLimit: \"a\";r=0;t=-5") << kNoRetry;
    QTest::newRow("RateLimit bare t") << QByteArray("RateLimit: \"a\";r=0;t") << kNoRetry;
    QTest::newRow("RateLimit without t") << QByteArray("RateLimit: \"a\";r=0") << kNoRetry;
    QTest::newRow("RateLimit unterminated quote") << QByteArray("RateLimit: \"a;r=0;t=5") << kNoRetry;
    QTest::newRow("RateLimit junk") << QByteArray("RateLimit: ;;,,==;t=") << kNoRetry;
    QTest::newRow("RateLimit-Reset") << QByteArray("RateLimit-Reset: 5") << qint64(5);
    QTest::newRow("RateLimit-Reset word") << QByteArray("RateLimit-Reset: soon") << kNoRetry;

    QTest::newRow("Retry-After before RateLimit")
        << QByteArray("RateLimit: \"a\";r=0;t=9\nRetry-After: 3\nRateLimit-Reset: 8") << qint64(3);
    QTest::newRow("unreadable Retry-After, then RateLimit")
        << QByteArray("Retry-After: soon\nRateLimit: \"a\";r=0;t=9\nRateLimit-Reset: 8") << qint64(9);
    QTest::newRow("RateLimit before RateLimit-Reset")
        << QByteArray("RateLimit: \"a\";r=0;t=9\nRateLimit-Reset: 8") << qint64(9);
  }
  void serverRequestedDelay() {
    QFETCH(QByteArray, headers);
    QFETCH(qint64, seconds);
    const cw::test::MockClock clock;
    const auto delay = RetryPolicy::serverRequestedDelay(parseHeaders(headers), clock.now());
    QCOMPARE(delay ? delay->count() : kNoRetry, seconds);
  }

  void isIdempotent_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << true;
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << true;
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray() << true;
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << true;
    QTest::newRow("POST") << QByteArray("POST") << QByteArray() << false;
    QTest::newRow("POST conditional create")
        << QByteArray("POST") << QByteArray("If-None-Exist: identifier=x|1") << true;
    QTest::newRow("POST conditional create, any case")
        << QByteArray("POST") << QByteArray("if-none-exist: identifier=x|1") << true;
    QTest::newRow("POST with If-Match only")
        << QByteArray("POST") << QByteArray("If-Match: W/\"1\"") << false;
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray() << false;
    QTest::newRow("PATCH with If-None-Exist")
        << QByteArray("PATCH") << QByteArray("If-None-Exist: a=b") << false;
    QTest::newRow("lower-case get is another method") << QByteArray("get") << QByteArray() << false;
  }
  void isIdempotent() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, headers);
    QFETCH(bool, idempotent);
    HttpRequest request;
    request.method = method;
    request.headers = parseHeaders(headers);
    QCOMPARE(RetryPolicy::isIdempotent(request), idempotent);
  }

  void delayBeforeRetry_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("requestHeaders");
    QTest::addColumn<int>("status");
    QTest::addColumn<TransportError>("error");
    QTest::addColumn<QByteArray>("responseHeaders");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("delayMs");  // kNoRetry: hand the response back

    const auto row = [](const char* name, const char* method, int status, TransportError error,
                        const char* responseHeaders, int attempts, double random, qint64 delayMs,
                        const char* requestHeaders = "", int maxAttempts = 4) {
      QTest::newRow(name) << QByteArray(method) << QByteArray(requestHeaders) << status << error
                          << QByteArray(responseHeaders) << attempts << maxAttempts << random << delayMs;
    };
    const auto none = TransportError::None;

    // The server's wait, never shortened; jitter spreads over max(initial
    // backoff 500 ms, a quarter of the wait); never beyond the 30 s cap.
    row("429 POST waits Retry-After", "POST", 429, none, "Retry-After: 2", 1, 0.0, 2000);
    row("429 jitter at its top", "POST", 429, none, "Retry-After: 2", 1, 0.999, 2499);
    row("429 Retry-After 0", "GET", 429, none, "Retry-After: 0", 1, 0.0, 0);
    row("429 long wait, quarter jitter", "GET", 429, none, "Retry-After: 20", 1, 0.5, 22500);
    row("429 jitter clipped at the cap", "GET", 429, none, "Retry-After: 29", 1, 0.99, 30000);
    row("429 Retry-After at the cap", "GET", 429, none, "Retry-After: 30", 1, 0.5, 30000);
    row("429 Retry-After beyond the cap: give up", "GET", 429, none, "Retry-After: 31", 1, 0.0, kNoRetry);
    row("429 huge Retry-After: give up", "GET", 429, none, "Retry-After: 99999999999999999999", 1, 0.0,
        kNoRetry);
    row("429 date in year 9999: give up", "GET", 429, none, "Retry-After: Fri, 31 Dec 9999 23:59:59 GMT", 1,
        0.0, kNoRetry);
    row("429 date 10 s ahead", "GET", 429, none, "Retry-After: Sat, 21 Nov 2026 09:00:10 GMT", 1, 0.0, 10000);
    row("429 RateLimit t", "POST", 429, none, "RateLimit: \"burst\";r=0;t=5", 1, 0.0, 5000);
    row("429 RateLimit-Reset", "POST", 429, none, "RateLimit-Reset: 4", 1, 0.0, 4000);
    row("503 GET Retry-After", "GET", 503, none, "Retry-After: 3", 1, 0.0, 3000);

    // Nothing readable from the server: exponential backoff with equal
    // jitter, 500 ms doubling, each in [half, whole).
    row("429 garbage Retry-After: backoff", "GET", 429, none, "Retry-After: soon", 1, 0.0, 250);
    row("429 negative Retry-After: backoff", "GET", 429, none, "Retry-After: -3", 1, 0.0, 250);
    row("429 garbage RateLimit: backoff", "GET", 429, none, "RateLimit: \"a\";r=0;t=x", 1, 0.0, 250);
    row("backoff 1st, low", "GET", 503, none, "", 1, 0.0, 250);
    row("backoff 1st, high", "GET", 503, none, "", 1, 0.999, 499);
    row("backoff 2nd", "GET", 503, none, "", 2, 0.0, 500);
    row("backoff 3rd", "GET", 503, none, "", 3, 0.0, 1000);
    row("backoff capped at 30 s", "GET", 503, none, "", 10, 0.0, 15000, "", 20);
    row("backoff capped, high", "GET", 503, none, "", 19, 0.999, 29985, "", 20);

    // The attempt limit counts every request sent.
    row("3 of 4 sent: retry", "GET", 503, none, "", 3, 0.0, 1000);
    row("4 of 4 sent: give up", "GET", 503, none, "", 4, 0.0, kNoRetry);
    row("429 also stops at the limit", "GET", 429, none, "Retry-After: 1", 4, 0.0, kNoRetry);
    row("limit of 1 never retries", "GET", 429, none, "Retry-After: 1", 1, 0.0, kNoRetry, "", 1);

    // 503 and broken connections only for requests safe to send twice;
    // a connection that never opened sent nothing, so any method.
    row("503 POST", "POST", 503, none, "Retry-After: 1", 1, 0.0, kNoRetry);
    row("503 POST conditional create", "POST", 503, none, "", 1, 0.0, 250, "If-None-Exist: identifier=a|1");
    row("503 PUT", "PUT", 503, none, "", 1, 0.0, 250);
    row("503 DELETE", "DELETE", 503, none, "", 1, 0.0, 250);
    row("503 HEAD", "HEAD", 503, none, "", 1, 0.0, 250);
    row("503 PATCH", "PATCH", 503, none, "", 1, 0.0, kNoRetry);
    row("connection lost GET", "GET", 0, TransportError::ConnectionLost, "", 1, 0.0, 250);
    row("connection lost POST", "POST", 0, TransportError::ConnectionLost, "", 1, 0.0, kNoRetry);
    row("connection lost conditional create", "POST", 0, TransportError::ConnectionLost, "", 1, 0.0, 250,
        "If-None-Exist: identifier=a|1");
    row("timeout PUT", "PUT", 0, TransportError::Timeout, "", 1, 0.0, 250);
    row("timeout POST", "POST", 0, TransportError::Timeout, "", 1, 0.0, kNoRetry);
    row("connect failed GET", "GET", 0, TransportError::ConnectFailed, "", 1, 0.0, 250);
    row("connect failed POST", "POST", 0, TransportError::ConnectFailed, "", 2, 0.0, 500);

    // Never retried.
    row("200", "GET", 200, none, "Retry-After: 1", 1, 0.0, kNoRetry);
    row("400", "GET", 400, none, "", 1, 0.0, kNoRetry);
    row("401", "GET", 401, none, "", 1, 0.0, kNoRetry);
    row("404", "GET", 404, none, "", 1, 0.0, kNoRetry);
    row("409", "PUT", 409, none, "", 1, 0.0, kNoRetry);
    row("412 PUT", "PUT", 412, none, "Retry-After: 1", 1, 0.0, kNoRetry);
    row("412 DELETE", "DELETE", 412, none, "", 1, 0.0, kNoRetry);
    row("500", "GET", 500, none, "", 1, 0.0, kNoRetry);
    row("502", "GET", 502, none, "", 1, 0.0, kNoRetry);
    row("504", "GET", 504, none, "", 1, 0.0, kNoRetry);
    row("TLS failure", "GET", 0, TransportError::TlsFailed, "", 1, 0.0, kNoRetry);
    row("too large", "GET", 0, TransportError::TooLarge, "", 1, 0.0, kNoRetry);
    row("cancelled", "GET", 0, TransportError::Cancelled, "", 1, 0.0, kNoRetry);
    row("other", "GET", 0, TransportError::Other, "", 1, 0.0, kNoRetry);
  }
  void delayBeforeRetry() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, requestHeaders);
    QFETCH(int, status);
    QFETCH(TransportError, error);
    QFETCH(QByteArray, responseHeaders);
    QFETCH(int, attempts);
    QFETCH(int, maxAttempts);
    QFETCH(double, random);
    QFETCH(qint64, delayMs);

    const cw::test::MockClock clock;
    const RetryPolicy policy(defaultOptions(maxAttempts), clock, [random] { return random; });
    HttpRequest request;
    request.method = method;
    request.headers = parseHeaders(requestHeaders);
    HttpResponse response;
    response.status = status;
    response.error = error;
    response.headers = parseHeaders(responseHeaders);
    response.attempts = attempts;
    QCOMPARE(decide(policy, request, response), delayMs);
  }

  void jitterStaysWithinBounds_data() {
    QTest::addColumn<double>("random");
    for (const double random : {0.0, 0.001, 0.25, 0.5, 0.75, 0.999999}) {
      QTest::addRow("random %g", random) << random;
    }
  }
  void jitterStaysWithinBounds() {
    QFETCH(double, random);
    const cw::test::MockClock clock;
    const RetryPolicy policy(defaultOptions(30), clock, [random] { return random; });
    HttpRequest get;
    for (int attempts = 1; attempts < 30; ++attempts) {
      HttpResponse unavailable;
      unavailable.status = 503;
      unavailable.attempts = attempts;
      const qint64 backoff = std::min<qint64>(qint64(500) << std::min(attempts - 1, 20), 30000);
      const qint64 delay = decide(policy, get, unavailable);
      QVERIFY2(delay >= backoff / 2 && delay < backoff, qPrintable(QString::number(delay)));

      HttpResponse limited = unavailable;
      limited.status = 429;
      limited.headers = {{"Retry-After", QByteArray::number(attempts)}};
      const qint64 waited = decide(policy, get, limited);
      QVERIFY2(waited >= qint64(attempts) * 1000 && waited <= 30000, qPrintable(QString::number(waited)));
    }
  }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
