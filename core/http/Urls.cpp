#include "core/http/Urls.h"

namespace cw::http {

QUrl appendPath(const QUrl& base, const QString& path) {
  QUrl url = base;
  QString joined = base.path();
  if (!joined.endsWith(QLatin1Char('/'))) {
    joined += QLatin1Char('/');
  }
  url.setPath(joined + path);
  return url;
}

QUrl fhirMetadataUrl(const QUrl& fhirBase) {
  return appendPath(fhirBase, QStringLiteral("metadata"));
}

QUrl oidcDiscoveryUrl(const QUrl& issuer) {
  return appendPath(issuer, QStringLiteral(".well-known/openid-configuration"));
}

}  // namespace cw::http
