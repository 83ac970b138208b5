#include "tools/cardsim/RbacCatalogue.h"

#include <QJsonArray>

#include <array>
#include <initializer_list>

namespace cw::cardsim {
namespace {

struct Activity {
  const char* code;
  const char* name;
};

constexpr std::array kActivities{
    Activity{"B0264", "Amend Patient Demographics"},   Activity{"B0360", "View Clinical Record"},
    Activity{"B0380", "Record Clinical Observations"}, Activity{"B0428", "Manage Medication Administration"},
    Activity{"B0570", "Prescribe Medicines"},          Activity{"B0572", "Clinically Verify Prescriptions"},
    Activity{"B1611", "Local System Administration"},
};

struct JobRole {
  const char* code;
  const char* roleCode;
  const char* roleName;  // CIS2's "area":"group":"role" form
  std::initializer_list<const char*> activities;
};

const std::array kJobRoles{
    JobRole{"R8000",
            "S8000:G8000:R8000",
            "\"Clinical\":\"Clinical Provision\":\"Clinical Practitioner Access Role\"",
            {"B0360", "B0380", "B0428", "B0570"}},
    JobRole{"R8001",
            "S8000:G8000:R8001",
            "\"Clinical\":\"Clinical Provision\":\"Nurse Access Role\"",
            {"B0360", "B0380", "B0428"}},
    JobRole{"R8002",
            "S8000:G8000:R8002",
            "\"Clinical\":\"Clinical Provision\":\"Nurse Manager Access Role\"",
            {"B0264", "B0360", "B0380", "B0428"}},
    JobRole{"R8003",
            "S8000:G8000:R8003",
            "\"Clinical\":\"Clinical Provision\":\"Health Professional Access Role\"",
            {"B0360", "B0428", "B0572"}},
    JobRole{"R8009",
            "S8001:G8001:R8009",
            "\"Admin & Clerical\":\"Admin & Clerical\":\"Receptionist Access Role\"",
            {"B0264"}},
    JobRole{"R8015",
            "S8001:G8005:R8015",
            "\"Support\":\"Systems Support\":\"Systems Support Access Role\"",
            {"B1611"}},
};

QString activityName(const char* code) {
  for (const Activity& activity : kActivities) {
    if (qstrcmp(activity.code, code) == 0) {
      return QString::fromUtf8(activity.name);
    }
  }
  return {};
}

}  // namespace

QJsonObject RbacCatalogue::role(const Assignment& assignment) {
  for (const JobRole& jobRole : kJobRoles) {
    if (assignment.jobRoleCode != QLatin1String(jobRole.code)) {
      continue;
    }
    QJsonArray names;
    QJsonArray codes;
    for (const char* code : jobRole.activities) {
      codes.append(QString::fromLatin1(code));
      names.append(activityName(code));
    }
    return QJsonObject{{QStringLiteral("person_roleid"), assignment.personRoleId},
                       {QStringLiteral("person_orgid"), assignment.personOrgId},
                       {QStringLiteral("org_code"), assignment.orgCode},
                       {QStringLiteral("role_code"), QString::fromLatin1(jobRole.roleCode)},
                       {QStringLiteral("role_name"), QString::fromUtf8(jobRole.roleName)},
                       {QStringLiteral("activities"), names},
                       {QStringLiteral("activity_codes"), codes}};
  }
  return {};
}

}  // namespace cw::cardsim
