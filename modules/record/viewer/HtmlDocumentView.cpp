#include "modules/record/viewer/HtmlDocumentView.h"

#include "modules/record/viewer/DocumentOnlyInterceptor.h"
#include "modules/record/viewer/DocumentSchemeHandler.h"
#include "modules/record/viewer/DocumentWebPage.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace cw::record {
namespace {

void lockDown(QWebEngineSettings* settings) {
  settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
  settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
  settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
  settings->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
  settings->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
  settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
  settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
  settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
  settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
  settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
  settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
  settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
  settings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
  settings->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
  settings->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
  settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
  settings->setAttribute(QWebEngineSettings::TouchIconsEnabled, false);
  settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
  settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
  settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
  // mailto:, tel: and the like would otherwise be handed to another program.
  settings->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}

}  // namespace

HtmlDocumentView::HtmlDocumentView(const QByteArray& html, const QByteArray& charset, QWidget* parent)
    : QWidget(parent),
      m_profile(new QWebEngineProfile(this)),
      m_view(new QWebEngineView(this)),
      m_linksNote(new QLabel(tr("Links in documents are turned off."), this)) {
  setObjectName(QStringLiteral("htmlDocumentView"));
  const QUrl documentUrl = DocumentSchemeHandler::documentUrl();

  // A profile without a storage name is off the record; with no HTTP cache
  // either, the document's bytes stay in this process's memory.
  m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
  m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
  m_profile->setSpellCheckEnabled(false);
  m_profile->setUrlRequestInterceptor(new DocumentOnlyInterceptor(documentUrl, m_profile));
  // The scheme is left unregistered (Qt warns once per viewer): registering
  // must happen before Qt WebEngine starts, and the sign-in browser has
  // usually started it by the time a document is opened. Unregistered, the
  // document gets an opaque origin, which is what a document should have.
  m_profile->installUrlSchemeHandler(DocumentSchemeHandler::scheme(),
                                     new DocumentSchemeHandler(html, charset, m_profile));

  m_page = new DocumentWebPage(m_profile, documentUrl, m_profile);
  lockDown(m_page->settings());
  connect(m_page, &DocumentWebPage::linkRefused, m_linksNote, &QWidget::show);

  m_view->setPage(m_page);
  m_view->setContextMenuPolicy(Qt::NoContextMenu);
  m_view->setAcceptDrops(false);
  m_linksNote->setObjectName(QStringLiteral("linksDisabledNote"));
  m_linksNote->setWordWrap(true);
  m_linksNote->setContentsMargins(8, 4, 8, 4);
  m_linksNote->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_linksNote);
  layout->addWidget(m_view, 1);
  m_page->load(documentUrl);
}

HtmlDocumentView::~HtmlDocumentView() {
  // A page must go before its profile, or WebEngine keeps the profile alive.
  delete m_view;
  delete m_page;
}

}  // namespace cw::record
