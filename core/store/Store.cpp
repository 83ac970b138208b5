#include "core/store/Store.h"

#include "core/store/CipherConnection.h"
#include "core/store/ResourceIndexer.h"
#include "core/store/Schema.h"
#include "core/store/StoreTr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "cw.store")

namespace cw::store {
namespace {

constexpr char kUuidSystem[] = "urn:ietf:rfc:3986";

QString operationName(Operation operation) {
  switch (operation) {
    case Operation::Create: return QStringLiteral("create");
    case Operation::Update: return QStringLiteral("update");
    case Operation::Delete: return QStringLiteral("delete");
  }
  return {};
}

Operation operationFrom(const QString& name) {
  if (name == QLatin1String("update")) {
    return Operation::Update;
  }
  return name == QLatin1String("delete") ? Operation::Delete : Operation::Create;
}

struct UnsentEntry {
  Operation operation;
  ResourceKey key;
};

enum class Waiting { PendingOrParked, ParkedOnly };

// Journal entry `seq` while it is not sent (or, with ParkedOnly, while it is
// parked); nothing once it was sent or discarded.
std::optional<UnsentEntry> unsentEntry(CipherConnection& db, qint64 seq, Waiting waiting) {
  sqlite::Statement& entry =
      waiting == Waiting::ParkedOnly
          ? db.statement("SELECT operation, type, id FROM journal WHERE seq = ?1 AND state = 'parked'")
          : db.statement(
                "SELECT operation, type, id FROM journal WHERE seq = ?1 AND state IN ('pending', 'parked')");
  entry.bind(1, seq);
  if (!entry.next()) {
    return std::nullopt;
  }
  UnsentEntry unsent{operationFrom(entry.text(0)), {entry.text(1), entry.text(2)}};
  entry.reset();
  return unsent;
}

std::optional<fhir::Resource> parseStored(const QByteArray& json) {
  if (json.isEmpty()) {
    return std::nullopt;
  }
  fhir::ResourceParseResult parsed = fhir::Resource::parse(json);
  return parsed.resource;
}

QString databaseFailure(const sqlite::SqlError& error) {
  // SQLite's message names tables and constraints, never values.
  qCWarning(lcStore) << "cache database error:" << error.what();
  return Tr::tr(
             "The offline cache could not be updated (%1). Nothing was half-written; try again, and "
             "call IT if it keeps happening.")
      .arg(QString::fromUtf8(error.what()));
}

QString timestamp(const base::Clock& clock) {
  return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

// The same database file, wal and shm, renamed with a timestamp beside it.
QString moveAside(const QString& path, const base::Clock& clock) {
  const QString target =
      path + QStringLiteral(".unreadable-") + clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  if (!QFile::rename(path, target)) {
    return {};
  }
  for (const char* suffix : {"-wal", "-shm"}) {
    const QString side = path + QLatin1String(suffix);
    if (QFile::exists(side)) {
      QFile::rename(side, target + QLatin1String(suffix));
    }
  }
  return target;
}

struct StoredRow {
  qint64 rid = 0;
  QString versionId;
  QString lastUpdated;
  bool deleted = false;
};

std::optional<StoredRow> findRow(CipherConnection& db, const QString& type, const QString& id) {
  sqlite::Statement& statement = db.statement(
      "SELECT rid, version_id, last_updated, deleted FROM resources WHERE type = ?1 AND id = ?2");
  statement.bind(1, type).bind(2, id);
  if (!statement.next()) {
    return std::nullopt;
  }
  StoredRow row{statement.int64(0), statement.text(1), statement.text(2), statement.int64(3) != 0};
  statement.reset();
  return row;
}

bool hasUnsynced(CipherConnection& db, const QString& type, const QString& id) {
  sqlite::Statement& statement = db.statement(
      "SELECT 1 FROM journal WHERE type = ?1 AND id = ?2 AND state IN ('pending', 'parked') LIMIT 1");
  statement.bind(1, type).bind(2, id);
  const bool found = statement.next();
  statement.reset();
  return found;
}

// A new row has no index rows to replace: deleting a resource row deletes
// its index rows with it (ON DELETE CASCADE), so a reused rid starts clean.
// Skipping the five deletes for new rows makes a first sync's pages about a
// third cheaper.
enum class IndexRowsOf { NewRow, ExistingRow };

void writeIndexRows(CipherConnection& db, qint64 rid, const fhir::Resource& resource,
                    IndexRowsOf row = IndexRowsOf::ExistingRow) {
  if (row == IndexRowsOf::ExistingRow) {
    for (const char* sql :
         {"DELETE FROM index_token WHERE rid = ?1", "DELETE FROM index_string WHERE rid = ?1",
          "DELETE FROM index_date WHERE rid = ?1", "DELETE FROM index_reference WHERE rid = ?1",
          "DELETE FROM compartment WHERE rid = ?1"}) {
      db.statement(sql).bind(1, rid).run();
    }
  }
  const IndexRows rows = indexResource(resource);
  const QString type = resource.resourceType();
  for (const TokenRow& token : rows.tokens) {
    db.statement("INSERT INTO index_token (rid, type, name, system, code) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, rid)
        .bind(2, type)
        .bind(3, token.name)
        .bind(4, token.system.isNull() ? QStringLiteral("") : token.system)
        .bind(5, token.code)
        .run();
  }
  for (const StringRow& string : rows.strings) {
    db.statement("INSERT INTO index_string (rid, type, name, value) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, rid)
        .bind(2, type)
        .bind(3, string.name)
        .bind(4, string.value)
        .run();
  }
  for (const DateRow& date : rows.dates) {
    db.statement("INSERT INTO index_date (rid, type, name, start, end) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, rid)
        .bind(2, type)
        .bind(3, date.name)
        .bind(4, date.start)
        .bind(5, date.end)
        .run();
  }
  for (const ReferenceRow& reference : rows.references) {
    db.statement(
          "INSERT INTO index_reference (rid, type, name, target_type, target_id) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, rid)
        .bind(2, type)
        .bind(3, reference.name)
        .bind(4, reference.targetType)
        .bind(5, reference.targetId)
        .run();
  }
  if (!rows.compartmentPatientId.isEmpty()) {
    sqlite::Statement& statement = db.statement(
        "INSERT INTO compartment (rid, patient_id, type, clinical_time) VALUES (?1, ?2, ?3, ?4)");
    statement.bind(1, rid).bind(2, rows.compartmentPatientId).bind(3, type);
    if (rows.clinicalTime) {
      statement.bind(4, *rows.clinicalTime);
    }
    statement.run();
  }
}

// A create's id is known only inside write(): an audit event names the
// written resource by an entity left without a reference, or by none at all.
void nameTheWrittenResource(fhir::AuditEvent& event, const QString& reference) {
  QList<fhir::AuditEntity> entities = event.entities();
  if (entities.isEmpty()) {
    entities.append(fhir::AuditEntity());
  }
  for (fhir::AuditEntity& entity : entities) {
    if (entity.what.isEmpty()) {
      entity.what.reference = reference;
    }
  }
  event.setEntities(entities);
}

// Inserts or replaces the resource row and its index rows; returns its rid.
// `row` is what findRow found for the resource. (SQLCipher 3.4 is SQLite
// 3.15: no UPSERT, and INSERT OR REPLACE would delete the row and give it a
// new rid.)
qint64 putResource(CipherConnection& db, const fhir::Resource& resource, const QString& localEditTime,
                   const std::optional<StoredRow>& row) {
  const QString type = resource.resourceType();
  const QString versionId = resource.versionId().isEmpty() ? QString() : resource.versionId();
  const QString lastUpdated = resource.lastUpdated().isEmpty() ? QString() : resource.lastUpdated();
  qint64 rid = 0;
  if (row) {
    rid = row->rid;
    db.statement(
          "UPDATE resources SET version_id = ?2, last_updated = ?3, local_edit_time = ?4, deleted = 0, "
          "json = ?5 WHERE rid = ?1")
        .bind(1, rid)
        .bind(2, versionId)
        .bind(3, lastUpdated)
        .bind(4, localEditTime)
        .bind(5, resource.toJson())
        .run();
  } else {
    db.statement(
          "INSERT INTO resources (type, id, version_id, last_updated, local_edit_time, json) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, type)
        .bind(2, resource.id())
        .bind(3, versionId)
        .bind(4, lastUpdated)
        .bind(5, localEditTime)
        .bind(6, resource.toJson())
        .run();
    rid = db.lastInsertRowId();
  }
  writeIndexRows(db, rid, resource, row ? IndexRowsOf::ExistingRow : IndexRowsOf::NewRow);
  return rid;
}

qint64 putResource(CipherConnection& db, const fhir::Resource& resource, const QString& localEditTime) {
  return putResource(db, resource, localEditTime, findRow(db, resource.resourceType(), resource.id()));
}

void deleteResource(CipherConnection& db, const ResourceKey& key) {
  db.statement("DELETE FROM resources WHERE type = ?1 AND id = ?2").bind(1, key.type).bind(2, key.id).run();
}

// The resource as stored now, local edits included.
std::optional<fhir::Resource> storedResource(CipherConnection& db, const ResourceKey& key) {
  sqlite::Statement& statement = db.statement("SELECT json FROM resources WHERE type = ?1 AND id = ?2");
  statement.bind(1, key.type).bind(2, key.id);
  std::optional<fhir::Resource> resource = statement.next() ? parseStored(statement.bytes(0)) : std::nullopt;
  statement.reset();
  return resource;
}

void queueAuditRow(CipherConnection& db, const fhir::Resource& event) {
  db.statement("INSERT INTO audit_queue (json) VALUES (?1)").bind(1, event.toJson()).run();
}

void addConflictRow(CipherConnection& db, const ResourceKey& key, const std::optional<fhir::Resource>& server,
                    const QString& now) {
  // One open conflict per resource: a newer server version replaces the older one.
  sqlite::Statement& local = db.statement("SELECT json, deleted FROM resources WHERE type = ?1 AND id = ?2");
  local.bind(1, key.type).bind(2, key.id);
  QByteArray localJson;
  if (local.next() && local.int64(1) == 0) {
    localJson = local.bytes(0);
  }
  local.reset();
  db.statement("DELETE FROM conflicts WHERE type = ?1 AND id = ?2 AND resolution IS NULL")
      .bind(1, key.type)
      .bind(2, key.id)
      .run();
  sqlite::Statement& insert = db.statement(
      "INSERT INTO conflicts (type, id, local_json, server_json, detected_at) VALUES (?1, ?2, ?3, ?4, ?5)");
  insert.bind(1, key.type).bind(2, key.id);
  if (localJson.isEmpty()) {
    insert.bindNull(3);
  } else {
    insert.bind(3, localJson);
  }
  if (server) {
    insert.bind(4, server->toJson());
  } else {
    insert.bindNull(4);
  }
  insert.bind(5, now).run();
}

// Replaces "Type/oldId" by "Type/newId" in every resource that refers to it.
void rewriteReferences(CipherConnection& db, const QString& type, const QString& oldId,
                       const QString& newId) {
  sqlite::Statement& find = db.statement(
      "SELECT DISTINCT r.rid, r.json FROM index_reference x JOIN resources r ON r.rid = x.rid "
      "WHERE x.target_type = ?1 AND x.target_id = ?2");
  find.bind(1, type).bind(2, oldId);
  QList<QPair<qint64, QByteArray>> referring;
  while (find.next()) {
    referring.append({find.int64(0), find.bytes(1)});
  }
  find.reset();
  // Local ids are UUIDs, so the quoted relative reference cannot occur by accident.
  const QByteArray from = QStringLiteral("\"%1/%2\"").arg(type, oldId).toUtf8();
  const QByteArray to = QStringLiteral("\"%1/%2\"").arg(type, newId).toUtf8();
  for (auto& [rid, json] : referring) {
    json.replace(from, to);
    const std::optional<fhir::Resource> resource = parseStored(json);
    if (!resource) {
      continue;
    }
    db.statement("UPDATE resources SET json = ?2 WHERE rid = ?1").bind(1, rid).bind(2, json).run();
    writeIndexRows(db, rid, *resource);
  }
}

}  // namespace

Store::Store(std::unique_ptr<CipherConnection> writer, std::unique_ptr<CipherConnection> reader,
             const base::Clock& clock)
    : m_writer(std::move(writer)), m_reader(std::move(reader)), m_clock(clock) {}

Store::~Store() = default;

Store::Opened Store::open(const QString& path, KeyProvider& keys, const base::Clock& clock,
                          Creation creation) {
  Opened result;
  const bool exists = QFileInfo::exists(path);
  if (!exists && creation == Creation::MustExist) {
    result.error = Tr::tr("There is no offline cache at %1.").arg(path);
    return result;
  }
  CacheKey key = keys.key();
  if (!key.ok()) {
    result.error = key.error;
    return result;
  }
  if (!exists && !QDir().mkpath(QFileInfo(path).absolutePath())) {
    result.error = Tr::tr("The folder for the offline cache %1 cannot be created.").arg(path);
    return result;
  }
  CipherConnection::Opened writer = CipherConnection::open(path, key.key, true);
  switch (writer.failure) {
    case OpenFailure::None: break;
    case OpenFailure::NotEncrypted:
      qCCritical(lcStore) << "refusing an unencrypted SQLite file at the cache path";
      result.error = Tr::tr(
                         "The file %1 is an unencrypted database, not an offline cache. It has not been "
                         "opened or changed; ask IT to remove it.")
                         .arg(path);
      return result;
    case OpenFailure::NoCipher:
      qCCritical(lcStore) << "SQLCipher is not active: refusing to store patient data unencrypted";
      result.error = Tr::tr("Encryption is not available for the offline cache, so it will not be used.");
      return result;
    case OpenFailure::CannotOpen:
      qCWarning(lcStore) << "cache cannot be opened:" << writer.detail;
      result.error = Tr::tr("The offline cache %1 cannot be opened (%2).").arg(path, writer.detail);
      return result;
    case OpenFailure::WrongKey:
      // We cannot look inside, so we cannot prove it holds nothing unsynced:
      // it is kept, moved aside, never deleted. The next start makes a new cache.
      result.movedAsideTo = moveAside(path, clock);
      qCCritical(lcStore) << "cache unreadable with this key (wrong key or damaged); moved aside to"
                          << result.movedAsideTo;
      result.error =
          result.movedAsideTo.isEmpty()
              ? Tr::tr(
                    "The offline cache %1 cannot be read with this workstation's key (wrong key or a "
                    "damaged file), and it could not be moved aside. Call IT.")
                    .arg(path)
              : Tr::tr(
                    "The offline cache cannot be read with this workstation's key (wrong key or a "
                    "damaged file). It has been kept, moved to %1, because it may hold changes not yet "
                    "sent. Call IT; a new cache will be made when you start again.")
                    .arg(result.movedAsideTo);
      return result;
  }
  try {
    CipherConnection& db = *writer.connection;
    const int version = schemaVersion(db);
    if (version > kSchemaVersion) {
      result.error = Tr::tr(
                         "The offline cache %1 was written by a newer version of Clinical Workstation "
                         "(schema %2). It has not been changed; update this workstation.")
                         .arg(path)
                         .arg(version);
      return result;
    }
    // WAL lets readers work while the writer commits; FULL syncs the WAL at
    // every commit so a recorded observation survives a power cut, not just
    // kill -9 (NORMAL would be enough for that, but not for power loss).
    db.exec("PRAGMA journal_mode = WAL");
    if (db.journalMode() != QLatin1String("wal")) {
      qCWarning(lcStore) << "WAL journal mode not available; readers may wait for writers";
    }
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    migrate(db);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache cannot be prepared:" << error.what();
    result.error = Tr::tr("The offline cache %1 cannot be prepared (%2). It has not been deleted; call IT.")
                       .arg(path, QString::fromUtf8(error.what()));
    return result;
  }
  // The file on disk must never start with plain SQLite's header.
  if (CipherConnection::hasPlainHeader(path)) {
    result.error = Tr::tr("The offline cache %1 is not encrypted; it will not be used.").arg(path);
    return result;
  }
  CipherConnection::Opened reader = CipherConnection::open(path, key.key, false);
  if (reader.failure != OpenFailure::None) {
    result.error = Tr::tr("The offline cache %1 cannot be opened (%2).").arg(path, reader.detail);
    return result;
  }
  try {
    reader.connection->exec("PRAGMA foreign_keys = ON");
  } catch (const sqlite::SqlError& error) {
    result.error = databaseFailure(error);
    return result;
  }
  result.store.reset(new Store(std::move(writer.connection), std::move(reader.connection), clock));
  return result;
}

WriteResult Store::write(fhir::Resource resource, const fhir::AuditEvent& audit) {
  WriteResult result;
  const QString type = resource.resourceType();
  Operation operation = Operation::Create;
  QString baseVersion;
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      CipherConnection& db = *m_writer;
      WriteTransaction transaction(db);
      if (resource.id().isEmpty()) {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        resource.setId(uuid);
        fhir::JsonValue identifier = fhir::JsonValue::object();
        identifier.insert(QStringLiteral("system"), fhir::JsonValue::fromString(QLatin1String(kUuidSystem)));
        identifier.insert(QStringLiteral("value"),
                          fhir::JsonValue::fromString(QStringLiteral("urn:uuid:") + uuid));
        resource.elementForEdit(QStringLiteral("identifier")).append(identifier);
      } else {
        const std::optional<StoredRow> row = findRow(db, type, resource.id());
        if (!row || row->deleted) {
          result.error = Tr::tr("This record is not in the offline cache, so the change cannot be saved.");
          return result;
        }
        operation = Operation::Update;
        baseVersion = row->versionId;
        // Server meta stays as the server sent it, whatever the caller passed.
        if (!row->versionId.isEmpty() || !row->lastUpdated.isEmpty()) {
          resource.setVersion(row->versionId, row->lastUpdated);
        }
      }
      const QString now = timestamp(m_clock);
      putResource(db, resource, now);
      db.statement(
            "INSERT INTO journal (operation, type, id, base_version_id, recorded_at) VALUES (?1, ?2, ?3, ?4, "
            "?5)")
          .bind(1, operationName(operation))
          .bind(2, type)
          .bind(3, resource.id())
          .bind(4, baseVersion.isEmpty() ? QString() : baseVersion)
          .bind(5, now)
          .run();
      fhir::AuditEvent event = audit;
      nameTheWrittenResource(event, resource.relativePath());
      queueAuditRow(db, event.resource());
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      result.error = databaseFailure(error);
      return result;
    }
  }
  result.resource = resource;
  Q_EMIT resourceChanged(type, resource.id());
  Q_EMIT syncCountsChanged();
  return result;
}

StoreResult Store::remove(const ResourceKey& key, const fhir::AuditEvent& audit) {
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      CipherConnection& db = *m_writer;
      WriteTransaction transaction(db);
      const std::optional<StoredRow> row = findRow(db, key.type, key.id);
      if (!row || row->deleted) {
        return {Tr::tr("This record is not in the offline cache, so it cannot be deleted.")};
      }
      const QString now = timestamp(m_clock);
      db.statement("UPDATE resources SET deleted = 1, local_edit_time = ?2 WHERE rid = ?1")
          .bind(1, row->rid)
          .bind(2, now)
          .run();
      for (const char* sql :
           {"DELETE FROM index_token WHERE rid = ?1", "DELETE FROM index_string WHERE rid = ?1",
            "DELETE FROM index_date WHERE rid = ?1", "DELETE FROM compartment WHERE rid = ?1"}) {
        db.statement(sql).bind(1, row->rid).run();
      }
      db.statement(
            "INSERT INTO journal (operation, type, id, base_version_id, recorded_at) VALUES ('delete', ?1, "
            "?2, ?3, ?4)")
          .bind(1, key.type)
          .bind(2, key.id)
          .bind(3, row->versionId.isEmpty() ? QString() : row->versionId)
          .bind(4, now)
          .run();
      fhir::AuditEvent event = audit;
      if (event.entities().isEmpty()) {
        fhir::AuditEntity entity;
        entity.what.reference = key.type + QLatin1Char('/') + key.id;
        event.addEntity(entity);
      }
      queueAuditRow(db, event.resource());
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      return {databaseFailure(error)};
    }
  }
  Q_EMIT resourceChanged(key.type, key.id);
  Q_EMIT syncCountsChanged();
  return {};
}

PageResult Store::applyServerPage(const QList<fhir::Resource>& resources, const QList<ResourceKey>& deletions,
                                  const std::optional<Watermark>& watermark) {
  PageResult result;
  QList<ResourceKey> changed;
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      CipherConnection& db = *m_writer;
      WriteTransaction transaction(db);
      const QString now = timestamp(m_clock);
      for (const fhir::Resource& resource : resources) {
        const ResourceKey key{resource.resourceType(), resource.id()};
        const std::optional<StoredRow> row = findRow(db, key.type, key.id);
        const bool sameVersion =
            row && !resource.versionId().isEmpty() && row->versionId == resource.versionId();
        if (sameVersion) {
          ++result.unchanged;
          continue;
        }
        if (row && hasUnsynced(db, key.type, key.id)) {
          addConflictRow(db, key, resource, now);
          ++result.conflicts;
          continue;
        }
        putResource(db, resource, QString(), row);
        changed.append(key);
        ++result.stored;
      }
      for (const ResourceKey& key : deletions) {
        const std::optional<StoredRow> row = findRow(db, key.type, key.id);
        if (!row) {
          continue;
        }
        if (hasUnsynced(db, key.type, key.id)) {
          addConflictRow(db, key, std::nullopt, now);
          ++result.conflicts;
          continue;
        }
        deleteResource(db, key);
        changed.append(key);
        ++result.deleted;
      }
      if (watermark) {
        db.statement("INSERT OR REPLACE INTO sync_state (scope, type, watermark) VALUES (?1, ?2, ?3)")
            .bind(1, watermark->scope)
            .bind(2, watermark->type)
            .bind(3, watermark->value)
            .run();
      }
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      return PageResult{0, 0, 0, 0, databaseFailure(error)};
    }
  }
  for (const ResourceKey& key : changed) {
    Q_EMIT resourceChanged(key.type, key.id);
  }
  if (result.conflicts > 0) {
    Q_EMIT syncCountsChanged();
  }
  return result;
}

std::optional<fhir::Resource> Store::read(const ResourceKey& key) const {
  QMutexLocker lock(&m_readMutex);
  try {
    sqlite::Statement& statement =
        m_reader->statement("SELECT json FROM resources WHERE type = ?1 AND id = ?2 AND deleted = 0");
    statement.bind(1, key.type).bind(2, key.id);
    if (!statement.next()) {
      return std::nullopt;
    }
    std::optional<fhir::Resource> resource = parseStored(statement.bytes(0));
    statement.reset();
    return resource;
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache read failed:" << error.what();
    return std::nullopt;
  }
}

namespace {

QList<fhir::Resource> readResources(sqlite::Statement& statement, int column = 0) {
  QList<fhir::Resource> resources;
  while (statement.next()) {
    if (std::optional<fhir::Resource> resource = parseStored(statement.bytes(column))) {
      resources.append(std::move(*resource));
    }
  }
  return resources;
}

// The first column of every remaining row, appended to `texts`.
void appendTexts(sqlite::Statement& statement, QStringList& texts) {
  while (statement.next()) {
    texts.append(statement.text(0));
  }
}

}  // namespace

QList<fhir::Resource> Store::findPatients(const fhir::NhsNumber& nhsNumber) const {
  QMutexLocker lock(&m_readMutex);
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT r.json FROM index_token t JOIN resources r ON r.rid = t.rid "
        "WHERE t.type = 'Patient' AND t.name = 'identifier' AND t.code = ?1 AND t.system = ?2 "
        "AND r.deleted = 0");
    statement.bind(1, nhsNumber.digits()).bind(2, QLatin1String(fhir::kNhsNumberSystem));
    return readResources(statement);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache search failed:" << error.what();
    return {};
  }
}

