// Reader discovery against the real PC/SC daemon with the vpcd driver, and
// a clear "service unavailable" when the daemon is not running.
#include "smartcard/ReaderScan.h"
#include "tests/support/Pcscd.h"

#include <QTest>

class TestReaderScan : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void seesVirtualReaders() {
    cw::test::Pcscd pcscd;
    QVERIFY2(pcscd.ensureRunning(), qPrintable(pcscd.error()));
    cw::smartcard::ReaderScan scan;
    // pcscd loads its reader drivers shortly after it opens its socket.
    QTRY_VERIFY_WITH_TIMEOUT((scan = cw::smartcard::scanReaders()).readers.size() >= 2, 5000);
    QVERIFY(scan.serviceAvailable);
    QVERIFY2(scan.error.isEmpty(), qPrintable(scan.error));
    QVERIFY2(scan.readers.filter(QStringLiteral("Virtual PCD 00 00")).size() == 1,
             qPrintable(scan.readers.join(QLatin1Char(','))));
    QVERIFY(scan.readers.filter(QStringLiteral("Virtual PCD 00 01")).size() == 1);
  }

  void reportsServiceUnavailableWhenDaemonStops() {
    cw::test::Pcscd pcscd;
    QVERIFY2(pcscd.ensureRunning(), qPrintable(pcscd.error()));
    if (!pcscd.ownsDaemon()) {
      QSKIP("a pcscd this test did not start is running; it will not be stopped");
    }
    pcscd.stop();
    const cw::smartcard::ReaderScan scan = cw::smartcard::scanReaders();
    QVERIFY(!scan.serviceAvailable);
    QVERIFY(scan.readers.isEmpty());
    QVERIFY2(!scan.error.isEmpty(), "the reason is reported");
  }
};

QTEST_GUILESS_MAIN(TestReaderScan)
#include "tst_readerscan.moc"
