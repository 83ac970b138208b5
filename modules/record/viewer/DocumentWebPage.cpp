#include "modules/record/viewer/DocumentWebPage.h"

namespace cw::record {

DocumentWebPage::DocumentWebPage(QWebEngineProfile* profile, QUrl documentUrl, QObject* parent)
    : QWebEnginePage(profile, parent), m_documentUrl(std::move(documentUrl)) {}

bool DocumentWebPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) {
  if (!m_opened && isMainFrame && url == m_documentUrl) {
    m_opened = true;
    return true;
  }
  if (type == NavigationTypeLinkClicked) {
    Q_EMIT linkRefused();
  }
  return false;
}

QWebEnginePage* DocumentWebPage::createWindow(WebWindowType) {
  return nullptr;
}

void DocumentWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString&, int,
                                               const QString&) {
  // Script is off, so only the engine writes here, and it may quote the
  // document: none of it goes to the log.
}

}  // namespace cw::record
