// The system browser's loopback agent over real TCP on 127.0.0.1, with a
// stand-in card (tst_systembrowser drives the real one through a real
// browser): nothing is served unless a sign-in waits; the redirect is handed
// on exactly once; the card answers only the issuer's origin, with CORS for
// that origin alone, and signs once per sign-in; malformed, oversized and
// unfinished requests get 400, 413 and 408 and never reach the card.
#include "app/LoopbackAgent.h"
#include "tests/support/RawHttp.h"
#include "tests/support/TestHttpClient.h"

#include <QJsonObject>
#include <QPromise>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace cw;
using test::HttpHeaders;
using test::HttpReply;
using test::TestHttpClient;

namespace {

const QString kIssuer = QStringLiteral("http://127.0.0.1:8190");
const QByteArray kIssuerOrigin = kIssuer.toUtf8();
const QString kChallenge = QStringLiteral("q5bX2lEjq6tIxZ0kWcPZ9u8FJm3f2yTnVhSe4rLkGzA");
const QByteArray kCertificate = QByteArrayLiteral("DER-CERT");

QByteArray signBody(const QString& challenge = kChallenge) {
  return "{\"challenge\":\"" + challenge.toUtf8() + "\"}";
}

}  // namespace

class TestLoopbackAgent : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<shell::LoopbackAgent> m_agent;
  QList<QUrl> m_redirects;
  QList<QByteArray> m_signed;
  // When set, the card answers only once the test fulfils this promise.
  std::unique_ptr<QPromise<shell::CardSignature>> m_slowCard;

  shell::LoginPageRequest loginRequest() {
    shell::LoginPageRequest request;
    request.authorizationUrl = QUrl(kIssuer + QStringLiteral("/authorize?client_id=x"));
    request.redirectUri = m_agent->redirectUri();
    request.signWithCard = [this](const QByteArray& message) {
      m_signed.append(message);
      if (m_slowCard) {
        m_slowCard->start();
        return m_slowCard->future();
      }
      return QtFuture::makeReadyFuture(
          shell::CardSignature{kCertificate, "SIG", QStringLiteral("ES256"), {}});
    };
    request.onRedirect = [this](const QUrl& url) { m_redirects.append(url); };
    request.onFailure = [](const QString&) {};
    return request;
  }

  quint16 port() const { return static_cast<quint16>(m_agent->redirectUri().port()); }
  QUrl url(const QString& pathAndQuery) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
  }

  HttpReply send(const QByteArray& method, const QString& path, const HttpHeaders& headers = {},
                 const QByteArray& body = {}) {
    TestHttpClient client;
    return client.sendTo(method, url(path), body, headers);
  }

  HttpReply postSign(const QByteArray& origin = kIssuerOrigin, const QByteArray& body = signBody()) {
    return send("POST", QStringLiteral("/card/sign"),
                {{"Origin", origin}, {"Content-Type", "application/json"}}, body);
  }

  test::RawHttpReply raw(const QByteArray& request) { return test::exchangeRaw(port(), request); }
  QByteArray host() const { return "Host: 127.0.0.1:" + QByteArray::number(port()) + "\r\n"; }

 private Q_SLOTS:
  void init() {
    m_redirects.clear();
    m_signed.clear();
    m_slowCard.reset();
    m_agent = std::make_unique<shell::LoopbackAgent>([] { return kCertificate; });
    QVERIFY2(m_agent->listen(), qPrintable(m_agent->errorString()));
    QVERIFY(port() != 0);
    QCOMPARE(m_agent->redirectUri().toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(port()));
  }

  void nothingIsServedWhileNoSignInWaits() {
    QCOMPARE(send("GET", QStringLiteral("/callback?code=c&state=s")).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/card"), {{"Origin", kIssuerOrigin}}).status, 404);
    QCOMPARE(postSign().status, 404);
    QVERIFY(m_redirects.isEmpty());
    QVERIFY(m_signed.isEmpty());
  }

  void theRedirectIsHandedOnExactlyOnce() {
    m_agent->startWaiting(loginRequest());
    const HttpReply page = send("GET", QStringLiteral("/callback?code=c%2B1&state=s1&iss=x"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY2(page.body.contains("You can close this tab."), page.body.constData());
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    QCOMPARE(m_redirects.size(), 1);
    QCOMPARE(m_redirects.first().toString(QUrl::FullyEncoded),
             url(QStringLiteral("/callback?code=c%2B1&state=s1&iss=x")).toString(QUrl::FullyEncoded));

    QCOMPARE(send("GET", QStringLiteral("/callback?code=c2&state=s1")).status, 404);
    QCOMPARE(m_redirects.size(), 1);
    QVERIFY2(!m_agent->isWaiting(), "the redirect ends the wait: the card is not lent any more");
    QCOMPARE(postSign().status, 404);
  }

  void anErrorRedirectSaysSignInDidNotFinish() {
    m_agent->startWaiting(loginRequest());
    const HttpReply page = send("GET", QStringLiteral("/callback?error=access_denied&state=s1"));
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Sign-in did not finish"), page.body.constData());
    QCOMPARE(m_redirects.size(), 1);
  }

  void onlyGetReachesTheCallback() {
    m_agent->startWaiting(loginRequest());
    const HttpReply reply =
        send("POST", QStringLiteral("/callback?code=c"), {{"Content-Type", "text/plain"}}, "x");
    QCOMPARE(reply.status, 405);
    QVERIFY(m_redirects.isEmpty());
    QVERIFY(m_agent->isWaiting());
  }

  void theCardAnswersOnlyTheIssuersOrigin_data() {
    QTest::addColumn<QByteArray>("origin");  // empty: no Origin header at all
    QTest::newRow("no origin") << QByteArray();
    QTest::newRow("another site") << QByteArray("https://evil.example");
    QTest::newRow("issuer host, another port") << QByteArray("http://127.0.0.1:8191");
    QTest::newRow("opaque origin") << QByteArray("null");
    QTest::newRow("issuer with a path") << QByteArray(kIssuerOrigin + "/");
  }

  void theCardAnswersOnlyTheIssuersOrigin() {
    QFETCH(QByteArray, origin);
    m_agent->startWaiting(loginRequest());
    HttpHeaders headers{{"Content-Type", "application/json"}};
    if (!origin.isEmpty()) {
      headers.append(qMakePair(QByteArray("Origin"), origin));
    }
    const HttpReply signing = send("POST", QStringLiteral("/card/sign"), headers, signBody());
    QCOMPARE(signing.status, 403);
    QVERIFY2(signing.header("Access-Control-Allow-Origin").isEmpty(), "no CORS grant to a stranger");
    QCOMPARE(send("GET", QStringLiteral("/card"), headers).status, 403);
    headers.append(qMakePair(QByteArray("Access-Control-Request-Method"), QByteArray("POST")));
    QCOMPARE(send("OPTIONS", QStringLiteral("/card/sign"), headers).status, 403);
    QVERIFY2(m_signed.isEmpty(), "nothing was signed");

    QCOMPARE(postSign().status, 200);  // the one signature of this sign-in is still there
  }

  void thePreflightGrantsTheIssuerAlone() {
    m_agent->startWaiting(loginRequest());
    const HttpReply preflight = send("OPTIONS", QStringLiteral("/card/sign"),
                                     {{"Origin", kIssuerOrigin},
                                      {"Access-Control-Request-Method", "POST"},
                                      {"Access-Control-Request-Headers", "content-type"},
                                      {"Access-Control-Request-Private-Network", "true"}});
    QCOMPARE(preflight.status, 204);
    QCOMPARE(preflight.header("Access-Control-Allow-Origin"), kIssuerOrigin);
    QCOMPARE(preflight.header("Access-Control-Allow-Methods"), QByteArray("POST"));
    QCOMPARE(preflight.header("Access-Control-Allow-Headers"), QByteArray("Content-Type"));
    QCOMPARE(preflight.header("Access-Control-Allow-Private-Network"), QByteArray("true"));
    QVERIFY(preflight.header("Access-Control-Allow-Credentials").isEmpty());

    const HttpReply wrongMethod = send("OPTIONS", QStringLiteral("/card/sign"),
                                       {{"Origin", kIssuerOrigin}, {"Access-Control-Request-Method", "PUT"}});
    QCOMPARE(wrongMethod.status, 403);
    QVERIFY(m_signed.isEmpty());
  }

  void lendsTheCertificate() {
    m_agent->startWaiting(loginRequest());
    const HttpReply card = send("GET", QStringLiteral("/card"), {{"Origin", kIssuerOrigin}});
    QCOMPARE(card.status, 200);
    QCOMPARE(card.header("Access-Control-Allow-Origin"), kIssuerOrigin);
    QCOMPARE(card.json().value(QStringLiteral("certificate")).toString(),
             QString::fromLatin1(kCertificate.toBase64()));
    QVERIFY(m_signed.isEmpty());
  }

  void signsOncePerSignInBoundToTheIssuer() {
    m_agent->startWaiting(loginRequest());
    const HttpReply signing = postSign();
    QCOMPARE(signing.status, 200);
    QCOMPARE(signing.header("Access-Control-Allow-Origin"), kIssuerOrigin);
    QCOMPARE(signing.json(), (QJsonObject{{"certificate", QString::fromLatin1(kCertificate.toBase64())},
                                          {"signature", QStringLiteral("U0lH")},
                                          {"algorithm", QStringLiteral("ES256")}}));
    QCOMPARE(m_signed, (QList<QByteArray>{shell::cardLoginMessage(kIssuer, kChallenge)}));

    const HttpReply again = postSign();
    QCOMPARE(again.status, 409);
    QVERIFY(again.json().contains(QStringLiteral("error")));
    QCOMPARE(m_signed.size(), 1);

    m_agent->startWaiting(loginRequest());  // the next sign-in has a signature of its own
    QCOMPARE(postSign().status, 200);
    QCOMPARE(m_signed.size(), 2);
  }

  void aSignatureForAnEndedSignInGoesNowhere() {
    m_slowCard = std::make_unique<QPromise<shell::CardSignature>>();
    const quint64 ticket = m_agent->startWaiting(loginRequest());
    // The sign-in ends (cancelled, card pulled) while the card is signing.
    QTimer::singleShot(200, this, [&] {
      m_agent->stopWaiting(ticket);
      m_slowCard->addResult(shell::CardSignature{kCertificate, "SIG", QStringLiteral("ES256"), {}});
      m_slowCard->finish();
    });
    const HttpReply signing = postSign();
    QCOMPARE(m_signed.size(), 1);
    QCOMPARE(signing.status, 409);
    QVERIFY2(!signing.body.contains("U0lH"), signing.body.constData());
  }

  void aCardThatDoesNotAnswerIsAnError() {
    m_slowCard = std::make_unique<QPromise<shell::CardSignature>>();
    m_agent->startWaiting(loginRequest());
    QTimer::singleShot(200, this, [&] { m_slowCard.reset(); });  // the card worker drops the request
    const HttpReply signing = postSign();
    QCOMPARE(signing.status, 200);
    QVERIFY2(
        signing.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("did not answer")),
        signing.body.constData());
  }

  void stoppingTheWaitEndsOnlyThatWait() {
    const quint64 first = m_agent->startWaiting(loginRequest());
    const quint64 second = m_agent->startWaiting(loginRequest());
    m_agent->stopWaiting(first);  // a page destroyed after its successor opened
    QVERIFY(m_agent->isWaiting());
    m_agent->stopWaiting(second);
    QVERIFY(!m_agent->isWaiting());
    QCOMPARE(send("GET", QStringLiteral("/callback?code=c&state=s")).status, 404);
    QCOMPARE(postSign().status, 404);
    QVERIFY(m_redirects.isEmpty());
  }

  void badRequestsNeverReachTheCard_data() {
    // $HOST is the agent's own Host header line, $PORT its port.
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray sign = "POST /card/sign HTTP/1.1\r\n$HOSTOrigin: " + kIssuerOrigin + "\r\n";
    const QByteArray json = "Content-Type: application/json\r\n";
    auto body = [](const QByteArray& content) {
      return "Content-Length: " + QByteArray::number(content.size()) + "\r\n\r\n" + content;
    };
    QTest::newRow("garbage") << QByteArray("hello there\r\n$HOST\r\n") << 400;
    QTest::newRow("not JSON") << sign + json + body("challenge") << 400;
    QTest::newRow("JSON array") << sign + json + body("[1]") << 400;
    QTest::newRow("challenge not a string") << sign + json + body("{\"challenge\":7}") << 400;
    QTest::newRow("implausible challenge") << sign + json + body(signBody(QStringLiteral("a b"))) << 400;
    QTest::newRow("text/plain, which needs no preflight")
        << sign + "Content-Type: text/plain\r\n" + body(signBody()) << 400;
    QTest::newRow("chunked") << sign + json + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" << 400;
    QTest::newRow("oversized") << sign + json + "Content-Length: 100000\r\n\r\n" << 413;
    QTest::newRow("another host name (DNS rebinding)")
        << "POST /card/sign HTTP/1.1\r\nHost: rebind.example:$PORT\r\nOrigin: " + kIssuerOrigin + "\r\n" +
               json + body(signBody())
        << 400;
    QTest::newRow("unknown path") << QByteArray("GET /card/../callback HTTP/1.1\r\n$HOST\r\n") << 404;
  }

  void badRequestsNeverReachTheCard() {
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    m_agent->startWaiting(loginRequest());
    request.replace("$HOST", host()).replace("$PORT", QByteArray::number(port()));
    const test::RawHttpReply reply = raw(request);
    QCOMPARE(reply.status(), status);
    QVERIFY(m_signed.isEmpty());
    QVERIFY(m_redirects.isEmpty());
    QVERIFY2(m_agent->isWaiting(), "a bad request does not end the sign-in");
  }

  void anUnfinishedRequestTimesOut() {
    m_agent->startWaiting(loginRequest());
    const test::RawHttpReply reply = raw("GET /callback?code=c HTTP/1.1\r\n" + host());
    QCOMPARE(reply.status(), 408);
    QVERIFY(m_redirects.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestLoopbackAgent)
#include "tst_loopbackagent.moc"
