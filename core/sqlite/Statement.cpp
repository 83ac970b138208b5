#include "core/sqlite/Statement.h"

#if defined(CW_SQLITE_SQLCIPHER)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

namespace cw::sqlite {
namespace {

SqlError lastError(sqlite3* db, const char* what) {
  const int code = db != nullptr ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  const char* message = db != nullptr ? sqlite3_errmsg(db) : "no database";
  return SqlError(std::string(what) + ": " + message, code);
}

}  // namespace

void throwSqlError(sqlite3* db, const char* what) {
  throw lastError(db, what);
}

// prepare_v2, not v3: SQLCipher 3.4 is SQLite 3.15, which has no v3.
Statement::Statement(sqlite3* db, const char* sql) : m_db(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
    throwSqlError(db, "prepare");
  }
}

Statement::~Statement() {
  sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int position, qint64 value) {
  if (sqlite3_bind_int64(m_statement, position, value) != SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

Statement& Statement::bind(int position, const QString& value) {
  if (value.isNull()) {
    return bindNull(position);
  }
  return bindText(position, value.toUtf8());
}

Statement& Statement::bind(int position, const QByteArray& value) {
  if (sqlite3_bind_blob(m_statement, position, value.constData(), static_cast<int>(value.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

Statement& Statement::bindNull(int position) {
  if (sqlite3_bind_null(m_statement, position) != SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

Statement& Statement::bindText(int position, const QString& value) {
  return bindText(position, value.toUtf8());
}

Statement& Statement::bindText(int position, const QByteArray& utf8) {
  // SQLite binds NULL for a null pointer; "" keeps the promise of text.
  const char* data = utf8.isNull() ? "" : utf8.constData();
  if (sqlite3_bind_text(m_statement, position, data, static_cast<int>(utf8.size()), SQLITE_TRANSIENT) !=
      SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

Statement& Statement::bindAll(const QVariantList& values) {
  for (qsizetype i = 0; i < values.size(); ++i) {
    const int position = static_cast<int>(i + 1);
    const QVariant& value = values.at(i);
    switch (value.typeId()) {
      case QMetaType::LongLong:
      case QMetaType::Int:
      case QMetaType::Bool: bind(position, value.toLongLong()); break;
      case QMetaType::QByteArray: bindText(position, value.toByteArray()); break;
      case QMetaType::QString: bindText(position, value.toString()); break;
      default: bindNull(position);
    }
  }
  return *this;
}

bool Statement::next() {
  const int rc = sqlite3_step(m_statement);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  // Read the error before the reset, then reset so a cached statement does
  // not keep its failed step (and any lock) until its next use.
  const SqlError error = lastError(m_db, "step");
  sqlite3_reset(m_statement);
  throw error;
}

void Statement::run() {
  while (next()) {
  }
}

void Statement::reset() {
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const {
  return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
  return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const {
  if (isNull(column)) {
    return {};
  }
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
  return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::bytes(int column) const {
  const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
  return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

}  // namespace cw::sqlite
