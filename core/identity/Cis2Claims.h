// Who signed in and in which roles, read from CIS2's ID token and userinfo
// claims (identity.md 5 and 8): the user id, the name, the national RBAC
// roles joined to their organisations, and the role selected at CIS2.
#pragma once

#include "core/fhir/Json.h"
#include "core/identity/Session.h"

#include <QList>
#include <QString>

namespace cw::identity {

class Cis2Claims {
 public:
  static Cis2Claims from(const fhir::JsonValue& idTokenClaims, const fhir::JsonValue& userInfo);

  // CIS2's role_name is three quoted parts, e.g.
  // "Clinical":"Clinical Provision":"Nurse Access Role"; the last part is the
  // one a person recognises. Anything else is returned as it is.
  static QString readableRoleName(const QString& roleName);

  const UserIdentity& user() const { return m_user; }
  const QList<RoleAssignment>& roles() const { return m_roles; }
  // The user may not work here without a role: the caller refuses them.
  bool hasRoles() const { return !m_roles.isEmpty(); }
  // selected_roleid from the ID token, when CIS2 sent one.
  const QString& selectedRoleId() const { return m_selectedRoleId; }
  // The role to use without asking: the selected one, or the only one.
  // nullptr when the user must pick, or has none.
  const RoleAssignment* automaticRole() const;

 private:
  UserIdentity m_user;
  QList<RoleAssignment> m_roles;
  QString m_selectedRoleId;
};

}  // namespace cw::identity
