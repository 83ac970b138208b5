// Asks the FHIR server for its CapabilityStatement now and then, on a worker
// thread, and records in SyncStatus whether it answered.
#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace cw::sync {

class SyncStatus;

class ConnectivityMonitor : public QObject {
  Q_OBJECT

 public:
  ConnectivityMonitor(QUrl fhirBase, SyncStatus* status, std::chrono::milliseconds interval,
                      QObject* parent = nullptr);

  void start();
  // Probes now unless a probe is already under way.
  void checkNow();

 private:
  QUrl m_fhirBase;
  SyncStatus* m_status;
  QTimer m_timer;
  bool m_probing = false;
};

}  // namespace cw::sync
