// A local write is one transaction: a child process writes changes in a loop
// and is killed with SIGKILL at random moments; after each kill the cache
// opens, every change it reported as committed is there, and every journal
// entry has its resource, its index rows and its audit event (nothing
// half-written).
#include "core/store/CipherConnection.h"
#include "core/store/KeyFileProvider.h"
#include "core/store/Store.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestFiles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace cw;

namespace {

qint64 count(store::CipherConnection& db, const char* sql) {
  sqlite::Statement& statement = db.statement(sql);
  return statement.next() ? statement.int64(0) : -1;
}

}  // namespace

class TestStoreCrash : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void killedWritersLeaveWholeTransactions() {
    test::TestFiles files;
    const QString cache = files.path(QStringLiteral("cache.sqlcipher"));
    const QString keyPath = files.path(QStringLiteral("cache.key"));
    store::KeyFileProvider keys(keyPath, store::KeyCreation::IfMissing);
    QVERIFY(keys.key().ok());
    constexpr int kRounds = 8;
    for (int round = 0; round < kRounds; ++round) {
      QProcess writer;
      writer.start(qEnvironmentVariable("STORE_CRASH_WRITER"), {cache, keyPath});
      QVERIFY(writer.waitForStarted());
      QVERIFY(writer.waitForReadyRead(20000));
      QTest::qWait(QRandomGenerator::global()->bounded(20, 300));
      writer.kill();  // SIGKILL
      QVERIFY(writer.waitForFinished());
      QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
      const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
      const qint64 reported = lines.isEmpty() ? 0 : lines.constLast().toLongLong();
      QVERIFY2(reported > 0, writer.readAllStandardError().constData());

      // The cache opens through the normal path.
      test::MockClock clock;
      QVERIFY(store::Store::open(cache, keys, clock, store::Store::Creation::MustExist).store);

      auto opened = store::CipherConnection::open(cache, keys.key().key, false);
      QVERIFY(opened.connection);
      store::CipherConnection& db = *opened.connection;
      const qint64 journal = count(db, "SELECT count(*) FROM journal");
      QVERIFY2(journal >= reported, qPrintable(QStringLiteral("%1 < %2").arg(journal).arg(reported)));
      QCOMPARE(count(db, "SELECT count(*) FROM resources"), journal);
      QCOMPARE(count(db, "SELECT count(*) FROM audit_queue"), journal);
      QCOMPARE(count(db,
                     "SELECT count(*) FROM journal j LEFT JOIN resources r ON r.type = j.type "
                     "AND r.id = j.id WHERE r.rid IS NULL"),
               0);
      QCOMPARE(count(db,
                     "SELECT count(*) FROM resources r WHERE NOT EXISTS (SELECT 1 FROM index_token t "
                     "WHERE t.rid = r.rid AND t.name = 'identifier')"),
               0);
      QCOMPARE(count(db,
                     "SELECT count(*) FROM resources r WHERE NOT EXISTS (SELECT 1 FROM index_string s "
                     "WHERE s.rid = r.rid AND s.name = 'family')"),
               0);
      QCOMPARE(count(db,
                     "SELECT count(*) FROM resources r WHERE NOT EXISTS (SELECT 1 FROM index_date d "
                     "WHERE d.rid = r.rid AND d.name = 'birthdate')"),
               0);
      QCOMPARE(count(db, "PRAGMA integrity_check") == -1, false);
    }
  }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
