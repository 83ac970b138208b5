// The plug-in entry point: a viewer for each kind of clinical document.
#pragma once

#include "core/ui/DocumentViewer.h"

#include <QObject>

namespace cw::record {

class DocumentViewerPlugin : public QObject, public ui::DocumentViewerFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID CW_DOCUMENT_VIEWER_IID)
  Q_INTERFACES(cw::ui::DocumentViewerFactory)

 public:
  QWidget* createViewer(const ui::DocumentContent& content, QWidget* parent) override;
};

}  // namespace cw::record
