#include "core/ui/NhsStyle.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace cw::ui {

void applyNhsStyle(QApplication& app) {
  app.setStyle(QStringLiteral("Fusion"));

  // NHS digital services use Frutiger; Arial (Liberation Sans on Linux) is the
  // NHS identity fallback. 11 pt keeps text legible at arm's length.
  QFont font(QStringLiteral("Liberation Sans"));
  font.setStyleHint(QFont::SansSerif);
  font.setPointSize(11);
  app.setFont(font);

  QPalette palette = app.palette();
  palette.setColor(QPalette::Window, colours::kNhsPaleGrey);
  palette.setColor(QPalette::WindowText, colours::kNhsBlack);
  palette.setColor(QPalette::Base, Qt::white);
  palette.setColor(QPalette::Text, colours::kNhsBlack);
  palette.setColor(QPalette::Button, Qt::white);
  palette.setColor(QPalette::ButtonText, colours::kNhsBlack);
  palette.setColor(QPalette::Highlight, colours::kNhsBlue);
  palette.setColor(QPalette::HighlightedText, Qt::white);
  app.setPalette(palette);

  app.setStyleSheet(QStringLiteral(R"(
    #patientBanner { background: %1; color: white; padding: 8px 16px; }
    #patientBanner QLabel { color: white; font-size: 13pt; }
    #patientBannerEmpty { font-style: italic; }
    #navigation { background: white; border: none; border-right: 1px solid #d8dde0; font-size: 12pt; }
    #navigation::item { padding: 10px 14px; }
    #navigation::item:selected { background: %2; color: white; }
    #signInScreen { background: %3; }
    #signInScreen QLabel { color: white; }
    #signInTitle { font-size: 22pt; font-weight: bold; }
    #signInMessage { font-size: 14pt; }
    QLabel#configProblems { background: white; color: %4; border-left: 6px solid %4; padding: 8px; }
    #pageTitle { font-size: 18pt; font-weight: bold; color: %5; }
    #sectionTitle { font-size: 13pt; font-weight: bold; color: %5; margin-top: 12px; }
    QStatusBar QLabel { padding: 0 8px; }
  )")
                        .arg(colours::kNhsDarkBlue.name(), colours::kNhsBlue.name(),
                             colours::kNhsDarkBlue.name(), colours::kNhsRed.name(),
                             colours::kNhsBlack.name()));
}

}  // namespace cw::ui
