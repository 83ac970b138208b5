// `cwctl card` against a running cardsim: insert, status and remove print
// cardsim's answer and exit 0; a refusal exits 1 with cardsim's reason; bad
// arguments exit 2; and with no cardsim running the message says so.
#include "tests/support/CardSimProcess.h"
#include "tests/support/CwctlRun.h"
#include "tests/support/Pcscd.h"
#include "tests/support/TestFiles.h"

#include <QProcessEnvironment>
#include <QTest>

namespace {

using Run = cw::test::CwctlRun;

Run cwctl(const QStringList& arguments, const QString& environmentSocket = {}) {
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.remove(QStringLiteral("CW_CARDSIM_CONTROL"));
  if (!environmentSocket.isEmpty()) {
    environment.insert(QStringLiteral("CW_CARDSIM_CONTROL"), environmentSocket);
  }
  Run run = cw::test::runCwctl(QStringList{QStringLiteral("card")} + arguments, 30000, environment);
  run.out = run.out.trimmed();
  run.err = run.err.trimmed();
  return run;
}

}  // namespace

class TestCwctlCard : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    QVERIFY2(m_cardsim.start(), qPrintable(m_cardsim.error()));
  }

  void insertStatusRemove() {
    const QStringList control{"--control", m_cardsim.controlSocket()};
    Run run = cwctl(QStringList{"insert", "ward-nurse"} + control);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("inserted ward-nurse into reader 0"));
    run = cwctl(QStringList{"insert", "pharmacist", "--reader", "1"} + control);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cwctl(QStringList{"status"} + control);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("0=ward-nurse 1=pharmacist"));
    run = cwctl(QStringList{"remove", "--reader", "1"} + control);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("removed pharmacist from reader 1"));
    // The socket may also come from the environment.
    run = cwctl({"remove"}, m_cardsim.controlSocket());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("removed ward-nurse from reader 0"));
  }

  void refusals_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown persona") << QStringList{"insert", "nobody"} << 1
                                     << "cwctl card: no card \"nobody\"";
    QTest::newRow("empty reader") << QStringList{"remove", "--reader", "1"} << 1
                                  << "cwctl card: reader 1 is empty";
    QTest::newRow("reader 2") << QStringList{"insert", "gp", "--reader", "2"} << 2
                              << "cwctl card: --reader: \"2\" is not 0 or 1";
    QTest::newRow("no action") << QStringList{} << 2 << "cwctl card: use insert <persona>, remove or status";
    QTest::newRow("insert without persona") << QStringList{"insert"} << 2 << "cwctl card: use insert";
    QTest::newRow("unknown option") << QStringList{"status", "--force"} << 2 << "cwctl card: Unknown option";
  }

  void refusals() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cwctl(arguments + QStringList{"--control", m_cardsim.controlSocket()});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
  }

  void occupiedReaderIsRefused() {
    const QStringList control{"--control", m_cardsim.controlSocket()};
    QCOMPARE(cwctl(QStringList{"insert", "gp"} + control).exitCode, 0);
    const Run run = cwctl(QStringList{"insert", "fy1-doctor"} + control);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QStringLiteral("cwctl card: reader 0 already holds gp"));
    QCOMPARE(cwctl(QStringList{"remove"} + control).exitCode, 0);
  }

  void noCardsimRunning() {
    cw::test::TestFiles files;
    const QString socket = files.path(QStringLiteral("absent.sock"));
    const Run run = cwctl({"status", "--control", socket});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QStringLiteral("cwctl card: cardsim is not running on %1").arg(socket)),
             qPrintable(run.err));
  }

  void noSocketNamed() {
    const Run run = cwctl({"status"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
             QStringLiteral("cwctl card: no control socket: pass --control or set CW_CARDSIM_CONTROL"));
  }

 private:
  cw::test::Pcscd m_pcscd;
  cw::test::CardSimProcess m_cardsim;
};

QTEST_GUILESS_MAIN(TestCwctlCard)
#include "tst_cwctl_card.moc"
