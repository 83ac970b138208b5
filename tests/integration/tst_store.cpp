// The offline cache on real SQLCipher files: key providers that refuse
// unsafe keys, opening checks (wrong key, plain SQLite, newer schema),
// encryption on disk, migrations, one-transaction writes, downloads
// de-duplicated by versionId, conflicts, searches, compartments, the
// journal and the stats that cwctl prints.
#include "core/audit/AuditTrail.h"
#include "core/audit/RecordEntryAuditEvent.h"
#include "core/fhir/NhsNumber.h"
#include "core/store/AuditQueueSink.h"
#include "core/store/CacheConfig.h"
#include "core/store/CipherConnection.h"
#include "core/store/KeychainKeyProvider.h"
#include "core/store/ResourceIndexer.h"
#include "core/store/Schema.h"
#include "tests/integration/StoreFixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace cw;
using cw::test::StoreFixture;

namespace {

fhir::Resource kRefused() {
  return test::resource(
      R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid"}]})");
}

QByteArray readAll(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A survey-or-other Observation carrying the code spo2-scale.
fhir::Resource surveyCoded(const char* id, const char* patient, const char* category, const char* when) {
  return test::resource(
      QStringLiteral(R"({"resourceType":"Observation","id":"%1","meta":{"versionId":"1"},)"
                     R"("status":"final","category":[{"coding":[{"system":)"
                     R"("http://terminology.hl7.org/CodeSystem/observation-category","code":"%3"}]}],)"
                     R"("code":{"coding":[{"system":"https://example.org/cs","code":"spo2-scale"}]},)"
                     R"("subject":{"reference":"Patient/%2"},"effectiveDateTime":"%4"})")
          .arg(QLatin1String(id), QLatin1String(patient), QLatin1String(category), QLatin1String(when))
          .toUtf8());
}

fhir::Resource escalationTask() {
  return test::resource(R"({"resourceType":"Task","id":"t1","meta":{"versionId":"1"},)"
                        R"("status":"requested","intent":"order","for":{"reference":"Patient/p1"},)"
                        R"("authoredOn":"2026-11-01T08:00:00Z"})");
}

void writeKeyFile(const QString& path, int size, mode_t mode) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(QByteArray(size, 'k'));
  file.close();
  QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

// A key provider that always hands over the same fixed key.
class FixedKey final : public store::KeyProvider {
 public:
  explicit FixedKey(char fill) : m_fill(fill) {}
  store::CacheKey key() override {
    crypto::SecureBytes key = crypto::SecureBytes::zeroed(store::kCacheKeyBytes);
    std::memset(key.data(), m_fill, key.size());
    return {std::move(key), {}};
  }

 private:
  char m_fill;
};

}  // namespace

class TestStore : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void keyFileRefusesUnsafeFiles_data() {
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("error");
    QTest::newRow("owner only, 32 bytes") << 32 << 0600 << QString();
    QTest::newRow("owner read-only") << 32 << 0400 << QString();
    QTest::newRow("group readable") << 32 << 0640 << "can be read or changed by other users";
    QTest::newRow("world readable") << 32 << 0604 << "can be read or changed by other users";
    QTest::newRow("group writable") << 32 << 0620 << "can be read or changed by other users";
    QTest::newRow("too short") << 31 << 0600 << "exactly 32 bytes";
    QTest::newRow("too long") << 33 << 0600 << "exactly 32 bytes";
    QTest::newRow("empty") << 0 << 0600 << "exactly 32 bytes";
  }
  void keyFileRefusesUnsafeFiles() {
    QFETCH(int, size);
    QFETCH(int, mode);
    QFETCH(QString, error);
    test::TestFiles files;
    const QString path = files.path(QStringLiteral("key"));
    writeKeyFile(path, size, static_cast<mode_t>(mode));
    store::KeyFileProvider provider(path, store::KeyCreation::Never);
    const store::CacheKey key = provider.key();
    if (error.isEmpty()) {
      QVERIFY2(key.ok(), qPrintable(key.error));
      QCOMPARE(key.key.size(), store::kCacheKeyBytes);
    } else {
      QVERIFY2(key.error.contains(error), qPrintable(key.error));
      QVERIFY(key.key.isEmpty());
    }
  }

  void keyFileRefusesSymlinks() {
    test::TestFiles files;
    writeKeyFile(files.path(QStringLiteral("real")), 32, 0600);
    QVERIFY(QFile::link(files.path(QStringLiteral("real")), files.path(QStringLiteral("link"))));
    store::KeyFileProvider provider(files.path(QStringLiteral("link")), store::KeyCreation::Never);
    QVERIFY(!provider.key().ok());
  }

