#include "core/identity/Cis2Claims.h"

#include <QRegularExpression>

namespace cw::identity {
namespace {

// The first non-empty string among `names`, userinfo before the ID token.
QString firstString(const fhir::JsonValue& userInfo, const fhir::JsonValue& idToken,
                    std::initializer_list<QStringView> names) {
  for (const fhir::JsonValue* source : {&userInfo, &idToken}) {
    for (const QStringView name : names) {
      const QString value = (*source)[name].toString().trimmed();
      if (!value.isEmpty()) {
        return value;
      }
    }
  }
  return {};
}

QStringList strings(const fhir::JsonValue& array) {
  QStringList list;
  for (const fhir::JsonValue& item : array.items()) {
    if (!item.toString().isEmpty()) {
      list.append(item.toString());
    }
  }
  return list;
}

}  // namespace

QString Cis2Claims::readableRoleName(const QString& roleName) {
  static const QRegularExpression quotedParts(QStringLiteral("^\"([^\"]*)\":\"([^\"]*)\":\"([^\"]*)\"$"));
  const QRegularExpressionMatch match = quotedParts.match(roleName.trimmed());
  if (!match.hasMatch()) {
    return roleName.trimmed();
  }
  for (int part = 3; part >= 1; --part) {
    if (!match.captured(part).trimmed().isEmpty()) {
      return match.captured(part).trimmed();
    }
  }
  return roleName.trimmed();
}

Cis2Claims Cis2Claims::from(const fhir::JsonValue& idTokenClaims, const fhir::JsonValue& userInfo) {
  Cis2Claims claims;
  claims.m_user.userId = firstString(userInfo, idTokenClaims, {u"uid", u"nhsid_useruid", u"sub"});
  claims.m_user.displayName = firstString(userInfo, idTokenClaims, {u"name", u"display_name"});
  if (claims.m_user.displayName.isEmpty()) {
    claims.m_user.displayName = (firstString(userInfo, idTokenClaims, {u"given_name"}) + u' ' +
                                 firstString(userInfo, idTokenClaims, {u"family_name"}))
                                    .trimmed();
  }
  claims.m_selectedRoleId = idTokenClaims[u"selected_roleid"].toString();

  for (const fhir::JsonValue& entry : userInfo[u"nhsid_nrbac_roles"].items()) {
    RoleAssignment role;
    role.roleProfileId = entry[u"person_roleid"].toString();
    role.roleCode = entry[u"role_code"].toString();
    role.roleName = readableRoleName(entry[u"role_name"].toString());
    role.orgCode = entry[u"org_code"].toString();
    role.activityCodes = strings(entry[u"activity_codes"]);
    if (role.roleProfileId.isEmpty() || role.orgCode.isEmpty()) {
      continue;  // a role without its id or organisation cannot be selected or shown
    }
    for (const fhir::JsonValue& org : userInfo[u"nhsid_user_orgs"].items()) {
      if (org[u"org_code"].toString() == role.orgCode) {
        role.orgName = org[u"org_name"].toString();
      }
    }
    claims.m_roles.append(std::move(role));
  }
  return claims;
}

const RoleAssignment* Cis2Claims::automaticRole() const {
  if (!m_selectedRoleId.isEmpty()) {
    for (const RoleAssignment& role : m_roles) {
      if (role.roleProfileId == m_selectedRoleId) {
        return &role;
      }
    }
  }
  return m_roles.size() == 1 ? &m_roles.first() : nullptr;
}

}  // namespace cw::identity
