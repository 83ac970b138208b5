// The loopback listener's HTTP request reader: what a browser sends is read
// whole, however it is split; anything a browser would not send (bare line
// feeds, folded or nameless headers, chunked bodies, missing or doubled Host,
// absolute targets) is malformed; anything over the limits is too large.
#include "app/LoopbackRequestReader.h"

#include <QTest>

using cw::shell::LoopbackRequestReader;
using Status = LoopbackRequestReader::Status;

Q_DECLARE_METATYPE(LoopbackRequestReader::Status)

namespace {

const QByteArray kGet = "GET /callback?code=a%2Bb&state=s HTTP/1.1\r\nHost: 127.0.0.1:5000\r\n\r\n";

QByteArray manyHeaders(int count) {
  QByteArray request = "GET / HTTP/1.1\r\nHost: 127.0.0.1:5000\r\n";
  for (int i = 1; i < count; ++i) {
    request += "X-Header-" + QByteArray::number(i) + ": x\r\n";
  }
  return request + "\r\n";
}

}  // namespace

class TestLoopbackRequestReader : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void readsABrowserRequest() {
    LoopbackRequestReader reader;
    QCOMPARE(reader.feed(kGet), Status::Complete);
    QCOMPARE(reader.request().method, QByteArray("GET"));
    QCOMPARE(reader.request().target, QByteArray("/callback?code=a%2Bb&state=s"));
    QCOMPARE(reader.request().path(), QByteArray("/callback"));
    QCOMPARE(reader.request().header("host"), QByteArray("127.0.0.1:5000"));
    QVERIFY(reader.request().body.isEmpty());
  }

  void readsAPostBodyByContentLength() {
    LoopbackRequestReader reader;
    const QByteArray request =
        "POST /card/sign HTTP/1.1\r\nHost: 127.0.0.1:5000\r\nContent-Type: application/json\r\n"
        "ORIGIN:  http://idp.example  \r\nContent-Length: 15\r\n\r\n{\"challenge\":1}";
    QCOMPARE(reader.feed(request), Status::Complete);
    QCOMPARE(reader.request().body, QByteArray("{\"challenge\":1}"));
    QCOMPARE(reader.request().header("origin"), QByteArray("http://idp.example"));
    QVERIFY(reader.request().hasHeader("content-type"));
    QVERIFY(!reader.request().hasHeader("cookie"));
  }

  void readsARequestSplitAnywhere() {
    const QByteArray request =
        "POST /card/sign HTTP/1.1\r\nHost: 127.0.0.1:5000\r\nContent-Length: 4\r\n\r\nabcd";
    LoopbackRequestReader reader;
    for (qsizetype i = 0; i < request.size() - 1; ++i) {
      QCOMPARE(reader.feed(request.mid(i, 1)), Status::NeedMore);
    }
    QCOMPARE(reader.feed(request.right(1)), Status::Complete);
    QCOMPARE(reader.request().body, QByteArray("abcd"));
  }

  void ignoresWhatFollowsTheRequest() {
    LoopbackRequestReader reader;
    QCOMPARE(reader.feed(kGet + "GET /second HTTP/1.1\r\n"), Status::Complete);
    QCOMPARE(reader.feed("Host: x\r\n\r\n"), Status::Complete);
    QCOMPARE(reader.request().path(), QByteArray("/callback"));
  }

  void refusesWhatABrowserWouldNotSend_data() {
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<Status>("status");
    const QByteArray host = "Host: 127.0.0.1:5000\r\n";
    QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << Status::Malformed;
    QTest::newRow("bare line feeds") << QByteArray("GET / HTTP/1.1\nHost: x\n\r\n\r\n") << Status::Malformed;
    QTest::newRow("bare carriage return") << "GET / HTTP/1.1\r\nX: a\rb\r\n" + host + "\r\n"
                                          << Status::Malformed;
    QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << Status::Malformed;
    QTest::newRow("two Hosts") << "GET / HTTP/1.1\r\n" + host + host + "\r\n" << Status::Malformed;
    QTest::newRow("lower-case method") << "get / HTTP/1.1\r\n" + host + "\r\n" << Status::Malformed;
    QTest::newRow("absolute target") << "GET http://127.0.0.1/ HTTP/1.1\r\n" + host + "\r\n"
                                     << Status::Malformed;
    QTest::newRow("space in target") << "GET /a b HTTP/1.1\r\n" + host + "\r\n" << Status::Malformed;
    QTest::newRow("HTTP/2.0") << "GET / HTTP/2.0\r\n" + host + "\r\n" << Status::Malformed;
    QTest::newRow("header without colon") << "GET / HTTP/1.1\r\n" + host + "Broken\r\n\r\n"
                                          << Status::Malformed;
    QTest::newRow("empty header name") << "GET / HTTP/1.1\r\n" + host + ": x\r\n\r\n" << Status::Malformed;
    QTest::newRow("folded header") << "GET / HTTP/1.1\r\n" + host + "X: a\r\n b\r\n\r\n" << Status::Malformed;
    QTest::newRow("space in header name") << "GET / HTTP/1.1\r\n" + host + "X Y: a\r\n\r\n"
                                          << Status::Malformed;
    QTest::newRow("control character in value")
        << "GET / HTTP/1.1\r\n" + host + QByteArray("X: a\x01") + "\r\n\r\n"
        << Status::Malformed;
    QTest::newRow("chunked body") << "POST / HTTP/1.1\r\n" + host +
                                         "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                                  << Status::Malformed;
    QTest::newRow("negative length") << "POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n"
                                     << Status::Malformed;
    QTest::newRow("length not a number") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 1e3\r\n\r\n"
                                         << Status::Malformed;
    QTest::newRow("two lengths") << "POST / HTTP/1.1\r\n" + host +
                                        "Content-Length: 1\r\nContent-Length: 1\r\n\r\nx"
                                 << Status::Malformed;
    QTest::newRow("body over the limit") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 4097\r\n\r\n"
                                         << Status::TooLarge;
    QTest::newRow("absurd length") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999\r\n\r\n"
                                   << Status::TooLarge;
    QTest::newRow("head over the limit without an end")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a') << Status::TooLarge;
    QTest::newRow("head over the limit")
        << "GET / HTTP/1.1\r\n" + host + "X: " + QByteArray(9000, 'a') + "\r\n\r\n"
        << Status::TooLarge;
    QTest::newRow("too many headers") << manyHeaders(65) << Status::TooLarge;
    QTest::newRow("as many headers as allowed") << manyHeaders(64) << Status::Complete;
    QTest::newRow("unfinished head") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << Status::NeedMore;
    QTest::newRow("unfinished body") << "POST / HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nabc"
                                     << Status::NeedMore;
  }

  void refusesWhatABrowserWouldNotSend() {
    QFETCH(QByteArray, request);
    QFETCH(Status, status);
    LoopbackRequestReader reader;
    QCOMPARE(reader.feed(request), status);
    QCOMPARE(reader.status(), status);
  }
};

QTEST_GUILESS_MAIN(TestLoopbackRequestReader)
#include "tst_loopbackrequestreader.moc"
