// One SQLite connection (plain SQLite, never SQLCipher) with a cache of
// prepared statements. Failures throw StorageError.
#pragma once

#include "tools/fhir-devserver/SqliteStatement.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <stdexcept>

struct sqlite3;

namespace cw::devserver {

// A database failure (disk full, corrupt file, SQL bug). Requests that meet
// one answer 500; bad client input never raises it.
class StorageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class SqliteDatabase {
 public:
  // Opens or creates the file. Throws StorageError when it cannot.
  explicit SqliteDatabase(const QString& file);
  ~SqliteDatabase();
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  void exec(const QByteArray& sql);
  // A prepared statement for `sql`, reset and ready to bind. Statements are
  // kept for reuse, so the caller must finish with one before asking for the
  // same text again.
  std::shared_ptr<SqliteStatement> statement(const QByteArray& sql);

  sqlite3* handle() const { return m_db; }

 private:
  sqlite3* m_db = nullptr;
  QHash<QByteArray, std::shared_ptr<SqliteStatement>> m_statements;
};

[[noreturn]] void throwSqliteError(sqlite3* db, const char* what);

}  // namespace cw::devserver
