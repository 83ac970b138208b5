// One prepared SQLCipher statement: bind by position, step through rows, read
// columns. Failures throw SqlError: they mean a broken database or a bug,
// never bad input.
#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace cw::store {

class SqlError : public std::runtime_error {
 public:
  SqlError(const std::string& message, int code) : std::runtime_error(message), m_code(code) {}
  int code() const { return m_code; }  // the SQLite result code

 private:
  int m_code;
};

[[noreturn]] void throwSqlError(sqlite3* db, const char* what);

class CipherStatement {
 public:
  CipherStatement(sqlite3* db, const char* sql);
  ~CipherStatement();
  CipherStatement(const CipherStatement&) = delete;
  CipherStatement& operator=(const CipherStatement&) = delete;

  // Positions count from 1, as in SQLite.
  CipherStatement& bind(int position, qint64 value);
  CipherStatement& bind(int position, const QString& value);     // null QString binds NULL
  CipherStatement& bind(int position, const QByteArray& value);  // as a BLOB
  CipherStatement& bindNull(int position);

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

}  // namespace cw::store