  void keyFileIsCreatedOnlyWhenAsked() {
    test::TestFiles files;
    const QString path = files.path(QStringLiteral("sub/cache.key"));
    store::KeyFileProvider never(path, store::KeyCreation::Never);
    const store::CacheKey missing = never.key();
    QVERIFY(missing.error.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(path));

    store::KeyFileProvider create(path, store::KeyCreation::IfMissing);
    const store::CacheKey made = create.key();
    QVERIFY2(made.ok(), qPrintable(made.error));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QCOMPARE(info.st_size, off_t{32});
    // The same key comes back on the next read, and creation never replaces it.
    store::KeyFileProvider again(path, store::KeyCreation::IfMissing);
    QVERIFY(again.key().key.equals(made.key.view()));
    QCOMPARE(QDir(files.path(QStringLiteral("sub"))).entryList(QDir::Files | QDir::Hidden).size(), 1);
  }

  // Secret Service is not running on this machine: the only behaviour we can
  // check here is the clear error and no key (and no plaintext fallback).
  void keychainWithoutBackendFailsClosed() {
    store::KeychainKeyProvider provider(QStringLiteral("clinical-workstation-test"),
                                        QStringLiteral("cache-key"), store::KeyCreation::IfMissing);
    const store::CacheKey key = provider.key();
    QVERIFY(!key.ok());
    QVERIFY(key.key.isEmpty());
    QVERIFY2(key.error.contains(QStringLiteral("keychain")), qPrintable(key.error));
  }

  void unknownProviderIsRefused() {
    const store::CacheConfig config{QStringLiteral("none"), QString(), QStringLiteral("/tmp/x")};
    QString error;
    QVERIFY(config.makeKeyProvider(store::KeyCreation::Never, &error) == nullptr);
    QVERIFY(error.contains(QStringLiteral("never kept unencrypted")));
  }

