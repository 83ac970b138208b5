#include "modules/changes/ChangesModule.h"

#include "modules/changes/ui/ChangesView.h"

#include <QApplication>
#include <QStyle>

namespace cw::changes {

module::ModuleInfo ChangesModule::info() const {
  module::ModuleInfo info;
  info.id = QStringLiteral("changes");
  info.title = ChangesView::tr("Changes not sent");
  info.icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
  return info;
}

module::ModuleView* ChangesModule::createView(const module::ModuleContext& context, QWidget* parent) const {
  return new ChangesView(context, parent);
}

}  // namespace cw::changes
