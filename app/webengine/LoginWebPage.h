// The sign-in page: stays on the identity provider. Navigation to the
// redirect URI is reported instead of loaded (the authorization code never
// reaches a server), and any other destination stops the sign-in.
#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace cw::shell {

class LoginWebPage : public QWebEnginePage {
  Q_OBJECT

 public:
  LoginWebPage(QWebEngineProfile* profile, QString issuerOrigin, QUrl redirectUri,
               std::function<void(const QUrl&)> onRedirect, std::function<void(const QString&)> onFailure,
               QObject* parent = nullptr);

 protected:
  bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
  QWebEnginePage* createWindow(WebWindowType type) override;
  void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message, int line,
                                const QString& source) override;

 private:
  bool isRedirect(const QUrl& url) const;
  void fail(const QString& reason);

  QString m_issuerOrigin;
  QUrl m_redirectUri;
  std::function<void(const QUrl&)> m_onRedirect;
  std::function<void(const QString&)> m_onFailure;
  bool m_finished = false;
};

}  // namespace cw::shell