  void fileIsEncryptedOnDisk() {
    StoreFixture fixture;
    {
      auto opened = fixture.open();
      QVERIFY2(opened.store, qPrintable(opened.error));
      const auto page = opened.store->applyServerPage(
          {test::patient(QStringLiteral("p1"), QStringLiteral("Featherstonehaugh"),
                         QStringLiteral("Wilhelmina"), QStringLiteral("9434765919"),
                         QStringLiteral("1950-03-04"))},
          {});
      QCOMPARE(page.stored, 1);
    }
    const QString path = fixture.path(QStringLiteral("cache.sqlcipher"));
    QByteArray bytes = readAll(path) + readAll(path + QStringLiteral("-wal"));
    QVERIFY(bytes.size() > 4096);
    QVERIFY(!bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    QVERIFY(!bytes.contains("Featherstonehaugh"));
    QVERIFY(!bytes.contains("9434765919"));
    QVERIFY(!bytes.contains("Patient"));
  }

  void walJournalMode() {
    StoreFixture fixture;
    { QVERIFY(fixture.open().store); }
    // Reopen with the raw connection to read the persisted journal mode.
    store::KeyFileProvider keys(fixture.keyPath(), store::KeyCreation::Never);
    auto connection =
        store::CipherConnection::open(fixture.path(QStringLiteral("cache.sqlcipher")), keys.key().key, false);
    QVERIFY(connection.connection);
    QCOMPARE(connection.connection->journalMode(), QStringLiteral("wal"));
  }

  void wrongKeyMovesTheCacheAside() {
    StoreFixture fixture;
    {
      auto opened = fixture.open();
      QVERIFY(opened.store);
      QVERIFY(opened.store
                  ->write(test::observation(QString(), QStringLiteral("p1"),
                                            QStringLiteral("2026-11-20T08:00:00Z")),
                          test::auditEvent())
                  .ok());
    }
    const QString path = fixture.path(QStringLiteral("cache.sqlcipher"));
    FixedKey wrong('w');
    const auto refused = store::Store::open(path, wrong, fixture.clock());
    QVERIFY(!refused.store);
    QVERIFY(!refused.movedAsideTo.isEmpty());
    QVERIFY2(refused.error.contains(refused.movedAsideTo), qPrintable(refused.error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QFile::exists(refused.movedAsideTo));

    // Nothing was lost: the right key still opens the moved file, change and all.
    store::KeyFileProvider right(fixture.keyPath(), store::KeyCreation::Never);
    const auto kept =
        store::Store::open(refused.movedAsideTo, right, fixture.clock(), store::Store::Creation::MustExist);
    QVERIFY2(kept.store, qPrintable(kept.error));
    QCOMPARE(kept.store->stats().changesWaiting, 1);

    // The next start makes a new, empty cache.
    const auto fresh = fixture.open();
    QVERIFY(fresh.store);
    QCOMPARE(fresh.store->stats().changesWaiting, 0);
  }

  void plainSqliteIsRefusedAndLeftAlone() {
    test::TestFiles files;
    const QByteArray plain = QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0');
    const QString path = files.write(QStringLiteral("cache.sqlcipher"), plain);
    FixedKey key('a');
    test::MockClock clock;
    const auto refused = store::Store::open(path, key, clock);
    QVERIFY(!refused.store);
    QVERIFY(refused.error.contains(QStringLiteral("unencrypted")));
    QVERIFY(refused.movedAsideTo.isEmpty());
    QCOMPARE(readAll(path), plain);
  }

  void missingCacheIsNotCreatedWhenItMustExist() {
    test::TestFiles files;
    FixedKey key('a');
    test::MockClock clock;
    const QString path = files.path(QStringLiteral("none.sqlcipher"));
    const auto opened = store::Store::open(path, key, clock, store::Store::Creation::MustExist);
    QVERIFY(!opened.store);
    QVERIFY(!QFile::exists(path));
  }

  void migratesFromVersionZero() {
    test::TestFiles files;
    const QString path = files.path(QStringLiteral("cache.sqlcipher"));
    FixedKey key('z');
    {
      auto raw = store::CipherConnection::open(path, key.key().key, true);
      QVERIFY(raw.connection);
      raw.connection->exec("CREATE TABLE leftover (x)");  // an encrypted file at user_version 0
      QCOMPARE(store::schemaVersion(*raw.connection), 0);
    }
    test::MockClock clock;
    {
      auto opened = store::Store::open(path, key, clock);
      QVERIFY2(opened.store, qPrintable(opened.error));
      QCOMPARE(opened.store->stats().changesWaiting, 0);
    }
    auto raw = store::CipherConnection::open(path, key.key().key, false);
    QCOMPARE(store::schemaVersion(*raw.connection), store::kSchemaVersion);
  }

  void newerSchemaIsRefusedUntouched() {
    test::TestFiles files;
    const QString path = files.path(QStringLiteral("cache.sqlcipher"));
    FixedKey key('n');
    {
      auto raw = store::CipherConnection::open(path, key.key().key, true);
      raw.connection->exec("PRAGMA user_version = 99");
    }
    test::MockClock clock;
    const auto opened = store::Store::open(path, key, clock);
    QVERIFY(!opened.store);
    QVERIFY(opened.error.contains(QStringLiteral("newer version")));
    QVERIFY(QFile::exists(path));
    QVERIFY(opened.movedAsideTo.isEmpty());
  }

  void localCreateIsOneJournaledAuditedWrite() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QSignalSpy changed(&cache, &store::Store::resourceChanged);
    const store::WriteResult written = cache.write(
        test::observation(QString(), QStringLiteral("p1"), QStringLiteral("2026-11-20T08:00:00Z")),
        test::auditEvent());
    QVERIFY2(written.ok(), qPrintable(written.error));
    const QString id = written.resource->id();
    QVERIFY(fhir::isValidId(id));
    QVERIFY(written.resource->toJson().contains("\"system\":\"urn:ietf:rfc:3986\""));
    QVERIFY(written.resource->toJson().contains(("urn:uuid:" + id).toUtf8()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toString(), id);

    const QList<store::JournalEntry> pending = cache.pendingChanges();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).operation, store::Operation::Create);
    QCOMPARE(pending.at(0).key.id, id);
    QVERIFY(pending.at(0).baseVersionId.isEmpty());
    const QList<store::QueuedAudit> audit = cache.pendingAudit();
    QCOMPARE(audit.size(), 1);
    QVERIFY(audit.at(0).event.toJson().contains(("Observation/" + id).toUtf8()));
    QVERIFY(cache.read({QStringLiteral("Observation"), id}).has_value());
  }

