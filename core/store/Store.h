// The encrypted offline cache every module reads and writes: resources with
// their search indexes, the change journal that sync uploads, download
// watermarks, conflicts and the audit queue, in one SQLCipher file.
//
// Threading (decision 005): one writer connection and one reader connection,
// each behind its own mutex, so any thread may call any method. The file is in
// WAL mode: reads see the last committed state and never wait for a write in
// progress, so the UI thread's short indexed reads stay within milliseconds
// while the sync worker applies a page. Change signals are emitted on the
// calling thread; connect with Qt::AutoConnection and they queue to the UI.
#pragma once

#include "core/base/Clock.h"
#include "core/fhir/NhsNumber.h"
#include "core/fhir/Resource.h"
#include "core/fhir/resources/AuditEvent.h"
#include "core/store/KeyProvider.h"
#include "core/store/StoreTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace cw::store {

class CipherConnection;

class Store : public QObject {
  Q_OBJECT

 public:
  struct Opened {
    std::unique_ptr<Store> store;
    QString error;         // translated, says what to do; empty on success
    QString movedAsideTo;  // where an unreadable cache was moved, if it was
  };
  enum class Creation { IfMissing, MustExist };
  // Opens the cache at `path` with the provider's key, creating it (and its
  // folder) when missing unless `creation` says it must exist. A file the key
  // cannot open is never deleted: it is moved aside and the error says where.
  static Opened open(const QString& path, KeyProvider& keys, const base::Clock& clock,
                     Creation creation = Creation::IfMissing);

  ~Store() override;

  // --- Local changes -------------------------------------------------------
  // Stores a local create (no id: the store assigns a UUID id and a business
  // identifier urn:ietf:rfc:3986 for idempotent conditional create) or update
  // (an id already in the store) in ONE transaction with its index rows, a
  // journal entry and `audit`. Server meta (versionId, lastUpdated) is kept as
  // the server sent it. Returns the resource as stored.
  [[nodiscard]] WriteResult write(fhir::Resource resource, const fhir::AuditEvent& audit);
  // A local delete: journaled for upload; reads no longer return it.
  [[nodiscard]] StoreResult remove(const ResourceKey& key, const fhir::AuditEvent& audit);

  // --- Downloads -----------------------------------------------------------
  // One page from the server in one transaction, with the watermark that page
  // reached. Skips resources whose versionId is already stored; never
  // overwrites a resource with unsynced local changes (it records a conflict
  // instead); writes no journal entries.
  [[nodiscard]] PageResult applyServerPage(const QList<fhir::Resource>& resources,
                                           const QList<ResourceKey>& deletions,
                                           const std::optional<Watermark>& watermark = std::nullopt);

  // --- Reads (reader connection) -------------------------------------------
  std::optional<fhir::Resource> read(const ResourceKey& key) const;
  QList<fhir::Resource> findPatients(const fhir::NhsNumber& nhsNumber) const;
  // Family or given name starting with `namePrefix` (case, accents and
  // punctuation ignored) and born on `birthDate`.
  QList<fhir::Resource> findPatients(QStringView namePrefix, QDate birthDate, int limit = 50) const;
  // In-progress Encounters on the ward Location or one of its beds.
  QList<WardEntry> wardList(const QString& wardLocationId) const;
  // The Locations whose partOf is `locationId` (a ward's beds), sorted.
  QStringList childLocationIds(const QString& locationId) const;
  // A patient's resources of `type` (subject or patient references), newest first.
  QList<fhir::Resource> compartment(const QString& patientId, const QString& type, int limit = 100) const;
  // The same, back to `since` (inclusive) only: a chart's time window.
  QList<fhir::Resource> compartmentSince(const QString& patientId, const QString& type,
                                         const QDateTime& since, int limit = 20000) const;
  // A patient's survey Observations (scores and assessments) coded
  // `system`|`code`, newest first: the only codes the cache indexes.
  QList<fhir::Resource> surveyObservations(const QString& patientId, const QString& system,
                                           const QString& code, int limit = 100) const;
  // Ids of the resources of `type` that the server has had (all but local
  // creates not yet sent) and that are not deleted locally: what
  // reconciliation compares with the ids the server still holds. For
  // `patientIds`, their compartment (for Patient, those patients); without,
  // every resource of the type.
  QStringList serverIds(const QString& type, const QStringList& patientIds) const;
  QStringList serverIds(const QString& type) const;

  // --- Upload journal ------------------------------------------------------
  // Waiting changes, oldest first, with each resource as it is now.
  QList<JournalEntry> pendingChanges(int limit = 500) const;
  QList<JournalEntry> parkedChanges() const;
  // The server accepted change `seq`. When it assigned its own id, that id
  // replaces the local one everywhere: the resource, references to it in
  // other resources, later journal entries and conflicts.
  [[nodiscard]] StoreResult markSent(qint64 seq, const QString& serverId, const QString& serverVersionId,
                                     const QString& serverLastUpdated);
  // The server refused change `seq`: it waits, with the server's
  // OperationOutcome, in the "could not send" list and blocks nothing else.
  [[nodiscard]] StoreResult park(qint64 seq, const fhir::Resource& operationOutcome);
  // A person sends parked change `seq` again (after putting right what the
  // server said): it waits in pendingChanges, its outcome cleared, with `audit`.
  [[nodiscard]] StoreResult retryParked(qint64 seq, const fhir::AuditEvent& audit);
  // A person drops parked change `seq`, with `audit`, in one transaction. The
  // cache holds one local copy per resource, so every unsent change to that
  // resource goes with it. A create is removed; an update or delete goes back
  // to the server's last version when the cache still holds it (see
  // Store.cpp), otherwise the local copy is removed and downloaded again.
  [[nodiscard]] StoreResult discardParked(qint64 seq, const fhir::AuditEvent& audit);

  // --- Conflicts -----------------------------------------------------------
  // The server holds `serverVersion` (or, when null, has deleted `key`) while
  // local changes wait (e.g. a 412 on upload).
  [[nodiscard]] StoreResult addConflict(const ResourceKey& key,
                                        const std::optional<fhir::Resource>& serverVersion);
  QList<Conflict> conflicts() const;
  // keep-mine: the local version is rebased on the server's (its changes go
  // with If-Match of the server's version); take-theirs: the server's version
  // replaces the local one and its waiting changes are discarded. `audit`
  // (who decided what) is queued in the same transaction.
  [[nodiscard]] StoreResult resolveConflict(qint64 conflictId, Resolution resolution,
                                            const fhir::AuditEvent& audit);

  // --- Watermarks and audit ------------------------------------------------
  QString watermark(const QString& scope, const QString& type) const;
  [[nodiscard]] StoreResult queueAudit(const fhir::AuditEvent& event);
  QList<QueuedAudit> pendingAudit(int limit = 100) const;
  [[nodiscard]] StoreResult markAuditSent(const QList<qint64>& sequences);

  // Counts only: never patient data.
  StoreStats stats() const;

 Q_SIGNALS:
  // A resource was written, downloaded, replaced or deleted.
  void resourceChanged(const QString& type, const QString& id);
  // The numbers in stats() changed (changes waiting, conflicts, parked).
  void syncCountsChanged();

 private:
  Store(std::unique_ptr<CipherConnection> writer, std::unique_ptr<CipherConnection> reader,
        const base::Clock& clock);

  std::unique_ptr<CipherConnection> m_writer;
  std::unique_ptr<CipherConnection> m_reader;
  mutable QMutex m_writeMutex;
  mutable QMutex m_readMutex;
  const base::Clock& m_clock;
};

}  // namespace cw::store
