#include "core/sync/ConnectivityMonitor.h"

#include "core/base/BackgroundTask.h"
#include "core/http/EndpointProbe.h"
#include "core/http/Urls.h"
#include "core/sync/SyncStatus.h"

#include <QCoreApplication>

namespace cw::sync {
namespace {

struct Tr {
  Q_DECLARE_TR_FUNCTIONS(cw::sync)
};

}  // namespace

ConnectivityMonitor::ConnectivityMonitor(QUrl fhirBase, SyncStatus* status,
                                         std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent), m_fhirBase(std::move(fhirBase)), m_status(status) {
  m_timer.setInterval(interval);
  connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::checkNow);
}

void ConnectivityMonitor::start() {
  m_timer.start();
  checkNow();
}

void ConnectivityMonitor::checkNow() {
  if (m_probing) {
    return;
  }
  m_probing = true;
  const QUrl url = http::fhirMetadataUrl(m_fhirBase);
  base::runInBackground(
      this, [url] { return http::probeEndpoint(url); },
      [this](const http::ProbeResult& result) {
        m_probing = false;
        if (result.reachable) {
          m_status->setConnection(SyncStatus::Connection::Online, {});
        } else {
          m_status->setConnection(SyncStatus::Connection::Offline,
                                  Tr::tr("FHIR server not reachable: %1").arg(result.error));
        }
      });
}

}  // namespace cw::sync
