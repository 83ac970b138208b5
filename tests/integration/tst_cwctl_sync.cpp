// `cwctl sync --once` as IT staff and service accounts run it: the real
// binary on a real cache against the real dev server. Output has counts only;
// exit codes say success, failure and usage. The crash test kills it with
// SIGKILL at random moments of download and upload: the cache still opens,
// nothing is lost, nothing reaches the server twice.
#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/CwctlRun.h"
#include "tests/support/DevServerProcess.h"
#include "tests/support/Ports.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

namespace {

using Run = cw::test::CwctlRun;

Run cwctl(const QStringList& arguments) {
  return cw::test::runCwctl(QStringList{QStringLiteral("sync")} + arguments, 120000);
}

// The cache and the user configuration naming it and the server.
class Station {
 public:
  explicit Station(const QUrl& fhirBase) {
    { auto created = m_fixture.open(); }
    m_config = m_files.write(QStringLiteral("user.conf"),
                             "fhir_base_url=" + fhirBase.toString().toUtf8() +
                                 "\noidc_issuer=https://idp.example.nhs.uk/oidc\n"
                                 "oidc_client_id=clinical-workstation\n"
                                 "cache_key_provider=keyfile\ncache_key_file=" +
                                 m_fixture.keyPath().toUtf8() + "\ncache_path=" +
                                 m_fixture.path(QStringLiteral("cache.sqlcipher")).toUtf8() + "\n");
  }
  QString config() const { return m_config; }
  cw::test::StoreFixture& fixture() { return m_fixture; }

 private:
  cw::test::StoreFixture m_fixture;
  cw::test::TestFiles m_files;
  QString m_config;
};

cw::fhir::Resource newPatient() {
  cw::fhir::Resource patient = cw::test::patient(QStringLiteral("x"), QStringLiteral("Featherstonehaugh"),
                                                 QStringLiteral("Wilhelmina"), QStringLiteral("9434765919"),
                                                 QStringLiteral("1950-03-04"));
  patient.removeElement(u"id");
  patient.removeElement(u"meta");
  return patient;
}

}  // namespace

