#include "app/webengine/IssuerOnlyInterceptor.h"

#include "app/LoginBrowser.h"

namespace cw::shell {

IssuerOnlyInterceptor::IssuerOnlyInterceptor(QString issuerOrigin, QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent), m_issuerOrigin(std::move(issuerOrigin)) {}

void IssuerOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info) {
  // Main-frame navigations are judged by LoginWebPage, which reports the
  // redirect URI instead of loading it; everything else must stay on the issuer.
  if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
    return;
  }
  if (webOrigin(info.requestUrl()) != m_issuerOrigin) {
    info.block(true);
  }
}

}  // namespace cw::shell
