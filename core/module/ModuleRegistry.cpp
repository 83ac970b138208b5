#include "core/module/ModuleRegistry.h"

#include "core/identity/Session.h"

namespace cw::module {

void ModuleRegistry::add(std::unique_ptr<Module> module) {
  m_modules.push_back(std::move(module));
}

std::vector<const Module*> ModuleRegistry::visibleTo(const identity::Session* session) const {
  std::vector<const Module*> visible;
  for (const auto& module : m_modules) {
    const ModuleInfo info = module->info();
    const bool allowed =
        session == nullptr ? info.availableWithoutSession : session->grantsAll(info.requiredActivities);
    if (allowed) {
      visible.push_back(module.get());
    }
  }
  return visible;
}

}  // namespace cw::module
