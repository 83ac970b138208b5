// What the viewer shows instead of a document it cannot show: the reason in
// plain words, where the document would have been.
#pragma once

#include <QString>

class QWidget;

namespace cw::record {

// `text` is already translated. The widget is named "documentMessage".
QWidget* documentMessage(const QString& text, QWidget* parent);

}  // namespace cw::record
