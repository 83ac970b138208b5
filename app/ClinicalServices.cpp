#include "app/ClinicalServices.h"

#include "core/base/Clock.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"
#include "core/identity/SessionManager.h"
#include "core/module/PatientContext.h"
#include "core/store/CacheConfig.h"
#include "core/sync/SyncStatus.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcClinical, "cw.app.clinical")

namespace cw::shell {
namespace {

// The store's record of the last completed sync, so "data as of" survives a restart.
const store::Watermark kLastSync{QStringLiteral("workstation"), QStringLiteral("last-completed-sync"), {}};

// The patient set of the patients opened in the record viewer.
const QString kOpenedSet = QStringLiteral("opened");

}  // namespace

ClinicalServices::ClinicalServices(const config::EffectiveConfig& config, const base::Clock& clock,
                                   audit::AuditTrail& audit, identity::SessionManager* sessions,
                                   sync::SyncStatus* syncStatus)
    : m_clock(clock), m_sessions(sessions), m_syncStatus(syncStatus) {
  openStore(config, clock);
  if (m_store) {
    m_auditSink = std::make_unique<store::AuditQueueSink>(audit, *m_store);
    buildSync(config);
  }
}

ClinicalServices::~ClinicalServices() {
  if (m_scheduler) {
    m_scheduler->stop();
  }
}

void ClinicalServices::openStore(const config::EffectiveConfig& config, const base::Clock& clock) {
  const store::CacheConfig cache = store::CacheConfig::from(config);
  // A key file is made by `cwctl cache init` under the service account; the
  // OS keychain makes its own per user on first use.
  const store::KeyCreation creation =
      cache.keyProvider == u"keychain" ? store::KeyCreation::IfMissing : store::KeyCreation::Never;
  const std::unique_ptr<store::KeyProvider> keys = cache.makeKeyProvider(creation, &m_problem);
  if (!keys) {
    qCWarning(lcClinical).noquote() << "offline cache unavailable:" << m_problem;
    return;
  }
  store::Store::Opened opened = store::Store::open(cache.path, *keys, clock);
  if (!opened.store) {
    m_problem = opened.error;
    qCWarning(lcClinical).noquote() << "offline cache unavailable:" << m_problem;
    return;
  }
  if (!opened.movedAsideTo.isEmpty()) {
    qCWarning(lcClinical).noquote() << "an unreadable offline cache was moved aside to"
                                    << opened.movedAsideTo;
  }
  m_store = std::move(opened.store);
  const QString lastSync = m_store->watermark(kLastSync.scope, kLastSync.type);
  if (m_syncStatus != nullptr && !lastSync.isEmpty()) {
    m_syncStatus->setLastSynced(QDateTime::fromString(lastSync, Qt::ISODateWithMs));
  }
}

void ClinicalServices::buildSync(const config::EffectiveConfig& config) {
  const QUrl base = config.url(config::keys::kFhirBaseUrl);
  if (!config.isValid() || !base.isValid()) {
    return;
  }
  http::HttpClientOptions options;
  options.bearerToken = [this] {
    const QMutexLocker lock(&m_tokenMutex);
    return m_token;
  };
  m_http = std::make_unique<http::HttpClient>(options);
  m_fhir = std::make_unique<http::FhirClient>(base, *m_http);
  sync::SyncOptions syncOptions;
  syncOptions.wardLocationIds = config.list(config::keys::kWardLocations);
  m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_fhir, syncOptions);
  if (m_syncStatus != nullptr) {
    m_engine->reportTo(m_syncStatus);
  }
  m_scheduler = std::make_unique<sync::SyncScheduler>(*m_engine, *m_fhir);
  connect(m_scheduler.get(), &sync::SyncScheduler::runFinished, this, &ClinicalServices::recordSyncFinished);

  if (m_sessions != nullptr) {
    connect(m_sessions, &identity::SessionManager::stateChanged, this, &ClinicalServices::mirrorToken);
    connect(m_sessions, &identity::SessionManager::currentSessionChanged, this,
            &ClinicalServices::mirrorToken);
  }
  m_tokenRefresh.setInterval(std::chrono::seconds(5));
  connect(&m_tokenRefresh, &QTimer::timeout, this, &ClinicalServices::mirrorToken);
}

void ClinicalServices::start() {
  if (m_scheduler) {
    mirrorToken();
    m_tokenRefresh.start();
    m_scheduler->start();
  }
}

void ClinicalServices::followPatients(const module::PatientContext& context) {
  connect(&context, &module::PatientContext::changed, this, [this, &context] {
    if (!m_engine || !context.hasPatient()) {
      return;
    }
    m_engine->addPatients(kOpenedSet, {context.current().resourceId});
    m_scheduler->requestRun();
  });
}

void ClinicalServices::mirrorToken() {
  const identity::SharedSecret token = m_sessions != nullptr ? m_sessions->accessToken() : nullptr;
  const QByteArray bytes = token ? token->view().toByteArray() : QByteArray();
  {
    const QMutexLocker lock(&m_tokenMutex);
    m_token = bytes;
  }
  // Locked is not this case: unlocking brings the token back.
  if (m_syncStatus != nullptr && m_sessions != nullptr) {
    m_syncStatus->setSignInNeeded(m_sessions->state() == identity::SessionManager::State::Active && !token);
  }
}

void ClinicalServices::recordSyncFinished(const sync::SyncReport& report) {
  if (!report.ok()) {
    return;
  }
  const QDateTime now = m_clock.now();
  store::Watermark lastSync = kLastSync;
  lastSync.value = now.toUTC().toString(Qt::ISODateWithMs);
  if (const store::PageResult saved = m_store->applyServerPage({}, {}, lastSync); !saved.ok()) {
    qCWarning(lcClinical).noquote() << "could not record the sync time:" << saved.error;
  }
  if (m_syncStatus != nullptr) {
    m_syncStatus->setLastSynced(now);
  }
}

}  // namespace cw::shell
