#include "core/ui/DocumentViewerLoader.h"

#include "core/ui/PluginLocator.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDocumentLoader, "cw.ui.documents")

namespace cw::ui {

DocumentViewerFactory* DocumentViewerLoader::factory() {
  if (m_factory != nullptr) {
    return m_factory;
  }
  PluginLocator locator;
  m_factory = locator.load<DocumentViewerFactory>(QStringLiteral("cw_document_viewer"));
  if (m_factory == nullptr) {
    qCWarning(lcDocumentLoader).noquote() << locator.error();
    m_error = QCoreApplication::translate(
        "cw::ui::DocumentViewerLoader",
        "Documents cannot be shown because the document viewer is missing from this installation. "
        "Ask IT to repair the Clinical Workstation installation.");
  }
  return m_factory;
}

}  // namespace cw::ui
