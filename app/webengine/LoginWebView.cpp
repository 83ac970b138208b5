#include "app/webengine/LoginWebView.h"

#include "app/webengine/CardBridge.h"
#include "app/webengine/IssuerOnlyInterceptor.h"
#include "app/webengine/LoginWebPage.h"

#include <QFile>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace cw::shell {
namespace {

QString resourceText(const QString& path) {
  QFile file(path);
  file.open(QIODevice::ReadOnly);
  return QString::fromUtf8(file.readAll());
}

// qwebchannel.js (shipped inside Qt WebChannel) and our bootstrap, run before
// the page's own scripts so window.cwCard is there when the page looks.
QWebEngineScript cardBridgeScript() {
  QWebEngineScript script;
  script.setName(QStringLiteral("cw-card-bridge"));
  script.setSourceCode(resourceText(QStringLiteral(":/qtwebchannel/qwebchannel.js")) + QLatin1Char('\n') +
                       resourceText(QStringLiteral(":/cw/webengine/cardbridge.js")));
  script.setInjectionPoint(QWebEngineScript::DocumentReady);
  script.setWorldId(QWebEngineScript::MainWorld);
  script.setRunsOnSubFrames(false);
  return script;
}

void lockDown(QWebEngineSettings* settings) {
  settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
  settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
  settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
  settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
  settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
  settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
  settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
  settings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
  settings->setAttribute(QWebEngineSettings::XSSAuditingEnabled, true);
}

}  // namespace

LoginWebView::LoginWebView(const LoginPageRequest& request, QWidget* parent)
    : QWidget(parent), m_profile(new QWebEngineProfile(this)), m_view(new QWebEngineView(this)) {
  setObjectName(QStringLiteral("loginWebView"));
  const QString issuerOrigin = webOrigin(request.authorizationUrl);

  // A profile without a storage name is off the record: cookies, cache and
  // storage live in memory only and die with this view.
  m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
  m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
  m_profile->setSpellCheckEnabled(false);
  m_profile->setUrlRequestInterceptor(new IssuerOnlyInterceptor(issuerOrigin, m_profile));
  m_profile->scripts()->insert(cardBridgeScript());

  m_page = new LoginWebPage(m_profile, issuerOrigin, request.redirectUri, request.onRedirect,
                            request.onFailure, m_profile);
  lockDown(m_page->settings());
  auto* channel = new QWebChannel(m_page);
  channel->registerObject(QStringLiteral("cwCardBridge"),
                          new CardBridge(m_page, issuerOrigin, request.signWithCard, channel));
  m_page->setWebChannel(channel, QWebEngineScript::MainWorld);

  m_view->setPage(m_page);
  m_view->setContextMenuPolicy(Qt::NoContextMenu);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);
  m_page->load(request.authorizationUrl);
}

LoginWebView::~LoginWebView() {
  // A page must go before its profile, or WebEngine keeps the profile alive.
  delete m_view;
  delete m_page;
}

}  // namespace cw::shell
