// The log rolls over at its size limit, keeps a bounded number of files and
// is readable by its owner only.
#include "core/base/RotatingLogFile.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

class TestRotatingLogFile : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rotatesAndKeepsBoundedHistory() {
    const cw::test::TestFiles files;
    const QString path = files.path(QStringLiteral("logs/workstation.log"));
    cw::base::RotatingLogFile log(path, 100, 2);
    for (int i = 0; i < 20; ++i) {
      log.writeLine(QStringLiteral("line %1 ........................").arg(i, 2, 10, QLatin1Char('0')));
    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".1")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".2")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".3")));
    QVERIFY(QFileInfo(path).size() <= 100);

    QFile current(path);
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().contains("line 19"));
    QFile oldest(path + QStringLiteral(".2"));
    QVERIFY(oldest.open(QIODevice::ReadOnly));
    QVERIFY(!oldest.readAll().contains("line 00"));
  }

  void ownerOnly() {
    const cw::test::TestFiles files;
    const QString path = files.path(QStringLiteral("w.log"));
    cw::base::RotatingLogFile log(path, 1000, 1);
    log.writeLine(QStringLiteral("x"));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
  }
};

QTEST_GUILESS_MAIN(TestRotatingLogFile)
#include "tst_rotatinglogfile.moc"
