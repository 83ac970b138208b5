// A document's page: it opens the document once and then goes nowhere.
// Links, redirects, refreshes, form posts, frames and pop-ups are refused.
#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace cw::record {

class DocumentWebPage : public QWebEnginePage {
  Q_OBJECT

 public:
  DocumentWebPage(QWebEngineProfile* profile, QUrl documentUrl, QObject* parent = nullptr);

 Q_SIGNALS:
  // The user clicked a link, which did nothing; the view says why.
  void linkRefused();

 protected:
  bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
  QWebEnginePage* createWindow(WebWindowType type) override;
  void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message, int line,
                                const QString& source) override;

 private:
  QUrl m_documentUrl;
  bool m_opened = false;
};

}  // namespace cw::record
