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

// Long enough for a slow hospital network, short enough that a status page
// or indicator never waits long on a dead endpoint.
inline constexpr std::chrono::milliseconds kDefaultProbeTimeout{5000};

ProbeResult probeEndpoint(const QUrl& url, std::chrono::milliseconds timeout = kDefaultProbeTimeout);

}  // namespace cw::http
