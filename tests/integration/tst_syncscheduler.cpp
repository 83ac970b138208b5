// The sync scheduler with a real SQLCipher cache and the real fhir-devserver
// over HTTP and websockets: a change reaches the cache by ping without
// waiting for the poll, a restarted server is reconnected to and queried, a
// socket that goes silent is noticed, a server without websockets is polled,
// and a server without type history is reconciled by ids without losing
// local changes.
#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"
#include "core/sync/ServerCapabilities.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncScheduler.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/DevServerProcess.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace std::chrono_literals;
using cw::sync::SyncScheduler;

namespace {

constexpr int kWaitMs = 30000;

// The server, and a FHIR client of its own for the edits "another client" makes.
struct Server {
  explicit Server(QStringList arguments = {}) : process(std::move(arguments)) {}
  bool start() {
    if (!process.start()) {
      return false;
    }
    client = std::make_unique<cw::http::FhirClient>(process.base(), http);
    return true;
  }
  QString create(const cw::fhir::Resource& resource) {
    const auto result = client->create(resource).result();
    if (!result.ok()) {
      qFatal("server create failed: %s", qPrintable(result.error.message));
    }
    return result.value->resource.id();
  }
  bool remove(const QString& type, const QString& id) { return client->remove(type, id, {}).result().ok(); }

  cw::test::DevServerProcess process;
  cw::http::HttpClient http;
  std::unique_ptr<cw::http::FhirClient> client;
};

cw::fhir::Resource newObservation(const QString& patientId, const QString& effective) {
  return cw::test::observation(QString(), patientId, effective);
}

// Two patients with one observation each, and a practitioner.
QStringList seed(Server& server) {
  QStringList patients;
  for (const auto& [family, nhs] : {std::pair{"Smith", "9434765919"}, std::pair{"Jones", "9434765870"}}) {
    cw::fhir::Resource patient =
        cw::test::patient(QStringLiteral("x"), QString::fromLatin1(family), QStringLiteral("Ann"),
                          QString::fromLatin1(nhs), QStringLiteral("1950-03-04"));
    patient.removeElement(u"id");
    patient.removeElement(u"meta");
    patients.append(server.create(patient));
    server.create(newObservation(patients.last(), QStringLiteral("2026-11-20T08:00:00Z")));
  }
  server.create(cw::test::resource("{\"resourceType\":\"Practitioner\",\"name\":[{\"family\":\"House\"}]}"));
  return patients;
}

cw::sync::SyncOptions syncOptions(const QStringList& patients) {
  cw::sync::SyncOptions options;
  options.patientSets.append({QStringLiteral("ward:test"), patients});
  options.initialBackoff = 20ms;
  return options;
}

// No poll within a test's lifetime: whatever runs was triggered otherwise.
cw::sync::SchedulerOptions withoutPolling() {
  cw::sync::SchedulerOptions options;
  options.pollInterval = 1h;
  options.livePollInterval = 1h;
  options.subscriptions.reconnectInitial = 100ms;
  options.subscriptions.reconnectMax = 1s;
  return options;
}

// The cache, engine and scheduler of one workstation, with its own client.
struct Workstation {
  Workstation(const QUrl& base, const cw::sync::SyncOptions& sync, const cw::sync::SchedulerOptions& schedule)
      : client(base, http),
        opened(fixture.open()),
        engine(storeOf(opened), client, sync),
        scheduler(engine, client, schedule) {}
  ~Workstation() {
    scheduler.stop();
    // The engine must outlive the run under way.
    const QDeadlineTimer guard(kWaitMs);
    while (scheduler.isRunning() && !guard.hasExpired()) {
      QTest::qWait(10);
    }
  }
  static cw::store::Store& storeOf(cw::store::Store::Opened& opened) {
    if (!opened.store) {
      qFatal("cache did not open: %s", qPrintable(opened.error));
    }
    return *opened.store;
  }
  cw::store::Store& store() { return *opened.store; }
  int observations(const QString& patientId) {
    return static_cast<int>(store().compartment(patientId, QStringLiteral("Observation")).size());
  }
  // Subscribed, and the runs the binds asked for are over.
  bool settle() {
    return QTest::qWaitFor([this] { return scheduler.isLive() && !scheduler.isRunning(); }, kWaitMs);
  }

