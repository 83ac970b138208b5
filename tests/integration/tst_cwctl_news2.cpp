// `cwctl news2` as a clinical safety officer runs it: the real binary scoring
// JSON from a file or stdin with the workstation's engine. Object in, object
// out; array in, array out; exit 1 when any set is incomplete or refused, 2
// when the input cannot be read. Expected values come from the RCP chart.
#include "tests/support/CwctlRun.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = cw::test::CwctlRun;

// The UK Core example bundle's set, correctly scored: RR 21 (2), SpO2 93 (2),
// air (0), SBP 120 (0), pulse 95 (1), Alert (0), 37.5 °C (0) = 5.
const QByteArray kUkCoreSet =
    "{\"respiratoryRate\": 21, \"spo2\": 93, \"spo2Scale\": 1, \"onOxygen\": false, \"systolicBP\": 120,"
    " \"pulse\": 95, \"consciousness\": \"A\", \"temperature\": 37.5}";

Run news2File(const QString& path) {
  return cw::test::runCwctl({QStringLiteral("news2"), path}, 10000);
}

// runCwctl gives no stdin; `-` needs one.
Run news2Stdin(const QByteArray& input) {
  QProcess process;
  process.start(qEnvironmentVariable("CWCTL"), {QStringLiteral("news2"), QStringLiteral("-")});
  process.write(input);
  process.closeWriteChannel();
  if (!process.waitForFinished(10000)) {
    qFatal("cwctl news2 did not finish");
  }
  return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
          QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject subscores(int rr, int spo2, int oxygen, int sbp, int pulse, int acvpu, int temperature) {
  return {{QStringLiteral("respiratoryRate"), rr},
          {QStringLiteral("spo2"), spo2},
          {QStringLiteral("onOxygen"), oxygen},
          {QStringLiteral("systolicBP"), sbp},
          {QStringLiteral("pulse"), pulse},
          {QStringLiteral("consciousness"), acvpu},
          {QStringLiteral("temperature"), temperature}};
}

}  // namespace

