#include "core/audit/SessionUser.h"

#include "core/identity/Session.h"

#include <QSysInfo>

namespace cw::audit {

AuditUser auditUser(const identity::Session* session) {
  AuditUser user;
  user.workstation = QSysInfo::machineHostName();
  if (session != nullptr) {
    user.userId = session->user().userId;
    user.userName = session->user().displayName;
    user.roleProfileId = session->role().roleProfileId;
  }
  return user;
}

}  // namespace cw::audit
