// Everything a module may use, handed to it by the shell: modules never reach
// for globals. The offline store, sync engine and audit log join this struct
// as those parts land.
#pragma once

namespace cw::base {
class Clock;
}
namespace cw::config {
class EffectiveConfig;
}
namespace cw::identity {
class Session;
}
namespace cw::sync {
class SyncStatus;
}

namespace cw::module {

class PatientContext;

struct ModuleContext {
  const identity::Session* session = nullptr;  // null on the signed-out screen
  PatientContext* patient = nullptr;
  const config::EffectiveConfig* config = nullptr;
  sync::SyncStatus* syncStatus = nullptr;
  const base::Clock* clock = nullptr;
};

}  // namespace cw::module