  cw::test::StoreFixture fixture;
  cw::http::HttpClient http;
  cw::http::FhirClient client;
  cw::store::Store::Opened opened;
  cw::sync::SyncEngine engine;
  SyncScheduler scheduler;
};

// Sends SIGCONT to a stopped process however the test ends.
struct Resume {
  qint64 pid;
  ~Resume() { ::kill(static_cast<pid_t>(pid), SIGCONT); }
};

}  // namespace

class TestSyncScheduler : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void changeArrivesByPingWithoutWaitingForThePoll() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    Workstation station(server.process.base(), syncOptions(patients), withoutPolling());
    QSignalSpy runs(&station.scheduler, &SyncScheduler::runFinished);
    station.scheduler.start();
    QVERIFY(station.settle());
    QCOMPARE(station.observations(patients[0]), 1);
    // One subscription per patient type the server serves.
    QCOMPARE(SyncScheduler::criteriaFor(station.engine.options(), *station.engine.capabilities()).size(),
             station.engine.options().patientTypes.size());
    const qsizetype before = runs.size();

    server.create(newObservation(patients[0], QStringLiteral("2026-11-21T09:00:00Z")));
    QTRY_COMPARE_WITH_TIMEOUT(station.observations(patients[0]), 2, kWaitMs);
    // The page is in the cache before the run that stored it has finished.
    QTRY_VERIFY_WITH_TIMEOUT(runs.size() > before, kWaitMs);
    QVERIFY(runs.last().at(0).value<cw::sync::SyncReport>().ok());
    QVERIFY(station.scheduler.isLive());
  }

  // Opening a patient asks for a run, and from then on their changes
  // arrive by ping like the ward's.
  void openedPatientIsFetchedAndThenFollowedLive() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    Workstation station(server.process.base(), syncOptions({patients[0]}), withoutPolling());
    station.scheduler.start();
    QVERIFY(station.settle());
    QCOMPARE(station.observations(patients[1]), 0);

    station.engine.addPatients(QStringLiteral("opened"), {patients[1]});
    station.scheduler.requestRun();
    QTRY_COMPARE_WITH_TIMEOUT(station.observations(patients[1]), 1, kWaitMs);
    QVERIFY(station.settle());
    server.create(newObservation(patients[1], QStringLiteral("2026-11-21T09:00:00Z")));
    QTRY_COMPARE_WITH_TIMEOUT(station.observations(patients[1]), 2, kWaitMs);
  }

  void restartedServerIsReconnectedToAndQueried() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    Workstation station(server.process.base(), syncOptions(patients), withoutPolling());
    station.scheduler.start();
    QVERIFY(station.settle());

    // Reference data has no subscription, so this change pings nobody: only
    // a run after the reconnect can bring it.
    const QString practitioner = server.create(
        cw::test::resource("{\"resourceType\":\"Practitioner\",\"name\":[{\"family\":\"Watson\"}]}"));
    server.process.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!station.scheduler.isLive(), kWaitMs);
    QVERIFY(!station.store().read({QStringLiteral("Practitioner"), practitioner}));

    QVERIFY2(server.process.start(), qPrintable(server.process.error()));  // same port, same data
    QVERIFY(station.settle());
    QTRY_VERIFY_WITH_TIMEOUT(station.store().read({QStringLiteral("Practitioner"), practitioner}), kWaitMs);
    // The new connections ping as the old ones did.
    server.create(newObservation(patients[1], QStringLiteral("2026-11-21T10:00:00Z")));
    QTRY_COMPARE_WITH_TIMEOUT(station.observations(patients[1]), 2, kWaitMs);
  }

  // A server that stops answering without closing (a hung process, a
  // half-open connection) must not leave the workstation waiting for pings
  // that never come.
  void silentSocketIsNoticedAndReplaced() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::sync::SchedulerOptions options = withoutPolling();
    options.subscriptions.keepAlive = 1s;
    Workstation station(server.process.base(), syncOptions(patients), options);
    station.scheduler.start();
    QVERIFY(station.settle());

    const Resume resume{server.process.pid()};
    QCOMPARE(::kill(static_cast<pid_t>(resume.pid), SIGSTOP), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!station.scheduler.isLive(), kWaitMs);
    QCOMPARE(::kill(static_cast<pid_t>(resume.pid), SIGCONT), 0);
    QVERIFY(station.settle());
    server.create(newObservation(patients[0], QStringLiteral("2026-11-21T11:00:00Z")));
    QTRY_COMPARE_WITH_TIMEOUT(station.observations(patients[0]), 2, kWaitMs);
  }

  void serverWithoutWebsocketIsPolled() {
    Server server({QStringLiteral("--without"), QStringLiteral("websocket")});
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::sync::SchedulerOptions options = withoutPolling();
    options.pollInterval = 300ms;
    Workstation station(server.process.base(), syncOptions(patients), options);
    QSignalSpy runs(&station.scheduler, &SyncScheduler::runFinished);
    station.scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(runs.size() >= 3, kWaitMs);
    QVERIFY(station.engine.capabilities());
    QVERIFY(station.engine.capabilities()->websocketUrl().isEmpty());
    QVERIFY(!station.scheduler.isLive());

    server.create(newObservation(patients[0], QStringLiteral("2026-11-21T12:00:00Z")));
    QTRY_COMPARE_WITH_TIMEOUT(station.observations(patients[0]), 2, kWaitMs);
  }

  void serverWithoutTypeHistoryIsReconciledByIds() {
    Server server({QStringLiteral("--without"), QStringLiteral("history-type")});
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    const QString other = server.create(newObservation(patients[0], QStringLiteral("2026-11-20T09:00:00Z")));
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::store::Store& store = *opened.store;
    cw::sync::SyncOptions options = syncOptions(patients);
    options.reconcileEvery = 1;
    cw::sync::SyncEngine engine(store, *server.client, options);
    cw::sync::SyncReport report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.serverLacks.contains(QStringLiteral("history-type:Observation")));
    QCOMPARE(server.client->history(QStringLiteral("Observation"), {}, {}).result().error.httpStatus, 405);
    QCOMPARE(store.compartment(patients[0], QStringLiteral("Observation")).size(), 2);

    // The listing asks for ids only.
    QUrlQuery ids;
    ids.addQueryItem(QStringLiteral("_elements"), QStringLiteral("id"));
    const auto listing = server.client->search(QStringLiteral("Observation"), ids).result();
    QVERIFY(listing.ok());
    const cw::fhir::Resource listed = *listing.value->entries().at(0).resource;
    QVERIFY(!listed.json().contains(u"subject"));
    QCOMPARE(listed.element(u"meta")[u"tag"].at(0)[u"code"].toString(), QStringLiteral("SUBSETTED"));

    // Deleted on the server: one observation, the practitioner, and one
    // observation with a local change waiting.
    const QString deleted = store.compartment(patients[1], QStringLiteral("Observation")).at(0).id();
    const QString practitioner = store.serverIds(QStringLiteral("Practitioner")).value(0);
    cw::fhir::Resource edited = *store.read({QStringLiteral("Observation"), other});
    edited.setElement(QStringLiteral("status"), cw::fhir::JsonValue::fromString(QStringLiteral("amended")));
    QVERIFY(store.write(edited, cw::test::auditEvent()).ok());
    QVERIFY(server.remove(QStringLiteral("Observation"), deleted));
    QVERIFY(server.remove(QStringLiteral("Practitioner"), practitioner));
    QVERIFY(server.remove(QStringLiteral("Observation"), other));

    report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.deleted, 2);
    QCOMPARE(report.counts.conflicts, 1);
    QVERIFY(!store.read({QStringLiteral("Observation"), deleted}));
    QVERIFY(!store.read({QStringLiteral("Practitioner"), practitioner}));
    // The local change is neither lost nor sent: it waits for the user.
    const auto kept = store.read({QStringLiteral("Observation"), other});
    QVERIFY(kept);
    QCOMPARE(kept->element(u"status").toString(), QStringLiteral("amended"));
    const QList<cw::store::Conflict> conflicts = store.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].key.id, other);
    QVERIFY(!conflicts[0].server);
    QCOMPARE(store.stats().changesWaiting, 1);
    QCOMPARE(store.compartment(patients[0], QStringLiteral("Observation")).size(), 2);

    // The next reconciliation records that conflict once, not again.
    report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.conflicts, 0);
    QCOMPARE(store.conflicts().size(), 1);
  }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
