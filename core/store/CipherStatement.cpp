#include "core/store/CipherStatement.h"

#include <sqlcipher/sqlite3.h>

namespace cw::store {

void throwSqlError(sqlite3* db, const char* what) {
  const int code = db != nullptr ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  const char* message = db != nullptr ? sqlite3_errmsg(db) : "no database";
  throw SqlError(std::string(what) + ": " + message, code);
}

CipherStatement::CipherStatement(sqlite3* db, const char* sql) : m_db(db) {
  if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
    throwSqlError(db, "prepare");
  }
}

CipherStatement::~CipherStatement() {
  sqlite3_finalize(m_statement);
}

CipherStatement& CipherStatement::bind(int position, qint64 value) {
  if (sqlite3_bind_int64(m_statement, position, value) != SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

CipherStatement& CipherStatement::bind(int position, const QString& value) {
  if (value.isNull()) {
    return bindNull(position);
  }
  const QByteArray utf8 = value.toUtf8();
  if (sqlite3_bind_text(m_statement, position, utf8.constData(), static_cast<int>(utf8.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

CipherStatement& CipherStatement::bind(int position, const QByteArray& value) {
  if (sqlite3_bind_blob(m_statement, position, value.constData(), static_cast<int>(value.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

CipherStatement& CipherStatement::bindNull(int position) {
  if (sqlite3_bind_null(m_statement, position) != SQLITE_OK) {
    throwSqlError(m_db, "bind");
  }
  return *this;
}

bool CipherStatement::next() {
  const int rc = sqlite3_step(m_statement);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  throwSqlError(m_db, "step");
}

void CipherStatement::run() {
  while (next()) {
  }
}

void CipherStatement::reset() {
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
}

bool CipherStatement::isNull(int column) const {
  return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 CipherStatement::int64(int column) const {
  return sqlite3_column_int64(m_statement, column);
}

QString CipherStatement::text(int column) const {
  if (isNull(column)) {
    return {};
  }
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
  return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray CipherStatement::bytes(int column) const {
  const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
  return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

}  // namespace cw::store
