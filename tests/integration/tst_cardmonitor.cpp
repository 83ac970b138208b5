// The card monitor against the real pcscd, vpcd and the cardsim emulator:
// insertions with their ATR, removals, two readers, the state present at
// start, and pcscd stopping and coming back.
#include "smartcard/CardMonitor.h"
#include "tests/support/CardSimProcess.h"
#include "tests/support/Pcscd.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using cw::smartcard::CardMonitor;

namespace {

constexpr int kEventTimeoutMs = 10000;
const QString kReader0 = QStringLiteral("Virtual PCD 00 00");
const QString kReader1 = QStringLiteral("Virtual PCD 00 01");

// True when `spy` holds a signal whose first argument is `reader`.
bool sawReader(const QSignalSpy& spy, const QString& reader) {
  for (const QList<QVariant>& call : spy) {
    if (call.value(0).toString() == reader) {
      return true;
    }
  }
  return false;
}

}  // namespace

class TestCardMonitor : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    QVERIFY2(m_cardsim.start(), qPrintable(m_cardsim.error()));
  }

  void cleanup() {
    m_cardsim.remove(0);
    m_cardsim.remove(1);
  }

  void reportsReadersAndServiceAtStart() {
    CardMonitor monitor;
    QSignalSpy service(&monitor, &CardMonitor::serviceAvailableChanged);
    QSignalSpy added(&monitor, &CardMonitor::readerAdded);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(service.size(), 1, kEventTimeoutMs);
    QCOMPARE(service.first().first().toBool(), true);
    QVERIFY(monitor.isServiceAvailable());
    // pcscd may still be loading its drivers: the PnP notification adds them.
    QTRY_VERIFY_WITH_TIMEOUT(sawReader(added, kReader0) && sawReader(added, kReader1), kEventTimeoutMs);
  }

  void insertAndRemoveWithAtr() {
    CardMonitor monitor;
    QSignalSpy inserted(&monitor, &CardMonitor::cardInserted);
    QSignalSpy removed(&monitor, &CardMonitor::cardRemoved);
    QSignalSpy added(&monitor, &CardMonitor::readerAdded);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(sawReader(added, kReader0), kEventTimeoutMs);
    QVERIFY2(m_cardsim.insert(QStringLiteral("ward-nurse"), 0), qPrintable(m_cardsim.error()));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, kEventTimeoutMs);
    QCOMPARE(inserted.first().at(0).toString(), kReader0);
    QCOMPARE(inserted.first().at(1).toByteArray().toHex().toUpper(), atrOf(QStringLiteral("ward-nurse")));
    QVERIFY(removed.isEmpty());
    QVERIFY(m_cardsim.remove(0));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kEventTimeoutMs);
    QCOMPARE(removed.first().at(0).toString(), kReader0);
    QCOMPARE(inserted.size(), 1);
  }

  void twoReaders() {
    CardMonitor monitor;
    QSignalSpy inserted(&monitor, &CardMonitor::cardInserted);
    QSignalSpy removed(&monitor, &CardMonitor::cardRemoved);
    QSignalSpy added(&monitor, &CardMonitor::readerAdded);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(sawReader(added, kReader0) && sawReader(added, kReader1), kEventTimeoutMs);
    QVERIFY(m_cardsim.insert(QStringLiteral("ward-nurse"), 0));
    QVERIFY(m_cardsim.insert(QStringLiteral("pharmacist"), 1));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 2, kEventTimeoutMs);
    QVERIFY(sawReader(inserted, kReader0));
    QVERIFY(sawReader(inserted, kReader1));
    QVERIFY(m_cardsim.remove(1));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kEventTimeoutMs);
    QCOMPARE(removed.first().at(0).toString(), kReader1);
  }

  void cardAlreadyPresentIsReportedOnStart() {
    QVERIFY(m_cardsim.insert(QStringLiteral("gp"), 0));
    {
      // Wait until pcscd has it, with a first monitor.
      CardMonitor first;
      QSignalSpy inserted(&first, &CardMonitor::cardInserted);
      first.start();
      QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, kEventTimeoutMs);
    }
    CardMonitor monitor;
    QSignalSpy inserted(&monitor, &CardMonitor::cardInserted);
    monitor.start();
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, kEventTimeoutMs);
    QCOMPARE(inserted.first().at(0).toString(), kReader0);
    QCOMPARE(inserted.first().at(1).toByteArray().toHex().toUpper(), atrOf(QStringLiteral("gp")));
  }

  void survivesPcscdRestart() {
    if (!m_pcscd.ownsDaemon()) {
      QSKIP("a pcscd this test did not start is running; it will not be stopped");
    }
    CardMonitor monitor;
    QSignalSpy service(&monitor, &CardMonitor::serviceAvailableChanged);
    QSignalSpy inserted(&monitor, &CardMonitor::cardInserted);
    QSignalSpy removed(&monitor, &CardMonitor::cardRemoved);
    QSignalSpy readerGone(&monitor, &CardMonitor::readerRemoved);
    QSignalSpy added(&monitor, &CardMonitor::readerAdded);
    monitor.start();
    QVERIFY(m_cardsim.insert(QStringLiteral("ward-nurse"), 0));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, kEventTimeoutMs);

    m_pcscd.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.isServiceAvailable(), kEventTimeoutMs);
    QCOMPARE(service.last().first().toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kEventTimeoutMs);
    QVERIFY(sawReader(readerGone, kReader0));

    added.clear();
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.isServiceAvailable(), kEventTimeoutMs);
    QCOMPARE(service.last().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(sawReader(added, kReader0), kEventTimeoutMs);
    // vpcd dropped the emulator's connection with the old daemon: put the card back.
    m_cardsim.remove(0);
    QVERIFY2(m_cardsim.insert(QStringLiteral("ward-nurse"), 0), qPrintable(m_cardsim.error()));
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 2, kEventTimeoutMs);
    QCOMPARE(inserted.last().at(0).toString(), kReader0);
  }

  void stopsPromptlyWhileWaiting() {
    // Destroying a monitor blocked in SCardGetStatusChange must return (SCardCancel).
    auto monitor = std::make_unique<CardMonitor>();
    QSignalSpy service(monitor.get(), &CardMonitor::serviceAvailableChanged);
    monitor->start();
    QTRY_COMPARE_WITH_TIMEOUT(service.size(), 1, kEventTimeoutMs);
    monitor.reset();
    QVERIFY(true);
  }

 private:
  QByteArray atrOf(const QString& persona) const {
    QFile file(m_cardsim.cardsDirectory() + QLatin1Char('/') + persona + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
      return {};
    }
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("atr"))
        .toString()
        .toUpper()
        .toLatin1();
  }

  cw::test::Pcscd m_pcscd;
  cw::test::CardSimProcess m_cardsim;
};

QTEST_GUILESS_MAIN(TestCardMonitor)
#include "tst_cardmonitor.moc"
