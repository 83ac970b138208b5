// The patient's documents: a list, and the chosen one shown read-only
// beside it through the document viewer plug-in (HTML without script or
// remote loads, PDF through Qt PDF).
#pragma once

#include "core/ui/DocumentViewerLoader.h"
#include "modules/record/ClinicalDocuments.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace cw::store {
class Store;
}

namespace cw::record {

class DocumentsPanel : public QWidget {
  Q_OBJECT

 public:
  DocumentsPanel(const store::Store& store, QWidget* parent = nullptr);

  void showDocuments(const QList<DocumentListEntry>& documents);
  void clear();

 private:
  void openSelected();
  void showInViewer(QWidget* content);

  const store::Store& m_store;
  ui::DocumentViewerLoader m_viewers;
  QList<DocumentListEntry> m_documents;
  QTableWidget* m_list;
  QLabel* m_viewerTitle;
  QVBoxLayout* m_viewerLayout;
  QPointer<QWidget> m_viewer;
};

}  // namespace cw::record
