// One sync cycle between the offline cache and a FHIR R4 server: reads the
// CapabilityStatement, learns server deletions (type history, or id
// reconciliation where the server has none), downloads the patient sets and
// reference data page by page, uploads the change journal as transaction
// Bundles and the audit queue. When to run is SyncScheduler's job. No widgets; a run blocks the
// thread it runs on, so start() runs it on a worker and reports by queued
// signals. Durable across kill -9: the store commits each page with its
// watermark and marks a change sent only after the server's answer.
#pragma once

#include "core/sync/ServerCapabilities.h"
#include "core/sync/SyncTypes.h"

#include <QFuture>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <optional>

namespace cw::http {
class FhirClient;
}
namespace cw::store {
class Store;
}

namespace cw::sync {

class SyncStatus;

class SyncEngine : public QObject {
  Q_OBJECT

 public:
  // `store` and `client` must outlive the engine and any run it started.
  SyncEngine(store::Store& store, http::FhirClient& client, SyncOptions options, QObject* parent = nullptr);

  // Shows this engine's state and counts in `status` (queued to its thread).
  void reportTo(SyncStatus* status);

  // One cycle on the calling thread (never the UI thread). Only one run at a
  // time: a second caller gets an error at once.
  SyncReport runOnce();
  // The same on Qt's thread pool; progress() and finished() arrive queued.
  QFuture<SyncReport> start();

  const SyncOptions& options() const { return m_options; }
  // Adds `patientIds` to the patient set `setName` (made when new), from the
  // next run on; any thread. For sets that grow while the process runs, such
  // as the patients opened in the record viewer.
  void addPatients(const QString& setName, const QStringList& patientIds);
  // The patient sets the engine follows: its own and those added, then the
  // ward sets as the last run found them. Any thread.
  QList<PatientSet> patientSets() const;
  // What the CapabilityStatement said at the last run that read it; nothing
  // before then. Any thread.
  std::optional<ServerCapabilities> capabilities() const;

 Q_SIGNALS:
  void started();
  void progress(const cw::sync::SyncCounts& counts);
  void finished(const cw::sync::SyncReport& report);

 private:
  class Run;

  store::Store& m_store;
  http::FhirClient& m_client;
  SyncOptions m_options;
  std::atomic_bool m_running{false};
  int m_runsUntilReconcile = 0;  // touched by the one run under way only
  mutable QMutex m_patientSetsMutex;
  QList<PatientSet> m_patientSets;  // options' sets and those added since
  QList<PatientSet> m_wardSets;     // as the last run found them
  mutable QMutex m_capabilitiesMutex;
  std::optional<ServerCapabilities> m_capabilities;
};

}  // namespace cw::sync
