// Registers the modules compiled into this build. Modules are static
// libraries registered here explicitly: nothing can be dropped in beside the
// executable, and the linker cannot discard a module's registration.
#pragma once

namespace cw::module {
class ModuleRegistry;
}

namespace cw::shell {

void registerBuiltInModules(module::ModuleRegistry& registry);

}  // namespace cw::shell