class TestCwctlNews2 : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void scoresAnObjectFromAFile() {
    const cw::test::TestFiles files;
    const Run run = news2File(files.write(QStringLiteral("set.json"), kUkCoreSet));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    QVERIFY(document.isObject());
    const QJsonObject expected{{QStringLiteral("complete"), true},
                               {QStringLiteral("total"), 5},
                               {QStringLiteral("subscores"), subscores(2, 2, 0, 0, 1, 0, 0)},
                               {QStringLiteral("redScore"), false},
                               {QStringLiteral("risk"), QStringLiteral("medium")},
                               {QStringLiteral("monitoring"), QStringLiteral("1-hourly")},
                               {QStringLiteral("errors"), QJsonArray()}};
    QCOMPARE(document.object(), expected);
  }

  void scoresFromStdinWithScale2AndDeviceDecimals() {
    // Scale 2 on oxygen: SpO2 97 scores 3; 35.05 °C rounds half-up to 35.1 (1);
    // RR 20.5 rounds to 21 (2); oxygen 2; SBP 111 0; pulse 50 1; V 3: total 12.
    const Run run = news2Stdin(
        "{\"respiratoryRate\": 20.5, \"spo2\": 97, \"spo2Scale\": 2, \"onOxygen\": true, \"systolicBP\": 111,"
        " \"pulse\": 50, \"consciousness\": \"V\", \"temperature\": 35.05}");
    QCOMPARE(run.exitCode, 0);
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(out.value(QStringLiteral("subscores")).toObject(), subscores(2, 3, 2, 0, 1, 3, 1));
    QCOMPARE(out.value(QStringLiteral("total")).toInt(), 12);
    QCOMPARE(out.value(QStringLiteral("redScore")).toBool(), true);
    QCOMPARE(out.value(QStringLiteral("risk")).toString(), QStringLiteral("high"));
    QCOMPARE(out.value(QStringLiteral("monitoring")).toString(), QStringLiteral("continuous"));
  }

  void arrayWithAnIncompleteSetExitsOne() {
    const cw::test::TestFiles files;
    const Run run = news2File(files.write(QStringLiteral("sets.json"),
                                          "[" + kUkCoreSet +
                                              ", {\"respiratoryRate\": 8, \"spo2\": 97, \"systolicBP\": 120, "
                                              "\"pulse\": 70, \"consciousness\": \"A\","
                                              " \"temperature\": 37.0}]"));
    QCOMPARE(run.exitCode, 1);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    QVERIFY(document.isArray());
    const QJsonArray items = document.array();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("total")).toInt(), 5);
    const QJsonObject incomplete = items.at(1).toObject();
    QCOMPARE(incomplete.value(QStringLiteral("complete")).toBool(), false);
    QVERIFY(incomplete.value(QStringLiteral("total")).isNull());
    QVERIFY(incomplete.value(QStringLiteral("risk")).isNull());
    QVERIFY(incomplete.value(QStringLiteral("monitoring")).isNull());
    QCOMPARE(incomplete.value(QStringLiteral("redScore")).toBool(), true);  // RR 8
    const QJsonObject scores = incomplete.value(QStringLiteral("subscores")).toObject();
    QCOMPARE(scores.value(QStringLiteral("respiratoryRate")).toInt(), 3);
    QVERIFY(scores.value(QStringLiteral("onOxygen")).isNull());  // never assumed to be air
    const QJsonArray errors = incomplete.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).toString().startsWith(QLatin1String("Air or oxygen not recorded")),
             qPrintable(errors.at(0).toString()));
  }

  void implausibleValueIsRefusedUntilConfirmed() {
    const QByteArray set =
        "{\"respiratoryRate\": 16, \"spo2\": 97, \"onOxygen\": false, \"systolicBP\": 120, \"pulse\": 350,"
        " \"consciousness\": \"A\", \"temperature\": 37.0";
    const Run refused = news2Stdin(set + "}");
    QCOMPARE(refused.exitCode, 1);
    const QJsonObject out = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    QVERIFY(out.value(QStringLiteral("total")).isNull());
    QCOMPARE(out.value(QStringLiteral("errors")).toArray().at(0).toString().left(62),
             QStringLiteral("Pulse 350/min is outside the plausible range 20/min to 300/min"));
    const Run confirmed = news2Stdin(set + ", \"confirmed\": [\"pulse\"]}");
    QCOMPARE(confirmed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(confirmed.out.toUtf8()).object().value(QStringLiteral("total")).toInt(),
             3);
  }

  void unreadableInputExitsTwo_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad JSON") << QByteArray("{\"pulse\": ") << QStringLiteral("is not valid JSON");
    QTest::newRow("not an object") << QByteArray("42") << QStringLiteral("one JSON object or an array");
    QTest::newRow("item not an object") << QByteArray("[1]") << QStringLiteral("item 1 of 1: not an object");
    QTest::newRow("number as text") << QByteArray("{\"pulse\": \"80\"}")
                                    << QStringLiteral("\"pulse\" must be a number or null");
    QTest::newRow("oxygen as text") << QByteArray("{\"onOxygen\": \"yes\"}")
                                    << QStringLiteral("\"onOxygen\" must be true, false or null");
    QTest::newRow("unknown ACVPU") << QByteArray("{\"consciousness\": \"X\"}")
                                   << QStringLiteral("\"consciousness\" must be");
    QTest::newRow("scale 3") << QByteArray("{\"spo2Scale\": 3}")
                             << QStringLiteral("\"spo2Scale\" must be 1 or 2");
    QTest::newRow("misspelt field") << QByteArray("{\"pulseRate\": 80}")
                                    << QStringLiteral("unknown field \"pulseRate\"");
  }

  void unreadableInputExitsTwo() {
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    const Run run = news2Stdin(input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
  }

  void missingFileExitsTwo() {
    const cw::test::TestFiles files;
    const Run run = news2File(files.path(QStringLiteral("none.json")));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("cannot read")));
  }
};

QTEST_GUILESS_MAIN(TestCwctlNews2)
#include "tst_cwctl_news2.moc"
