// Configuration files are read strictly: every malformed line is reported
// with its file and line, never silently skipped.
#include "core/config/IniConfigReader.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace cw::config;

class TestIniConfigReader : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void readsKeyValueLines() {
    const ConfigLayer layer = parseIniLayer(ConfigSource::Machine, QStringLiteral("/etc/x.conf"),
                                            "\xEF\xBB\xBF# comment\r\n; also a comment\r\n\r\n"
                                            "  fhir_base_url = https://fhir.example.nhs.uk/R4  \r\n"
                                            "oidc_client_id=abc=def\n");
    QVERIFY(layer.present);
    QVERIFY(layer.issues.isEmpty());
    QCOMPARE(layer.entries.size(), 2);
    QCOMPARE(layer.entries[0].key, QStringLiteral("fhir_base_url"));
    QCOMPARE(layer.entries[0].value, QStringLiteral("https://fhir.example.nhs.uk/R4"));
    QCOMPARE(layer.entries[0].line, 4);
    QCOMPARE(layer.entries[1].value, QStringLiteral("abc=def"));
  }

  void reportsMalformedLines_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("section") << QByteArray("a_b=1\n[General]\n") << 2 << "[General]";
    QTest::newRow("no equals") << QByteArray("language cy\n") << 1 << "key=value";
    QTest::newRow("bad key") << QByteArray("Language=cy\n") << 1 << "Language";
    QTest::newRow("empty key") << QByteArray("=cy\n") << 1 << "setting name";
    QTest::newRow("duplicate") << QByteArray("language=cy\nlanguage=en_GB\n") << 2 << "more than once";
  }
  void reportsMalformedLines() {
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    const ConfigLayer layer = parseIniLayer(ConfigSource::Policy, QStringLiteral("/etc/p.conf"), content);
    QCOMPARE(layer.issues.size(), 1);
    QCOMPARE(layer.issues[0].line, line);
    QCOMPARE(layer.issues[0].location, QStringLiteral("/etc/p.conf"));
    QVERIFY2(layer.issues[0].text().contains(mentions), qPrintable(layer.issues[0].text()));
  }

  void rejectsBinaryAndHugeFiles() {
    QCOMPARE(parseIniLayer(ConfigSource::User, QStringLiteral("u"), "language=\xff\xfe\n").issues.size(), 1);
    QCOMPARE(parseIniLayer(ConfigSource::User, QStringLiteral("u"), QByteArray(70 * 1024, 'a')).issues.size(),
             1);
  }

  void missingFileIsAbsentLayer() {
    const ConfigLayer layer =
        readIniLayer(ConfigSource::Machine, QStringLiteral("/nonexistent/workstation.conf"));
    QVERIFY(!layer.present);
    QVERIFY(layer.issues.isEmpty());
  }

  void unreadablePolicyIsAProblemNotSkipped() {
    if (geteuid() == 0) {
      QSKIP("root can read any file; file permissions cannot make it unreadable");
    }
    const cw::test::TestFiles files;
    const QString path = files.write(QStringLiteral("policy.conf"), "language=cy\n");
    QFile::setPermissions(path, QFileDevice::Permissions());
    const ConfigLayer layer = readIniLayer(ConfigSource::Policy, path);
    QVERIFY(layer.present);
    QCOMPARE(layer.issues.size(), 1);
  }

  void directoryInPlaceOfFileIsAProblem() {
    // Works as root too: a folder where the policy file should be cannot be read.
    const cw::test::TestFiles files;
    files.write(QStringLiteral("policy.conf/inner"), "x");
    const ConfigLayer layer = readIniLayer(ConfigSource::Policy, files.path(QStringLiteral("policy.conf")));
    QVERIFY(layer.present);
    QCOMPARE(layer.issues.size(), 1);
    QCOMPARE(layer.issues[0].location, files.path(QStringLiteral("policy.conf")));
  }
};

QTEST_GUILESS_MAIN(TestIniConfigReader)
#include "tst_iniconfigreader.moc"
