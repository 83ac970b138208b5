// `cwctl check-config` as IT staff run it: the real binary on real files.
// It accepts a good configuration and rejects each kind of bad one with a
// message naming the key and the file, and exit code 2.
#include "core/config/SettingSchema.h"
#include "tests/support/CwctlRun.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QByteArray kGood =
    "fhir_base_url=https://fhir.example.nhs.uk/R4\n"
    "oidc_issuer=https://idp.example.nhs.uk/oidc\n"
    "oidc_client_id=clinical-workstation\n";

using Run = cw::test::CwctlRun;

Run cwctl(const QStringList& arguments) {
  return cw::test::runCwctl(QStringList{QStringLiteral("check-config")} + arguments, 10000);
}

}  // namespace

class TestCwctlCheckConfig : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void acceptsGoodConfigurationAndShowsSources() {
    const cw::test::TestFiles files;
    const QString policy = files.write(QStringLiteral("policy.conf"), "idle_lock_minutes=3\n");
    const QString machine = files.write(QStringLiteral("machine.conf"), kGood);
    const QString user = files.write(QStringLiteral("user.conf"), "language=cy\nidle_lock_minutes=30\n");
    const Run run = cwctl({QStringLiteral("--policy"), policy, QStringLiteral("--machine"), machine,
                           QStringLiteral("--user"), user});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(
        run.out.contains(QRegularExpression(QStringLiteral("idle_lock_minutes +3 +policy \\(") + policy)));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("language +cy +user \\(") + user)));
    QVERIFY(run.out.contains(
        QRegularExpression(QStringLiteral("fhir_base_url +https://fhir.example.nhs.uk/R4 +machine"))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("card_removal +lock +default"))));
    QVERIFY(run.out.contains(QLatin1String("Configuration is valid.")));
  }

  void jsonForFleetTools() {
    const cw::test::TestFiles files;
    const QString machine = files.write(QStringLiteral("machine.conf"), kGood);
    const Run run = cwctl({QStringLiteral("--json"), QStringLiteral("--policy"),
                           files.path(QStringLiteral("none")), QStringLiteral("--machine"), machine,
                           QStringLiteral("--user"), files.path(QStringLiteral("none2"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 0);
    const QJsonArray settings = json.value(QStringLiteral("settings")).toArray();
    // Every setting with a value: all but card_trust_anchors and ward_locations, which have no default.
    QCOMPARE(settings.size(), cw::config::settingDefinitions().size() - 2);
    const QJsonObject first = settings.first().toObject();
    QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("fhir_base_url"));
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("machine"));
    QCOMPARE(first.value(QStringLiteral("location")).toString(), machine);
  }

  void rejectsBadConfiguration_data() {
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QByteArray>("machine");
    QTest::addColumn<QString>("expected");  // regex over stderr; %P = policy path, %M = machine path
    QTest::newRow("unknown key") << QByteArray("idle_lock_minuets=5\n") << kGood
                                 << "%P:1: idle_lock_minuets: unknown setting";
    QTest::newRow("wrong type") << QByteArray("idle_lock_minutes=ten\n") << kGood
                                << "%P:1: idle_lock_minutes: \"ten\" is not a whole number from 1 to 240";
    QTest::newRow("non-https remote URL")
        << QByteArray()
        << QByteArray(
               "fhir_base_url=http://fhir.example.nhs.uk/R4\noidc_issuer=https://i.example\n"
               "oidc_client_id=x\n")
        << "%M:1: fhir_base_url: \"http://fhir.example.nhs.uk/R4\" must use https://";
    QTest::newRow("missing required key")
        << QByteArray() << QByteArray("fhir_base_url=https://f.example/R4\noidc_client_id=x\n")
        << "oidc_issuer: required setting is missing; set it in one of: %P, %M";
    QTest::newRow("section line") << QByteArray("[Policies]\n") << kGood
                                  << "%P:1: sections such as \\[Policies\\]";
    QTest::newRow("bad choice") << QByteArray("card_removal=eject\n") << kGood
                                << "%P:1: card_removal: \"eject\" is not one of: lock, logout";
  }
  void rejectsBadConfiguration() {
    QFETCH(QByteArray, policy);
    QFETCH(QByteArray, machine);
    QFETCH(QString, expected);
    const cw::test::TestFiles files;
    const QString policyPath = files.write(QStringLiteral("policy.conf"), policy);
    const QString machinePath = files.write(QStringLiteral("workstation.conf"), machine);
    const Run run = cwctl({QStringLiteral("--policy"), policyPath, QStringLiteral("--machine"), machinePath,
                           QStringLiteral("--user"), files.path(QStringLiteral("absent.conf"))});
    QCOMPARE(run.exitCode, 2);
    const QString pattern = expected.replace(QLatin1String("%P"), QRegularExpression::escape(policyPath))
                                .replace(QLatin1String("%M"), QRegularExpression::escape(machinePath));
    QVERIFY2(run.err.contains(QRegularExpression(pattern)), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("Configuration is NOT valid")));

    const Run json =
        cwctl({QStringLiteral("--json"), QStringLiteral("--policy"), policyPath, QStringLiteral("--machine"),
               machinePath, QStringLiteral("--user"), files.path(QStringLiteral("absent.conf"))});
    QCOMPARE(json.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("valid")).toBool(true),
             false);
  }
};

QTEST_GUILESS_MAIN(TestCwctlCheckConfig)
#include "tst_cwctl_checkconfig.moc"
