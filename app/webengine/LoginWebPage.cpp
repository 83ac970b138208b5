#include "app/webengine/LoginWebPage.h"

#include "app/LoginBrowser.h"

#include <QLoggingCategory>
#include <QWebEngineCertificateError>

Q_LOGGING_CATEGORY(lcLoginPage, "cw.login.page")

namespace cw::shell {

LoginWebPage::LoginWebPage(QWebEngineProfile* profile, QString issuerOrigin, QUrl redirectUri,
                           std::function<void(const QUrl&)> onRedirect,
                           std::function<void(const QString&)> onFailure, QObject* parent)
    : QWebEnginePage(profile, parent),
      m_issuerOrigin(std::move(issuerOrigin)),
      m_redirectUri(std::move(redirectUri)),
      m_onRedirect(std::move(onRedirect)),
      m_onFailure(std::move(onFailure)) {
  connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
    error.rejectCertificate();
    fail(tr("The identity provider's certificate is not trusted (%1). Sign-in was stopped; tell IT.")
             .arg(error.description()));
  });
  connect(this, &QWebEnginePage::loadFinished, this, [this](bool ok) {
    if (!ok && !m_finished) {
      fail(
          tr("The identity provider did not answer. Check the network, then take your card out and "
             "put it back to try again."));
    }
  });
  connect(this, &QWebEnginePage::renderProcessTerminated, this, [this] {
    fail(tr("The sign-in page stopped unexpectedly. Take your card out and put it back to try again."));
  });
}

bool LoginWebPage::acceptNavigationRequest(const QUrl& url, NavigationType, bool isMainFrame) {
  if (m_finished) {
    return false;
  }
  if (isRedirect(url)) {
    m_finished = true;
    m_onRedirect(url);
    return false;
  }
  if (webOrigin(url) == m_issuerOrigin) {
    return true;
  }
  // Frames too: the identity provider's pages have no business embedding
  // anything from elsewhere.
  Q_UNUSED(isMainFrame)
  fail(tr("The sign-in page tried to open %1, which is not the identity provider. Sign-in was stopped.")
           .arg(url.host()));
  return false;
}

QWebEnginePage* LoginWebPage::createWindow(WebWindowType) {
  return nullptr;  // no pop-ups, no second window to escape into
}

void LoginWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString&, int line,
                                            const QString&) {
  // The text could carry anything the page had; the level and line are
  // enough to see that something went wrong.
  qCDebug(lcLoginPage) << "sign-in page console message, level" << level << "line" << line;
}

bool LoginWebPage::isRedirect(const QUrl& url) const {
  return url.scheme() == m_redirectUri.scheme() && url.host() == m_redirectUri.host() &&
         url.port() == m_redirectUri.port() && url.path() == m_redirectUri.path();
}

void LoginWebPage::fail(const QString& reason) {
  if (m_finished) {
    return;
  }
  m_finished = true;
  m_onFailure(reason);
}

}  // namespace cw::shell
