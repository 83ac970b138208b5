#include "modules/status/StatusChecks.h"

#include "core/base/BackgroundTask.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"
#include "core/http/Urls.h"

namespace cw::status {
StatusChecks::StatusChecks(const config::EffectiveConfig& config, QObject* parent) : QObject(parent) {
  const QUrl fhir = config.url(config::keys::kFhirBaseUrl);
  const QUrl issuer = config.url(config::keys::kOidcIssuer);
  m_endpoints = {
      {tr("FHIR server"), fhir.isValid() ? http::fhirMetadataUrl(fhir) : QUrl(), std::nullopt},
      {tr("Identity provider"), issuer.isValid() ? http::oidcDiscoveryUrl(issuer) : QUrl(), std::nullopt},
  };
}

void StatusChecks::refresh() {
  const int generation = ++m_generation;
  m_readers.reset();
  Q_EMIT readersChanged();
  base::runInBackground(this, smartcard::scanReaders, [this, generation](const smartcard::ReaderScan& scan) {
    if (generation == m_generation) {
      m_readers = scan;
      Q_EMIT readersChanged();
    }
  });

  for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
    m_endpoints[i].result.reset();
    const QUrl url = m_endpoints[i].url;
    if (!url.isValid()) {
      continue;
    }
    base::runInBackground(
        this, [url] { return http::probeEndpoint(url); },
        [this, generation, i](const http::ProbeResult& result) {
          if (generation == m_generation) {
            m_endpoints[i].result = result;
            Q_EMIT endpointsChanged();
          }
        });
  }
  Q_EMIT endpointsChanged();
}

}  // namespace cw::status
