// One prepared SQLite statement: bind by position, step through rows, read
// columns. Failures throw SqlError: they mean a broken database or a bug,
// never bad input. Built once against SQLCipher and once against plain
// SQLite (see CMakeLists.txt).
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace cw::sqlite {

class SqlError : public std::runtime_error {
 public:
  SqlError(const std::string& message, int code) : std::runtime_error(message), m_code(code) {}
  int code() const { return m_code; }  // the SQLite (extended) result code

 private:
  int m_code;
};

// Throws SqlError with SQLite's last message and code for `db`.
[[noreturn]] void throwSqlError(sqlite3* db, const char* what);

class Statement {
 public:
  Statement(sqlite3* db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Positions count from 1, as in SQLite.
  Statement& bind(int position, qint64 value);
  Statement& bind(int position, const QString& value);     // a null QString binds NULL
  Statement& bind(int position, const QByteArray& value);  // as a BLOB
  Statement& bindNull(int position);
  // Text that is never NULL (a null string binds ''), for NOT NULL columns.
  // The bytes are not checked as UTF-8, so a range search can bind an upper
  // bound past every valid string.
  Statement& bindText(int position, const QString& value);
  Statement& bindText(int position, const QByteArray& utf8);
  // Binds every value in order from position 1: integers and bools as
  // integers, strings and byte arrays with bindText, anything else as NULL.
  Statement& bindAll(const QVariantList& values);

  // True while a row is available.
  bool next();
  // Runs a statement that returns no rows.
  void run();
  // Clears bindings and rewinds, ready for the next use.
  void reset();

  bool isNull(int column) const;
  qint64 int64(int column) const;
  QString text(int column) const;  // null for NULL
  QByteArray bytes(int column) const;

 private:
  sqlite3* m_db;
  sqlite3_stmt* m_statement = nullptr;
};

}  // namespace cw::sqlite
