// One prepared SQLite statement: bind by position, step through rows, read
// columns. Failures throw StorageError; they mean a broken database, never bad input.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace cw::devserver {

class SqliteStatement {
 public:
  SqliteStatement(sqlite3* db, const QByteArray& sql);
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // Positions count from 1, as in SQLite. A QByteArray binds as UTF-8 text
  // without validation, which range searches use for an upper bound.
  SqliteStatement& bind(int position, qint64 value);
  SqliteStatement& bind(int position, const QString& value);
  SqliteStatement& bind(int position, const QByteArray& value);
  SqliteStatement& bindNull(int position);
  SqliteStatement& bind(int position, const QVariant& value);
  // Binds every value in order from position 1.
  SqliteStatement& bindAll(const QVariantList& values);

  // True while a row is available.
  bool next();
  // Runs a statement that returns no rows.
  void run();
  // Clears bindings and rewinds, ready for the next use.
  void reset();

  bool isNull(int column) const;
  qint64 int64(int column) const;
  QString text(int column) const;
  QByteArray bytes(int column) const;

 private:
  sqlite3* m_db;
  sqlite3_stmt* m_statement = nullptr;
};

}  // namespace cw::devserver
