#include "modules/status/StatusModule.h"

#include "modules/status/ui/StatusView.h"

#include <QApplication>
#include <QStyle>

namespace cw::status {

module::ModuleInfo StatusModule::info() const {
  module::ModuleInfo info;
  info.id = QStringLiteral("status");
  info.title = StatusView::tr("Workstation status");
  info.icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
  info.availableWithoutSession = true;
  return info;
}

module::ModuleView* StatusModule::createView(const module::ModuleContext& context, QWidget* parent) const {
  return new StatusView(context, parent);
}

}  // namespace cw::status
