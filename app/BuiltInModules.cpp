#include "app/BuiltInModules.h"

#include "core/module/ModuleRegistry.h"
#include "modules/changes/ChangesModule.h"
#include "modules/observations/ObservationsModule.h"
#include "modules/record/RecordModule.h"
#include "modules/status/StatusModule.h"

namespace cw::shell {

void registerBuiltInModules(module::ModuleRegistry& registry) {
  registry.add(std::make_unique<record::RecordModule>());
  registry.add(std::make_unique<observations::ObservationsModule>());
  registry.add(std::make_unique<changes::ChangesModule>());
  registry.add(std::make_unique<status::StatusModule>());
}

}  // namespace cw::shell