  // A clinician's new entry is audited naming both the entry (its id is
  // given only inside write) and the patient it was written for.
  void newEntryIsAuditedWithItsIdAndPatient() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    audit::RecordEntryFacts facts;
    facts.user = {QStringLiteral("555123456789"), QStringLiteral("Nurse Test"), QString(),
                  QStringLiteral("ws1")};
    facts.at = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    facts.patientId = QStringLiteral("p1");
    const store::WriteResult written = cache.write(
        test::observation(QString(), QStringLiteral("p1"), QStringLiteral("2026-11-21T08:55:00Z")),
        audit::recordEntryAuditEvent(facts));
    QVERIFY2(written.ok(), qPrintable(written.error));
    const QList<store::QueuedAudit> queued = cache.pendingAudit();
    QCOMPARE(queued.size(), 1);
    const auto event = fhir::AuditEvent::from(queued.at(0).event);
    QVERIFY(event.has_value());
    QCOMPARE(event->action(), QStringLiteral("C"));
    QStringList named;
    for (const fhir::AuditEntity& entity : event->entities()) {
      named.append(entity.what.reference);
    }
    QCOMPARE(named, QStringList({QStringLiteral("Observation/") + written.resource->id(),
                                 QStringLiteral("Patient/p1")}));
  }

  void localUpdateKeepsServerMetaAndBaseVersion() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QCOMPARE(
        cache
            .applyServerPage({test::observation(QStringLiteral("o1"), QStringLiteral("p1"),
                                                QStringLiteral("2026-11-20T08:00:00Z"), QStringLiteral("7"))},
                             {})
            .stored,
        1);
    fhir::Resource edited = test::observation(QStringLiteral("o1"), QStringLiteral("p1"),
                                              QStringLiteral("2026-11-20T08:00:00Z"), QStringLiteral("999"));
    QVERIFY(cache.write(edited, test::auditEvent()).ok());
    const auto stored = cache.read({QStringLiteral("Observation"), QStringLiteral("o1")});
    QCOMPARE(stored->versionId(), QStringLiteral("7"));
    QCOMPARE(stored->lastUpdated(), QStringLiteral("2026-01-01T10:00:00Z"));
    QCOMPARE(cache.pendingChanges().at(0).baseVersionId, QStringLiteral("7"));
    QCOMPARE(cache.pendingChanges().at(0).operation, store::Operation::Update);
    // An id the cache has never seen is not a local create.
    QVERIFY(!cache
                 .write(test::observation(QStringLiteral("unknown"), QStringLiteral("p1"),
                                          QStringLiteral("2026-11-20T08:00:00Z")),
                        test::auditEvent())
                 .ok());
  }

  void serverPagesAreDeduplicatedByVersionId() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    const auto v1 = test::patient(QStringLiteral("p1"), QStringLiteral("Smith"), QStringLiteral("Ann"),
                                  QStringLiteral("9434765919"), QStringLiteral("1950-03-04"));
    const auto v2 =
        test::patient(QStringLiteral("p1"), QStringLiteral("Smythe"), QStringLiteral("Ann"),
                      QStringLiteral("9434765919"), QStringLiteral("1950-03-04"), QStringLiteral("2"));
    auto first = cache.applyServerPage({v1}, {}, store::Watermark{"ward", "Patient", "2026-01-01T10:00:00Z"});
    QCOMPARE(first.stored, 1);
    auto again = cache.applyServerPage({v1}, {});
    QCOMPARE(again.stored, 0);
    QCOMPARE(again.unchanged, 1);
    auto newer = cache.applyServerPage({v2}, {});
    QCOMPARE(newer.stored, 1);
    QCOMPARE(cache.findPatients(u"smy", QDate(1950, 3, 4)).size(), 1);
    QCOMPARE(cache.findPatients(u"smi", QDate(1950, 3, 4)).size(), 0);  // old index rows are gone
    QCOMPARE(cache.watermark(QStringLiteral("ward"), QStringLiteral("Patient")),
             QStringLiteral("2026-01-01T10:00:00Z"));
    QCOMPARE(cache.pendingChanges().size(), 0);  // downloads write no journal
    auto deleted = cache.applyServerPage({}, {{QStringLiteral("Patient"), QStringLiteral("p1")}});
    QCOMPARE(deleted.deleted, 1);
    QVERIFY(!cache.read({QStringLiteral("Patient"), QStringLiteral("p1")}));
  }

  void serverVersionNeverOverwritesUnsyncedChanges_data() {
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take theirs") << false;
  }
  void serverVersionNeverOverwritesUnsyncedChanges() {
    QFETCH(bool, keepMine);
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    const QString p = QStringLiteral("p1");
    QVERIFY(cache.applyServerPage({test::patient(p, "Smith", "Ann", "9434765919", "1950-03-04")}, {}).ok());
    QVERIFY(
        cache.write(test::patient(p, "Local", "Ann", "9434765919", "1950-03-04"), test::auditEvent()).ok());
    const auto page =
        cache.applyServerPage({test::patient(p, "Server", "Ann", "9434765919", "1950-03-04", "2")}, {});
    QCOMPARE(page.conflicts, 1);
    QCOMPARE(page.stored, 0);
    QVERIFY(cache.read({"Patient", p})->toJson().contains("Local"));
    const QList<store::Conflict> conflicts = cache.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QVERIFY(conflicts.at(0).local->toJson().contains("Local"));
    QVERIFY(conflicts.at(0).server->toJson().contains("Server"));
    QCOMPARE(cache.stats().conflicts, 1);

    const qsizetype audited = cache.pendingAudit().size();
    QVERIFY(cache
                .resolveConflict(conflicts.at(0).id,
                                 keepMine ? store::Resolution::KeepMine : store::Resolution::TakeTheirs,
                                 test::auditEvent())
                .ok());
    QCOMPARE(cache.conflicts().size(), 0);
    QCOMPARE(cache.pendingAudit().size(), audited + 1);  // the decision is audited with it
    const auto now = cache.read({"Patient", p});
    QCOMPARE(now->versionId(), QStringLiteral("2"));
    if (keepMine) {
      QVERIFY(now->toJson().contains("Local"));
      QCOMPARE(cache.pendingChanges().size(), 1);
      QCOMPARE(cache.pendingChanges().at(0).baseVersionId, QStringLiteral("2"));  // If-Match the server's
    } else {
      QVERIFY(now->toJson().contains("Server"));
      QCOMPARE(cache.pendingChanges().size(), 0);
    }
  }

  void findsPatients_data() {
    QTest::addColumn<QString>("nameOrNumber");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<QStringList>("ids");
    const QDate dob(1950, 3, 4);
    QTest::newRow("NHS number") << "9434765919" << QDate() << QStringList{"p1"};
    QTest::newRow("NHS number spaced") << "943 476 5919" << QDate() << QStringList{"p1"};
    QTest::newRow("family prefix") << "obr" << dob << QStringList{"p1"};
    QTest::newRow("apostrophe and case") << "O'Bri" << dob << QStringList{"p1"};
    QTest::newRow("given prefix") << "zo" << dob << QStringList{"p1"};
    QTest::newRow("accent folded") << "Zoë" << dob << QStringList{"p1"};
    QTest::newRow("other birth date") << "obr" << QDate(1950, 3, 5) << QStringList{};
    QTest::newRow("two on the same day") << "s" << QDate(1980, 1, 1) << QStringList{"p2", "p3"};
    QTest::newRow("no match") << "xyz" << dob << QStringList{};
  }
  void findsPatients() {
    QFETCH(QString, nameOrNumber);
    QFETCH(QDate, birthDate);
    QFETCH(QStringList, ids);
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QVERIFY(cache
                .applyServerPage({test::patient("p1", "O'Brien", "Zoë", "9434765919", "1950-03-04"),
                                  test::patient("p2", "Smith", "Ann", "4010232137", "1980-01-01"),
                                  test::patient("p3", "Sharma", "Ravi", "9000000009", "1980-01-01")},
                                 {})
                .ok());
    QList<fhir::Resource> found;
    if (const auto number = fhir::NhsNumber::parse(nameOrNumber)) {
      found = cache.findPatients(*number);
    } else {
      found = cache.findPatients(nameOrNumber, birthDate);
    }
    QStringList foundIds;
    for (const fhir::Resource& resource : found) {
      foundIds.append(resource.id());
    }
    foundIds.sort();
    QCOMPARE(foundIds, ids);
  }

  void compartmentIsNewestFirstWithLimit() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QList<fhir::Resource> page;
    for (int day = 1; day <= 9; ++day) {
      page.append(test::observation(QStringLiteral("o%1").arg(day), "p1",
                                    QStringLiteral("2026-11-0%1T08:00:00Z").arg(day)));
    }
    page.append(test::observation("other", "p2", "2026-11-30T08:00:00Z"));
    QVERIFY(cache.applyServerPage(page, {}).ok());
    const auto newest = cache.compartment("p1", "Observation", 3);
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.at(0).id(), QStringLiteral("o9"));
    QCOMPARE(newest.at(2).id(), QStringLiteral("o7"));
    QCOMPARE(cache.compartment("p1", "Observation").size(), 9);
    QCOMPARE(cache.compartment("p1", "Condition").size(), 0);
  }

  // A chart's window: the oldest instant inside it is included, one
  // millisecond earlier is not.
  void compartmentSinceIncludesItsStartOnly() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QVERIFY(cache
                .applyServerPage({test::observation("before", "p1", "2026-11-01T07:59:59.999Z"),
                                  test::observation("at", "p1", "2026-11-01T08:00:00Z"),
                                  test::observation("after", "p1", "2026-11-02T08:00:00Z"),
                                  test::observation("other", "p2", "2026-11-02T08:00:00Z")},
                                 {})
                .ok());
    const auto window =
        cache.compartmentSince("p1", "Observation", QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(window.size(), 2);
    QCOMPARE(window.at(0).id(), QStringLiteral("after"));
    QCOMPARE(window.at(1).id(), QStringLiteral("at"));
  }

  // The Scale 2 decisions are found by code among a patient's survey
  // Observations, newest first; vital signs with the same code text, other
  // patients' decisions and deleted ones are not returned.
  void surveyObservationsAreFoundByCode() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QVERIFY(cache
                .applyServerPage({surveyCoded("older", "p1", "survey", "2026-11-01T08:00:00Z"),
                                  surveyCoded("newer", "p1", "survey", "2026-11-03T08:00:00Z"),
                                  surveyCoded("vital", "p1", "vital-signs", "2026-11-04T08:00:00Z"),
                                  surveyCoded("theirs", "p2", "survey", "2026-11-05T08:00:00Z"),
                                  surveyCoded("gone", "p1", "survey", "2026-11-06T08:00:00Z")},
                                 {})
                .ok());
    QVERIFY(cache.applyServerPage({}, {{QStringLiteral("Observation"), QStringLiteral("gone")}}).ok());
    const auto found = cache.surveyObservations("p1", "https://example.org/cs", "spo2-scale");
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).id(), QStringLiteral("newer"));
    QCOMPARE(found.at(1).id(), QStringLiteral("older"));
    QVERIFY(cache.surveyObservations("p1", "https://other.org/cs", "spo2-scale").isEmpty());
  }

  // Escalation Tasks name their patient in Task.for and belong to the
  // patient's record like any resource with a subject.
  void tasksJoinTheirPatientsCompartment() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QVERIFY(cache.applyServerPage({escalationTask()}, {}).ok());
    const auto tasks = cache.compartment("p1", "Task");
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.at(0).id(), QStringLiteral("t1"));
  }

  // Reconciliation deletes what these lists hold and the server lacks, so a
  // local create the server has never seen must not be in them.
  void serverIdsListWhatTheServerHasHadPerScope() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QVERIFY(cache
                .applyServerPage({test::patient("p1", "Smith", "Ann", "9434765919", "1950-03-04"),
                                  test::patient("p2", "Jones", "Bea", "9434765870", "1950-03-04"),
                                  test::observation("o1", "p1", "2026-11-01T08:00:00Z"),
                                  test::observation("o2", "p1", "2026-11-02T08:00:00Z"),
                                  test::observation("o3", "p2", "2026-11-03T08:00:00Z"),
                                  test::resource(R"({"resourceType":"Practitioner","id":"dr1",)"
                                                 R"("meta":{"versionId":"1"}})")},
                                 {})
                .ok());
    const auto created = cache.write(test::observation({}, "p1", "2026-11-04T08:00:00Z"), test::auditEvent());
    QVERIFY(created.ok());
    QVERIFY(cache.remove({"Observation", "o2"}, test::auditEvent()).ok());
    // Edited locally, but the server has it: it stays listed.
    fhir::Resource edited = *cache.read({"Observation", "o3"});
    edited.setElement(QStringLiteral("status"), fhir::JsonValue::fromString(QStringLiteral("amended")));
    QVERIFY(cache.write(edited, test::auditEvent()).ok());

    const auto sorted = [](QStringList ids) {
      ids.sort();
      return ids;
    };
    QCOMPARE(sorted(cache.serverIds("Observation", {"p1"})), QStringList{"o1"});
    QCOMPARE(sorted(cache.serverIds("Observation", {"p1", "p2"})), (QStringList{"o1", "o3"}));
    QCOMPARE(sorted(cache.serverIds("Patient", {"p2", "p9"})), QStringList{"p2"});
    QCOMPARE(cache.serverIds("Observation", {}), QStringList());
    QCOMPARE(sorted(cache.serverIds("Observation")), (QStringList{"o1", "o3"}));
    QCOMPARE(cache.serverIds("Practitioner"), QStringList{"dr1"});

    // Once sent, the create is the server's too.
    const QList<store::JournalEntry> pending = cache.pendingChanges();
    QVERIFY(cache.markSent(pending.at(0).seq, "o4", "1", "2026-11-04T08:00:01Z").ok());
    QCOMPARE(sorted(cache.serverIds("Observation", {"p1"})), (QStringList{"o1", "o4"}));
  }

  void wardListFollowsBedsToTheWard() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    const auto page = cache.applyServerPage(
        {test::resource(R"({"resourceType":"Location","id":"ward-a","name":"Ward A"})"),
         test::resource(R"({"resourceType":"Location","id":"bed-1","name":"Bed 1",)"
                        R"("partOf":{"reference":"Location/ward-a"}})"),
         test::patient("p1", "Smith", "Ann", "9434765919", "1950-03-04"),
         test::resource(R"({"resourceType":"Encounter","id":"e1","status":"in-progress",)"
                        R"("class":{"code":"IMP"},"subject":{"reference":"Patient/p1"},)"
                        R"("location":[{"location":{"reference":"Location/bed-1"}}]})"),
         test::resource(R"({"resourceType":"Encounter","id":"e2","status":"finished",)"
                        R"("class":{"code":"IMP"},"subject":{"reference":"Patient/p1"},)"
                        R"("location":[{"location":{"reference":"Location/bed-1"}}]})")},
        {});
    QVERIFY(page.ok());
    const QList<store::WardEntry> ward = cache.wardList("ward-a");
    QCOMPARE(ward.size(), 1);
    QCOMPARE(ward.at(0).encounter.id(), QStringLiteral("e1"));
    QCOMPARE(ward.at(0).patient->id(), QStringLiteral("p1"));
    QCOMPARE(ward.at(0).location->id(), QStringLiteral("bed-1"));
    QVERIFY(cache.wardList("ward-b").isEmpty());
    QCOMPARE(cache.childLocationIds("ward-a"), QStringList{"bed-1"});
    QVERIFY(cache.childLocationIds("bed-1").isEmpty());

    // A bed the server removed is no longer one the ward's search names.
    QVERIFY(cache.applyServerPage({}, {{"Location", "bed-1"}}).ok());
    QVERIFY(cache.childLocationIds("ward-a").isEmpty());
  }

  void sentCreateTakesTheServerIdEverywhere() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    const auto patient = cache.write(
        test::resource(R"({"resourceType":"Patient","name":[{"family":"New"}]})"), test::auditEvent());
    const QString localId = patient.resource->id();
    const auto obs =
        cache.write(test::observation(QString(), localId, "2026-11-20T08:00:00Z"), test::auditEvent());
    QVERIFY(obs.ok());
    const QList<store::JournalEntry> pending = cache.pendingChanges();
    QCOMPARE(pending.size(), 2);
    QVERIFY(cache.markSent(pending.at(0).seq, "srv-1", "1", "2026-11-21T09:00:01Z").ok());
    QVERIFY(!cache.read({"Patient", localId}));
    const auto server = cache.read({"Patient", "srv-1"});
    QVERIFY(server);
    QCOMPARE(server->versionId(), QStringLiteral("1"));
    const auto observation = cache.read({"Observation", obs.resource->id()});
    QVERIFY(observation->toJson().contains("\"Patient/srv-1\""));
    QCOMPARE(cache.compartment("srv-1", "Observation").size(), 1);
    QCOMPARE(cache.pendingChanges().size(), 1);
  }

  void parkedChangesBlockNothingAndAreCounted() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QVERIFY(cache.write(test::observation(QString(), "p1", "2026-11-20T08:00:00Z"), test::auditEvent()).ok());
    QVERIFY(cache.write(test::observation(QString(), "p1", "2026-11-20T09:00:00Z"), test::auditEvent()).ok());
    QVERIFY(
        cache.applyServerPage({test::patient("p1", "Smith", "Ann", "9434765919", "1950-03-04")}, {}).ok());
    const auto outcome = test::resource(
        R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid"}]})");
    QVERIFY(cache.park(cache.pendingChanges().at(0).seq, outcome).ok());
    QCOMPARE(cache.pendingChanges().size(), 1);
    QCOMPARE(cache.parkedChanges().size(), 1);
    QVERIFY(cache.parkedChanges().at(0).outcome->toJson().contains("invalid"));
    const store::StoreStats stats = cache.stats();
    QCOMPARE(stats.changesWaiting, 1);
    QCOMPARE(stats.parked, 1);
    QCOMPARE(stats.conflicts, 0);
    QCOMPARE(stats.auditWaiting, 2);
    QCOMPARE(stats.resourcesByType.value("Observation"), 2);
    QCOMPARE(stats.resourcesByType.value("Patient"), 1);
  }

  void parkedChangeSentAgainWaitsWithoutItsOutcome() {
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    QVERIFY(cache.write(test::observation(QString(), "p1", "2026-11-20T08:00:00Z"), test::auditEvent()).ok());
    const qint64 seq = cache.pendingChanges().at(0).seq;
    QVERIFY(cache.park(seq, kRefused()).ok());
    const qsizetype audited = cache.pendingAudit().size();
    QSignalSpy counts(&cache, &store::Store::syncCountsChanged);
    QSignalSpy changed(&cache, &store::Store::resourceChanged);

    QVERIFY(cache.retryParked(seq, test::auditEvent()).ok());
    const QList<store::JournalEntry> pending = cache.pendingChanges();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).seq, seq);
    QVERIFY(!pending.at(0).outcome);
    QVERIFY(cache.parkedChanges().isEmpty());
    QCOMPARE(cache.stats().parked, 0);
    QCOMPARE(cache.stats().changesWaiting, 1);
    QCOMPARE(cache.pendingAudit().size(), audited + 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(changed.size(), 1);
    // Only a parked change can be sent again; the audit is not queued for nothing.
    QVERIFY(!cache.retryParked(seq, test::auditEvent()).ok());
    QCOMPARE(cache.pendingAudit().size(), audited + 1);
  }

  void discardedParkedChangeGoesBackToTheServersVersion_data() {
    QTest::addColumn<QString>("change");
    // The effective time read afterwards; empty when the cache no longer holds the resource.
    QTest::addColumn<QString>("expected");
    QTest::newRow("create: removed") << "create"
                                     << "";
    QTest::newRow("update: the conflict's server version") << "update-conflict"
                                                           << "2026-11-20T07:00:00Z";
    QTest::newRow("delete: the downloaded version") << "delete"
                                                    << "2026-11-20T06:00:00Z";
    QTest::newRow("update, no server copy: downloaded again") << "update"
                                                              << "";
  }
  void discardedParkedChangeGoesBackToTheServersVersion() {
    QFETCH(QString, change);
    QFETCH(QString, expected);
    StoreFixture fixture;
    auto opened = fixture.open();
    store::Store& cache = *opened.store;
    const store::Watermark ward{"ward:LOC-AMU", "Observation", "2026-11-20T06:00:00Z"};
    const store::Watermark history{"history", "Observation", "2026-11-20T06:00:00Z"};
    store::ResourceKey key{"Observation", "o1"};
    if (change == "create") {
      const store::WriteResult written =
          cache.write(test::observation(QString(), "p1", "2026-11-20T08:00:00Z"), test::auditEvent());
      QVERIFY(written.ok());
      key.id = written.resource->id();
    } else {
      QVERIFY(
          cache.applyServerPage({test::observation(key.id, "p1", "2026-11-20T06:00:00Z")}, {}, ward).ok());
      QVERIFY(cache.applyServerPage({}, {}, history).ok());
      if (change == "delete") {
        QVERIFY(cache.remove(key, test::auditEvent()).ok());
      } else {
        QVERIFY(
            cache.write(test::observation(key.id, "p1", "2026-11-20T08:00:00Z"), test::auditEvent()).ok());
      }
      if (change == "update-conflict") {
        QVERIFY(cache.addConflict(key, test::observation(key.id, "p1", "2026-11-20T07:00:00Z", "2")).ok());
      }
    }
    QVERIFY(cache.park(cache.pendingChanges().at(0).seq, kRefused()).ok());
    const qint64 seq = cache.parkedChanges().at(0).seq;
    const qsizetype audited = cache.pendingAudit().size();
    QSignalSpy counts(&cache, &store::Store::syncCountsChanged);
    QSignalSpy changed(&cache, &store::Store::resourceChanged);

    QVERIFY(cache.discardParked(seq, test::auditEvent()).ok());
    const store::StoreStats stats = cache.stats();
    QCOMPARE(stats.parked, 0);
    QCOMPARE(stats.changesWaiting, 0);
    QCOMPARE(stats.conflicts, 0);  // nothing is left to decide
    QCOMPARE(cache.pendingAudit().size(), audited + 1);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(changed.size(), 1);
    const std::optional<fhir::Resource> now = cache.read(key);
    if (expected.isEmpty()) {
      QVERIFY(!now);
    } else {
      QVERIFY(now);
      QVERIFY(now->toJson().contains(expected.toUtf8()));
      QVERIFY(!now->toJson().contains("2026-11-20T08:00:00Z"));
    }
    if (change == "update") {
      // Downloaded again at the next sync; deletions since are still fetched.
      QVERIFY(cache.watermark(ward.scope, ward.type).isEmpty());
      QCOMPARE(cache.watermark(history.scope, history.type), history.value);
    } else if (change != "create") {
      QCOMPARE(cache.watermark(ward.scope, ward.type), ward.value);
    }
    QVERIFY(!cache.discardParked(seq, test::auditEvent()).ok());
  }

  void auditTrailEventsMoveIntoTheQueue() {
    StoreFixture fixture;
    auto opened = fixture.open();
    audit::AuditTrail trail;
    audit::SessionAuditFacts facts;
    facts.userId = QStringLiteral("555000000001");
    facts.at = fixture.clock().now();
    trail.recordSession(facts);  // before the store exists: kept pending
    store::AuditQueueSink sink(trail, *opened.store);
    QVERIFY(trail.pending().isEmpty());
    trail.recordSession(facts);
    QVERIFY(trail.pending().isEmpty());
    const auto queued = opened.store->pendingAudit();
    QCOMPARE(queued.size(), 2);
    QVERIFY(opened.store->markAuditSent({queued.at(0).seq}).ok());
    QCOMPARE(opened.store->stats().auditWaiting, 1);
  }

  void foldsNamesForSearch_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case") << "SMITH"
                          << "smith";
    QTest::newRow("apostrophe") << "O'Brien"
                                << "obrien";
    QTest::newRow("hyphen and space") << "Lloyd-Jones Ap"
                                      << "lloydjonesap";
    QTest::newRow("diaeresis") << "Zoë"
                               << "zoe";
    QTest::newRow("Welsh circumflex") << "Siân"
                                      << "sian";
  }
  void foldsNamesForSearch() {
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(store::foldForSearch(text), folded);
  }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
