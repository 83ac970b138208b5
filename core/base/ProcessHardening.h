// Process-level protections applied at start-up, before any secret is held:
// no core dumps (they would contain tokens and patient data), no debugger
// attach by other processes of the same user where the OS allows it.
#pragma once

namespace cw::base {

void hardenProcess();

}  // namespace cw::base
