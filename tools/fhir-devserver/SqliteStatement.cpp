#include "tools/fhir-devserver/SqliteStatement.h"

#include "tools/fhir-devserver/SqliteDatabase.h"

#include <sqlite3.h>

namespace cw::devserver {

SqliteStatement::SqliteStatement(sqlite3* db, const QByteArray& sql) : m_db(db) {
  if (sqlite3_prepare_v3(db, sql.constData(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &m_statement, nullptr) != SQLITE_OK) {
    throwSqliteError(db, sql.constData());
  }
}

SqliteStatement::~SqliteStatement() {
  sqlite3_finalize(m_statement);
}

SqliteStatement& SqliteStatement::bind(int position, qint64 value) {
  sqlite3_bind_int64(m_statement, position, value);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int position, const QString& value) {
  return bind(position, value.toUtf8());
}

SqliteStatement& SqliteStatement::bind(int position, const QByteArray& value) {
  sqlite3_bind_text64(m_statement, position, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                      SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}

SqliteStatement& SqliteStatement::bindNull(int position) {
  sqlite3_bind_null(m_statement, position);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int position, const QVariant& value) {
  switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool: return bind(position, value.toLongLong());
    case QMetaType::QByteArray: return bind(position, value.toByteArray());
    case QMetaType::QString: return bind(position, value.toString());
    default: return bindNull(position);
  }
}

SqliteStatement& SqliteStatement::bindAll(const QVariantList& values) {
  for (qsizetype i = 0; i < values.size(); ++i) {
    bind(static_cast<int>(i + 1), values.at(i));
  }
  return *this;
}

bool SqliteStatement::next() {
  const int result = sqlite3_step(m_statement);
  if (result == SQLITE_ROW) {
    return true;
  }
  if (result != SQLITE_DONE) {
    const QByteArray sql = sqlite3_sql(m_statement);
    sqlite3_reset(m_statement);
    throwSqliteError(m_db, sql.constData());
  }
  return false;
}

void SqliteStatement::run() {
  while (next()) {
  }
}

void SqliteStatement::reset() {
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const {
  return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const {
  return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const {
  return QString::fromUtf8(bytes(column));
}

QByteArray SqliteStatement::bytes(int column) const {
  const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
  return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

}  // namespace cw::devserver
