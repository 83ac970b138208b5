// Injected faults on the real dev server: a bad --faults SPEC stops it with
// exit code 2; injected 429s carry Retry-After; drops happen at the given
// rate; and the same seed gives the same faults on the same requests, exactly
// as FaultPlan predicts.
#include "tests/support/DevServerProcess.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestHttpClient.h"
#include "tools/fhir-devserver/FaultPlan.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using cw::devserver::FaultDecision;
using cw::devserver::FaultPlan;

namespace {

// One request on a fresh connection, read by hand so that no client library
// retries it: the HTTP status, or 0 when the server closed without answering.
int rawStatus(const QUrl& base, const QByteArray& method, const QByteArray& path,
              const QByteArray& body = {}) {
  QTcpSocket socket;
  socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
  if (!socket.waitForConnected(5000)) {
    return -1;
  }
  socket.write(method + " /fhir/" + path + " HTTP/1.1\r\nHost: " + base.host().toLatin1() +
               "\r\nContent-Type: application/fhir+json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body);
  QByteArray answer;
  const QDeadlineTimer deadline(10000);
  while (!deadline.hasExpired()) {
    const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const QByteArray head = answer.left(headerEnd).toLower();
      const qsizetype length = head.indexOf("content-length: ");
      const qsizetype expected =
          length < 0 ? 0 : head.mid(length + 16, head.indexOf("\r\n", length) - length - 16).toLongLong();
      if (answer.size() >= headerEnd + 4 + expected) {
        return answer.mid(9, 3).toInt();
      }
    }
    if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
      return answer.isEmpty() ? 0 : answer.mid(9, 3).toInt();
    }
    socket.waitForReadyRead(100);
    answer += socket.readAll();
  }
  return -1;
}

// What FaultPlan says the first `count` requests will meet, as rawStatus answers.
QList<int> predicted(const QString& spec, int count) {
  QString error;
  std::optional<FaultPlan> plan = FaultPlan::parse(spec, &error);
  QList<int> statuses;
  for (int i = 0; i < count && plan; ++i) {
    const FaultDecision decision = plan->next();
    switch (decision.action) {
      case FaultDecision::Action::None: statuses.append(200); break;
      case FaultDecision::Action::Status: statuses.append(decision.status); break;
      case FaultDecision::Action::Drop:
      case FaultDecision::Action::DropAfter: statuses.append(0); break;
    }
  }
  return statuses;
}

QList<int> observed(const QString& spec, int count) {
  cw::test::DevServerProcess server({"--faults", spec});
  if (!server.start()) {
    qWarning("%s", qPrintable(server.error()));
    return {};
  }
  QList<int> statuses;
  for (int i = 0; i < count; ++i) {
    statuses.append(rawStatus(server.base(), "GET", "Patient?_count=1"));
  }
  return statuses;
}

}  // namespace