QList<fhir::Resource> Store::findPatients(QStringView namePrefix, QDate birthDate, int limit) const {
  const QString prefix = foldForSearch(namePrefix);
  if (prefix.isEmpty() || !birthDate.isValid()) {
    return {};
  }
  // The range [prefix, prefix + U+FFFF) uses the index where LIKE would not.
  const QString upper = prefix + QChar(0xffff);
  const qint64 dayStart = birthDate.startOfDay().toMSecsSinceEpoch();
  const qint64 dayEnd = birthDate.endOfDay().toMSecsSinceEpoch();
  // A birth date recorded only as a year or month starts up to a year earlier.
  constexpr qint64 kYearMs = 366LL * 24 * 60 * 60 * 1000;
  QMutexLocker lock(&m_readMutex);
  try {
    // Driven from the birth date (a handful of patients per day among 100k)
    // rather than the name prefix ("smi" matches thousands): CROSS JOIN fixes
    // that order for SQLite's planner.
    sqlite::Statement& statement = m_reader->statement(
        "SELECT r.json FROM resources r WHERE r.rid IN ("
        "  SELECT d.rid FROM index_date d CROSS JOIN index_string s ON s.rid = d.rid "
        "  WHERE d.type = 'Patient' AND d.name = 'birthdate' AND d.start BETWEEN ?3 - ?6 AND ?4 "
        "  AND d.end >= ?3 AND s.type = 'Patient' AND s.name IN ('family', 'given') "
        "  AND s.value >= ?1 AND s.value < ?2) "
        "AND r.deleted = 0 LIMIT ?5");
    statement.bind(6, kYearMs);
    statement.bind(1, prefix).bind(2, upper).bind(3, dayStart).bind(4, dayEnd).bind(5, qint64{limit});
    return readResources(statement);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache search failed:" << error.what();
    return {};
  }
}

