// `cwctl cache stats` as IT staff run it: the real binary on a real cache
// named by a user configuration file. JSON has counts only (no patient data);
// an unopenable cache exits 3 with a clear message.
#include "tests/integration/StoreFixture.h"
#include "tests/support/CwctlRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

struct Run {
  int exitCode;
  QByteArray out;  // JSON is read from the bytes
  QString err;
};

Run cwctl(const QStringList& arguments) {
  const cw::test::CwctlRun run = cw::test::runCwctl(QStringList{QStringLiteral("cache")} + arguments, 20000);
  return {run.exitCode, run.out.toUtf8(), run.err};
}

QByteArray configFor(cw::test::StoreFixture& fixture, const QString& cacheName) {
  return "fhir_base_url=https://fhir.example.nhs.uk/R4\n"
         "oidc_issuer=https://idp.example.nhs.uk/oidc\n"
         "oidc_client_id=clinical-workstation\n"
         "cache_key_provider=keyfile\n"
         "cache_key_file=" +
         fixture.keyPath().toUtf8() + "\ncache_path=" + fixture.path(cacheName).toUtf8() + "\n";
}

}  // namespace

class TestCwctlCache : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void statsJsonHasCountsOnly() {
    cw::test::StoreFixture fixture;
    {
      auto opened = fixture.open();
      QVERIFY(opened.store);
      QVERIFY(opened.store
                  ->applyServerPage(
                      {cw::test::patient("p1", "Featherstonehaugh", "Wilhelmina", "9434765919", "1950-03-04"),
                       cw::test::observation("o1", "p1", "2026-11-20T08:00:00Z")},
                      {})
                  .ok());
      QVERIFY(
          opened.store
              ->write(cw::test::observation(QString(), "p1", "2026-11-21T08:00:00Z"), cw::test::auditEvent())
              .ok());
    }
    cw::test::TestFiles files;
    const QString config = files.write("user.conf", configFor(fixture, "cache.sqlcipher"));
    const Run run = cwctl({"stats", "--json", "--user", config});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.contains("Featherstonehaugh"));
    QVERIFY(!run.out.contains("9434765919"));
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.keys(),
             QStringList({"auditWaiting", "cache", "changesWaiting", "conflicts", "parked", "resources"}));
    QCOMPARE(json["resources"].toObject()["Patient"].toInt(), 1);
    QCOMPARE(json["resources"].toObject()["Observation"].toInt(), 2);
    QCOMPARE(json["changesWaiting"].toInt(), 1);
    QCOMPARE(json["conflicts"].toInt(), 0);
    QCOMPARE(json["parked"].toInt(), 0);
    QCOMPARE(json["auditWaiting"].toInt(), 1);

    const Run text = cwctl({"stats", "--user", config});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Changes waiting to send: 1"));
  }

  void missingCacheExitsNonZero() {
    cw::test::StoreFixture fixture;
    { QVERIFY(fixture.open().store); }  // makes the key file
    cw::test::TestFiles files;
    const QString config = files.write("user.conf", configFor(fixture, "absent.sqlcipher"));
    const Run run = cwctl({"stats", "--json", "--user", config});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("no offline cache"), qPrintable(run.err));
    QVERIFY(!QFile::exists(fixture.path("absent.sqlcipher")));
  }

  void missingKeyExitsNonZero() {
    cw::test::StoreFixture fixture;
    cw::test::TestFiles files;
    files.write("cache.sqlcipher", QByteArray(4096, 'x'));
    const QString config = files.write("user.conf",
                                       "fhir_base_url=https://fhir.example.nhs.uk/R4\n"
                                       "oidc_issuer=https://idp.example.nhs.uk/oidc\n"
                                       "oidc_client_id=clinical-workstation\n"
                                       "cache_key_file=" +
                                           files.path("no.key").toUtf8() +
                                           "\ncache_path=" + files.path("cache.sqlcipher").toUtf8() + "\n");
    const Run run = cwctl({"stats", "--user", config});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("does not exist"), qPrintable(run.err));
  }
};

QTEST_GUILESS_MAIN(TestCwctlCache)
#include "tst_cwctl_cache.moc"
