// `cwctl generate` as developers and the demo scripts run it: the real binary
// writing real files. It writes loadable bundles, the same bytes every time,
// refuses bad arguments with exit code 2 and a message naming the argument,
// never deletes or mixes in foreign files, and reports a folder it cannot
// create with exit code 1.
#include "tests/support/CwctlRun.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

using Run = cw::test::CwctlRun;

Run cwctl(const QStringList& arguments) {
  return cw::test::runCwctl(QStringList{QStringLiteral("generate")} + arguments, 60000);
}

QStringList filesIn(const QString& dir) {
  return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray contents(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    qFatal("cannot read %s", qPrintable(path));
  }
  return file.readAll();
}

}  // namespace

class TestCwctlGenerate : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void writesLoadableBundles_data() {
    QTest::addColumn<int>("patients");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("no patients: reference data only") << 0 << QStringList{"bundle-0000.json"};
    QTest::newRow("one patient") << 1 << QStringList{"bundle-0000.json", "bundle-0001.json"};
    QTest::newRow("one bundle of patients full") << 50 << QStringList{"bundle-0000.json", "bundle-0001.json"};
    QTest::newRow("one patient more")
        << 51 << QStringList{"bundle-0000.json", "bundle-0001.json", "bundle-0002.json"};
  }
  void writesLoadableBundles() {
    QFETCH(int, patients);
    QFETCH(QStringList, files);
    const cw::test::TestFiles temp;
    const QString out = temp.path("new/nested/set");  // created, parents too
    const Run run = cwctl({"--patients", QString::number(patients), "--seed", "5", "--out", out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(QString("Wrote %1 bundles (%2 patients").arg(files.size()).arg(patients)),
             qPrintable(run.out));
    QCOMPARE(filesIn(out), files);

    int patientResources = 0;
    for (const QString& name : files) {
      QJsonParseError error{};
      const QJsonObject bundle = QJsonDocument::fromJson(contents(out + '/' + name), &error).object();
      QCOMPARE(error.error, QJsonParseError::NoError);
      QCOMPARE(bundle.value("type").toString(), QString("transaction"));
      for (const QJsonValue entry : bundle.value("entry").toArray()) {
        const QJsonObject resource = entry.toObject().value("resource").toObject();
        patientResources += resource.value("resourceType").toString() == "Patient" ? 1 : 0;
        QCOMPARE(entry.toObject().value("request").toObject().value("method").toString(), QString("PUT"));
      }
    }
    QCOMPARE(patientResources, patients);
  }

  void sameOptionsWriteTheSameBytes() {
    const cw::test::TestFiles temp;
    const QStringList common{"--patients", "12", "--seed", "42", "--anchor", "2027-06-30"};
    QCOMPARE(cwctl(common + QStringList{"--out", temp.path("first")}).exitCode, 0);
    QCOMPARE(cwctl(common + QStringList{"--out", temp.path("second")}).exitCode, 0);
    QCOMPARE(
        cwctl({"--patients", "12", "--seed", "43", "--anchor", "2027-06-30", "--out", temp.path("other")})
            .exitCode,
        0);
    QCOMPARE(filesIn(temp.path("first")), filesIn(temp.path("second")));
    for (const QString& name : filesIn(temp.path("first"))) {
      QCOMPARE(contents(temp.path("first/" + name)), contents(temp.path("second/" + name)));
    }
    // Another seed: other patients, the same reference data.
    QCOMPARE(contents(temp.path("first/bundle-0000.json")), contents(temp.path("other/bundle-0000.json")));
    QVERIFY(contents(temp.path("first/bundle-0001.json")) != contents(temp.path("other/bundle-0001.json")));
  }

  void defaultAnchorIsFixed() {
    const cw::test::TestFiles temp;
    QCOMPARE(cwctl({"--patients", "3", "--out", temp.path("implicit")}).exitCode, 0);
    QCOMPARE(cwctl({"--patients", "3", "--anchor", "2026-01-01", "--out", temp.path("explicit")}).exitCode,
             0);
    QCOMPARE(contents(temp.path("implicit/bundle-0001.json")),
             contents(temp.path("explicit/bundle-0001.json")));
  }

  void rerunReplacesItsOwnBundles() {
    const cw::test::TestFiles temp;
    const QString out = temp.path("set");
    QCOMPARE(cwctl({"--patients", "60", "--out", out}).exitCode, 0);
    const Run again = cwctl({"--patients", "60", "--seed", "8", "--out", out});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(filesIn(out).size(), 3);
  }

  void rejectsBadArguments_data() {
    QTest::addColumn<QStringList>("arguments");  // %OUT = a fresh folder
    QTest::addColumn<QString>("expected");       // regex over stderr
    QTest::newRow("patients not a number") << QStringList{"--patients", "ten", "--out", "%OUT"}
                                           << "--patients: \"ten\" is not a whole number from 0 to 100000";
    QTest::newRow("patients negative")
        << QStringList{"--patients=-1", "--out", "%OUT"} << "--patients: \"-1\" is not a whole number";
    QTest::newRow("patients one above the limit") << QStringList{"--patients", "100001", "--out", "%OUT"}
                                                  << "--patients: \"100001\" is not a whole number";
    QTest::newRow("seed negative") << QStringList{"--seed=-3", "--out", "%OUT"}
                                   << "--seed: \"-3\" is not a whole number from 0 to 18446744073709551615";
    QTest::newRow("seed beyond 64 bits") << QStringList{"--seed", "18446744073709551616", "--out", "%OUT"}
                                         << "--seed: \"18446744073709551616\" is not a whole number";
    QTest::newRow("anchor not a date") << QStringList{"--anchor", "2026-02-30", "--out", "%OUT"}
                                       << "--anchor: \"2026-02-30\" is not a date written YYYY-MM-DD";
    QTest::newRow("anchor in another form")
        << QStringList{"--anchor", "01/01/2026", "--out", "%OUT"} << "--anchor: \"01/01/2026\" is not a date";
    QTest::newRow("out missing") << QStringList{"--patients", "3"} << "--out: required";
    QTest::newRow("unknown option") << QStringList{"--patient", "3", "--out", "%OUT"}
                                    << "Unknown option 'patient'";
    QTest::newRow("stray argument") << QStringList{"--out", "%OUT", "extra"}
                                    << "unexpected argument \"extra\"";
  }
  void rejectsBadArguments() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const cw::test::TestFiles temp;
    const QString out = temp.path("out");
    arguments.replaceInStrings("%OUT", out);
    const Run run = cwctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("cwctl generate: "), qPrintable(run.err));
    QVERIFY2(run.err.contains(QRegularExpression(expected)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
  }

  void refusesFoldersHoldingOtherFiles_data() {
    QTest::addColumn<QString>("existing");  // a file already in the folder
    QTest::newRow("a foreign file") << "notes.txt";
    QTest::newRow("a hidden file") << ".keep";
    QTest::newRow("an old bundle beyond the new set") << "bundle-0002.json";
  }
  void refusesFoldersHoldingOtherFiles() {
    QFETCH(QString, existing);
    const cw::test::TestFiles temp;
    const QString kept = temp.write("set/" + existing, "keep me");
    const Run run = cwctl({"--patients", "3", "--out", temp.path("set")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--out: ") && run.err.contains(QString("\"%1\"").arg(existing)) &&
                 run.err.contains("never deletes"),
             qPrintable(run.err));
    QCOMPARE(filesIn(temp.path("set")), QStringList{existing});
    QCOMPARE(contents(kept), QByteArray("keep me"));
  }

  void refusesAFileAsOutputFolder() {
    const cw::test::TestFiles temp;
    const QString file = temp.write("plain.json", "{}");
    const Run run = cwctl({"--out", file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is a file, not a folder"), qPrintable(run.err));
    QCOMPARE(contents(file), QByteArray("{}"));
  }

  void reportsAFolderItCannotCreate() {
    // Under a regular file no folder can be made, whoever runs the test.
    const cw::test::TestFiles temp;
    const QString file = temp.write("plain", "x");
    const Run run = cwctl({"--patients", "2", "--out", file + "/set"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("cannot create folder") && run.err.contains(file + "/set"),
             qPrintable(run.err));
  }
};

QTEST_GUILESS_MAIN(TestCwctlGenerate)
#include "tst_cwctl_generate.moc"
