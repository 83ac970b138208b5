// Everything a module may use, handed to it by the shell: modules never reach
// for globals.
#pragma once

namespace cw::audit {
class AuditTrail;
}
namespace cw::base {
class Clock;
}
namespace cw::config {
class EffectiveConfig;
}
namespace cw::identity {
class Session;
}
namespace cw::store {
class Store;
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
  // The encrypted offline cache; null when it could not be opened, in which
  // case modules with patient data say so instead of showing anything.
  store::Store* store = nullptr;
  audit::AuditTrail* audit = nullptr;
};

}  // namespace cw::module
