// The patient-data side of the workstation, built from the effective
// configuration at start-up: the encrypted offline cache, the audit trail's
// path into it, and the sync engine with its scheduler talking to the FHIR
// server with the signed-in user's token. When the cache cannot be opened it
// says why and builds nothing else (fail closed): patient modules show the
// reason instead of data.
#pragma once

#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"
#include "core/store/AuditQueueSink.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncScheduler.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <memory>

namespace cw::audit {
class AuditTrail;
}
namespace cw::base {
class Clock;
}
namespace cw::config {
class EffectiveConfig;
}
namespace cw::identity {
class SessionManager;
}
namespace cw::module {
class PatientContext;
}
namespace cw::sync {
class SyncStatus;
}

namespace cw::shell {

class ClinicalServices : public QObject {
  Q_OBJECT

 public:
  // `sessions` may be null (sign-on unavailable): sync then carries no token.
  ClinicalServices(const config::EffectiveConfig& config, const base::Clock& clock, audit::AuditTrail& audit,
                   identity::SessionManager* sessions, sync::SyncStatus* syncStatus);
  ~ClinicalServices() override;

  // Null when the cache could not be opened; problem() says why.
  store::Store* store() const { return m_store.get(); }
  QString problem() const { return m_problem; }

  // Starts syncing (when a FHIR server is configured).
  void start();
  // Every patient `context` selects joins the patient set "opened" for the
  // life of the process, and a sync runs to fetch their record.
  void followPatients(const module::PatientContext& context);

 private:
  void openStore(const config::EffectiveConfig& config, const base::Clock& clock);
  void buildSync(const config::EffectiveConfig& config);
  void mirrorToken();
  void recordSyncFinished(const sync::SyncReport& report);

  const base::Clock& m_clock;
  identity::SessionManager* m_sessions;
  sync::SyncStatus* m_syncStatus;
  QString m_problem;
  std::unique_ptr<store::Store> m_store;
  std::unique_ptr<store::AuditQueueSink> m_auditSink;
  // The sync worker cannot ask the session manager (a UI-thread object) for
  // the token, so the UI thread keeps a copy here, refreshed on every session
  // change and every few seconds to follow renewals.
  mutable QMutex m_tokenMutex;
  QByteArray m_token;
  QTimer m_tokenRefresh;
  std::unique_ptr<http::HttpClient> m_http;
  std::unique_ptr<http::FhirClient> m_fhir;
  std::unique_ptr<sync::SyncEngine> m_engine;
  std::unique_ptr<sync::SyncScheduler> m_scheduler;
};

}  // namespace cw::shell
