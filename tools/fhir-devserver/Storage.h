// The server's SQLite file: every version of every resource in one sequence,
// their JSON, and the search index rows of each version. Versions are never
// changed once written, so any past state ("as of sequence N") can be queried,
// which keeps paging stable while data changes.
#pragma once

#include "tools/fhir-devserver/Indexer.h"
#include "tools/fhir-devserver/SqliteDatabase.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cw::devserver {

struct VersionRecord {
  qint64 seq = 0;  // position in the server-wide sequence
  QString type;
  QString id;
  qint64 versionId = 0;
  qint64 updated = 0;  // meta.lastUpdated, ms since the epoch (UTC)
  QString method;      // POST, PUT or DELETE: how this version came to be
  bool deleted = false;
  QByteArray json;  // empty for a delete
};

struct NewVersion {
  QString type;
  QString id;
  qint64 versionId = 0;
  qint64 updated = 0;
  QString method;
  QByteArray json;  // empty for a delete
  IndexRows index;
  qint64 previousSeq = 0;  // the version this one replaces, 0 for the first
};

// A committed change, as subscriptions see it.
struct Change {
  qint64 seq;
  qint64 previousSeq;
  QString type;
  QString id;
  bool deleted;
};

class Storage {
 public:
  // Opens or creates `file` (WAL mode). Throws sqlite::SqlError.
  explicit Storage(const QString& file);

  std::optional<VersionRecord> latest(const QString& type, const QString& id);  // deletes included
  std::optional<VersionRecord> version(const QString& type, const QString& id, qint64 versionId);
  // Writes one version and its index rows; needs an open WriteTransaction.
  qint64 append(const NewVersion& version);

  // The time for the next write: now, but never before the last write, so
  // lastUpdated never runs backwards along the sequence.
  qint64 writeTime();
  qint64 lastSequence();
  bool isEmpty();

  // The integer that stands for `parameter` in the index tables.
  qint64 parameterId(const SearchParameter* parameter) const { return m_parameterIds.value(parameter); }
  SqliteDatabase& database() { return m_db; }

  // Called after each commit with the versions it wrote.
  void setCommitListener(std::function<void(const QList<Change>&)> listener) {
    m_listener = std::move(listener);
  }

 private:
  friend class WriteTransaction;
  void createSchema();
  void loadParameterIds();
  void refreshStatisticsIfGrown();
  std::optional<VersionRecord> readVersion(const QByteArray& sql, const QString& type, const QString& id,
                                           qint64 versionId);

  SqliteDatabase m_db;
  QHash<const SearchParameter*, qint64> m_parameterIds;
  qint64 m_lastWriteTime = 0;
  qint64 m_analyzedAtSequence = 0;
  int m_depth = 0;
  QList<Change> m_pending;
  std::function<void(const QList<Change>&)> m_listener;
};

// One SQLite write transaction. A scope opened inside another joins it, so a
// FHIR transaction Bundle and the interactions it runs commit together. Leaving
// the outermost scope without commit() rolls everything back.
class WriteTransaction {
 public:
  explicit WriteTransaction(Storage& storage);
  ~WriteTransaction();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  void commit();

 private:
  Storage& m_storage;
  bool m_outermost;
  bool m_done = false;
};

}  // namespace cw::devserver
