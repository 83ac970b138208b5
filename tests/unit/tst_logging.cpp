// End to end through the installed message handler: what reaches the log
// file is scrubbed, whatever category or level wrote it.
#include "core/base/Logging.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "cw.test")

class TestLogging : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void logFileIsScrubbed() {
    const cw::test::TestFiles files;
    cw::base::installLogging(files.path(QStringLiteral("logs")));
    qCInfo(lcTest) << "opened record for 943 476 5919 with Bearer eyJhbGciOi.eyJzdWIi.c2ln";
    qCWarning(lcTest) << "card verify failed, pin=4321";
    qInstallMessageHandler(nullptr);

    QFile log(cw::base::logFilePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray content = log.readAll();
    QVERIFY2(content.contains("INFO cw.test: opened record for"), content.constData());
    QVERIFY2(content.contains("WARN cw.test: card verify failed"), content.constData());
    QVERIFY(!content.contains("5919"));
    QVERIFY(!content.contains("eyJ"));
    QVERIFY(!content.contains("4321"));
  }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