QList<WardEntry> Store::wardList(const QString& wardLocationId) const {
  QMutexLocker lock(&m_readMutex);
  QList<WardEntry> entries;
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT e.json, p.json, l.json FROM index_reference loc "
        "JOIN resources e ON e.rid = loc.rid AND e.deleted = 0 "
        "JOIN index_token st ON st.rid = e.rid AND st.name = 'status' AND st.code = 'in-progress' "
        "LEFT JOIN index_reference subj ON subj.rid = e.rid AND subj.name = 'subject' "
        "  AND subj.target_type = 'Patient' "
        "LEFT JOIN resources p ON p.type = 'Patient' AND p.id = subj.target_id AND p.deleted = 0 "
        "LEFT JOIN resources l ON l.type = 'Location' AND l.id = loc.target_id "
        "WHERE loc.type = 'Encounter' AND loc.name = 'location' AND loc.target_type = 'Location' "
        "AND (loc.target_id = ?1 OR loc.target_id IN ("
        "  SELECT b.id FROM index_reference po JOIN resources b ON b.rid = po.rid "
        "  WHERE po.type = 'Location' AND po.name = 'partOf' AND po.target_type = 'Location' "
        "  AND po.target_id = ?1)) "
        "ORDER BY l.json IS NULL, l.id");
    statement.bind(1, wardLocationId);
    while (statement.next()) {
      std::optional<fhir::Resource> encounter = parseStored(statement.bytes(0));
      if (encounter) {
        entries.append(
            {std::move(*encounter), parseStored(statement.bytes(1)), parseStored(statement.bytes(2))});
      }
    }
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache ward list failed:" << error.what();
  }
  return entries;
}

