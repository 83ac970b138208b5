#include "tools/fhir-devserver/SqliteDatabase.h"

#include <sqlite3.h>

namespace cw::devserver {

namespace {

// Enough for every fixed statement and the search shapes a session uses;
// beyond it the cache starts again rather than growing without bound.
constexpr qsizetype kMaxCachedStatements = 256;

}  // namespace

SqliteDatabase::SqliteDatabase(const QString& file) {
  const QByteArray path = file.toUtf8();
  const int opened = sqlite3_open_v2(
      path.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (opened != SQLITE_OK) {
    const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    sqlite3_close(m_db);
    m_db = nullptr;
    throw sqlite::SqlError("cannot open " + path.toStdString() + ": " + message, opened);
  }
  sqlite3_extended_result_codes(m_db, 1);
  // Another process on the same file (a second server, the sqlite3 shell)
  // gets a moment before a write fails.
  sqlite3_busy_timeout(m_db, 5000);
}

SqliteDatabase::~SqliteDatabase() {
  m_statements.clear();
  sqlite3_close(m_db);
}

void SqliteDatabase::exec(const QByteArray& sql) {
  if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    sqlite::throwSqlError(m_db, "exec");
  }
}

std::shared_ptr<sqlite::Statement> SqliteDatabase::statement(const QByteArray& sql) {
  auto found = m_statements.constFind(sql);
  if (found != m_statements.constEnd()) {
    found.value()->reset();
    return found.value();
  }
  if (m_statements.size() >= kMaxCachedStatements) {
    m_statements.clear();
  }
  auto created = std::make_shared<sqlite::Statement>(m_db, sql.constData());
  m_statements.insert(sql, created);
  return created;
}

}  // namespace cw::devserver
