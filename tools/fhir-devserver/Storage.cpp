#include "tools/fhir-devserver/Storage.h"

#include <QDateTime>

#include <sqlite3.h>

namespace cw::devserver {

namespace {

constexpr int kSchemaVersion = 1;

// superseded: the seq of the next version of the same resource, so a version
// is live "as of S" when seq <= S and (superseded IS NULL OR superseded > S).
// Index rows belong to versions and are never rewritten.
constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS version (
  seq INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  id TEXT NOT NULL,
  vid INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  method TEXT NOT NULL,
  deleted INTEGER NOT NULL,
  superseded INTEGER);
CREATE UNIQUE INDEX IF NOT EXISTS version_by_resource ON version(type, id, vid);
CREATE INDEX IF NOT EXISTS version_by_type ON version(type, seq, superseded, deleted, updated);
CREATE INDEX IF NOT EXISTS version_by_updated ON version(type, updated, seq);
CREATE TABLE IF NOT EXISTS body (seq INTEGER PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS parameter (
  id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (type, name));
CREATE TABLE IF NOT EXISTS idx_token (
  param INTEGER NOT NULL, code TEXT NOT NULL, system TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (param, code, system, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idx_string (
  param INTEGER NOT NULL, norm TEXT NOT NULL, exact TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (param, norm, exact, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idx_reference (
  param INTEGER NOT NULL, target_id TEXT NOT NULL, target_type TEXT NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (param, target_id, target_type, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idx_reference_by_seq ON idx_reference(seq, param, target_type, target_id);
CREATE TABLE IF NOT EXISTS idx_date (
  param INTEGER NOT NULL, low INTEGER NOT NULL, high INTEGER NOT NULL, seq INTEGER NOT NULL,
  PRIMARY KEY (param, low, high, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idx_date_by_seq ON idx_date(seq, param, low, high);
)sql";

constexpr char kVersionColumns[] =
    "SELECT v.seq, v.vid, v.updated, v.method, v.deleted, b.json FROM version v "
    "LEFT JOIN body b ON b.seq = v.seq WHERE v.type = ?1 AND v.id = ?2 ";

}  // namespace

Storage::Storage(const QString& file) : m_db(file) {
  m_db.exec("PRAGMA journal_mode = WAL");
  m_db.exec("PRAGMA synchronous = NORMAL");
  m_db.exec("PRAGMA cache_size = -65536");
  m_db.exec("PRAGMA temp_store = MEMORY");
  createSchema();
  loadParameterIds();
  auto statement = m_db.statement("SELECT COALESCE(MAX(updated), 0) FROM version");
  statement->next();
  m_lastWriteTime = statement->int64(0);
  statement->reset();
  refreshStatisticsIfGrown();
}

void Storage::createSchema() {
  auto check = m_db.statement("PRAGMA user_version");
  check->next();
  const qint64 existing = check->int64(0);
  check->reset();
  if (existing != 0 && existing != kSchemaVersion) {
    throw sqlite::SqlError("the database was written by another version of fhir-devserver (schema " +
                               std::to_string(existing) + "); start with an empty --data folder",
                           SQLITE_ERROR);
  }
  m_db.exec(kSchema);
  m_db.exec(QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(kSchemaVersion));
}

void Storage::loadParameterIds() {
  WriteTransaction transaction(*this);
  for (const SearchParameter& parameter : SearchParameters::table().all()) {
    auto insert = m_db.statement("INSERT OR IGNORE INTO parameter(type, name) VALUES (?1, ?2)");
    insert->bindText(1, parameter.resourceType).bindText(2, parameter.name).run();
    auto select = m_db.statement("SELECT id FROM parameter WHERE type = ?1 AND name = ?2");
    select->bindText(1, parameter.resourceType).bindText(2, parameter.name);
    select->next();
    m_parameterIds.insert(&parameter, select->int64(0));
    select->reset();
  }
  transaction.commit();
}

std::optional<VersionRecord> Storage::readVersion(const QByteArray& sql, const QString& type,
                                                  const QString& id, qint64 versionId) {
  auto statement = m_db.statement(sql);
  statement->bindText(1, type).bindText(2, id);
  if (versionId > 0) {
    statement->bind(3, versionId);
  }
  if (!statement->next()) {
    return std::nullopt;
  }
  VersionRecord record{statement->int64(0),
                       type,
                       id,
                       statement->int64(1),
                       statement->int64(2),
                       statement->text(3),
                       statement->int64(4) != 0,
                       statement->bytes(5)};
  statement->reset();
  return record;
}

std::optional<VersionRecord> Storage::latest(const QString& type, const QString& id) {
  return readVersion(QByteArray(kVersionColumns) + "ORDER BY v.vid DESC LIMIT 1", type, id, 0);
}

std::optional<VersionRecord> Storage::version(const QString& type, const QString& id, qint64 versionId) {
  return readVersion(QByteArray(kVersionColumns) + "AND v.vid = ?3", type, id, versionId);
}

qint64 Storage::append(const NewVersion& version) {
  Q_ASSERT(m_depth > 0);
  const bool deleted = version.json.isEmpty();
  auto insert = m_db.statement(
      "INSERT INTO version(type, id, vid, updated, method, deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  insert->bindText(1, version.type)
      .bindText(2, version.id)
      .bind(3, version.versionId)
      .bind(4, version.updated)
      .bindText(5, version.method)
      .bind(6, qint64(deleted ? 1 : 0))
      .run();
  const qint64 seq = sqlite3_last_insert_rowid(m_db.handle());
  if (version.previousSeq > 0) {
    m_db.statement("UPDATE version SET superseded = ?1 WHERE seq = ?2")
        ->bind(1, seq)
        .bind(2, version.previousSeq)
        .run();
  }
  if (!deleted) {
    m_db.statement("INSERT INTO body(seq, json) VALUES (?1, ?2)")
        ->bind(1, seq)
        .bindText(2, version.json)
        .run();
  }
  for (const IndexRows::Token& row : version.index.tokens) {
    m_db.statement("INSERT OR IGNORE INTO idx_token(param, code, system, seq) VALUES (?1, ?2, ?3, ?4)")
        ->bind(1, parameterId(row.parameter))
        .bindText(2, row.code)
        .bindText(3, row.system)
        .bind(4, seq)
        .run();
  }
  for (const IndexRows::Text& row : version.index.strings) {
    m_db.statement("INSERT OR IGNORE INTO idx_string(param, norm, exact, seq) VALUES (?1, ?2, ?3, ?4)")
        ->bind(1, parameterId(row.parameter))
        .bindText(2, row.normalized)
        .bindText(3, row.exact)
        .bind(4, seq)
        .run();
  }
  for (const IndexRows::Link& row : version.index.references) {
    m_db.statement(
            "INSERT OR IGNORE INTO idx_reference(param, target_id, target_type, seq) VALUES (?1, ?2, ?3, ?4)")
        ->bind(1, parameterId(row.parameter))
        .bindText(2, row.id)
        .bindText(3, row.type)
        .bind(4, seq)
        .run();
  }
  for (const IndexRows::Date& row : version.index.dates) {
    m_db.statement("INSERT OR IGNORE INTO idx_date(param, low, high, seq) VALUES (?1, ?2, ?3, ?4)")
        ->bind(1, parameterId(row.parameter))
        .bind(2, row.low)
        .bind(3, row.high)
        .bind(4, seq)
        .run();
  }
  m_pending.append(Change{seq, version.previousSeq, version.type, version.id, deleted});
  return seq;
}

// Without statistics SQLite's planner guesses that a search for 50 patients'
// Observations is cheapest by scanning every Observation version, which made
// each such search cost a tenth of a second on the 10k-patient set; with them
// it reads the 50 patients' index rows. ANALYZE takes about 0.6 s on 200k
// resources, so it runs again only when the database has doubled.
void Storage::refreshStatisticsIfGrown() {
  constexpr qint64 kSmallDatabase = 1000;
  const qint64 sequence = lastSequence();
  if (sequence < kSmallDatabase || sequence < 2 * m_analyzedAtSequence) {
    return;
  }
  m_db.exec("ANALYZE");
  m_analyzedAtSequence = sequence;
}

qint64 Storage::writeTime() {
  m_lastWriteTime = std::max(m_lastWriteTime, QDateTime::currentMSecsSinceEpoch());
  return m_lastWriteTime;
}

qint64 Storage::lastSequence() {
  auto statement = m_db.statement("SELECT COALESCE(MAX(seq), 0) FROM version");
  statement->next();
  const qint64 seq = statement->int64(0);
  statement->reset();
  return seq;
}

bool Storage::isEmpty() {
  return lastSequence() == 0;
}

WriteTransaction::WriteTransaction(Storage& storage) : m_storage(storage), m_outermost(storage.m_depth == 0) {
  if (m_outermost) {
    m_storage.m_db.exec("BEGIN IMMEDIATE");
  }
  ++m_storage.m_depth;
}

WriteTransaction::~WriteTransaction() {
  --m_storage.m_depth;
  if (m_outermost && !m_done) {
    m_storage.m_pending.clear();
    sqlite3_exec(m_storage.m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

void WriteTransaction::commit() {
  if (!m_outermost) {
    m_done = true;
    return;
  }
  m_storage.m_db.exec("COMMIT");
  m_done = true;
  const QList<Change> changes = std::exchange(m_storage.m_pending, {});
  if (m_storage.m_listener && !changes.isEmpty()) {
    m_storage.m_listener(changes);
  }
  m_storage.refreshStatisticsIfGrown();
}

}  // namespace cw::devserver