QStringList Store::childLocationIds(const QString& locationId) const {
  QMutexLocker lock(&m_readMutex);
  QStringList ids;
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT b.id FROM index_reference po JOIN resources b ON b.rid = po.rid AND b.deleted = 0 "
        "WHERE po.type = 'Location' AND po.name = 'partOf' AND po.target_type = 'Location' "
        "AND po.target_id = ?1 ORDER BY b.id");
    statement.bind(1, locationId);
    appendTexts(statement, ids);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache location listing failed:" << error.what();
    return {};
  }
  return ids;
}

QList<fhir::Resource> Store::compartment(const QString& patientId, const QString& type, int limit) const {
  QMutexLocker lock(&m_readMutex);
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT r.json FROM compartment c JOIN resources r ON r.rid = c.rid "
        "WHERE c.patient_id = ?1 AND c.type = ?2 AND r.deleted = 0 "
        "ORDER BY c.clinical_time DESC, c.rid DESC LIMIT ?3");
    statement.bind(1, patientId).bind(2, type).bind(3, qint64{limit});
    return readResources(statement);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache compartment read failed:" << error.what();
    return {};
  }
}

QList<fhir::Resource> Store::compartmentSince(const QString& patientId, const QString& type,
                                              const QDateTime& since, int limit) const {
  QMutexLocker lock(&m_readMutex);
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT r.json FROM compartment c JOIN resources r ON r.rid = c.rid "
        "WHERE c.patient_id = ?1 AND c.type = ?2 AND c.clinical_time >= ?3 AND r.deleted = 0 "
        "ORDER BY c.clinical_time DESC, c.rid DESC LIMIT ?4");
    statement.bind(1, patientId).bind(2, type).bind(3, since.toMSecsSinceEpoch()).bind(4, qint64{limit});
    return readResources(statement);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache compartment read failed:" << error.what();
    return {};
  }
}

