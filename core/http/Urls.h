// Well-known addresses derived from configured base URLs.
#pragma once

#include <QUrl>

namespace cw::http {

// base + "/" + path, whether or not base ends with a slash.
QUrl appendPath(const QUrl& base, const QString& path);

QUrl fhirMetadataUrl(const QUrl& fhirBase);  // <base>/metadata
QUrl oidcDiscoveryUrl(const QUrl& issuer);   // <issuer>/.well-known/openid-configuration

}  // namespace cw::http
