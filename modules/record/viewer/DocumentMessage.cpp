#include "modules/record/viewer/DocumentMessage.h"

#include <QLabel>

namespace cw::record {

QWidget* documentMessage(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  label->setObjectName(QStringLiteral("documentMessage"));
  // The text may quote a content type from the record: never rich text.
  label->setTextFormat(Qt::PlainText);
  label->setWordWrap(true);
  label->setAlignment(Qt::AlignCenter);
  label->setMargin(24);
  return label;
}

}  // namespace cw::record