QList<fhir::Resource> Store::surveyObservations(const QString& patientId, const QString& system,
                                                const QString& code, int limit) const {
  QMutexLocker lock(&m_readMutex);
  try {
    // Few resources carry any one survey code, so the token index leads.
    sqlite::Statement& statement = m_reader->statement(
        "SELECT r.json FROM index_token t JOIN compartment c ON c.rid = t.rid "
        "JOIN resources r ON r.rid = t.rid "
        "WHERE t.type = 'Observation' AND t.name = 'code' AND t.code = ?3 AND t.system = ?2 "
        "AND c.patient_id = ?1 AND r.deleted = 0 "
        "ORDER BY c.clinical_time DESC, c.rid DESC LIMIT ?4");
    statement.bind(1, patientId).bind(2, system).bind(3, code).bind(4, qint64{limit});
    return readResources(statement);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache survey read failed:" << error.what();
    return {};
  }
}

QStringList Store::serverIds(const QString& type, const QStringList& patientIds) const {
  QMutexLocker lock(&m_readMutex);
  QStringList ids;
  try {
    // One indexed lookup per patient: a patient set is tens of patients, and
    // fixed SQL keeps to the statement cache.
    sqlite::Statement& statement = m_reader->statement(
        type == QLatin1String("Patient")
            ? "SELECT r.id FROM resources r WHERE r.type = ?2 AND r.id = ?1 AND r.deleted = 0 "
              "AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.type = r.type AND j.id = r.id "
              "  AND j.state IN ('pending', 'parked') AND j.operation = 'create')"
            : "SELECT r.id FROM compartment c JOIN resources r ON r.rid = c.rid "
              "WHERE c.patient_id = ?1 AND c.type = ?2 AND r.deleted = 0 "
              "AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.type = r.type AND j.id = r.id "
              "  AND j.state IN ('pending', 'parked') AND j.operation = 'create')");
    for (const QString& patientId : patientIds) {
      statement.bind(1, patientId).bind(2, type);
      appendTexts(statement, ids);
      statement.reset();
    }
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache id listing failed:" << error.what();
    return {};
  }
  return ids;
}

