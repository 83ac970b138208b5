// One SQLite connection (plain SQLite, never SQLCipher) with a cache of
// prepared statements. Failures throw sqlite::SqlError: a database failure
// (disk full, corrupt file, SQL bug). Requests that meet one answer 500; bad
// client input never raises it.
#pragma once

#include "core/sqlite/Statement.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;

namespace cw::devserver {

class SqliteDatabase {
 public:
  // Opens or creates the file. Throws sqlite::SqlError when it cannot.
  explicit SqliteDatabase(const QString& file);
  ~SqliteDatabase();
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  void exec(const QByteArray& sql);
  // A prepared statement for `sql`, reset and ready to bind. Statements are
  // kept for reuse, so the caller must finish with one before asking for the
  // same text again.
  std::shared_ptr<sqlite::Statement> statement(const QByteArray& sql);

  sqlite3* handle() const { return m_db; }

 private:
  sqlite3* m_db = nullptr;
  QHash<QByteArray, std::shared_ptr<sqlite::Statement>> m_statements;
};

}  // namespace cw::devserver
