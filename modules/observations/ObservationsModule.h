// Registers the observations module (NEWS2 recording, charting, the ward
// overview and escalation) for any signed-in clinician.
#pragma once

#include "core/module/Module.h"

namespace cw::observations {

class ObservationsModule final : public module::Module {
 public:
  module::ModuleInfo info() const override;
  module::ModuleView* createView(const module::ModuleContext& context, QWidget* parent) const override;
};

}  // namespace cw::observations
