#include "modules/record/RecordModule.h"

#include "modules/record/ui/RecordView.h"

#include <QApplication>
#include <QStyle>

namespace cw::record {

module::ModuleInfo RecordModule::info() const {
  module::ModuleInfo info;
  info.id = QStringLiteral("record");
  info.title = RecordView::tr("Patient record");
  info.icon = QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
  return info;
}

module::ModuleView* RecordModule::createView(const module::ModuleContext& context, QWidget* parent) const {
  return new RecordView(context, parent);
}

}  // namespace cw::record
