// Runs the workstation's live checks (card readers, endpoint reachability) on
// worker threads and reports each result as it arrives.
#pragma once

#include "core/http/EndpointProbe.h"
#include "smartcard/ReaderScan.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace cw::config {
class EffectiveConfig;
}

namespace cw::status {

struct EndpointCheck {
  QString name;                             // translated: "FHIR server", "Identity provider"
  QUrl url;                                 // what is probed; invalid when the setting is missing
  std::optional<http::ProbeResult> result;  // empty while the probe runs
};

class StatusChecks : public QObject {
  Q_OBJECT

 public:
  explicit StatusChecks(const config::EffectiveConfig& config, QObject* parent = nullptr);

  // Starts all checks again; results arrive through the signals.
  void refresh();

  const std::optional<smartcard::ReaderScan>& readers() const { return m_readers; }
  const QList<EndpointCheck>& endpoints() const { return m_endpoints; }

 Q_SIGNALS:
  void readersChanged();
  void endpointsChanged();

 private:
  std::optional<smartcard::ReaderScan> m_readers;
  QList<EndpointCheck> m_endpoints;
  int m_generation = 0;  // results of a superseded refresh are dropped
};

}  // namespace cw::status
