// The contract between the shell and a sign-in browser: the embedded one
// in a plug-in (app/webengine), so the shell never links Qt WebEngine, or
// the system browser (SystemBrowserLogin). This header is all the plug-in
// and the shell share, which is why it uses plain callbacks rather than
// QObject signals.
#pragma once

#include "core/ui/PluginLocator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <QUrl>
#include <QtPlugin>

#include <functional>

class QWidget;

namespace cw::shell {

// What the card produced for the identity provider's challenge.
struct CardSignature {
  QByteArray certificate;  // DER, the PIV Authentication certificate
  QByteArray signature;    // over SHA-256 of the message
  QString algorithm;       // "ES256" or "RS256"
  QString error;           // set instead of the above when the card could not sign
};

struct LoginPageRequest {
  QUrl authorizationUrl;
  // Navigation to this URL ends the login: it is reported through
  // onRedirect (the embedded browser never loads it).
  QUrl redirectUri;
  // Signs the message the login page built with the card's PIV
  // Authentication key. Called only for pages on the issuer's origin.
  std::function<QFuture<CardSignature>(const QByteArray& message)> signWithCard;
  std::function<void(const QUrl& redirect)> onRedirect;
  // The page failed or tried to leave the identity provider: a translated
  // reason for the user.
  std::function<void(const QString& reason)> onFailure;
};

class LoginBrowserFactory {
 public:
  virtual ~LoginBrowserFactory() = default;
  // The login's page on the sign-in screen: for the embedded browser a fresh
  // browser with its own off-the-record profile showing the authorization
  // URL. Destroying the widget ends everything it held.
  virtual QWidget* createLoginPage(const LoginPageRequest& request, QWidget* parent) = 0;
};

// Call before the QApplication exists. Covers every WebEngine plug-in (the
// document viewer too), not only the sign-in browser.
inline void prepareForLoginBrowser() {
  ui::prepareForWebEnginePlugins();
}

// The message a card signs for a login page: bound to the page's origin so
// a signature made for one identity provider is useless to another.
inline QByteArray cardLoginMessage(const QString& origin, const QString& challenge) {
  return QByteArrayLiteral("cw-card-login\n") + origin.toUtf8() + '\n' + challenge.toUtf8();
}

// scheme://host[:port] with the default port left out, as browsers write it.
inline QString webOrigin(const QUrl& url) {
  const QString scheme = url.scheme().toLower();
  const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
  const QString host = url.host().toLower();
  QString origin = scheme + QLatin1String("://") +
                   (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host);
  if (url.port() != -1 && url.port() != defaultPort) {
    origin += QLatin1Char(':') + QString::number(url.port());
  }
  return origin;
}

}  // namespace cw::shell

#define CW_LOGIN_BROWSER_IID "uk.nhs.clinical-workstation.LoginBrowserFactory/1"
Q_DECLARE_INTERFACE(cw::shell::LoginBrowserFactory, CW_LOGIN_BROWSER_IID)
