// One SQLCipher connection opened with a raw 256-bit key and checked: the
// library really is SQLCipher, the key opens the file, and the file is not
// plain SQLite. Keeps prepared statements for reuse. Not thread-safe: its
// owner serialises access.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/sqlite/Statement.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace cw::store {

enum class OpenFailure {
  None,
  CannotOpen,    // missing folder, no permission, disk error
  NotEncrypted,  // a plain SQLite file where the cache should be
  NoCipher,      // linked against SQLite without SQLCipher: never run unencrypted
  WrongKey,      // the key does not open it, or the file is damaged beyond the header
};

class CipherConnection {
 public:
  struct Opened {
    std::unique_ptr<CipherConnection> connection;
    OpenFailure failure = OpenFailure::None;
    QString detail;  // SQLite's own words, for the log (never key material)
  };
  // Opens (and with `create`, creates) `path`. The key is applied with
  // PRAGMA key built in secure memory and wiped afterwards.
  static Opened open(const QString& path, const crypto::SecureBytes& key, bool create);

  ~CipherConnection();
  CipherConnection(const CipherConnection&) = delete;
  CipherConnection& operator=(const CipherConnection&) = delete;

  void exec(const char* sql);
  // A prepared statement for `sql`, reset and ready to bind. The caller must
  // finish with one before asking for the same text again.
  sqlite::Statement& statement(const char* sql);
  qint64 lastInsertRowId() const;
  QString journalMode();

  // True when the first 16 bytes of `path` are plain SQLite's magic.
  static bool hasPlainHeader(const QString& path);

 private:
  explicit CipherConnection(struct sqlite3* db) : m_db(db) {}

  struct sqlite3* m_db;
  QHash<const char*, std::shared_ptr<sqlite::Statement>> m_statements;
};

// Begins a write transaction (BEGIN IMMEDIATE, so a second writer waits at the
// start instead of failing at commit) and rolls back unless committed.
class WriteTransaction {
 public:
  explicit WriteTransaction(CipherConnection& connection);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  void commit();

 private:
  CipherConnection& m_connection;
  bool m_done = false;
};

}  // namespace cw::store
