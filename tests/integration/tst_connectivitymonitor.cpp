// The status bar's server state comes from a real probe: online only after
// the FHIR server answered, offline with the reason when it does not.
#include "core/sync/ConnectivityMonitor.h"
#include "core/sync/SyncStatus.h"

#include "tests/support/Ports.h"

#include <QHttpServer>
#include <QTest>

using cw::sync::SyncStatus;
using namespace std::chrono_literals;

class TestConnectivityMonitor : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void onlineWhenServerAnswers() {
    QHttpServer server;
    server.route(QStringLiteral("/fhir/metadata"), [] { return QStringLiteral("{}"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    SyncStatus status;
    QCOMPARE(status.connection(), SyncStatus::Connection::Unknown);
    cw::sync::ConnectivityMonitor monitor(QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)), &status,
                                          1h);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(status.connection(), SyncStatus::Connection::Online, 10000);
  }

  void offlineWithReasonWhenServerIsDown() {
    const quint16 port = cw::test::unusedLoopbackPort();
    SyncStatus status;
    cw::sync::ConnectivityMonitor monitor(QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)), &status,
                                          1h);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(status.connection(), SyncStatus::Connection::Offline, 10000);
    QVERIFY2(status.connectionDetail().contains(QLatin1String("not reachable")),
             qPrintable(status.connectionDetail()));
  }
};

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivitymonitor.moc"
