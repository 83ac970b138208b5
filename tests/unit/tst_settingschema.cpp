// The setting types accept exactly what they should, on both sides of every
// boundary: https only except for this machine, whole numbers in range.
#include "core/config/SettingSchema.h"

#include <QTest>

using namespace cw::config;

class TestSettingSchema : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void endpointUrl_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << "https://fhir.example.nhs.uk/R4" << true;
    QTest::newRow("https with port") << "https://fhir.example.nhs.uk:8443/R4" << true;
    QTest::newRow("http remote") << "http://fhir.example.nhs.uk/R4" << false;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8180/fhir" << true;
    QTest::newRow("http 127.255.255.254") << "http://127.255.255.254/fhir" << true;
    QTest::newRow("http 126.255.255.255") << "http://126.255.255.255/fhir" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/fhir" << false;
    QTest::newRow("http 127.0.0.1.evil.com") << "http://127.0.0.1.evil.com/fhir" << false;
    QTest::newRow("http localhost") << "http://localhost:8180/fhir" << true;
    QTest::newRow("http localhost.example.com") << "http://localhost.example.com/fhir" << false;
    QTest::newRow("http [::1]") << "http://[::1]:8180/fhir" << true;
    QTest::newRow("http [::2]") << "http://[::2]/fhir" << false;
    QTest::newRow("ftp") << "ftp://fhir.example.nhs.uk/" << false;
    QTest::newRow("no scheme") << "fhir.example.nhs.uk/R4" << false;
    QTest::newRow("credentials") << "https://user:secret@fhir.example.nhs.uk/R4" << false;
    QTest::newRow("fragment") << "https://fhir.example.nhs.uk/R4#x" << false;
    QTest::newRow("empty") << "" << false;
  }
  void endpointUrl() {
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    const auto problem = validateSetting(*findSetting(QLatin1String(keys::kFhirBaseUrl)), value);
    QCOMPARE(!problem.has_value(), accepted);
  }

  void idleLockMinutes_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0 (never lock is not allowed)") << "0" << false;
    QTest::newRow("1") << "1" << true;
    QTest::newRow("240") << "240" << true;
    QTest::newRow("241") << "241" << false;
    QTest::newRow("-5") << "-5" << false;
    QTest::newRow("ten") << "ten" << false;
    QTest::newRow("1.5") << "1.5" << false;
    QTest::newRow("empty") << "" << false;
  }
  void idleLockMinutes() {
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QCOMPARE(!validateSetting(*findSetting(QLatin1String(keys::kIdleLockMinutes)), value).has_value(),
             accepted);
  }

  // A trust may narrow or widen a plausible range, but never write one that
  // cannot be read the same way by everyone.
  void news2Ranges_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::newRow("pulse default") << keys::kNews2RangePulse << "20-300" << true << 20 << 300;
    QTest::newRow("pulse at the bounds") << keys::kNews2RangePulse << "0-400" << true << 0 << 400;
    QTest::newRow("pulse above the bound") << keys::kNews2RangePulse << "20-401" << false << 0 << 0;
    QTest::newRow("pulse low not below high") << keys::kNews2RangePulse << "300-300" << false << 0 << 0;
    QTest::newRow("pulse reversed") << keys::kNews2RangePulse << "300-20" << false << 0 << 0;
    QTest::newRow("pulse with a decimal") << keys::kNews2RangePulse << "20.5-300" << false << 0 << 0;
    QTest::newRow("pulse one number") << keys::kNews2RangePulse << "300" << false << 0 << 0;
    QTest::newRow("pulse negative") << keys::kNews2RangePulse << "-20-300" << false << 0 << 0;
    QTest::newRow("spo2 101") << keys::kNews2RangeSpo2 << "50-101" << false << 0 << 0;
    QTest::newRow("temperature default") << keys::kNews2RangeTemperature << "25.0-45.0" << true << 250 << 450;
    QTest::newRow("temperature whole") << keys::kNews2RangeTemperature << "25-45" << true << 250 << 450;
    QTest::newRow("temperature tenths") << keys::kNews2RangeTemperature << "32.5-42.1" << true << 325 << 421;
    QTest::newRow("temperature hundredths")
        << keys::kNews2RangeTemperature << "32.55-42.1" << false << 0 << 0;
    QTest::newRow("temperature below bound")
        << keys::kNews2RangeTemperature << "14.9-45.0" << false << 0 << 0;
    QTest::newRow("temperature at bounds")
        << keys::kNews2RangeTemperature << "15.0-50.0" << true << 150 << 500;
  }
  void news2Ranges() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(int, low);
    QFETCH(int, high);
    const SettingDefinition& definition = *findSetting(key);
    QCOMPARE(!validateSetting(definition, value).has_value(), accepted);
    const std::optional<SettingRange> range = parseRange(definition, value);
    QCOMPARE(range.has_value(), accepted);
    if (range) {
      QCOMPARE(range->low, low);
      QCOMPARE(range->high, high);
    }
  }

  // The RCP minimum monitoring frequencies and response times are maxima: a
  // trust may shorten them, and a longer value is refused.
  void news2IntervalsNeverLooserThanRcp_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("12-hourly") << keys::kNews2IntervalLowMinutes << "720" << true;
    QTest::newRow("12 h and a minute") << keys::kNews2IntervalLowMinutes << "721" << false;
    QTest::newRow("4-hourly") << keys::kNews2IntervalLowMediumMinutes << "240" << true;
    QTest::newRow("6-hourly") << keys::kNews2IntervalLowMediumMinutes << "360" << true;
    QTest::newRow("6 h and a minute") << keys::kNews2IntervalLowMediumMinutes << "361" << false;
    QTest::newRow("hourly") << keys::kNews2IntervalHourlyMinutes << "60" << true;
    QTest::newRow("61 minutes") << keys::kNews2IntervalHourlyMinutes << "61" << false;
    QTest::newRow("emergency 30") << keys::kNews2RespondEmergencyMinutes << "30" << true;
    QTest::newRow("emergency 31") << keys::kNews2RespondEmergencyMinutes << "31" << false;
    QTest::newRow("urgent 61") << keys::kNews2RespondUrgentMinutes << "61" << false;
    QTest::newRow("single red 60") << keys::kNews2RespondSingleRedMinutes << "60" << true;
  }
  void news2IntervalsNeverLooserThanRcp() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QCOMPARE(!validateSetting(*findSetting(key), value).has_value(), accepted);
  }

  void choices_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("lock") << keys::kCardRemoval << "lock" << true;
    QTest::newRow("logout") << keys::kCardRemoval << "logout" << true;
    QTest::newRow("Lock (case matters)") << keys::kCardRemoval << "Lock" << false;
    QTest::newRow("ignore") << keys::kCardRemoval << "ignore" << false;
    QTest::newRow("en_GB") << keys::kLanguage << "en_GB" << true;
    QTest::newRow("cy") << keys::kLanguage << "cy" << true;
    QTest::newRow("fr") << keys::kLanguage << "fr" << false;
    QTest::newRow("embedded") << keys::kSignInBrowser << "embedded" << true;
    QTest::newRow("system") << keys::kSignInBrowser << "system" << true;
    QTest::newRow("firefox") << keys::kSignInBrowser << "firefox" << false;
  }
  void choices() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QCOMPARE(!validateSetting(*findSetting(key), value).has_value(), accepted);
  }

  void text() {
    const SettingDefinition& clientId = *findSetting(QLatin1String(keys::kOidcClientId));
    QVERIFY(!validateSetting(clientId, QStringLiteral("clinical-workstation")));
    QVERIFY(validateSetting(clientId, QString()));
    QVERIFY(validateSetting(clientId, QStringLiteral("a\tb")));
    QVERIFY(!validateSetting(clientId, QString(512, QLatin1Char('x'))));
    QVERIFY(validateSetting(clientId, QString(513, QLatin1Char('x'))));
  }

  void problemSaysWhatIsExpected() {
    const auto problem = validateSetting(*findSetting(QLatin1String(keys::kOidcIssuer)),
                                         QStringLiteral("http://idp.example.com"));
    QVERIFY(problem);
    QVERIFY2(problem->contains(QLatin1String("https://")), qPrintable(*problem));
  }
};

QTEST_GUILESS_MAIN(TestSettingSchema)
#include "tst_settingschema.moc"
