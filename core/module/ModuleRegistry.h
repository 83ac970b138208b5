// The modules compiled into this build, registered once at start-up, and
// which of them a given session may see.
#pragma once

#include "core/module/Module.h"

#include <memory>
#include <vector>

namespace cw::identity {
class Session;
}

namespace cw::module {

class ModuleRegistry {
 public:
  void add(std::unique_ptr<Module> module);

  const std::vector<std::unique_ptr<Module>>& modules() const { return m_modules; }

  // The modules `session` may open, in registration order. With no session
  // (signed out or before sign-in), only those available without one.
  std::vector<const Module*> visibleTo(const identity::Session* session) const;

 private:
  std::vector<std::unique_ptr<Module>> m_modules;
};

}  // namespace cw::module