QStringList Store::serverIds(const QString& type) const {
  QMutexLocker lock(&m_readMutex);
  QStringList ids;
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT r.id FROM resources r WHERE r.type = ?1 AND r.deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.type = r.type AND j.id = r.id "
        "  AND j.state IN ('pending', 'parked') AND j.operation = 'create')");
    statement.bind(1, type);
    appendTexts(statement, ids);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache id listing failed:" << error.what();
    return {};
  }
  return ids;
}

namespace {

QList<JournalEntry> readJournal(sqlite::Statement& statement) {
  QList<JournalEntry> entries;
  while (statement.next()) {
    JournalEntry entry;
    entry.seq = statement.int64(0);
    entry.operation = operationFrom(statement.text(1));
    entry.key = {statement.text(2), statement.text(3)};
    entry.baseVersionId = statement.text(4);
    if (entry.operation != Operation::Delete) {
      entry.resource = parseStored(statement.bytes(5));
    }
    entry.outcome = parseStored(statement.bytes(6));
    entry.recordedAt = QDateTime::fromString(statement.text(7), Qt::ISODateWithMs);
    entries.append(std::move(entry));
  }
  return entries;
}

}  // namespace

QList<JournalEntry> Store::pendingChanges(int limit) const {
  QMutexLocker lock(&m_readMutex);
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT j.seq, j.operation, j.type, j.id, j.base_version_id, r.json, j.outcome, j.recorded_at "
        "FROM journal j LEFT JOIN resources r ON r.type = j.type AND r.id = j.id "
        "WHERE j.state = 'pending' ORDER BY j.seq LIMIT ?1");
    statement.bind(1, qint64{limit});
    return readJournal(statement);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache journal read failed:" << error.what();
    return {};
  }
}

QList<JournalEntry> Store::parkedChanges() const {
  QMutexLocker lock(&m_readMutex);
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT j.seq, j.operation, j.type, j.id, j.base_version_id, r.json, j.outcome, j.recorded_at "
        "FROM journal j LEFT JOIN resources r ON r.type = j.type AND r.id = j.id "
        "WHERE j.state = 'parked' ORDER BY j.seq");
    return readJournal(statement);
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache journal read failed:" << error.what();
    return {};
  }
}

StoreResult Store::markSent(qint64 seq, const QString& serverId, const QString& serverVersionId,
                            const QString& serverLastUpdated) {
  ResourceKey key;
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      CipherConnection& db = *m_writer;
      WriteTransaction transaction(db);
      const std::optional<UnsentEntry> unsent = unsentEntry(db, seq, Waiting::PendingOrParked);
      if (!unsent) {
        return {Tr::tr("The change to send is no longer waiting.")};
      }
      const Operation operation = unsent->operation;
      key = unsent->key;
      db.statement("UPDATE journal SET state = 'sent', server_id = ?2, server_version_id = ?3 WHERE seq = ?1")
          .bind(1, seq)
          .bind(2, serverId)
          .bind(3, serverVersionId)
          .run();
      if (operation == Operation::Delete) {
        if (!hasUnsynced(db, key.type, key.id)) {
          deleteResource(db, key);
        }
      } else {
        if (!serverId.isEmpty() && serverId != key.id) {
          for (const char* sql : {"UPDATE resources SET id = ?3 WHERE type = ?1 AND id = ?2",
                                  "UPDATE journal SET id = ?3 WHERE type = ?1 AND id = ?2",
                                  "UPDATE conflicts SET id = ?3 WHERE type = ?1 AND id = ?2"}) {
            db.statement(sql).bind(1, key.type).bind(2, key.id).bind(3, serverId).run();
          }
          rewriteReferences(db, key.type, key.id, serverId);
          key.id = serverId;
        }
        std::optional<fhir::Resource> resource = storedResource(db, key);
        if (resource) {
          resource->setId(key.id);
          resource->setVersion(serverVersionId, serverLastUpdated);
          const bool stillLocal = hasUnsynced(db, key.type, key.id);
          putResource(db, *resource, stillLocal ? timestamp(m_clock) : QString());
          // Later changes to the same resource now build on the server's version.
          db.statement(
                "UPDATE journal SET base_version_id = ?3 WHERE type = ?1 AND id = ?2 AND state = 'pending'")
              .bind(1, key.type)
              .bind(2, key.id)
              .bind(3, serverVersionId)
              .run();
        }
      }
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      return {databaseFailure(error)};
    }
  }
  Q_EMIT resourceChanged(key.type, key.id);
  Q_EMIT syncCountsChanged();
  return {};
}

