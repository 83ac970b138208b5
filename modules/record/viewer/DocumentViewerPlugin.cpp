#include "modules/record/viewer/DocumentViewerPlugin.h"

#include "modules/record/viewer/DocumentMessage.h"
#include "modules/record/viewer/HtmlDocumentView.h"
#include "modules/record/viewer/MediaType.h"
#include "modules/record/viewer/PdfDocumentView.h"

#include <QPlainTextEdit>
#include <QStringDecoder>

namespace cw::record {
namespace {

QWidget* plainTextView(const QByteArray& data, const MediaType& type, QWidget* parent) {
  QStringDecoder decoder(type.charsetOrUtf8().constData());
  if (!decoder.isValid()) {
    decoder = QStringDecoder(QStringDecoder::Utf8);
  }
  auto* view = new QPlainTextEdit(parent);
  view->setObjectName(QStringLiteral("plainTextDocument"));
  view->setReadOnly(true);
  view->setPlainText(decoder.decode(data));
  return view;
}

}  // namespace

QWidget* DocumentViewerPlugin::createViewer(const ui::DocumentContent& content, QWidget* parent) {
  const MediaType type = MediaType::parse(content.contentType);
  QWidget* viewer = nullptr;
  if (type.mimeType == QLatin1String("text/html")) {
    viewer = new HtmlDocumentView(content.data, type.charsetOrUtf8(), parent);
  } else if (type.mimeType == QLatin1String("application/pdf")) {
    viewer = new PdfDocumentView(content.data, parent);
  } else if (type.mimeType == QLatin1String("text/plain")) {
    viewer = plainTextView(content.data, type, parent);
  } else {
    viewer = documentMessage(
        tr("This document is of a kind (%1) that cannot be shown here. The system it came from may be able "
           "to show it.")
            .arg(type.mimeType.isEmpty() ? tr("not stated") : type.mimeType),
        parent);
  }
  viewer->setAccessibleName(content.title);
  return viewer;
}

}  // namespace cw::record
