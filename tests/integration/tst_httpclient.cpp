// HttpClient over real HTTP on loopback against a scripted server: methods,
// bodies and headers, gzip, timeouts, cancellation, TLS verification,
// proxies, bearer tokens after 401, and which failures are retried.
#include "core/http/HttpClient.h"
#include "tests/support/AwaitFuture.h"
#include "tests/support/Ports.h"
#include "tests/support/ScriptedHttpServer.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>

#include <atomic>
#include <mutex>

using cw::http::HttpClient;
using cw::http::HttpClientOptions;
using cw::http::HttpRequest;
using cw::http::HttpResponse;
using cw::http::TransportError;
using cw::test::ScriptedHttpServer;
using cw::test::ScriptedResponse;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TransportError)

namespace {

// The scripted server lives on this thread: its events must keep flowing
// while a test waits for the client, which works on its own thread.
bool finishes(const QFuture<HttpResponse>& future) {
  return cw::test::finishesWhileServing(future);
}

// Retries without the production pauses, so the tests stay quick.
HttpClientOptions quickRetries() {
  HttpClientOptions options;
  options.retry.initialBackoff = 20ms;
  return options;
}

HttpRequest request(const QByteArray& method, const QUrl& url, const QByteArray& body = {}) {
  HttpRequest built;
  built.method = method;
  built.url = url;
  built.body = body;
  return built;
}

ScriptedResponse respond(int status, cw::test::ScriptHeaders headers = {}, QByteArray body = {}) {
  ScriptedResponse response;
  response.status = status;
  response.headers = std::move(headers);
  response.body = std::move(body);
  return response;
}

ScriptedResponse act(ScriptedResponse::Action action) {
  ScriptedResponse response;
  response.action = action;
  return response;
}

QByteArray gzip(const QByteArray& data) {
  QProcess process;
  process.start("gzip", {"-c", "-n"});
  process.write(data);
  process.closeWriteChannel();
  if (!process.waitForFinished(20000) || process.exitCode() != 0) {
    qFatal("gzip failed");
  }
  return process.readAllStandardOutput();
}

// A loopback port that accepts no connection: its backlog is full, so the
// kernel drops new SYNs and a connect attempt hangs until it times out.
class UnansweredPort {
 public:
  UnansweredPort() {
    m_server.setListenBacklogSize(0);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
      qFatal("cannot listen on loopback");
    }
    m_server.pauseAccepting();
    m_filler.connectToHost(QHostAddress::LocalHost, m_server.serverPort());
    if (!m_filler.waitForConnected(5000)) {
      qFatal("cannot fill the backlog");
    }
  }
  quint16 port() const { return m_server.serverPort(); }

 private:
  QTcpServer m_server;
  QTcpSocket m_filler;
};

// Where a bearerToken and a refreshAfterUnauthorized hook find the token.
struct TokenStore {
  QByteArray current() {
    const std::lock_guard lock(mutex);
    return token;
  }
  bool refresh() {
    ++refreshes;
    const std::lock_guard lock(mutex);
    token = "fresh";
    return refreshSucceeds;
  }
  std::mutex mutex;
  QByteArray token = "stale";
  std::atomic<int> refreshes = 0;
  bool refreshSucceeds = true;
};

}  // namespace

