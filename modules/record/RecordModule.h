// Registers the shared record viewer: any signed-in clinician may open it;
// what a record shows is decided per record (confidentiality, break-glass).
#pragma once

#include "core/module/Module.h"

namespace cw::record {

class RecordModule final : public module::Module {
 public:
  module::ModuleInfo info() const override;
  module::ModuleView* createView(const module::ModuleContext& context, QWidget* parent) const override;
};

}  // namespace cw::record
