// The values the Store API takes and returns.
#pragma once

#include "core/fhir/Resource.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cw::store {

struct ResourceKey {
  QString type;
  QString id;
  friend bool operator==(const ResourceKey&, const ResourceKey&) = default;
};

struct StoreResult {
  QString error;  // empty on success
  bool ok() const { return error.isEmpty(); }
};

struct WriteResult {
  std::optional<fhir::Resource> resource;  // as stored, with its id
  QString error;
  bool ok() const { return error.isEmpty(); }
};

// How far a download of one resource type for one patient set has got: the
// server's meta.lastUpdated (or the page's Bundle.meta.lastUpdated), to be
// queried again with an overlap (`ge`) and de-duplicated by versionId.
struct Watermark {
  QString scope;  // a patient set, e.g. "ward:LOC-AMU", "reference"
  QString type;
  QString value;
};

// The scope of the watermark of a type's deletion history (`_history?_since`):
// the one download watermark that never moves back, or deletions made
// meanwhile would be missed.
inline constexpr QLatin1String kDeletionHistoryScope("history");

struct PageResult {
  int stored = 0;     // new or newer versions
  int unchanged = 0;  // versionId already stored
  int conflicts = 0;  // local changes waiting: recorded as conflicts, not applied
  int deleted = 0;
  QString error;  // the page was not applied at all when set
  bool ok() const { return error.isEmpty(); }
};

enum class Operation { Create, Update, Delete };

struct JournalEntry {
  qint64 seq = 0;
  Operation operation = Operation::Create;
  ResourceKey key;
  QString baseVersionId;                   // If-Match for updates and deletes
  std::optional<fhir::Resource> resource;  // current local version; none for deletes
  std::optional<fhir::Resource> outcome;   // parked entries: the server's OperationOutcome
  QDateTime recordedAt;
};

enum class Resolution { KeepMine, TakeTheirs };

struct Conflict {
  qint64 id = 0;
  ResourceKey key;
  std::optional<fhir::Resource> local;   // none when deleted locally
  std::optional<fhir::Resource> server;  // none when deleted on the server
  QDateTime detectedAt;
};

struct WardEntry {
  fhir::Resource encounter;
  std::optional<fhir::Resource> patient;   // not yet downloaded when empty
  std::optional<fhir::Resource> location;  // the bed (or ward) the encounter names
};

struct QueuedAudit {
  qint64 seq = 0;
  fhir::Resource event;
};

struct StoreStats {
  QMap<QString, qint64> resourcesByType;
  qint64 changesWaiting = 0;
  qint64 conflicts = 0;
  qint64 parked = 0;
  qint64 auditWaiting = 0;
};

}  // namespace cw::store
