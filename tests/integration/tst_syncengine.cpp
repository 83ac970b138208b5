// The sync engine between real SQLCipher caches and the real fhir-devserver
// over loopback HTTP: download and incremental download, ward and opened
// patient sets, server updates and deletes, upload with id rewriting, conflicts, parked refusals, dev-server
// faults, and a network that is gone and comes back.
#include "core/fhir/Bundle.h"
#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncStatus.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/AwaitFuture.h"
#include "tests/support/DevServerProcess.h"
#include "tests/support/Ports.h"

#include <QSignalSpy>
#include <QTest>

using cw::store::ResourceKey;

namespace {

// A FHIR client on a server for the test's own server-side edits and checks.
struct Server {
  explicit Server(QStringList arguments = {}) : process(std::move(arguments)) {}
  bool start() {
    if (!process.start()) {
      return false;
    }
    client = std::make_unique<cw::http::FhirClient>(process.base(), http);
    return true;
  }
  cw::fhir::Resource create(const cw::fhir::Resource& resource) {
    const auto result = client->create(resource).result();
    if (!result.ok()) {
      qFatal("server create failed: %s", qPrintable(result.error.message));
    }
    return result.value->resource;
  }
  int count(const QString& type, const QUrlQuery& query = {}) {
    QUrlQuery counted = query;
    counted.addQueryItem(QStringLiteral("_summary"), QStringLiteral("count"));
    const auto result = client->search(type, counted).result();
    return result.ok() ? static_cast<int>(result.value->total().value_or(-1)) : -1;
  }

  cw::test::DevServerProcess process;
  cw::http::HttpClient http;
  std::unique_ptr<cw::http::FhirClient> client;
};

cw::sync::SyncOptions optionsFor(const QStringList& patientIds) {
  cw::sync::SyncOptions options;
  options.patientSets.append({QStringLiteral("ward:test"), patientIds});
  options.pageSize = 2;  // several pages even for a small record
  options.initialBackoff = std::chrono::milliseconds(20);
  return options;
}

cw::fhir::Resource serverPatient(const QString& family, const QString& nhsNumber) {
  cw::fhir::Resource patient = cw::test::patient(QStringLiteral("x"), family, QStringLiteral("Ann"),
                                                 nhsNumber, QStringLiteral("1950-03-04"));
  patient.removeElement(u"id");
  patient.removeElement(u"meta");
  return patient;
}

cw::fhir::Resource serverObservation(const QString& patientId, const QString& effective) {
  return cw::test::observation(QString(), patientId, effective);
}

// A NEWS2 escalation raised at another workstation, as the server holds it.
cw::fhir::Resource serverEscalationTask(const QString& patientId) {
  return cw::test::resource(QStringLiteral("{\"resourceType\":\"Task\",\"status\":\"requested\","
                                           "\"intent\":\"order\",\"for\":{\"reference\":\"Patient/%1\"},"
                                           "\"authoredOn\":\"2026-11-20T12:05:00Z\"}")
                                .arg(patientId)
                                .toUtf8());
}

// Two patients with two observations each, one practitioner.
QStringList seed(Server& server) {
  QStringList patients;
  for (const auto& [family, nhs] : {std::pair{"Smith", "9434765919"}, std::pair{"Jones", "9434765870"}}) {
    const QString id =
        server.create(serverPatient(QString::fromLatin1(family), QString::fromLatin1(nhs))).id();
    patients.append(id);
    server.create(serverObservation(id, QStringLiteral("2026-11-20T08:00:00Z")));
    server.create(serverObservation(id, QStringLiteral("2026-11-20T12:00:00Z")));
  }
  server.create(cw::test::resource("{\"resourceType\":\"Practitioner\",\"name\":[{\"family\":\"House\"}]}"));
  return patients;
}

// Who the server has in hospital, told apart by ward without the engine's
// search: each in-progress Encounter's locations, the ward or one of its beds
// (`<ward>-bed-NN`).
struct InPatients {
  QStringList onWard;      // patient ids
  QStringList elsewhere;   // in-patients on other wards
  QStringList encounters;  // in-progress Encounters on the ward
};

InPatients inPatients(Server& server, const QString& wardId) {
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("status"), QStringLiteral("in-progress"));
  query.addQueryItem(QStringLiteral("_count"), QStringLiteral("1000"));
  const auto result = server.client->search(QStringLiteral("Encounter"), query).result();
  if (!result.ok() || !result.value->link(u"next").isEmpty()) {
    qFatal("in-progress Encounters not listed in one page");
  }
  InPatients found;
  const QString ward = QStringLiteral("Location/") + wardId;
  for (const cw::fhir::BundleEntry& entry : result.value->entries()) {
    if (!entry.resource) {
      continue;
    }
    bool here = false;
    for (const cw::fhir::JsonValue& location : entry.resource->element(u"location").items()) {
      const QString reference = location[u"location"][u"reference"].toString();
      here = here || reference == ward || reference.startsWith(ward + QStringLiteral("-bed-"));
    }
    const QString patient = entry.resource->element(u"subject")[u"reference"].toString().section(u'/', 1);
    (here ? found.onWard : found.elsewhere).append(patient);
    if (here) {
      found.encounters.append(entry.resource->id());
    }
  }
  found.onWard.removeDuplicates();
  found.elsewhere.removeDuplicates();
  return found;
}

}  // namespace

