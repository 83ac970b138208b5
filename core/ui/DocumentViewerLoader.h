// Finds and loads the document viewer plug-in the first time a document is
// opened, so Qt WebEngine and Qt PDF cost nothing until then.
#pragma once

#include "core/ui/DocumentViewer.h"

#include <QString>

namespace cw::ui {

class DocumentViewerLoader {
 public:
  // The factory, or null with error() set (a translated message to show
  // where the document would be). Loads once; later calls return the same
  // factory.
  DocumentViewerFactory* factory();
  QString error() const { return m_error; }

 private:
  DocumentViewerFactory* m_factory = nullptr;
  QString m_error;
};

}  // namespace cw::ui
