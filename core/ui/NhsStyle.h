// The NHS identity colours and the application style sheet built from them,
// so every screen shares one calm, high-contrast look.
#pragma once

#include <QColor>

class QApplication;

namespace cw::ui {

namespace colours {
inline const QColor kNhsBlue{0x00, 0x5E, 0xB8};
inline const QColor kNhsDarkBlue{0x00, 0x30, 0x87};
inline const QColor kNhsDarkGrey{0x42, 0x55, 0x63};
inline const QColor kNhsPaleGrey{0xE8, 0xED, 0xEE};
inline const QColor kNhsWarmYellow{0xFF, 0xB8, 0x1C};
inline const QColor kNhsPaleYellow{0xFF, 0xF9, 0xC4};  // the warning callout's background
inline const QColor kNhsRed{0xD5, 0x28, 0x1B};
inline const QColor kNhsGreen{0x00, 0x7F, 0x3B};
inline const QColor kNhsBlack{0x21, 0x2B, 0x32};
}  // namespace colours

void applyNhsStyle(QApplication& app);

}  // namespace cw::ui
