#include "modules/record/viewer/DocumentSchemeHandler.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace cw::record {

DocumentSchemeHandler::DocumentSchemeHandler(QByteArray html, QByteArray charset, QObject* parent)
    : QWebEngineUrlSchemeHandler(parent),
      m_html(std::move(html)),
      m_contentType(QByteArrayLiteral("text/html;charset=") + charset) {}

QByteArray DocumentSchemeHandler::scheme() {
  return QByteArrayLiteral("cw-document");
}

QUrl DocumentSchemeHandler::documentUrl() {
  return QUrl(QStringLiteral("cw-document:document"));
}

void DocumentSchemeHandler::requestStarted(QWebEngineUrlRequestJob* job) {
  if (job->requestUrl() != documentUrl()) {
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    return;
  }
  // A buffer over the same bytes (implicitly shared, not copied), owned by
  // the job: the document only ever lives in memory.
  auto* buffer = new QBuffer(job);
  buffer->setData(m_html);
  job->reply(m_contentType, buffer);
}

}  // namespace cw::record
