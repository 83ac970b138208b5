// Serves one HTML document's bytes from memory at documentUrl() and nothing
// else. setHtml() would do without a handler, but it turns the document into
// a data: URL and so refuses anything over 2 MB; letters with embedded
// images are bigger than that.
#pragma once

#include <QByteArray>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace cw::record {

class DocumentSchemeHandler : public QWebEngineUrlSchemeHandler {
  Q_OBJECT

 public:
  DocumentSchemeHandler(QByteArray html, QByteArray charset, QObject* parent = nullptr);

  static QByteArray scheme();
  static QUrl documentUrl();

  void requestStarted(QWebEngineUrlRequestJob* job) override;

 private:
  QByteArray m_html;
  QByteArray m_contentType;
};

}  // namespace cw::record
