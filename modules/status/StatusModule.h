// Registers the Workstation status page: no activities needed, and shown
// before sign-in too because it holds no patient data.
#pragma once

#include "core/module/Module.h"

namespace cw::status {

class StatusModule final : public module::Module {
 public:
  module::ModuleInfo info() const override;
  module::ModuleView* createView(const module::ModuleContext& context, QWidget* parent) const override;
};

}  // namespace cw::status
