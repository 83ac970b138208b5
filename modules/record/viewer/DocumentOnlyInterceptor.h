// Blocks every request a document page makes except the one for the
// document itself: no images, style sheets, fonts, frames or beacons from
// anywhere, so opening a letter tells no server that it was read.
#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace cw::record {

class DocumentOnlyInterceptor : public QWebEngineUrlRequestInterceptor {
  Q_OBJECT

 public:
  DocumentOnlyInterceptor(QUrl documentUrl, QObject* parent = nullptr);
  void interceptRequest(QWebEngineUrlRequestInfo& info) override;

 private:
  QUrl m_documentUrl;
};

}  // namespace cw::record
