// The contract between a module and the document viewer plug-in
// (modules/record/viewer), which brings Qt WebEngine and Qt PDF so the shell
// links neither. This header is all the two share.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtPlugin>

class QWidget;

namespace cw::ui {

// One clinical document, as a FHIR Attachment carries it.
struct DocumentContent {
  QByteArray data;
  // The MIME type with any parameters, "text/html; charset=utf-8".
  // text/html, application/pdf and text/plain are shown; anything else gets
  // a message saying it cannot be shown here.
  QString contentType;
  QString title;
};

class DocumentViewerFactory {
 public:
  virtual ~DocumentViewerFactory() = default;
  // A widget showing `content` read-only and on its own: HTML runs no
  // script, loads nothing from anywhere and follows no link; nothing is
  // written to disk. Destroying the widget drops everything it held.
  virtual QWidget* createViewer(const DocumentContent& content, QWidget* parent) = 0;
};

}  // namespace cw::ui

#define CW_DOCUMENT_VIEWER_IID "uk.nhs.clinical-workstation.DocumentViewerFactory/1"
Q_DECLARE_INTERFACE(cw::ui::DocumentViewerFactory, CW_DOCUMENT_VIEWER_IID)
