// The national RBAC job roles the demo personas hold, with CIS2's role
// code and three-part role name and the activities (B-codes) the demo IdP
// grants with each. A plausible subset, not the national RBAC database.
#pragma once

#include <QJsonObject>
#include <QString>

namespace cw::cardsim {

class RbacCatalogue {
 public:
  struct Assignment {
    QString personRoleId;  // CIS2 person_roleid
    QString personOrgId;
    QString orgCode;
    QString jobRoleCode;  // e.g. "R8001"
  };

  // The nhsid_nrbac_roles entry for `assignment`; an empty object when the
  // job role is not in the catalogue.
  static QJsonObject role(const Assignment& assignment);
};

}  // namespace cw::cardsim
