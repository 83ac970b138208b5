// The few label kinds every page uses, styled by NhsStyle through their
// object names, so pages look alike without each building its own.
#pragma once

#include <QString>

class QLabel;

namespace cw::ui {

QLabel* pageTitle(const QString& text);
QLabel* sectionTitle(const QString& text);
// Plain text (never interpreted as rich text: it may hold record content),
// wrapped and selectable, found by tests through `objectName`.
QLabel* bodyText(const QString& objectName);

}  // namespace cw::ui
