// Policy beats machine beats user beats default, each value says where it
// came from, and every kind of bad configuration is reported by key and file.
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/config/SettingSchema.h"

#include <QTest>

using namespace cw::config;

namespace {

const QByteArray kRequired =
    "fhir_base_url=https://fhir.example.nhs.uk/R4\n"
    "oidc_issuer=https://am.nhsidentity.spineservices.nhs.uk/openam/oauth2/realms/root/realms/oidc\n"
    "oidc_client_id=cw-test\n";

ConfigLayer layer(ConfigSource source, const QByteArray& content) {
  return parseIniLayer(source, QStringLiteral("/conf/") + sourceName(source) + QStringLiteral(".conf"),
                       content);
}

}  // namespace

class TestEffectiveConfig : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void defaultsApplyWhenNothingIsSet() {
    const auto config = EffectiveConfig::resolve({layer(ConfigSource::Machine, kRequired)});
    QVERIFY(config.isValid());
    const EffectiveSetting* idle = config.find(QLatin1String(keys::kIdleLockMinutes));
    QVERIFY(idle);
    QCOMPARE(idle->value, QStringLiteral("10"));
    QCOMPARE(idle->source, ConfigSource::Default);
    QCOMPARE(config.text(keys::kCardRemoval), QStringLiteral("lock"));
    QCOMPARE(config.text(keys::kLanguage), QStringLiteral("en_GB"));
  }

  void higherLayerWins_data() {
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QByteArray>("machine");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("source");
    QTest::newRow("policy over all") << QByteArray("language=cy\n") << QByteArray("language=en_GB\n")
                                     << QByteArray("language=en_GB\n") << "cy" << int(ConfigSource::Policy);
    QTest::newRow("machine over user")
        << QByteArray() << QByteArray("language=cy\n") << QByteArray("language=en_GB\n") << "cy"
        << int(ConfigSource::Machine);
    QTest::newRow("user over default")
        << QByteArray() << QByteArray() << QByteArray("language=cy\n") << "cy" << int(ConfigSource::User);
    QTest::newRow("default") << QByteArray() << QByteArray() << QByteArray() << "en_GB"
                             << int(ConfigSource::Default);
  }
  void higherLayerWins() {
    QFETCH(QByteArray, policy);
    QFETCH(QByteArray, machine);
    QFETCH(QByteArray, user);
    QFETCH(QString, expected);
    QFETCH(int, source);
    // Layers passed lowest first: precedence comes from the source, not the order.
    const auto config = EffectiveConfig::resolve({layer(ConfigSource::User, kRequired + user),
                                                  layer(ConfigSource::Machine, machine),
                                                  layer(ConfigSource::Policy, policy)});
    QVERIFY(config.isValid());
    const EffectiveSetting* language = config.find(QLatin1String(keys::kLanguage));
    QCOMPARE(language->value, expected);
    QCOMPARE(int(language->source), source);
    if (language->source != ConfigSource::Default) {
      QCOMPARE(language->location,
               QStringLiteral("/conf/") + sourceName(language->source) + QStringLiteral(".conf"));
    }
  }

  void badConfigurationIsRejected_data() {
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray("idle_lock_minuets=5\n") << "idle_lock_minuets"
                                 << "/conf/policy.conf"
                                 << "unknown setting";
    QTest::newRow("wrong type") << QByteArray("idle_lock_minutes=five\n") << "idle_lock_minutes"
                                << "/conf/policy.conf"
                                << "whole number";
    QTest::newRow("non-https remote URL")
        << QByteArray("fhir_base_url=http://fhir.example.nhs.uk/R4\n") << "fhir_base_url"
        << "/conf/policy.conf"
        << "https://";
    QTest::newRow("bad choice") << QByteArray("card_removal=ignore\n") << "card_removal"
                                << "/conf/policy.conf"
                                << "lock, logout";
  }
  void badConfigurationIsRejected() {
    QFETCH(QByteArray, policy);
    QFETCH(QString, key);
    QFETCH(QString, location);
    QFETCH(QString, mentions);
    const auto config = EffectiveConfig::resolve(
        {layer(ConfigSource::Policy, policy), layer(ConfigSource::Machine, kRequired)});
    QVERIFY(!config.isValid());
    QCOMPARE(config.issues().size(), 1);
    const ConfigIssue& issue = config.issues().first();
    QCOMPARE(issue.key, key);
    QCOMPARE(issue.location, location);
    QCOMPARE(issue.line, 1);
    QVERIFY2(issue.text().contains(mentions), qPrintable(issue.text()));
    QVERIFY2(issue.text().startsWith(location + QStringLiteral(":1: ") + key), qPrintable(issue.text()));
  }

  void missingRequiredKeyNamesKeyAndFiles() {
    const auto config = EffectiveConfig::resolve(
        {layer(ConfigSource::Policy, {}),
         layer(ConfigSource::Machine, "fhir_base_url=https://f.example/R4\noidc_client_id=x\n")});
    QVERIFY(!config.isValid());
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues()[0].key, QStringLiteral("oidc_issuer"));
    QVERIFY(config.issues()[0].text().contains(QLatin1String("/conf/policy.conf")));
    QVERIFY(config.issues()[0].text().contains(QLatin1String("/conf/machine.conf")));
  }

  void invalidValueIsReportedOnceNotAlsoAsMissing() {
    const auto config = EffectiveConfig::resolve(
        {layer(ConfigSource::Machine,
               "fhir_base_url=http://remote.example/R4\noidc_issuer=https://i.example\n"
               "oidc_client_id=x\n")});
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.find(QStringLiteral("fhir_base_url")), nullptr);
  }

  void invalidPolicyValueIsNeverUsed() {
    const auto config = EffectiveConfig::resolve(
        {layer(ConfigSource::Policy, "idle_lock_minutes=0\n"), layer(ConfigSource::Machine, kRequired)});
    QVERIFY(!config.isValid());
    QCOMPARE(config.find(QStringLiteral("idle_lock_minutes")), nullptr);
  }

  void typedAccessors() {
    const auto config =
        EffectiveConfig::resolve({layer(ConfigSource::User, kRequired + "idle_lock_minutes=3\n")});
    QCOMPARE(config.integer(keys::kIdleLockMinutes), 3);
    QCOMPARE(config.url(keys::kFhirBaseUrl), QUrl(QStringLiteral("https://fhir.example.nhs.uk/R4")));
  }
};

QTEST_GUILESS_MAIN(TestEffectiveConfig)
#include "tst_effectiveconfig.moc"