class TestCwctlSync : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void usageWithoutOnce() {
    const Run run = cwctl({});
    QCOMPARE(run.exitCode, 64);
    QVERIFY(run.err.contains(QStringLiteral("--once")));
  }

  void onceUploadsAndPrintsASummary() {
    cw::test::DevServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    Station station(server.base());
    QString patientId;
    {
      auto opened = station.fixture().open();
      QVERIFY(opened.store);
      const auto patient = opened.store->write(newPatient(), cw::test::auditEvent());
      QVERIFY(patient.ok());
      patientId = patient.resource->id();
      QVERIFY(opened.store
                  ->write(cw::test::observation(QString(), patientId, QStringLiteral("2026-11-21T08:00:00Z")),
                          cw::test::auditEvent())
                  .ok());
    }
    cw::test::TestFiles files;
    const QString token = files.write(QStringLiteral("token"), "service-account-token-value\n");
    const Run run = cwctl({QStringLiteral("--once"), QStringLiteral("--token-file"), token,
                           QStringLiteral("--user"), station.config()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(QStringLiteral("progress: ")));
    QVERIFY2(
        run.out.contains(QStringLiteral("Sync complete: downloaded 0, deleted 0, uploaded 2, conflicts 0, "
                                        "failures 0")),
        qPrintable(run.out));
    QVERIFY(
        run.out.contains(QStringLiteral("Changes waiting: 0, conflicts to resolve: 0, could not send: 0")));
    for (const QString& output : {run.out, run.err}) {
      QVERIFY(!output.contains(QStringLiteral("Featherstonehaugh")));
      QVERIFY(!output.contains(QStringLiteral("9434765919")));
      QVERIFY(!output.contains(QStringLiteral("service-account-token-value")));
    }
  }

  void serverUnreachableExitsOne() {
    QUrl gone(QStringLiteral("http://127.0.0.1/fhir"));
    gone.setPort(cw::test::unusedLoopbackPort());
    Station station(gone);
    {
      auto opened = station.fixture().open();
      QVERIFY(opened.store
                  ->write(cw::test::observation(QString(), QStringLiteral("p1"),
                                                QStringLiteral("2026-11-21T08:00:00Z")),
                          cw::test::auditEvent())
                  .ok());
    }
    const Run run = cwctl({QStringLiteral("--once"), QStringLiteral("--user"), station.config()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QStringLiteral("Sync failed")));
    QVERIFY(run.out.contains(QStringLiteral("Changes waiting: 1")));
    QVERIFY(!run.err.isEmpty());
  }

  // SIGKILL at a random moment of a run, again and again, with new local
  // changes before each; then one run to the end. The dev server's latency
  // stretches each run over download (demo reference data) and upload.
  void killedAtRandomNothingLostNothingTwice() {
    const int iterations = qEnvironmentVariableIsSet("SYNC_CRASH_ITERATIONS")
                               ? qEnvironmentVariableIntValue("SYNC_CRASH_ITERATIONS")
                               : 50;
    cw::test::DevServerProcess server({QStringLiteral("--seed"), QStringLiteral("demo"),
                                       QStringLiteral("--faults"), QStringLiteral("latency=30ms@1")});
    QVERIFY2(server.start(), qPrintable(server.error()));
    Station station(server.base());
    QString patientId;
    int written = 0;
    {
      auto opened = station.fixture().open();
      const auto patient = opened.store->write(newPatient(), cw::test::auditEvent());
      QVERIFY(patient.ok());
      patientId = patient.resource->id();
    }
    // One run to the end first: its length (an incremental download and an
    // upload) bounds the moments the later runs are killed at.
    QElapsedTimer full;
    full.start();
    QCOMPARE(cwctl({QStringLiteral("--once"), QStringLiteral("--user"), station.config()}).exitCode, 0);
    const int runMs = static_cast<int>(full.elapsed());
    const QStringList arguments{QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--user"),
                                station.config()};
    for (int i = 0; i < iterations; ++i) {
      {
        auto opened = station.fixture().open();
        QVERIFY2(opened.store, qPrintable(opened.error));
        // The patient's id is the server's once its create went through.
        const QList<cw::fhir::Resource> patients =
            opened.store->findPatients(QStringView(u"Featherstonehaugh"), QDate(1950, 3, 4));
        QCOMPARE(patients.size(), 1);
        patientId = patients[0].id();
        for (int n = 0; n < 2; ++n) {
          QVERIFY(opened.store
                      ->write(cw::test::observation(QString(), patientId,
                                                    QStringLiteral("2026-11-21T08:%1:00Z")
                                                        .arg(written % 60, 2, 10, QLatin1Char('0'))),
                              cw::test::auditEvent())
                      .ok());
          ++written;
        }
      }
      QProcess process;
      process.start(qEnvironmentVariable("CWCTL"), arguments);
      QVERIFY(process.waitForStarted());
      QTest::qWait(QRandomGenerator::global()->bounded(20, qMax(100, runMs)));
      process.kill();  // SIGKILL
      process.waitForFinished();
    }
    const Run last = cwctl({QStringLiteral("--once"), QStringLiteral("--user"), station.config()});
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));

    auto opened = station.fixture().open();
    QVERIFY(opened.store);
    QCOMPARE(opened.store->stats().changesWaiting, 0);
    QCOMPARE(opened.store->stats().parked, 0);
    QCOMPARE(opened.store->stats().conflicts, 0);
    patientId = opened.store->findPatients(QStringView(u"Featherstonehaugh"), QDate(1950, 3, 4))[0].id();
    cw::http::HttpClient http;
    cw::http::FhirClient client(server.base(), http);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("patient"), patientId);
    query.addQueryItem(QStringLiteral("_summary"), QStringLiteral("count"));
    const auto observations = client.search(QStringLiteral("Observation"), query).result();
    QVERIFY(observations.ok());
    QCOMPARE(observations.value->total().value_or(-1), qint64{written});
    QUrlQuery patients;
    patients.addQueryItem(QStringLiteral("identifier"),
                          QStringLiteral("https://fhir.nhs.uk/Id/nhs-number|9434765919"));
    patients.addQueryItem(QStringLiteral("_summary"), QStringLiteral("count"));
    QCOMPARE(client.search(QStringLiteral("Patient"), patients).result().value->total().value_or(-1),
             qint64{1});
  }
};

QTEST_GUILESS_MAIN(TestCwctlSync)
#include "tst_cwctl_sync.moc"
