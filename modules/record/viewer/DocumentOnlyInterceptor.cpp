#include "modules/record/viewer/DocumentOnlyInterceptor.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDocumentRequests, "cw.record.document")

namespace cw::record {

DocumentOnlyInterceptor::DocumentOnlyInterceptor(QUrl documentUrl, QObject* parent)
    : QWebEngineUrlRequestInterceptor(parent), m_documentUrl(std::move(documentUrl)) {}

void DocumentOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo& info) {
  if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame &&
      info.requestUrl() == m_documentUrl) {
    return;
  }
  // The address is the document's, so it may name a person: only the kind
  // of request goes to the log.
  qCDebug(lcDocumentRequests) << "blocked a document's request, resource type" << info.resourceType();
  info.block(true);
}

}  // namespace cw::record
