#include "modules/record/ui/DocumentsPanel.h"

#include "core/ui/Labels.h"
#include "core/ui/Tables.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::record {
namespace {

// HTML first: a letter's text reflows to the pane; the PDF is the same letter.
int preferredAttachment(const DocumentListEntry& document) {
  for (int i = 0; i < document.attachments.size(); ++i) {
    if (document.attachments.at(i).heldInCache &&
        document.attachments.at(i).contentType.startsWith(u"text/html")) {
      return i;
    }
  }
  return document.attachments.isEmpty() ? -1 : 0;
}

}  // namespace

DocumentsPanel::DocumentsPanel(const store::Store& store, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_list(new QTableWidget),
      m_viewerTitle(ui::bodyText(QStringLiteral("documentTitle"))),
      m_viewerLayout(new QVBoxLayout) {
  m_list->setObjectName(QStringLiteral("documentList"));
  ui::setUpReadOnlyTable(m_list, {tr("Document"), tr("Date"), tr("Author"), tr("Note")});
  m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  connect(m_list, &QTableWidget::itemSelectionChanged, this, &DocumentsPanel::openSelected);

  auto* viewerArea = new QWidget;
  auto* viewerColumn = new QVBoxLayout(viewerArea);
  viewerColumn->setContentsMargins(0, 0, 0, 0);
  viewerColumn->addWidget(m_viewerTitle);
  viewerColumn->addLayout(m_viewerLayout, 1);

  auto* splitter = new QSplitter;
  splitter->addWidget(m_list);
  splitter->addWidget(viewerArea);
  splitter->setStretchFactor(1, 2);
  splitter->setSizes({420, 800});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);
}

void DocumentsPanel::showDocuments(const QList<DocumentListEntry>& documents) {
  clear();
  m_documents = documents;
  m_list->setRowCount(static_cast<int>(documents.size()));
  for (int row = 0; row < documents.size(); ++row) {
    const DocumentListEntry& document = documents.at(row);
    m_list->setItem(row, 0, ui::readOnlyItem(document.title));
    m_list->setItem(row, 1, ui::readOnlyItem(document.when));
    m_list->setItem(row, 2, ui::readOnlyItem(document.author));
    m_list->setItem(row, 3, ui::readOnlyItem(document.caution));
  }
  m_viewerTitle->setText(documents.isEmpty() ? tr("No documents in the record.")
                                             : tr("Choose a document to read it."));
}

void DocumentsPanel::clear() {
  m_documents.clear();
  m_list->setRowCount(0);
  m_viewerTitle->clear();
  showInViewer(nullptr);
}

void DocumentsPanel::openSelected() {
  const int row = m_list->currentRow();
  if (row < 0 || row >= m_documents.size()) {
    return;
  }
  const DocumentListEntry& document = m_documents.at(row);
  const int attachment = preferredAttachment(document);
  const DocumentBytes bytes = attachment < 0
                                  ? DocumentBytes{{}, {}, {}, tr("This document has no content.")}
                                  : loadDocumentAttachment(m_store, document.documentId, attachment);
  m_viewerTitle->setText(document.title +
                         (document.when.isEmpty() ? QString() : QStringLiteral(" — ") + document.when));
  if (!bytes.ok()) {
    QLabel* problem = ui::bodyText(QStringLiteral("documentProblem"));
    problem->setText(bytes.error);
    showInViewer(problem);
    return;
  }
  ui::DocumentViewerFactory* factory = m_viewers.factory();
  if (factory == nullptr) {
    QLabel* problem = ui::bodyText(QStringLiteral("documentProblem"));
    problem->setText(m_viewers.error());
    showInViewer(problem);
    return;
  }
  showInViewer(factory->createViewer({bytes.data, bytes.contentType, bytes.title}, nullptr));
}

void DocumentsPanel::showInViewer(QWidget* content) {
  // The previous document's widget goes with everything it held.
  delete m_viewer;
  m_viewer = content;
  if (content != nullptr) {
    m_viewerLayout->addWidget(content);
  }
}

}  // namespace cw::record
