// Checks whether an HTTP(S) endpoint answers, with TLS verification always on.
// Blocking: call it from a worker thread, never the UI thread.
#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

namespace cw::http {

struct ProbeResult {
  bool reachable = false;  // an HTTP response arrived (any status)
  long httpStatus = 0;
  qint64 elapsedMs = 0;
  QString error;  // curl's explanation when not reachable
};

ProbeResult probeEndpoint(const QUrl& url, std::chrono::milliseconds timeout);

}  // namespace cw::http
