#include "core/store/Schema.h"

#include "core/store/CipherConnection.h"

#include <iterator>
#include <string>

namespace cw::store {
namespace {

// Version 1. Server meta (version_id, last_updated) is kept exactly as the
// server sent it; local edits are dated in their own column (fhir.md §2).
// Index rows cascade with their resource, so a resource is never indexed
// under values it no longer has.
constexpr const char* kVersion1[] = {
    R"(CREATE TABLE resources (
         rid INTEGER PRIMARY KEY,
         type TEXT NOT NULL,
         id TEXT NOT NULL,
         version_id TEXT,
         last_updated TEXT,
         local_edit_time TEXT,
         deleted INTEGER NOT NULL DEFAULT 0,
         json BLOB NOT NULL,
         UNIQUE (type, id)))",
    // token: identifier (NHS number), status, codes. Covering index for lookups.
    R"(CREATE TABLE index_token (
         rid INTEGER NOT NULL REFERENCES resources(rid) ON DELETE CASCADE,
         type TEXT NOT NULL, name TEXT NOT NULL, system TEXT NOT NULL, code TEXT NOT NULL))",
    "CREATE INDEX index_token_lookup ON index_token (type, name, code, system, rid)",
    "CREATE INDEX index_token_rid ON index_token (rid)",
    // string: names folded for prefix search (see ResourceIndexer).
    R"(CREATE TABLE index_string (
         rid INTEGER NOT NULL REFERENCES resources(rid) ON DELETE CASCADE,
         type TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL))",
    "CREATE INDEX index_string_lookup ON index_string (type, name, value, rid)",
    "CREATE INDEX index_string_rid ON index_string (rid)",
    // date: the range a value covers, in ms since the epoch (UTC).
    R"(CREATE TABLE index_date (
         rid INTEGER NOT NULL REFERENCES resources(rid) ON DELETE CASCADE,
         type TEXT NOT NULL, name TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL))",
    "CREATE INDEX index_date_lookup ON index_date (type, name, start, end, rid)",
    "CREATE INDEX index_date_rid ON index_date (rid)",
    // reference: every Reference.reference in the resource, so a server id can
    // replace a local one everywhere it is used.
    R"(CREATE TABLE index_reference (
         rid INTEGER NOT NULL REFERENCES resources(rid) ON DELETE CASCADE,
         type TEXT NOT NULL, name TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT NOT NULL))",
    "CREATE INDEX index_reference_lookup ON index_reference (target_type, target_id, type, name, rid)",
    "CREATE INDEX index_reference_rid ON index_reference (rid)",
    // A patient's compartment, newest first: what the record viewer opens.
    R"(CREATE TABLE compartment (
         rid INTEGER NOT NULL REFERENCES resources(rid) ON DELETE CASCADE,
         patient_id TEXT NOT NULL, type TEXT NOT NULL, clinical_time INTEGER))",
    "CREATE INDEX compartment_lookup ON compartment (patient_id, type, clinical_time DESC, rid)",
    "CREATE INDEX compartment_rid ON compartment (rid)",
    // The change journal: one row per local change, in order. payload is the
    // resource as written (empty for delete).
    R"(CREATE TABLE journal (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
         type TEXT NOT NULL,
         id TEXT NOT NULL,
         base_version_id TEXT,
         state TEXT NOT NULL DEFAULT 'pending'
           CHECK (state IN ('pending', 'sent', 'parked', 'discarded')),
         outcome BLOB,
         recorded_at TEXT NOT NULL,
         server_id TEXT,
         server_version_id TEXT))",
    "CREATE INDEX journal_state ON journal (state, seq)",
    "CREATE INDEX journal_resource ON journal (type, id, state)",
    // Download watermarks per patient set (scope) and resource type.
    R"(CREATE TABLE sync_state (
         scope TEXT NOT NULL, type TEXT NOT NULL, watermark TEXT NOT NULL,
         PRIMARY KEY (scope, type)))",
    R"(CREATE TABLE conflicts (
         cid INTEGER PRIMARY KEY,
         type TEXT NOT NULL,
         id TEXT NOT NULL,
         local_json BLOB,
         server_json BLOB,
         detected_at TEXT NOT NULL,
         resolution TEXT CHECK (resolution IN ('keep-mine', 'take-theirs'))))",
    "CREATE INDEX conflicts_open ON conflicts (resolution, type, id)",
    // AuditEvents waiting for upload.
    R"(CREATE TABLE audit_queue (
         seq INTEGER PRIMARY KEY AUTOINCREMENT,
         json BLOB NOT NULL))",
};

struct Migration {
  int toVersion;
  const char* const* statements;
  std::size_t count;
};

constexpr Migration kMigrations[] = {
    {1, kVersion1, std::size(kVersion1)},
};

}  // namespace

int schemaVersion(CipherConnection& connection) {
  sqlite::Statement& statement = connection.statement("PRAGMA user_version");
  const int version = statement.next() ? static_cast<int>(statement.int64(0)) : 0;
  statement.reset();  // a statement left on a row keeps its read transaction open
  return version;
}

void migrate(CipherConnection& connection) {
  for (const Migration& migration : kMigrations) {
    if (schemaVersion(connection) >= migration.toVersion) {
      continue;
    }
    WriteTransaction transaction(connection);
    for (std::size_t i = 0; i < migration.count; ++i) {
      connection.exec(migration.statements[i]);
    }
    connection.exec(("PRAGMA user_version = " + std::to_string(migration.toVersion)).c_str());
    transaction.commit();
  }
}

}  // namespace cw::store