StoreResult Store::park(qint64 seq, const fhir::Resource& operationOutcome) {
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      sqlite::Statement& statement = m_writer->statement(
          "UPDATE journal SET state = 'parked', outcome = ?2 WHERE seq = ?1 AND state = 'pending'");
      statement.bind(1, seq).bind(2, operationOutcome.toJson()).run();
    } catch (const sqlite::SqlError& error) {
      return {databaseFailure(error)};
    }
  }
  Q_EMIT syncCountsChanged();
  return {};
}

namespace {

// Drops every unsent change to `key` and puts the server's version in place
// of the local copy; no `server` means the server has no such resource.
void restoreServerVersion(CipherConnection& db, const ResourceKey& key,
                          const std::optional<fhir::Resource>& server) {
  db.statement(
        "UPDATE journal SET state = 'discarded' WHERE type = ?1 AND id = ?2 "
        "AND state IN ('pending', 'parked')")
      .bind(1, key.type)
      .bind(2, key.id)
      .run();
  if (server) {
    putResource(db, *server, QString());
  } else {
    deleteResource(db, key);
  }
}

struct ServerCopy {
  bool held = false;
  std::optional<fhir::Resource> resource;  // none: the server has deleted it
};

// The server's last version of `key` if the cache still holds it. The cache
// keeps one copy per resource, so a local update has overwritten it; what
// may remain is a conflict's server version (an open conflict's is the
// newest; a resolved one's only when the local copy builds on it), or, for a
// local delete with no unsent edits before it, the row as it was downloaded.
ServerCopy lastServerVersion(CipherConnection& db, const ResourceKey& key) {
  const std::optional<StoredRow> row = findRow(db, key.type, key.id);
  sqlite::Statement& conflict = db.statement(
      "SELECT server_json, resolution IS NULL FROM conflicts WHERE type = ?1 AND id = ?2 "
      "ORDER BY cid DESC LIMIT 1");
  conflict.bind(1, key.type).bind(2, key.id);
  if (conflict.next()) {
    const std::optional<fhir::Resource> server = parseStored(conflict.bytes(0));
    const bool open = conflict.int64(1) != 0;
    conflict.reset();
    if (open || (server && row && server->versionId() == row->versionId)) {
      return {true, server};
    }
  }
  sqlite::Statement& edits = db.statement(
      "SELECT 1 FROM journal WHERE type = ?1 AND id = ?2 AND state IN ('pending', 'parked') "
      "AND operation <> 'delete' LIMIT 1");
  edits.bind(1, key.type).bind(2, key.id);
  const bool edited = edits.next();
  edits.reset();
  if (row && row->deleted && !edited) {
    return {true, storedResource(db, key)};
  }
  return {};
}

QString noLongerParked() {
  return Tr::tr("This change is no longer waiting here: it has been sent or discarded already.");
}

}  // namespace

StoreResult Store::retryParked(qint64 seq, const fhir::AuditEvent& audit) {
  ResourceKey key;
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      CipherConnection& db = *m_writer;
      WriteTransaction transaction(db);
      const std::optional<UnsentEntry> parked = unsentEntry(db, seq, Waiting::ParkedOnly);
      if (!parked) {
        return {noLongerParked()};
      }
      key = parked->key;
      db.statement("UPDATE journal SET state = 'pending', outcome = NULL WHERE seq = ?1").bind(1, seq).run();
      queueAuditRow(db, audit.resource());
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      return {databaseFailure(error)};
    }
  }
  Q_EMIT resourceChanged(key.type, key.id);
  Q_EMIT syncCountsChanged();
  return {};
}

StoreResult Store::discardParked(qint64 seq, const fhir::AuditEvent& audit) {
  ResourceKey key;
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      CipherConnection& db = *m_writer;
      WriteTransaction transaction(db);
      const std::optional<UnsentEntry> parked = unsentEntry(db, seq, Waiting::ParkedOnly);
      if (!parked) {
        return {noLongerParked()};
      }
      key = parked->key;
      // A create never reached the server, so there is nothing to go back to.
      const ServerCopy copy =
          parked->operation == Operation::Create ? ServerCopy{true, {}} : lastServerVersion(db, key);
      restoreServerVersion(db, key, copy.resource);
      if (!copy.held) {
        // The local copy is gone and the server's is not here: forgetting the
        // type's download watermarks makes the next sync fetch it again
        // rather than leave the record without it.
        db.statement("DELETE FROM sync_state WHERE type = ?1 AND scope <> ?2")
            .bind(1, key.type)
            .bind(2, QString(kDeletionHistoryScope))
            .run();
      }
      // A conflict about a change that is gone has nothing left to decide.
      db.statement(
            "UPDATE conflicts SET resolution = 'take-theirs' WHERE type = ?1 AND id = ?2 "
            "AND resolution IS NULL")
          .bind(1, key.type)
          .bind(2, key.id)
          .run();
      queueAuditRow(db, audit.resource());
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      return {databaseFailure(error)};
    }
  }
  Q_EMIT resourceChanged(key.type, key.id);
  Q_EMIT syncCountsChanged();
  return {};
}

StoreResult Store::addConflict(const ResourceKey& key, const std::optional<fhir::Resource>& serverVersion) {
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      WriteTransaction transaction(*m_writer);
      addConflictRow(*m_writer, key, serverVersion, timestamp(m_clock));
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      return {databaseFailure(error)};
    }
  }
  Q_EMIT syncCountsChanged();
  return {};
}

