// The synthetic UK data set of `cwctl generate`, written to a folder and
// loaded into a running FHIR server as its transaction Bundles, for the
// benchmarks that need a server holding realistic records.
#pragma once

#include <QString>
#include <QUrl>

namespace cw::http {
class HttpClient;
}

namespace cw::bench {

// Runs `cwctl generate` for `patients` patients (seed 1) into `folder`.
// Returns what went wrong, or an empty string.
QString generateSet(const QString& cwctl, int patients, const QString& folder);

struct LoadedSet {
  qint64 resources = 0;
  double seconds = 0;
  QString error;  // empty when every Bundle was accepted
};

// POSTs every Bundle in `folder`, in name order (reference data first), to `base`.
LoadedSet loadSet(http::HttpClient& http, const QUrl& base, const QString& folder);

}  // namespace cw::bench
