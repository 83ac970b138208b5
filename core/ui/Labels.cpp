#include "core/ui/Labels.h"

#include <QLabel>

namespace cw::ui {

QLabel* pageTitle(const QString& text) {
  auto* label = new QLabel(text);
  label->setObjectName(QStringLiteral("pageTitle"));
  return label;
}

QLabel* sectionTitle(const QString& text) {
  auto* label = new QLabel(text);
  label->setObjectName(QStringLiteral("sectionTitle"));
  return label;
}

QLabel* bodyText(const QString& objectName) {
  auto* label = new QLabel;
  label->setObjectName(objectName);
  label->setTextFormat(Qt::PlainText);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

}  // namespace cw::ui
