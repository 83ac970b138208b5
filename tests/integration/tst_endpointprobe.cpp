// The reachability probe over real HTTP on loopback: answers, dead ports,
// silent servers, and TLS that does not verify (verification is always on).
#include "core/http/EndpointProbe.h"
#include "tests/support/AwaitFuture.h"
#include "tests/support/ServiceProcess.h"
#include "tests/support/TestFiles.h"

#include "tests/support/Ports.h"

#include <QDeadlineTimer>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using cw::http::ProbeResult;
using namespace std::chrono_literals;

namespace {

// Probes on a worker thread while this thread keeps serving.
ProbeResult probe(const QString& url, std::chrono::milliseconds timeout = 5s) {
  QFuture<ProbeResult> future = QtConcurrent::run(cw::http::probeEndpoint, QUrl(url), timeout);
  // The probe has its own timeout; 20 s only guards against a hang.
  cw::test::finishesWhileServing(future, 20000);
  return future.result();
}

}  // namespace

class TestEndpointProbe : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void reachableReportsStatus() {
    QHttpServer server;
    server.route(QStringLiteral("/fhir/metadata"), [] { return QStringLiteral("{}"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    const ProbeResult ok = probe(QStringLiteral("http://127.0.0.1:%1/fhir/metadata").arg(port));
    QVERIFY2(ok.reachable, qPrintable(ok.error));
    QCOMPARE(ok.httpStatus, 200L);

    const ProbeResult missing = probe(QStringLiteral("http://127.0.0.1:%1/other").arg(port));
    QVERIFY(missing.reachable);  // the server answered, even if with 404
    QCOMPARE(missing.httpStatus, 404L);
  }

  void deadPortIsUnreachableWithReason() {
    const quint16 port = cw::test::unusedLoopbackPort();
    const ProbeResult result = probe(QStringLiteral("http://127.0.0.1:%1/fhir/metadata").arg(port));
    QVERIFY(!result.reachable);
    QVERIFY2(result.error.contains(QLatin1String("onnect")), qPrintable(result.error));
  }

  void silentServerTimesOut() {
    QTcpServer silent;  // accepts connections and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const ProbeResult result = probe(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()), 300ms);
    QVERIFY(!result.reachable);
    QVERIFY2(
        result.error.contains(QLatin1String("imeout")) || result.error.contains(QLatin1String("timed out")),
        qPrintable(result.error));
  }

  void untrustedCertificateIsRefused() {
    // A real TLS server with a self-signed certificate for 127.0.0.1.
    const cw::test::TestFiles files;
    const QString key = files.path(QStringLiteral("key.pem"));
    const QString cert = files.path(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
         QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
         QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
         QStringLiteral("-out"), cert});
    QVERIFY(openssl.waitForFinished(20000));
    QCOMPARE(openssl.exitCode(), 0);

    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QHttpServer server;
    server.sslSetup(QSslCertificate(&certFile), QSslKey(&keyFile, QSsl::Ec));
    server.route(QStringLiteral("/metadata"), [] { return QStringLiteral("{}"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    const ProbeResult result = probe(QStringLiteral("https://127.0.0.1:%1/metadata").arg(port));
    QVERIFY2(!result.reachable, "a self-signed certificate must not be trusted");
    QVERIFY2(result.error.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(result.error));
  }
};

QTEST_GUILESS_MAIN(TestEndpointProbe)
#include "tst_endpointprobe.moc"