class TestDevServerFaults : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void invalidSpecExitsWithTwo_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("named");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("no rate") << "503"
                             << "503";
    QTest::newRow("rate above 1") << "503@1.5"
                                  << "503@1.5";
    QTest::newRow("negative rate") << "drop@-0.1"
                                   << "drop@-0.1";
    QTest::newRow("rate not a number") << "drop@often"
                                       << "drop@often";
    QTest::newRow("client error status") << "404@0.1"
                                         << "404@0.1";
    QTest::newRow("unknown server status") << "599@0.1"
                                           << "599@0.1";
    QTest::newRow("latency without unit") << "latency=100@0.1"
                                          << "latency=100@0.1";
    QTest::newRow("latency twice") << "latency=1ms@0.1,latency=2ms@0.1"
                                   << "latency=2ms@0.1";
    QTest::newRow("retry-after not a number") << "429:retry-after=soon@0.1"
                                              << "retry-after=soon";
    QTest::newRow("seed not a number") << "seed=abc"
                                       << "seed=abc";
    QTest::newRow("two seeds") << "seed=1,seed=2"
                               << "seed=2";
    QTest::newRow("unknown rule") << "503@0.1,teleport@0.5"
                                  << "teleport@0.5";
  }

  void invalidSpecExitsWithTwo() {
    QFETCH(QString, spec);
    QFETCH(QString, named);
    const cw::test::TestFiles files;
    QProcess process;
    process.start(qEnvironmentVariable("FHIR_DEVSERVER"),
                  {"--port", "0", "--data", files.path("data"), "--faults", spec});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains("--faults") && error.contains(named), qPrintable(error));
    QVERIFY(!process.readAllStandardOutput().contains("listening"));
  }

  void injectedStatusesCarryRetryAfter_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::newRow("429 default") << "429@1" << 429 << QByteArray("1") << "throttled";
    QTest::newRow("429 with retry-after") << "429:retry-after=7@1" << 429 << QByteArray("7") << "throttled";
    QTest::newRow("503 with retry-after") << "503:retry-after=2@1" << 503 << QByteArray("2") << "transient";
    QTest::newRow("500 without") << "500@1" << 500 << QByteArray() << "transient";
    QTest::newRow("delayed 502") << "latency=20ms@1,502:retry-after=3@1" << 502 << QByteArray("3")
                                 << "transient";
  }

  void injectedStatusesCarryRetryAfter() {
    QFETCH(QString, spec);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, code);
    cw::test::DevServerProcess server({"--faults", spec});
    QVERIFY2(server.start(), qPrintable(server.error()));
    cw::test::TestHttpClient http(server.base());
    for (const char* path : {"Patient", "Patient/x", "_history"}) {
      const cw::test::HttpReply reply = http.get(path);
      QCOMPARE(reply.status, status);
      QCOMPARE(reply.header("Retry-After"), retryAfter);
      QCOMPARE(reply.json()["resourceType"].toString(), QString("OperationOutcome"));
      QCOMPARE(reply.json()["issue"][0]["code"].toString(), code);
    }
    // Discovery always works, so a client can tell "faulty" from "absent".
    QCOMPARE(http.get("metadata").status, 200);
  }

  void faultsFollowTheSeed_data() {
    QTest::addColumn<QString>("spec");
    QTest::newRow("mixed") << "503@0.2,429:retry-after=1@0.2,drop@0.2,seed=42";
    QTest::newRow("drops only") << "drop@0.25,seed=9";
  }

  void faultsFollowTheSeed() {
    QFETCH(QString, spec);
    constexpr int kRequests = 80;
    const QList<int> first = observed(spec, kRequests);
    QCOMPARE(first.size(), kRequests);
    QCOMPARE(first, predicted(spec, kRequests));
    QCOMPARE(observed(spec, kRequests), first);
    QString otherSeed = spec;
    otherSeed.replace(QRegularExpression("seed=\\d+"), "seed=4242");
    QVERIFY(observed(otherSeed, kRequests) != first);
  }

  void dropsHappenAtTheRate_data() {
    QTest::addColumn<double>("rate");
    QTest::newRow("0") << 0.0;
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("1") << 1.0;
  }

  void dropsHappenAtTheRate() {
    QFETCH(double, rate);
    constexpr int kRequests = 200;
    const QList<int> statuses = observed(QString("drop@%1,seed=1").arg(rate), kRequests);
    QCOMPARE(statuses.size(), kRequests);
    const auto drops = statuses.count(0);
    QCOMPARE(drops + statuses.count(200), kRequests);
    // Within four standard deviations of the binomial mean: a fixed seed makes
    // the count fixed, and this says the plan honours the rate.
    const double mean = kRequests * rate;
    const double spread = 4 * std::sqrt(kRequests * rate * (1 - rate));
    QVERIFY2(drops >= mean - spread && drops <= mean + spread, qPrintable(QString::number(drops)));
  }

  void dropAfterStoresButNeverAnswers() {
    const QString spec = "drop-after@0.5,seed=3";
    const QList<int> plan = predicted(spec, 40);
    const qsizetype dropped = plan.indexOf(0);
    const qsizetype answered = plan.indexOf(200, dropped);
    QVERIFY(dropped >= 0 && answered > dropped);
    cw::test::DevServerProcess server({"--faults", spec});
    QVERIFY2(server.start(), qPrintable(server.error()));
    for (qsizetype i = 0; i < dropped; ++i) {
      QCOMPARE(rawStatus(server.base(), "GET", "metadata?counted=no"), 200);  // never counted
      QCOMPARE(rawStatus(server.base(), "GET", "Patient?_count=1"), plan.at(i));
    }
    const QByteArray patient =
        R"({"resourceType":"Patient","identifier":[{"system":"urn:test:id","value":"dropped-after"}]})";
    QCOMPARE(rawStatus(server.base(), "POST", "Patient", patient), 0);
    for (qsizetype i = dropped + 1; i < answered; ++i) {
      rawStatus(server.base(), "GET", "Patient?_count=1");
    }
    cw::test::TestHttpClient http(server.base());
    const cw::test::HttpReply search = http.get("Patient?identifier=urn:test:id|dropped-after");
    QCOMPARE(search.status, 200);
    QCOMPARE(search.json()["total"].toInt(), 1);
  }
};

QTEST_GUILESS_MAIN(TestDevServerFaults)
#include "tst_devserver_faults.moc"
