#include "core/store/CipherConnection.h"

#include <QFile>

#include <cstring>

#include <sqlcipher/sqlite3.h>

namespace cw::store {
namespace {

constexpr char kPlainHeader[] = "SQLite format 3";  // 16 bytes with its NUL
// Waits this long for the other connection's write to finish before failing.
constexpr int kBusyTimeoutMs = 10000;

// `PRAGMA key = "x'<64 hex>'";` in secure memory, NUL-terminated for SQLite.
crypto::SecureBytes keyPragma(const crypto::SecureBytes& key) {
  static constexpr char kPrefix[] = "PRAGMA key = \"x'";
  static constexpr char kSuffix[] = "'\";";
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t prefix = sizeof(kPrefix) - 1;
  const std::size_t suffix = sizeof(kSuffix) - 1;
  crypto::SecureBytes pragma = crypto::SecureBytes::zeroed(prefix + key.size() * 2 + suffix + 1);
  char* out = pragma.data();
  std::memcpy(out, kPrefix, prefix);
  out += prefix;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const auto byte = static_cast<unsigned char>(key.data()[i]);
    *out++ = kHex[byte >> 4];
    *out++ = kHex[byte & 0x0f];
  }
  std::memcpy(out, kSuffix, suffix);
  return pragma;
}

QString singleText(sqlite3* db, const char* sql) {
  sqlite::Statement statement(db, sql);
  return statement.next() ? statement.text(0) : QString();
}

}  // namespace

bool CipherConnection::hasPlainHeader(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    return false;
  }
  return file.read(sizeof(kPlainHeader)) == QByteArray(kPlainHeader, sizeof(kPlainHeader));
}

CipherConnection::Opened CipherConnection::open(const QString& path, const crypto::SecureBytes& key,
                                                bool create) {
  Opened result;
  if (QFile::exists(path) && hasPlainHeader(path)) {
    result.failure = OpenFailure::NotEncrypted;
    return result;
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
    result.failure = OpenFailure::CannotOpen;
    result.detail = QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return result;
  }
  std::unique_ptr<CipherConnection> connection(new CipherConnection(db));
  try {
    const crypto::SecureBytes pragma = keyPragma(key);
    if (sqlite3_exec(db, pragma.data(), nullptr, nullptr, nullptr) != SQLITE_OK) {
      sqlite::throwSqlError(db, "key");
    }
    // SQLCipher 3's default is 1024; 4096 matches the file system's pages.
    // Not stored in the file, so it is set on every open.
    connection->exec("PRAGMA cipher_page_size = 4096");
    if (singleText(db, "PRAGMA cipher_version").isEmpty()) {
      result.failure = OpenFailure::NoCipher;
      return result;
    }
    // The first read decrypts page 1: a wrong key fails here.
    connection->exec("SELECT count(*) FROM sqlite_master");
  } catch (const sqlite::SqlError& error) {
    result.failure = (error.code() & 0xff) == SQLITE_NOTADB ? OpenFailure::WrongKey : OpenFailure::CannotOpen;
    result.detail = QString::fromUtf8(error.what());
    return result;
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  result.connection = std::move(connection);
  return result;
}

CipherConnection::~CipherConnection() {
  m_statements.clear();
  sqlite3_close(m_db);
}

void CipherConnection::exec(const char* sql) {
  if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    sqlite::throwSqlError(m_db, "exec");
  }
}

sqlite::Statement& CipherConnection::statement(const char* sql) {
  std::shared_ptr<sqlite::Statement>& cached = m_statements[sql];
  if (!cached) {
    cached = std::make_shared<sqlite::Statement>(m_db, sql);
  } else {
    cached->reset();
  }
  return *cached;
}

qint64 CipherConnection::lastInsertRowId() const {
  return sqlite3_last_insert_rowid(m_db);
}

QString CipherConnection::journalMode() {
  return singleText(m_db, "PRAGMA journal_mode");
}

WriteTransaction::WriteTransaction(CipherConnection& connection) : m_connection(connection) {
  m_connection.exec("BEGIN IMMEDIATE");
}

WriteTransaction::~WriteTransaction() {
  if (!m_done) {
    try {
      m_connection.exec("ROLLBACK");
    } catch (const sqlite::SqlError&) {
      // SQLite already rolled back (e.g. after a full disk); nothing left to undo.
    }
  }
}

void WriteTransaction::commit() {
  m_connection.exec("COMMIT");
  m_done = true;
}

}  // namespace cw::store
