#include "tests/support/TestSessions.h"

namespace cw::test {

std::unique_ptr<identity::Session> makeSession(const QString& displayName, const QString& roleName,
                                               const QStringList& activities) {
  identity::UserIdentity user{QStringLiteral("5550%1").arg(qHash(displayName) % 100000000), displayName};
  identity::RoleAssignment role;
  role.roleProfileId = QStringLiteral("100%1").arg(qHash(roleName) % 1000000);
  role.roleCode = QStringLiteral("S8000:G8000:R8001");
  role.roleName = roleName;
  role.orgCode = QStringLiteral("RXX");
  role.orgName = QStringLiteral("Demo Hospital");
  role.activityCodes = activities;
  return std::make_unique<identity::Session>(user, role);
}

}  // namespace cw::test
