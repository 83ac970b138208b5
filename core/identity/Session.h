// A signed-in clinician: who they are, the role they are acting in (with its
// national RBAC activity codes) and whether the session is locked. Modules
// decide what to show from this alone.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace cw::identity {

// One entry of CIS2's nhsid_nrbac_roles.
struct RoleAssignment {
  QString roleProfileId;  // person_roleid
  QString roleCode;       // e.g. S8000:G8000:R8001
  QString roleName;       // e.g. "Nurse"
  QString orgCode;        // ODS code, e.g. RXX
  QString orgName;
  QStringList activityCodes;  // e.g. B0264
};

struct UserIdentity {
  QString userId;       // CIS2 uid, matches the smartcard's identity
  QString displayName;  // as CIS2 gives it
};

class Session : public QObject {
  Q_OBJECT

 public:
  Session(UserIdentity user, RoleAssignment role, QObject* parent = nullptr);

  const UserIdentity& user() const { return m_user; }
  const RoleAssignment& role() const { return m_role; }

  // True when the selected role grants every one of `activities`.
  bool grantsAll(const QStringList& activities) const;

  bool isLocked() const { return m_locked; }
  void lock();
  void unlock();

 Q_SIGNALS:
  void lockedChanged(bool locked);

 private:
  UserIdentity m_user;
  RoleAssignment m_role;
  bool m_locked = false;
};

}  // namespace cw::identity
