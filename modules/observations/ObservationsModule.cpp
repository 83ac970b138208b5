#include "modules/observations/ObservationsModule.h"

#include "modules/observations/ui/ObservationsView.h"

#include <QApplication>
#include <QStyle>

namespace cw::observations {

module::ModuleInfo ObservationsModule::info() const {
  module::ModuleInfo info;
  info.id = QStringLiteral("observations");
  info.title = ObservationsView::tr("Observations (NEWS2)");
  info.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView);
  return info;
}

module::ModuleView* ObservationsModule::createView(const module::ModuleContext& context,
                                                   QWidget* parent) const {
  return new ObservationsView(context, parent);
}

}  // namespace cw::observations
