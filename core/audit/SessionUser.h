// The signed-in user as every AuditEvent names them: user id, name, role
// profile and this workstation.
#pragma once

#include "core/audit/AuditAgents.h"

namespace cw::identity {
class Session;
}

namespace cw::audit {

// Null session (nobody signed in): the workstation alone.
AuditUser auditUser(const identity::Session* session);

}  // namespace cw::audit
