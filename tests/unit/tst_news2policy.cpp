// The trust's NEWS2 policy keys reach the scorer, the due times and the
// escalation: what is set is used, what is not set (or set looser than the
// RCP allows, which the schema refuses) leaves the RCP default.
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "modules/observations/News2Policy.h"

#include <QTest>

using namespace cw;
using namespace cw::observations;

namespace {

News2Policy policyFrom(const QByteArray& ini) {
  const auto config = config::EffectiveConfig::resolve(
      {config::parseIniLayer(config::ConfigSource::Policy, QStringLiteral("/etc/p.conf"), ini)});
  return news2Policy(&config);
}

}  // namespace

class TestNews2Policy : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void defaultsAreTheRcpAndIssueValues() {
    const News2Policy policy = news2Policy(nullptr);
    const News2Policy configured = policyFrom({});
    for (const News2Policy& p : {policy, configured}) {
      QCOMPARE(p.ranges.respiratoryRate.low, 1);
      QCOMPARE(p.ranges.respiratoryRate.high, 80);
      QCOMPARE(p.ranges.temperatureTenths.low, 250);
      QCOMPARE(p.ranges.temperatureTenths.high, 450);
      QCOMPARE(p.intervals.twelveHourly, std::chrono::minutes(720));
      QCOMPARE(p.intervals.fourToSixHourly, std::chrono::minutes(360));
      QCOMPARE(p.intervals.hourly, std::chrono::minutes(60));
      QCOMPARE(p.escalation.emergency.respondWithin, std::chrono::minutes(30));
      QCOMPARE(p.escalation.urgent.respondWithin, std::chrono::minutes(60));
    }
  }

  void trustValuesAreUsed() {
    const News2Policy policy = policyFrom(
        "news2_range_pulse=30-250\nnews2_range_temperature=30.5-43.0\n"
        "news2_interval_low_medium_minutes=240\nnews2_respond_emergency_minutes=15\n");
    QCOMPARE(policy.ranges.pulse.low, 30);
    QCOMPARE(policy.ranges.pulse.high, 250);
    QCOMPARE(policy.ranges.temperatureTenths.low, 305);
    QCOMPARE(policy.ranges.temperatureTenths.high, 430);
    QCOMPARE(policy.intervals.fourToSixHourly, std::chrono::minutes(240));
    QCOMPARE(policy.escalation.emergency.respondWithin, std::chrono::minutes(15));
  }

  void looserThanRcpIsRefusedAndTheDefaultStays() {
    const auto config = config::EffectiveConfig::resolve(
        {config::parseIniLayer(config::ConfigSource::Policy, QStringLiteral("/etc/p.conf"),
                               "news2_interval_hourly_minutes=90\nnews2_respond_emergency_minutes=45\n")});
    QStringList refused;
    for (const config::ConfigIssue& issue : config.issues()) {
      refused.append(issue.key);
    }
    QVERIFY(refused.contains(QStringLiteral("news2_interval_hourly_minutes")));
    QVERIFY(refused.contains(QStringLiteral("news2_respond_emergency_minutes")));
    const News2Policy policy = news2Policy(&config);
    QCOMPARE(policy.intervals.hourly, std::chrono::minutes(60));
    QCOMPARE(policy.escalation.emergency.respondWithin, std::chrono::minutes(30));
  }
};

QTEST_GUILESS_MAIN(TestNews2Policy)
#include "tst_news2policy.moc"
