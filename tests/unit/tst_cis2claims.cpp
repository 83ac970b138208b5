// CIS2 claims to the workstation's user and roles: user id precedence, the
// name, roles joined to their organisations, the selected role, no roles.
#include "core/identity/Cis2Claims.h"

#include <QTest>

using cw::fhir::JsonValue;
using cw::identity::Cis2Claims;

namespace {

JsonValue json(const QByteArray& text) {
  const cw::fhir::JsonParseResult parsed = cw::fhir::parseJson(text);
  if (!parsed.ok()) {
    qFatal("bad test JSON");
  }
  return parsed.value;
}

const QByteArray kUserInfo =
    "{\"sub\":\"555000000001\",\"uid\":\"555000000001\",\"name\":\"Alex Nurse\","
    "\"nhsid_user_orgs\":[{\"org_code\":\"RXX\",\"org_name\":\"Demo Hospital\"},"
    "{\"org_code\":\"RYY\",\"org_name\":\"Other Trust\"}],"
    "\"nhsid_nrbac_roles\":["
    "{\"person_roleid\":\"100\",\"person_orgid\":\"1\",\"org_code\":\"RXX\",\"role_code\":\"S1:G1:R8001\","
    "\"role_name\":\"\\\"Clinical\\\":\\\"Clinical Provision\\\":\\\"Nurse Access Role\\\"\","
    "\"activity_codes\":[\"B0264\",\"B0428\"]},"
    "{\"person_roleid\":\"200\",\"person_orgid\":\"2\",\"org_code\":\"RYY\",\"role_code\":\"S2:G2:R8000\","
    "\"role_name\":\"Admin\"}]}";

}  // namespace

class TestCis2Claims : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void mapsRolesAndOrganisations() {
    const Cis2Claims claims = Cis2Claims::from(json("{\"sub\":\"555000000001\"}"), json(kUserInfo));
    QCOMPARE(claims.user().userId, QStringLiteral("555000000001"));
    QCOMPARE(claims.user().displayName, QStringLiteral("Alex Nurse"));
    QCOMPARE(claims.roles().size(), 2);
    const cw::identity::RoleAssignment& nurse = claims.roles().first();
    QCOMPARE(nurse.roleProfileId, QStringLiteral("100"));
    QCOMPARE(nurse.roleCode, QStringLiteral("S1:G1:R8001"));
    QCOMPARE(nurse.roleName, QStringLiteral("Nurse Access Role"));
    QCOMPARE(nurse.orgName, QStringLiteral("Demo Hospital"));
    QCOMPARE(nurse.activityCodes, QStringList({"B0264", "B0428"}));
    QCOMPARE(claims.roles().at(1).orgName, QStringLiteral("Other Trust"));
    QVERIFY(claims.roles().at(1).activityCodes.isEmpty());
    QVERIFY(claims.hasRoles());
    QVERIFY(!claims.automaticRole());  // two roles, none selected: the user picks
  }

  void selectedRoleIsUsed() {
    const Cis2Claims claims =
        Cis2Claims::from(json("{\"sub\":\"555000000001\",\"selected_roleid\":\"200\"}"), json(kUserInfo));
    QCOMPARE(claims.selectedRoleId(), QStringLiteral("200"));
    QVERIFY(claims.automaticRole());
    QCOMPARE(claims.automaticRole()->roleProfileId, QStringLiteral("200"));
  }

  void userIdPrecedence_data() {
    QTest::addColumn<QByteArray>("userInfo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uid") << QByteArray("{\"uid\":\"1\",\"nhsid_useruid\":\"2\",\"sub\":\"3\"}") << "1";
    QTest::newRow("nhsid_useruid") << QByteArray("{\"nhsid_useruid\":\"2\",\"sub\":\"3\"}") << "2";
    QTest::newRow("sub") << QByteArray("{\"sub\":\"3\"}") << "3";
    QTest::newRow("id token sub") << QByteArray("{}") << "9";
  }
  void userIdPrecedence() {
    QFETCH(QByteArray, userInfo);
    QFETCH(QString, expected);
    QCOMPARE(Cis2Claims::from(json("{\"sub\":\"9\"}"), json(userInfo)).user().userId, expected);
  }

  void nameFromGivenAndFamily() {
    const Cis2Claims claims =
        Cis2Claims::from(json("{}"), json("{\"given_name\":\"Sam\",\"family_name\":\"Pharmacist\"}"));
    QCOMPARE(claims.user().displayName, QStringLiteral("Sam Pharmacist"));
  }

  void noRoles_data() {
    QTest::addColumn<QByteArray>("userInfo");
    QTest::newRow("absent") << QByteArray("{\"sub\":\"1\"}");
    QTest::newRow("empty") << QByteArray("{\"sub\":\"1\",\"nhsid_nrbac_roles\":[]}");
    QTest::newRow("not an array") << QByteArray("{\"sub\":\"1\",\"nhsid_nrbac_roles\":\"x\"}");
    QTest::newRow("without ids") << QByteArray(
        "{\"sub\":\"1\",\"nhsid_nrbac_roles\":[{\"role_name\":\"x\"}]}");
  }
  void noRoles() {
    QFETCH(QByteArray, userInfo);
    const Cis2Claims claims = Cis2Claims::from(json("{\"sub\":\"1\"}"), json(userInfo));
    QVERIFY(!claims.hasRoles());
    QVERIFY(!claims.automaticRole());
  }

  void readableRoleName_data() {
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("three parts") << "\"Support\":\"Systems Support\":\"Systems Support Access Role\""
                                 << "Systems Support Access Role";
    QTest::newRow("empty last part") << "\"Clinical\":\"Pharmacist\":\"\""
                                     << "Pharmacist";
    QTest::newRow("plain") << "Nurse"
                           << "Nurse";
    QTest::newRow("two parts") << "\"A\":\"B\""
                               << "\"A\":\"B\"";
  }
  void readableRoleName() {
    QFETCH(QString, roleName);
    QFETCH(QString, expected);
    QCOMPARE(Cis2Claims::readableRoleName(roleName), expected);
  }
};

QTEST_GUILESS_MAIN(TestCis2Claims)
#include "tst_cis2claims.moc"
