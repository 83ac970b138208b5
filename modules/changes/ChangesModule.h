// Registers the "Changes not sent" page: any signed-in user may resolve the
// conflicts and see the refused changes of the workstation's cache.
#pragma once

#include "core/module/Module.h"

namespace cw::changes {

class ChangesModule final : public module::Module {
 public:
  module::ModuleInfo info() const override;
  module::ModuleView* createView(const module::ModuleContext& context, QWidget* parent) const override;
};

}  // namespace cw::changes
