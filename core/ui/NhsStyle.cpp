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
    #patientBanner QLabel#patientBannerName { font-size: 15pt; font-weight: bold; }
    #patientBanner QLabel#allergiesRecorded { background: %4; font-weight: bold; padding: 4px 10px; }
    #patientBanner QLabel#allergiesNotRecorded { background: %8; color: %5; font-weight: bold; padding: 4px 10px; }
    #patientBanner QLabel#noKnownAllergies { border: 2px solid white; padding: 2px 8px; }
    QLabel[cwStyle="error"] { color: %4; font-weight: bold; }
    QLabel[cwStyle="warning"] { background: %7; color: %5; border-left: 8px solid %8; padding: 8px; }
    QFrame#breakGlassPanel { background: %7; border-left: 12px solid %8; }
    QLabel#freshness { color: %6; }
    #navigation { background: white; border: none; border-right: 1px solid #d8dde0; font-size: 12pt; }
    #navigation::item { padding: 10px 14px; }
    #navigation::item:selected { background: %2; color: white; }
    #signInScreen { background: %3; }
    #signInProduct { color: white; font-size: 16pt; font-weight: bold; }
    #signInPanel { background: white; }
    #signInPanel QLabel[cwStyle="heading"] { font-size: 22pt; font-weight: bold; color: %5; }
    #signInPanel QLabel[cwStyle="body"] { font-size: 14pt; color: %5; }
    #signInPanel QLabel[cwStyle="label"] { font-size: 13pt; font-weight: bold; color: %5; }
    #signInPanel QLabel[cwStyle="hint"] { font-size: 13pt; color: %6; }
    #signInPanel QLabel[cwStyle="notice"], #signInPanel QLabel[cwStyle="warning"] {
      font-size: 13pt; color: %5; background: %7; border-left: 8px solid %8; padding: 10px 14px; }
    #signInPanel QLabel[cwStyle="warning"] { font-weight: bold; }
    #signInPanel QLabel[cwStyle="error"] { font-size: 13pt; font-weight: bold; color: %4; }
    QFrame#signInPanel[cwStyle="warning"] { background: %7; border-left: 12px solid %8; }
    #signInPanel QLineEdit { font-size: 20pt; padding: 6px 10px; border: 2px solid %6; background: white; }
    #signInPanel QLineEdit:focus { border: 3px solid %5; }
    #signInPanel QPushButton { font-size: 13pt; padding: 10px 24px; }
    #signInPanel QPushButton[cwStyle="primary"] {
      background: %9; color: white; font-weight: bold; border: none; border-bottom: 4px solid #00401e; }
    #signInPanel QPushButton[cwStyle="primary"]:disabled { background: #80bf9d; border-bottom-color: #5a8f73; }
    #signInPanel QPushButton[cwStyle="secondary"] { background: white; color: %2; border: 2px solid %2; }
    #signInPanel QPushButton:focus { background: #ffeb3b; color: %5; border: none; border-bottom: 4px solid %5; }
    #signInPanel QListWidget { font-size: 13pt; border: 2px solid %6; }
    #signInPanel QListWidget::item { padding: 10px 12px; border-bottom: 1px solid #d8dde0; color: %5; }
    #signInPanel QListWidget::item:selected { background: %2; color: white; }
    #signInPanel QProgressBar { border: none; background: %10; }
    #signInPanel QProgressBar::chunk { background: %2; }
    QLabel#configProblems { background: white; color: %4; border-left: 6px solid %4; padding: 8px; }
    #pageTitle { font-size: 18pt; font-weight: bold; color: %5; }
    #sectionTitle { font-size: 13pt; font-weight: bold; color: %5; margin-top: 12px; }
    QStatusBar QLabel { padding: 0 8px; }
  )")
                        .arg(colours::kNhsDarkBlue.name(), colours::kNhsBlue.name(),
                             colours::kNhsDarkBlue.name(), colours::kNhsRed.name(), colours::kNhsBlack.name(),
                             colours::kNhsDarkGrey.name(), colours::kNhsPaleYellow.name(),
                             colours::kNhsWarmYellow.name(), colours::kNhsGreen.name(),
                             colours::kNhsPaleGrey.name()));
}

}  // namespace cw::ui