QList<Conflict> Store::conflicts() const {
  QMutexLocker lock(&m_readMutex);
  QList<Conflict> conflicts;
  try {
    sqlite::Statement& statement = m_reader->statement(
        "SELECT cid, type, id, local_json, server_json, detected_at FROM conflicts "
        "WHERE resolution IS NULL ORDER BY cid");
    while (statement.next()) {
      conflicts.append({statement.int64(0),
                        {statement.text(1), statement.text(2)},
                        parseStored(statement.bytes(3)),
                        parseStored(statement.bytes(4)),
                        QDateTime::fromString(statement.text(5), Qt::ISODateWithMs)});
    }
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache conflict read failed:" << error.what();
  }
  return conflicts;
}

StoreResult Store::resolveConflict(qint64 conflictId, Resolution resolution, const fhir::AuditEvent& audit) {
  ResourceKey key;
  {
    QMutexLocker lock(&m_writeMutex);
    try {
      CipherConnection& db = *m_writer;
      WriteTransaction transaction(db);
      sqlite::Statement& find =
          db.statement("SELECT type, id, server_json FROM conflicts WHERE cid = ?1 AND resolution IS NULL");
      find.bind(1, conflictId);
      if (!find.next()) {
        return {Tr::tr("This conflict has already been resolved.")};
      }
      key = {find.text(0), find.text(1)};
      const std::optional<fhir::Resource> server = parseStored(find.bytes(2));
      find.reset();
      if (resolution == Resolution::KeepMine) {
        // Rebase: the local version now builds on the server's, so its upload
        // carries If-Match of the version the user has seen.
        const QString serverVersion = server ? server->versionId() : QString();
        std::optional<fhir::Resource> local = storedResource(db, key);
        if (local && server) {
          local->setVersion(server->versionId(), server->lastUpdated());
          db.statement(
                "UPDATE resources SET version_id = ?3, last_updated = ?4, json = ?5 "
                "WHERE type = ?1 AND id = ?2")
              .bind(1, key.type)
              .bind(2, key.id)
              .bind(3, server->versionId())
              .bind(4, server->lastUpdated())
              .bind(5, local->toJson())
              .run();
        }
        db.statement(
              "UPDATE journal SET base_version_id = ?3 WHERE type = ?1 AND id = ?2 "
              "AND state IN ('pending', 'parked')")
            .bind(1, key.type)
            .bind(2, key.id)
            .bind(3, serverVersion)
            .run();
      } else {
        restoreServerVersion(db, key, server);
      }
      db.statement("UPDATE conflicts SET resolution = ?2 WHERE cid = ?1")
          .bind(1, conflictId)
          .bind(2, resolution == Resolution::KeepMine ? QStringLiteral("keep-mine")
                                                      : QStringLiteral("take-theirs"))
          .run();
      queueAuditRow(db, audit.resource());
      transaction.commit();
    } catch (const sqlite::SqlError& error) {
      return {databaseFailure(error)};
    }
  }
  Q_EMIT resourceChanged(key.type, key.id);
  Q_EMIT syncCountsChanged();
  return {};
}

QString Store::watermark(const QString& scope, const QString& type) const {
  QMutexLocker lock(&m_readMutex);
  try {
    sqlite::Statement& statement =
        m_reader->statement("SELECT watermark FROM sync_state WHERE scope = ?1 AND type = ?2");
    statement.bind(1, scope).bind(2, type);
    QString value = statement.next() ? statement.text(0) : QString();
    statement.reset();
    return value;
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache watermark read failed:" << error.what();
    return {};
  }
}

StoreResult Store::queueAudit(const fhir::AuditEvent& event) {
  QMutexLocker lock(&m_writeMutex);
  try {
    queueAuditRow(*m_writer, event.resource());
  } catch (const sqlite::SqlError& error) {
    return {databaseFailure(error)};
  }
  return {};
}

QList<QueuedAudit> Store::pendingAudit(int limit) const {
  QMutexLocker lock(&m_readMutex);
  QList<QueuedAudit> events;
  try {
    sqlite::Statement& statement =
        m_reader->statement("SELECT seq, json FROM audit_queue ORDER BY seq LIMIT ?1");
    statement.bind(1, qint64{limit});
    while (statement.next()) {
      if (std::optional<fhir::Resource> event = parseStored(statement.bytes(1))) {
        events.append({statement.int64(0), std::move(*event)});
      }
    }
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache audit read failed:" << error.what();
  }
  return events;
}

StoreResult Store::markAuditSent(const QList<qint64>& sequences) {
  QMutexLocker lock(&m_writeMutex);
  try {
    WriteTransaction transaction(*m_writer);
    for (const qint64 seq : sequences) {
      m_writer->statement("DELETE FROM audit_queue WHERE seq = ?1").bind(1, seq).run();
    }
    transaction.commit();
  } catch (const sqlite::SqlError& error) {
    return {databaseFailure(error)};
  }
  return {};
}

StoreStats Store::stats() const {
  QMutexLocker lock(&m_readMutex);
  StoreStats stats;
  try {
    sqlite::Statement& types = m_reader->statement(
        "SELECT type, count(*) FROM resources WHERE deleted = 0 GROUP BY type ORDER BY type");
    while (types.next()) {
      stats.resourcesByType.insert(types.text(0), types.int64(1));
    }
    const auto count = [this](const char* sql) {
      sqlite::Statement& statement = m_reader->statement(sql);
      const qint64 value = statement.next() ? statement.int64(0) : 0;
      statement.reset();
      return value;
    };
    stats.changesWaiting = count("SELECT count(*) FROM journal WHERE state = 'pending'");
    stats.parked = count("SELECT count(*) FROM journal WHERE state = 'parked'");
    stats.conflicts = count("SELECT count(*) FROM conflicts WHERE resolution IS NULL");
    stats.auditWaiting = count("SELECT count(*) FROM audit_queue");
  } catch (const sqlite::SqlError& error) {
    qCWarning(lcStore) << "cache stats failed:" << error.what();
  }
  return stats;
}

}  // namespace cw::store