class TestSyncEngine : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void firstSyncFillsCacheSecondFetchesOnlyChanges() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::sync::SyncEngine engine(*opened.store, *server.client, optionsFor(patients));

    cw::sync::SyncReport report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.downloaded, 7);
    QCOMPARE(opened.store->stats().resourcesByType.value(QStringLiteral("Observation")), 4);
    QCOMPARE(opened.store->compartment(patients[0], QStringLiteral("Observation")).size(), 2);
    QVERIFY(report.serverLacks.isEmpty());

    report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.downloaded, 0);  // the overlap re-fetched; versionIds matched

    // A change and a delete on the server arrive with the next sync.
    QList<cw::fhir::Resource> observations =
        opened.store->compartment(patients[0], QStringLiteral("Observation"));
    cw::fhir::Resource changed = observations[0];
    changed.setElement(QStringLiteral("status"), cw::fhir::JsonValue::fromString(QStringLiteral("amended")));
    QVERIFY(server.client->update(changed, changed.versionId()).result().ok());
    const QString deletedId = observations[1].id();
    QVERIFY(server.client->remove(QStringLiteral("Observation"), deletedId, QString()).result().ok());

    report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.downloaded, 1);
    QCOMPARE(report.counts.deleted, 1);
    const auto stored = opened.store->read({QStringLiteral("Observation"), changed.id()});
    QVERIFY(stored);
    QCOMPARE(stored->element(u"status").toString(), QStringLiteral("amended"));
    QCOMPARE(stored->versionId(), QStringLiteral("2"));
    QVERIFY(!opened.store->read({QStringLiteral("Observation"), deletedId}));
  }

  // Escalations raised at any workstation reach every ward overview: their
  // Tasks come down with the patient's record.
  void escalationTasksArriveWithThePatientsRecord() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    server.create(serverEscalationTask(patients[0]));
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::sync::SyncEngine engine(*opened.store, *server.client, optionsFor(patients));
    const cw::sync::SyncReport report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(opened.store->compartment(patients[0], QStringLiteral("Task")).size(), 1);
    QVERIFY(opened.store->compartment(patients[1], QStringLiteral("Task")).isEmpty());
  }

  // A workstation set up for a ward knows no patient ids: the in-progress
  // Encounters on the ward's beds name them, and one run brings their records.
  void wardInPatientsArriveWithOnlyTheWardConfigured() {
    Server server({QStringLiteral("--seed"), QStringLiteral("demo")});
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QString wardId = QStringLiteral("loc-ward-7");
    const InPatients expected = inPatients(server, wardId);
    QVERIFY(!expected.onWard.isEmpty());
    QVERIFY(!expected.elsewhere.isEmpty());
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::store::Store& store = *opened.store;
    cw::sync::SyncOptions options;
    options.wardLocationIds = {wardId};
    options.initialBackoff = std::chrono::milliseconds(20);
    cw::sync::SyncEngine engine(store, *server.client, options);

    cw::sync::SyncReport report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    for (const QString& patientId : expected.onWard) {
      QVERIFY(store.read({QStringLiteral("Patient"), patientId}));
      QUrlQuery theirs;
      theirs.addQueryItem(QStringLiteral("patient"), patientId);
      QCOMPARE(static_cast<int>(store.compartment(patientId, QStringLiteral("Observation"), 100000).size()),
               server.count(QStringLiteral("Observation"), theirs));
    }
    for (const QString& patientId : expected.elsewhere) {
      if (!expected.onWard.contains(patientId)) {
        QVERIFY(!store.read({QStringLiteral("Patient"), patientId}));
      }
    }
    QCOMPARE(store.wardList(wardId).size(), expected.encounters.size());
    const QList<cw::sync::PatientSet> sets = engine.patientSets();
    QCOMPARE(sets.size(), 1);
    QCOMPARE(sets[0].name, QStringLiteral("ward:") + wardId);
    QCOMPARE(sets[0].patientIds.size(), expected.onWard.size());

    // A discharge on the server leaves the cached ward list with the next run.
    auto encounter = server.client->read(QStringLiteral("Encounter"), expected.encounters[0]).result();
    QVERIFY(encounter.ok());
    cw::fhir::Resource discharged = *encounter.value;
    discharged.setElement(QStringLiteral("status"),
                          cw::fhir::JsonValue::fromString(QStringLiteral("finished")));
    QVERIFY(server.client->update(discharged, discharged.versionId()).result().ok());
    report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(store.wardList(wardId).size(), expected.encounters.size() - 1);
  }

  // A set of more patients than one search names is fetched by several
  // searches. Each keeps its own watermark: the newer records one search met
  // must not make the next skip its patients' older records (an allergy
  // recorded years ago).
  void everyPatientOfALargeSetArrivesWhateverTheAgeOfTheirRecords() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QString oldest =
        server.create(serverPatient(QStringLiteral("Older"), QStringLiteral("9434765919"))).id();
    server.create(serverObservation(oldest, QStringLiteral("2020-01-01T08:00:00Z")));
    QStringList patients;
    for (int i = 0; i < cw::sync::kPatientsPerQuery; ++i) {
      patients.append(
          server
              .create(cw::test::resource("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Newer\"}]}"))
              .id());
    }
    server.create(serverObservation(patients.constFirst(), QStringLiteral("2026-11-20T08:00:00Z")));
    patients.append(oldest);  // named by the second search
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::sync::SyncOptions options = optionsFor(patients);
    options.pageSize = 100;
    // A real server's records are far older than the overlap; these were
    // all written within a second.
    options.overlap = std::chrono::seconds(0);
    cw::sync::SyncEngine engine(*opened.store, *server.client, options);

    const cw::sync::SyncReport report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.downloaded, static_cast<int>(patients.size()) + 2);  // and the two Observations
    QVERIFY(opened.store->read({QStringLiteral("Patient"), oldest}));
    QCOMPARE(opened.store->compartment(oldest, QStringLiteral("Observation")).size(), 1);
  }

  // A patient opened in the record viewer joins the "opened" set; their
  // record comes with the next run.
  void patientAddedToOpenedArrivesWithTheNextRun() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::sync::SyncEngine engine(*opened.store, *server.client, optionsFor({patients[0]}));
    QVERIFY(engine.runOnce().ok());
    QVERIFY(!opened.store->read({QStringLiteral("Patient"), patients[1]}));

    engine.addPatients(QStringLiteral("opened"), {patients[1]});
    engine.addPatients(QStringLiteral("opened"), {patients[1]});  // opened twice, one member
    const cw::sync::SyncReport report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(opened.store->read({QStringLiteral("Patient"), patients[1]}));
    QCOMPARE(opened.store->compartment(patients[1], QStringLiteral("Observation")).size(), 2);
    QCOMPARE(engine.patientSets().size(), 2);
    QCOMPARE(engine.patientSets()[1].patientIds, QStringList{patients[1]});
  }

  void localChangesUploadWithIdsRewritten() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::store::Store& store = *opened.store;
    cw::sync::SyncEngine engine(store, *server.client, optionsFor(patients));
    cw::sync::SyncStatus status;
    engine.reportTo(&status);
    QVERIFY(engine.runOnce().ok());

    // A new patient and an observation about them, an update and a delete.
    const auto newPatient = store.write(serverPatient(QStringLiteral("Evans"), QStringLiteral("9434765838")),
                                        cw::test::auditEvent());
    QVERIFY(newPatient.ok());
    const QString localPatientId = newPatient.resource->id();
    const auto newObservation = store.write(
        serverObservation(localPatientId, QStringLiteral("2026-11-21T09:00:00Z")), cw::test::auditEvent());
    QVERIFY(newObservation.ok());
    QList<cw::fhir::Resource> existing = store.compartment(patients[1], QStringLiteral("Observation"));
    cw::fhir::Resource edited = existing[0];
    edited.setElement(QStringLiteral("status"), cw::fhir::JsonValue::fromString(QStringLiteral("corrected")));
    QVERIFY(store.write(edited, cw::test::auditEvent()).ok());
    QVERIFY(store.remove({QStringLiteral("Observation"), existing[1].id()}, cw::test::auditEvent()).ok());
    QCOMPARE(store.stats().changesWaiting, 4);

    QSignalSpy finished(&engine, &cw::sync::SyncEngine::finished);
    const QFuture<cw::sync::SyncReport> run = engine.start();
    QVERIFY(cw::test::finishesWhileServing(run));
    const cw::sync::SyncReport report = run.result();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.uploaded, 4);
    QVERIFY(report.counts.auditSent >= 4);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(status.state(), cw::sync::SyncStatus::State::Idle);
    QCOMPARE(status.pendingChanges(), 0);
    QCOMPARE(status.counts().uploaded, 4);
    QCOMPARE(store.stats().changesWaiting, 0);
    QCOMPARE(store.stats().auditWaiting, 0);

    // The server's ids replaced the local ones, in the references too.
    const QList<cw::fhir::Resource> evans = store.findPatients(QStringView(u"Evans"), QDate(1950, 3, 4));
    QCOMPARE(evans.size(), 1);
    const QString serverPatientId = evans[0].id();
    QVERIFY(serverPatientId != localPatientId);
    QVERIFY(server.client->read(QStringLiteral("Patient"), serverPatientId).result().ok());
    const QList<cw::fhir::Resource> evansObservations =
        store.compartment(serverPatientId, QStringLiteral("Observation"));
    QCOMPARE(evansObservations.size(), 1);
    const auto onServer =
        server.client->read(QStringLiteral("Observation"), evansObservations[0].id()).result();
    QVERIFY(onServer.ok());
    QCOMPARE(onServer.value->element(u"subject")[u"reference"].toString(),
             QStringLiteral("Patient/") + serverPatientId);
    const auto editedOnServer = server.client->read(QStringLiteral("Observation"), edited.id()).result();
    QCOMPARE(editedOnServer.value->element(u"status").toString(), QStringLiteral("corrected"));
    QCOMPARE(editedOnServer.value->versionId(), QStringLiteral("2"));
    QCOMPARE(server.client->read(QStringLiteral("Observation"), existing[1].id()).result().error.kind,
             cw::http::FhirErrorKind::Gone);

    // A second run sends nothing again: no duplicates on the server.
    QVERIFY(engine.runOnce().ok());
    QCOMPARE(server.count(QStringLiteral("Patient")), 3);
    QCOMPARE(server.count(QStringLiteral("Observation")), 4);
  }

  void twoStoresEditingOneResourceGiveOneConflict() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::test::StoreFixture fixture;
    auto first = fixture.open(QStringLiteral("first.sqlcipher"));
    auto second = fixture.open(QStringLiteral("second.sqlcipher"));
    QVERIFY(first.store && second.store);
    cw::sync::SyncEngine firstEngine(*first.store, *server.client, optionsFor(patients));
    cw::sync::SyncEngine secondEngine(*second.store, *server.client, optionsFor(patients));
    QVERIFY(firstEngine.runOnce().ok());
    QVERIFY(secondEngine.runOnce().ok());

    const QString id = first.store->compartment(patients[0], QStringLiteral("Observation"))[0].id();
    for (auto* opened : {&first, &second}) {
      cw::fhir::Resource resource = *opened->store->read({QStringLiteral("Observation"), id});
      resource.setElement(QStringLiteral("status"),
                          cw::fhir::JsonValue::fromString(opened == &first ? QStringLiteral("amended")
                                                                           : QStringLiteral("cancelled")));
      QVERIFY(opened->store->write(resource, cw::test::auditEvent()).ok());
    }
    cw::sync::SyncReport report = firstEngine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.uploaded, 1);
    report = secondEngine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.uploaded, 0);
    QCOMPARE(report.counts.conflicts, 1);

    // Nothing overwritten: the server keeps the first edit, the second waits
    // as a conflict with both versions.
    const auto onServer = server.client->read(QStringLiteral("Observation"), id).result();
    QCOMPARE(onServer.value->element(u"status").toString(), QStringLiteral("amended"));
    const QList<cw::store::Conflict> conflicts = second.store->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].local->element(u"status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(conflicts[0].server->element(u"status").toString(), QStringLiteral("amended"));
    QCOMPARE(second.store->stats().changesWaiting, 1);
    // Another run neither resends it nor adds a second conflict.
    report = secondEngine.runOnce();
    QVERIFY(report.ok());
    QCOMPARE(report.counts.uploaded, 0);
    QCOMPARE(second.store->conflicts().size(), 1);
  }

  void refusedResourceIsParkedAndTheRestGo() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::store::Store& store = *opened.store;
    cw::sync::SyncEngine engine(store, *server.client, optionsFor(patients));
    QVERIFY(engine.runOnce().ok());

    QVERIFY(store
                .write(serverObservation(patients[0], QStringLiteral("2026-11-21T07:00:00Z")),
                       cw::test::auditEvent())
                .ok());
    // The dev server refuses a Subscription without criteria or channel (422).
    QVERIFY(store
                .write(cw::test::resource("{\"resourceType\":\"Subscription\",\"status\":\"requested\"}"),
                       cw::test::auditEvent())
                .ok());
    QVERIFY(store
                .write(serverObservation(patients[1], QStringLiteral("2026-11-21T07:30:00Z")),
                       cw::test::auditEvent())
                .ok());

    const cw::sync::SyncReport report = engine.runOnce();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.counts.uploaded, 2);
    QCOMPARE(report.counts.failures, 1);
    const QList<cw::store::JournalEntry> parked = store.parkedChanges();
    QCOMPARE(parked.size(), 1);
    QCOMPARE(parked[0].key.type, QStringLiteral("Subscription"));
    QVERIFY(parked[0].outcome);
    QCOMPARE(parked[0].outcome->resourceType(), QStringLiteral("OperationOutcome"));
    QCOMPARE(server.count(QStringLiteral("Observation")), 6);
  }

  void faultyServerEndsWithIdenticalData() {
    Server server({QStringLiteral("--faults"),
                   QStringLiteral("latency=100ms@0.2,500@0.1,503@0.05,429:retry-after=1@0.1,drop@0.05,"
                                  "drop-after@0.05,seed=11")});
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    // Seeded through retries of its own (the test's client meets the faults
    // too); conditional, so a retry never makes a second patient.
    QStringList patients;
    for (int attempt = 0; attempt < 20 && patients.isEmpty(); ++attempt) {
      const auto created =
          server.client
              ->create(serverPatient(QStringLiteral("Fault"), QStringLiteral("9434765919")),
                       QStringLiteral("identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919"))
              .result();
      if (created.ok()) {
        patients.append(created.value->resource.id());
      }
    }
    QVERIFY(!patients.isEmpty());
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::store::Store& store = *opened.store;
    cw::sync::SyncOptions options = optionsFor(patients);
    options.attempts = 8;
    cw::sync::SyncEngine engine(store, *server.client, options);
    for (int i = 0; i < 12; ++i) {
      QVERIFY(
          store
              .write(serverObservation(
                         patients[0], QStringLiteral("2026-11-21T07:%1:00Z").arg(i, 2, 10, QLatin1Char('0'))),
                     cw::test::auditEvent())
              .ok());
    }
    cw::sync::SyncReport report;
    for (int run = 0; run < 5; ++run) {
      report = engine.runOnce();
      if (report.ok() && store.stats().changesWaiting == 0) {
        break;
      }
    }
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(store.stats().changesWaiting, 0);
    QCOMPARE(store.stats().parked, 0);
    QCOMPARE(store.stats().conflicts, 0);
    // Identical data: every observation exactly once on the server and in the cache.
    int onServer = -1;
    for (int attempt = 0; attempt < 10 && onServer < 0; ++attempt) {
      onServer = server.count(QStringLiteral("Observation"));
    }
    QCOMPARE(onServer, 12);
    QCOMPARE(store.compartment(patients[0], QStringLiteral("Observation")).size(), 12);
  }

  void offlineReadsWorkAndChangesWaitUntilTheNetworkReturns() {
    Server server;
    QVERIFY2(server.start(), qPrintable(server.process.error()));
    const QStringList patients = seed(server);
    cw::test::StoreFixture fixture;
    auto opened = fixture.open();
    QVERIFY(opened.store);
    cw::store::Store& store = *opened.store;
    QVERIFY(cw::sync::SyncEngine(store, *server.client, optionsFor(patients)).runOnce().ok());

    // Nothing listens on this port: the network is gone.
    QUrl gone = server.process.base();
    gone.setPort(cw::test::unusedLoopbackPort());
    cw::http::HttpClient offlineHttp;
    cw::http::FhirClient offlineClient(gone, offlineHttp);
    cw::sync::SyncOptions options = optionsFor(patients);
    options.attempts = 1;
    cw::sync::SyncEngine offline(store, offlineClient, options);
    QVERIFY(store
                .write(serverObservation(patients[0], QStringLiteral("2026-11-21T10:00:00Z")),
                       cw::test::auditEvent())
                .ok());
    const cw::sync::SyncReport failed = offline.runOnce();
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error.isEmpty());
    QCOMPARE(store.stats().changesWaiting, 1);
    QCOMPARE(store.compartment(patients[0], QStringLiteral("Observation")).size(), 3);
    QCOMPARE(store.findPatients(QStringView(u"Smith"), QDate(1950, 3, 4)).size(), 1);

    const cw::sync::SyncReport back =
        cw::sync::SyncEngine(store, *server.client, optionsFor(patients)).runOnce();
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.counts.uploaded, 1);
    QCOMPARE(store.stats().changesWaiting, 0);
    QCOMPARE(server.count(QStringLiteral("Observation")), 5);
  }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
