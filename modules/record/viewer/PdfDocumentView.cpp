#include "modules/record/viewer/PdfDocumentView.h"

#include "modules/record/viewer/DocumentMessage.h"

#include <QBuffer>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QVBoxLayout>

namespace cw::record {

PdfDocumentView::PdfDocumentView(const QByteArray& pdf, QWidget* parent)
    : QWidget(parent),
      m_layout(new QVBoxLayout(this)),
      // The view before the document it shows, so it is destroyed first.
      m_view(new QPdfView(this)),
      m_pageCount(new QLabel(this)),
      m_buffer(new QBuffer(this)),
      m_document(new QPdfDocument(this)) {
  setObjectName(QStringLiteral("pdfDocumentView"));
  m_view->setObjectName(QStringLiteral("pdfView"));
  m_pageCount->setObjectName(QStringLiteral("pdfPageCount"));
  m_pageCount->setContentsMargins(8, 4, 8, 4);
  m_view->setPageMode(QPdfView::PageMode::MultiPage);
  m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
  m_layout->setContentsMargins(0, 0, 0, 0);
  m_layout->addWidget(m_pageCount);
  m_layout->addWidget(m_view, 1);

  connect(m_document, &QPdfDocument::statusChanged, this, &PdfDocumentView::showStatus);
  m_buffer->setData(pdf);
  m_buffer->open(QIODevice::ReadOnly);
  m_document->load(m_buffer);
  showStatus();
}

PdfDocumentView::~PdfDocumentView() {
  // The document reports its closing while this widget is half destroyed.
  disconnect(m_document, nullptr, this, nullptr);
}

void PdfDocumentView::showStatus() {
  if (m_failed) {
    return;
  }
  const QPdfDocument::Status status = m_document->status();
  if (status == QPdfDocument::Status::Ready && m_document->pageCount() > 0) {
    m_pageCount->setText(tr("%n page(s)", nullptr, m_document->pageCount()));
    m_view->setDocument(m_document);
    return;
  }
  if (status != QPdfDocument::Status::Error && status != QPdfDocument::Status::Ready) {
    return;  // still loading
  }
  m_failed = true;
  const QPdfDocument::Error error = m_document->error();
  const QString reason =
      error == QPdfDocument::Error::IncorrectPassword ||
              error == QPdfDocument::Error::UnsupportedSecurityScheme
          ? tr("This PDF is locked with a password, so it cannot be shown here. The system it came from "
               "may be able to show it.")
          : tr("This PDF is damaged and cannot be shown. The system it came from may hold a good copy.");
  m_view->hide();
  m_pageCount->hide();
  m_layout->addWidget(documentMessage(reason, this));
  m_document->close();
}

}  // namespace cw::record