class TestHttpClient : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    // Loopback tests go direct whatever proxy the machine running them uses.
    for (const char* name :
         {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"}) {
      qunsetenv(name);
    }
  }

  void roundTrip_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray() << 200;
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray() << QByteArray() << 200;
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("{\"resourceType\":\"Patient\"}")
                          << QByteArray("application/fhir+json") << 201;
    QTest::newRow("POST without content type")
        << QByteArray("POST") << QByteArray("plain") << QByteArray() << 201;
    QTest::newRow("POST empty body") << QByteArray("POST") << QByteArray() << QByteArray() << 200;
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"1\"}")
                         << QByteArray("application/fhir+json") << 200;
    QTest::newRow("PATCH") << QByteArray("PATCH") << QByteArray("[{\"op\":\"remove\",\"path\":\"/active\"}]")
                           << QByteArray("application/json-patch+json") << 200;
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << QByteArray() << 200;
    QTest::newRow("large body") << QByteArray("PUT") << QByteArray(3 << 20, 'x')
                                << QByteArray("application/octet-stream") << 200;
  }
  void roundTrip() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);

    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    const QByteArray responseBody = "{\"resourceType\":\"OperationOutcome\"}";
    server.script("/fhir/Patient/1",
                  {respond(status, {{"ETag", "W/\"2\""}, {"X-Multi", "a"}, {"X-Multi", "b"}}, responseBody)});

    HttpClient client;
    HttpRequest sent =
        request(method, server.url("/fhir/Patient/1?identifier=x%7C9434765919&_count=1"), body);
    sent.headers = {{"If-Match", "W/\"1\""}, {"Accept", "application/fhir+json"}};
    if (!contentType.isEmpty()) {
      sent.headers.append({"Content-Type", contentType});
    }
    QFuture<HttpResponse> future = client.send(sent);
    QVERIFY(finishes(future));
    const HttpResponse response = future.result();

    QCOMPARE(response.error, TransportError::None);
    QCOMPARE(response.status, status);
    QCOMPARE(response.attempts, 1);
    QCOMPARE(response.header("etag"), QByteArray("W/\"2\""));
    QCOMPARE(response.header("X-MULTI"), QByteArray("b"));
    QCOMPARE(response.body, method == "HEAD" ? QByteArray() : responseBody);

    const QList<cw::test::RecordedRequest> seen = server.requests();
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen[0].method, method);
    QCOMPARE(seen[0].url.path(), QString("/fhir/Patient/1"));
    QCOMPARE(seen[0].url.query(QUrl::FullyEncoded), QString("identifier=x%7C9434765919&_count=1"));
    QCOMPARE(seen[0].header("If-Match"), QByteArray("W/\"1\""));
    QCOMPARE(seen[0].header("Accept"), QByteArray("application/fhir+json"));
    QCOMPARE(seen[0].header("Content-Type"), contentType);  // never a form type the caller did not set
    QCOMPARE(seen[0].header("Expect"), QByteArray());       // no 100-continue round trip
    QCOMPARE(seen[0].body, body);
  }

  void gzipBodyIsDecoded() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    QByteArray bundle = "{\"resourceType\":\"Bundle\",\"entry\":[";
    for (int i = 0; i < 500; ++i) {
      bundle += "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"" + QByteArray::number(i) + "\"}},";
    }
    bundle += "{}]}";
    const QByteArray compressed = gzip(bundle);
    QVERIFY(compressed.size() < bundle.size() / 4);
    server.script("/fhir/Observation", {respond(200, {{"Content-Encoding", "gzip"}}, compressed)});

    HttpClient client;
    QFuture<HttpResponse> future = client.send(request("GET", server.url("/fhir/Observation")));
    QVERIFY(finishes(future));
    QCOMPARE(future.result().error, TransportError::None);
    QCOMPARE(future.result().body, bundle);
    QVERIFY2(server.requests()[0].header("Accept-Encoding").contains("gzip"),
             server.requests()[0].header("Accept-Encoding"));
  }

  void oversizedResponseIsRefused_data() {
    QTest::addColumn<bool>("compressed");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip bomb: the decoded size counts") << true;
  }
  void oversizedResponseIsRefused() {
    QFETCH(bool, compressed);
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    const QByteArray body(1 << 20, '0');
    server.script("/big", {compressed ? respond(200, {{"Content-Encoding", "gzip"}}, gzip(body))
                                      : respond(200, {}, body)});
    HttpClientOptions options = quickRetries();
    options.maxResponseBytes = 64 << 10;
    HttpClient client(options);
    QFuture<HttpResponse> future = client.send(request("GET", server.url("/big")));
    QVERIFY(finishes(future));
    QCOMPARE(future.result().error, TransportError::TooLarge);
    QCOMPARE(future.result().body, QByteArray());
    QCOMPARE(server.requests().size(), 1);  // not retried
  }

  void malformedHeaderIsNotSent() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    HttpClient client;
    HttpRequest smuggler = request("GET", server.url("/fhir/metadata"));
    smuggler.headers = {{"X-Note", "a\r\nAuthorization: Bearer stolen"}};
    QFuture<HttpResponse> future = client.send(smuggler);
    QVERIFY(finishes(future));
    QCOMPARE(future.result().error, TransportError::Other);
    QVERIFY(server.requests().isEmpty());
  }

  void deadPortFailsToConnect() {
    HttpClientOptions options = quickRetries();
    options.retry.maxAttempts = 2;
    HttpClient client(options);
    const QUrl url(QString("http://127.0.0.1:%1/fhir/metadata").arg(cw::test::unusedLoopbackPort()));
    QFuture<HttpResponse> future = client.send(request("POST", url, "{}"));
    QVERIFY(finishes(future));
    const HttpResponse response = future.result();
    QCOMPARE(response.error, TransportError::ConnectFailed);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.attempts, 2);  // nothing was sent, so even a POST is tried again
    QVERIFY(!response.errorText.isEmpty());
  }

  void connectTimeout() {
    const UnansweredPort unanswered;
    HttpClientOptions options = quickRetries();
    options.connectTimeout = 200ms;
    options.retry.maxAttempts = 2;
    HttpClient client(options);
    const QUrl url(QString("http://127.0.0.1:%1/fhir/metadata").arg(unanswered.port()));
    QFuture<HttpResponse> future = client.send(request("GET", url));
    QVERIFY(finishes(future));
    QCOMPARE(future.result().error, TransportError::Timeout);
    QCOMPARE(future.result().attempts, 2);  // a GET is retried after a timeout
  }

  void totalTimeout() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.script("/fhir/Patient", {act(ScriptedResponse::Action::Hang)});
    HttpClientOptions options = quickRetries();
    options.totalTimeout = 300ms;
    HttpClient client(options);
    QFuture<HttpResponse> future = client.send(request("POST", server.url("/fhir/Patient"), "{}"));
    QVERIFY(finishes(future));
    QCOMPARE(future.result().error, TransportError::Timeout);
    QCOMPARE(server.requests().size(), 1);  // a POST that may have been processed is not sent twice
  }

  void cancelAbortsTransfer() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.script("/fhir/Patient", {act(ScriptedResponse::Action::Hang)});
    HttpClient client;  // total timeout one minute
    QFuture<HttpResponse> future = client.send(request("GET", server.url("/fhir/Patient")));
    QTRY_COMPARE(server.openConnections(), 1);

    future.cancel();
    QTRY_VERIFY(future.isFinished());
    QVERIFY(future.isCanceled());
    QTRY_COMPARE(server.openConnections(), 0);  // the client hung up
  }

  void cancelEndsRetryWait() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.script("/fhir/Patient", {respond(503, {{"Retry-After", "25"}}), respond(200)});
    HttpClient client;
    QFuture<HttpResponse> future = client.send(request("GET", server.url("/fhir/Patient")));
    QTRY_VERIFY(!server.requests().isEmpty() && server.requests()[0].answeredAt);
    QTest::qWait(100);  // let the client read the 503 and start waiting

    future.cancel();
    QTRY_VERIFY(future.isFinished());  // well before the 25 s wait ends
    QVERIFY(future.isCanceled());
    QCOMPARE(server.requests().size(), 1);
  }

  void destructionEndsPendingRequests() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.script("/hung", {act(ScriptedResponse::Action::Hang)});
    server.script("/waiting", {respond(429, {{"Retry-After", "30"}})});
    auto client = std::make_unique<HttpClient>();
    QFuture<HttpResponse> hung = client->send(request("GET", server.url("/hung")));
    QFuture<HttpResponse> waiting = client->send(request("GET", server.url("/waiting")));
    QTRY_VERIFY(server.requests("/hung").size() == 1 && server.requests("/waiting").size() == 1);

    client.reset();  // must not wait for the server or the retry
    QVERIFY(hung.isFinished() && waiting.isFinished());
    QCOMPARE(hung.result().error, TransportError::Cancelled);
    QCOMPARE(waiting.result().error, TransportError::Cancelled);
  }

  void manyConcurrentRequests() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    constexpr int kCount = 24;
    for (int i = 0; i < kCount; ++i) {
      server.script(QString("/fhir/Observation/%1").arg(i), {act(ScriptedResponse::Action::Hang)});
    }
    HttpClient client;
    QList<QFuture<HttpResponse>> futures;
    for (int i = 0; i < kCount; ++i) {
      futures.append(client.send(request("GET", server.url(QString("/fhir/Observation/%1").arg(i)))));
    }
    // Every request reaches the server while none has been answered.
    QTRY_COMPARE(server.requests().size(), kCount);
    QCOMPARE(server.openConnections(), kCount);
    for (QFuture<HttpResponse>& future : futures) {
      future.cancel();
    }
    QTRY_COMPARE(server.openConnections(), 0);
  }

  void retryWaitDoesNotHoldUpOthers() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.script("/limited", {respond(429, {{"Retry-After", "30"}}), respond(200)});
    server.script("/quick", {respond(200, {}, "quick")});
    HttpClient client;
    QFuture<HttpResponse> limited = client.send(request("GET", server.url("/limited")));
    QTRY_VERIFY(!server.requests("/limited").isEmpty() && server.requests("/limited")[0].answeredAt);

    QFuture<HttpResponse> quick = client.send(request("GET", server.url("/quick")));
    QVERIFY(finishes(quick));
    QCOMPARE(quick.result().body, QByteArray("quick"));
    QVERIFY(!limited.isFinished());  // still waiting out its 30 s
    limited.cancel();
  }

  void tls_data() {
    QTest::addColumn<QString>("subjectAltName");
    QTest::addColumn<bool>("trustIt");
    QTest::addColumn<QString>("caBundle");  // overrides the certificate when set
    QTest::addColumn<bool>("accepted");
    QTest::newRow("self-signed, system trust store") << "IP:127.0.0.1" << false << QString() << false;
    QTest::newRow("trusted through caBundle") << "IP:127.0.0.1" << true << QString() << true;
    QTest::newRow("trusted, but for another host name") << "DNS:elsewhere.test" << true << QString() << false;
    QTest::newRow("caBundle file missing") << "IP:127.0.0.1" << false << "/nonexistent/ca.pem" << false;
  }
  void tls() {
    QFETCH(QString, subjectAltName);
    QFETCH(bool, trustIt);
    QFETCH(QString, caBundle);
    QFETCH(bool, accepted);

    ScriptedHttpServer server;
    const QString certificate = server.useSelfSignedCertificate(subjectAltName);
    QVERIFY(!certificate.isEmpty());
    QVERIFY(server.listenOnLoopback());
    server.script("/fhir/metadata", {respond(200, {}, "{}")});

    HttpClientOptions options = quickRetries();
    options.caBundle = trustIt ? certificate : caBundle;
    HttpClient client(options);
    QFuture<HttpResponse> future = client.send(request("GET", server.url("/fhir/metadata")));
    QVERIFY(finishes(future));
    const HttpResponse response = future.result();
    if (accepted) {
      QCOMPARE(response.error, TransportError::None);
      QCOMPARE(response.body, QByteArray("{}"));
    } else {
      QCOMPARE(response.error, TransportError::TlsFailed);
      QCOMPARE(response.attempts, 1);        // no retry can make a certificate trustworthy
      QVERIFY(server.requests().isEmpty());  // no request left the client
    }
  }

  void proxy_data() {
    QTest::addColumn<bool>("viaOption");
    QTest::addColumn<QByteArray>("noProxy");
    QTest::addColumn<bool>("proxied");
    QTest::newRow("proxy option") << true << QByteArray() << true;
    QTest::newRow("http_proxy environment variable") << false << QByteArray() << true;
    QTest::newRow("no_proxy names the host") << false << QByteArray("fhir.invalid") << false;
  }
  void proxy() {
    QFETCH(bool, viaOption);
    QFETCH(QByteArray, noProxy);
    QFETCH(bool, proxied);

    ScriptedHttpServer proxyServer;
    QVERIFY(proxyServer.listenOnLoopback());
    proxyServer.script("/fhir/metadata", {respond(200, {}, "via proxy")});
    const QByteArray proxyAddress = proxyServer.url("").toEncoded();

    HttpClientOptions options = quickRetries();
    options.retry.maxAttempts = 1;
    if (viaOption) {
      options.proxy = QString::fromLatin1(proxyAddress);
    } else {
      qputenv("http_proxy", proxyAddress);
    }
    if (!noProxy.isEmpty()) {
      qputenv("no_proxy", noProxy);
    }
    const auto restore = qScopeGuard([] {
      qunsetenv("http_proxy");
      qunsetenv("no_proxy");
    });

    HttpClient client(options);
    QFuture<HttpResponse> future =
        client.send(request("GET", QUrl("http://fhir.invalid/fhir/metadata?_format=json")));
    QVERIFY(finishes(future));
    const HttpResponse response = future.result();
    if (proxied) {
      QCOMPARE(response.error, TransportError::None);
      QCOMPARE(response.body, QByteArray("via proxy"));
      QCOMPARE(proxyServer.requests().size(), 1);
      // A direct request could not have arrived: .invalid never resolves.
      const QUrl asked = proxyServer.requests()[0].url;
      QCOMPARE(asked.host(), QString("fhir.invalid"));
      QCOMPARE(asked.path(), QString("/fhir/metadata"));
      QCOMPARE(asked.query(), QString("_format=json"));
    } else {
      QCOMPARE(response.error, TransportError::ConnectFailed);  // .invalid never resolves
      QVERIFY(proxyServer.requests().isEmpty());
    }
  }

  void unauthorized_data() {
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<bool>("refreshSucceeds");
    QTest::addColumn<QByteArray>("callerAuthorization");
    QTest::addColumn<int>("finalStatus");
    QTest::addColumn<QByteArrayList>("authorizationsSeen");
    QTest::addColumn<int>("refreshes");
    QTest::newRow("401 then 200: one retry with the new token")
        << QList<int>{401, 200} << true << QByteArray() << 200
        << QByteArrayList{"Bearer stale", "Bearer fresh"} << 1;
    QTest::newRow("401 twice: gives up after one retry")
        << QList<int>{401, 401, 200} << true << QByteArray() << 401
        << QByteArrayList{"Bearer stale", "Bearer fresh"} << 1;
    QTest::newRow("refresh fails: no retry")
        << QList<int>{401, 200} << false << QByteArray() << 401 << QByteArrayList{"Bearer stale"} << 1;
    QTest::newRow("caller's own Authorization: left alone")
        << QList<int>{401, 200} << true << QByteArray("Basic Y2xpZW50OnNlY3JldA==") << 401
        << QByteArrayList{"Basic Y2xpZW50OnNlY3JldA=="} << 0;
  }
  void unauthorized() {
    QFETCH(QList<int>, statuses);
    QFETCH(bool, refreshSucceeds);
    QFETCH(QByteArray, callerAuthorization);
    QFETCH(int, finalStatus);
    QFETCH(QByteArrayList, authorizationsSeen);
    QFETCH(int, refreshes);

    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    QList<ScriptedResponse> script;
    for (const int status : statuses) {
      script.append(respond(status));
    }
    server.script("/fhir/Patient", script);

    TokenStore tokens;
    tokens.refreshSucceeds = refreshSucceeds;
    HttpClientOptions options = quickRetries();
    options.bearerToken = [&tokens] { return tokens.current(); };
    options.refreshAfterUnauthorized = [&tokens] { return tokens.refresh(); };
    HttpClient client(options);
    HttpRequest sent = request("GET", server.url("/fhir/Patient"));
    if (!callerAuthorization.isEmpty()) {
      sent.headers = {{"Authorization", callerAuthorization}};
    }
    QFuture<HttpResponse> future = client.send(sent);
    QVERIFY(finishes(future));

    QCOMPARE(future.result().status, finalStatus);
    QCOMPARE(future.result().attempts, authorizationsSeen.size());
    QByteArrayList seen;
    for (const cw::test::RecordedRequest& recorded : server.requests()) {
      seen.append(recorded.header("Authorization"));
    }
    QCOMPARE(seen, authorizationsSeen);
    QCOMPARE(tokens.refreshes.load(), refreshes);
  }

  void refreshThroughTheSameClient_data() {
    QTest::addColumn<int>("tokenStatus");
    QTest::addColumn<int>("finalStatus");
    QTest::addColumn<int>("patientRequests");
    QTest::newRow("token endpoint answers") << 200 << 200 << 2;
    QTest::newRow("token endpoint refuses: no deadlock") << 401 << 401 << 1;
  }
  void refreshThroughTheSameClient() {
    // The refresh hook fetches the new token through the very client that
    // met the 401: the client keeps serving while the hook waits, sends the
    // token endpoint no stale bearer token, and a 401 from it ends the story.
    QFETCH(int, tokenStatus);
    QFETCH(int, finalStatus);
    QFETCH(int, patientRequests);
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.script("/fhir/Patient", {respond(401), respond(200)});
    server.script("/token", {respond(tokenStatus, {}, "fresh")});

    std::mutex mutex;
    QByteArray token = "stale";
    HttpClient* self = nullptr;
    HttpClientOptions options = quickRetries();
    options.bearerToken = [&] {
      const std::lock_guard lock(mutex);
      return token;
    };
    options.refreshAfterUnauthorized = [&] {
      const HttpResponse answer =
          self->send(request("POST", server.url("/token"), "grant_type=refresh_token&client_id=cw")).result();
      const std::lock_guard lock(mutex);
      token = answer.body;
      return answer.ok();
    };
    HttpClient client(options);
    self = &client;
    QFuture<HttpResponse> future = client.send(request("GET", server.url("/fhir/Patient")));
    QVERIFY(finishes(future));
    QCOMPARE(future.result().status, finalStatus);
    QCOMPARE(server.requests("/token").size(), 1);
    QCOMPARE(server.requests("/token")[0].header("Authorization"), QByteArray());
    QCOMPARE(server.requests("/fhir/Patient").size(), patientRequests);
    QCOMPARE(server.requests("/fhir/Patient").last().header("Authorization"),
             QByteArray(finalStatus == 200 ? "Bearer fresh" : "Bearer stale"));
  }

  void retryAfterIsHonoured() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    server.script("/fhir/Patient", {respond(429, {{"Retry-After", "1"}}), respond(200, {}, "{}")});
    HttpClient client;
    QFuture<HttpResponse> future = client.send(request("POST", server.url("/fhir/Patient"), "{}"));
    QVERIFY(finishes(future));
    QVERIFY(future.result().ok());
    QCOMPARE(future.result().attempts, 2);

    const QList<cw::test::RecordedRequest> seen = server.requests();
    QCOMPARE(seen.size(), 2);
    QVERIFY(seen[0].answeredAt);
    const auto gap =
        std::chrono::duration_cast<std::chrono::milliseconds>(seen[1].receivedAt - *seen[0].answeredAt);
    QVERIFY2(gap >= 1s, qPrintable(QString("retried after %1 ms").arg(gap.count())));
  }

  void retryRules_data() {
    constexpr int kDrop = -1;
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("conditionalCreate");  // If-None-Exist
    QTest::addColumn<QList<int>>("script");             // statuses; kDrop closes the connection
    QTest::addColumn<int>("finalStatus");
    QTest::addColumn<TransportError>("error");
    QTest::addColumn<int>("requestsSeen");
    QTest::newRow("503 POST: not retried")
        << QByteArray("POST") << QByteArray() << QList<int>{503, 201} << 503 << TransportError::None << 1;
    QTest::newRow("503 conditional create: retried")
        << QByteArray("POST") << QByteArray("identifier=a|1") << QList<int>{503, 201} << 201
        << TransportError::None << 2;
    QTest::newRow("503 GET: retried")
        << QByteArray("GET") << QByteArray() << QList<int>{503, 200} << 200 << TransportError::None << 2;
    QTest::newRow("503 GET: gives up after 4 attempts")
        << QByteArray("GET") << QByteArray() << QList<int>{503, 503, 503, 503, 200} << 503
        << TransportError::None << 4;
    QTest::newRow("429 POST: retried")
        << QByteArray("POST") << QByteArray() << QList<int>{429, 201} << 201 << TransportError::None << 2;
    QTest::newRow("412 PUT: never retried")
        << QByteArray("PUT") << QByteArray() << QList<int>{412, 200} << 412 << TransportError::None << 1;
    QTest::newRow("500 GET: not retried")
        << QByteArray("GET") << QByteArray() << QList<int>{500, 200} << 500 << TransportError::None << 1;
    QTest::newRow("dropped GET: retried")
        << QByteArray("GET") << QByteArray() << QList<int>{kDrop, 200} << 200 << TransportError::None << 2;
    QTest::newRow("dropped DELETE: retried")
        << QByteArray("DELETE") << QByteArray() << QList<int>{kDrop, 204} << 204 << TransportError::None << 2;
    QTest::newRow("dropped POST: not retried") << QByteArray("POST") << QByteArray() << QList<int>{kDrop, 201}
                                               << 0 << TransportError::ConnectionLost << 1;
  }
  void retryRules() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, conditionalCreate);
    QFETCH(QList<int>, script);
    QFETCH(int, finalStatus);
    QFETCH(TransportError, error);
    QFETCH(int, requestsSeen);

    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback());
    QList<ScriptedResponse> responses;
    for (const int status : script) {
      responses.append(status < 0 ? act(ScriptedResponse::Action::Drop) : respond(status));
    }
    server.script("/fhir/Patient", responses);

    HttpClient client(quickRetries());
    HttpRequest sent = request(method, server.url("/fhir/Patient"), method == "GET" ? "" : "{}");
    if (!conditionalCreate.isEmpty()) {
      sent.headers = {{"If-None-Exist", conditionalCreate}};
    }
    QFuture<HttpResponse> future = client.send(sent);
    QVERIFY(finishes(future));
    QCOMPARE(future.result().status, finalStatus);
    QCOMPARE(future.result().error, error);
    QCOMPARE(future.result().attempts, requestsSeen);
    QCOMPARE(server.requests().size(), requestsSeen);
  }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
