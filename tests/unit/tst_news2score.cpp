// The NEWS2 engine against the RCP chart (2017): every band edge of every
// parameter from both sides, both SpO2 scales on air and on oxygen, every
// risk band, incomplete and implausible sets, and half-up rounding to chart
// precision. Every expected value comes from RCP Chart 1 and Chart 4, never
// from a published example (the UK Core example bundle scores 37.5 °C as 1).
#include "modules/observations/news2/ChartPrecision.h"
#include "modules/observations/news2/News2Scorer.h"

#include "tests/unit/News2TestSets.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cw::observations;
using cw::test::News2SetBuilder;

Q_DECLARE_METATYPE(cw::observations::News2Parameter)
Q_DECLARE_METATYPE(cw::observations::News2Risk)
Q_DECLARE_METATYPE(cw::observations::News2Monitoring)
Q_DECLARE_METATYPE(cw::observations::News2Trigger)
Q_DECLARE_METATYPE(cw::observations::Consciousness)
Q_DECLARE_METATYPE(cw::observations::News2Input)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

News2Input normalSet() {
  return cw::test::normalNews2Set();
}

void setMeasured(News2Input& input, News2Parameter parameter, std::optional<int> value) {
  switch (parameter) {
    case News2Parameter::RespiratoryRate: input.respiratoryRate = value; break;
    case News2Parameter::Spo2: input.spo2 = value; break;
    case News2Parameter::SystolicBP: input.systolicBP = value; break;
    case News2Parameter::Pulse: input.pulse = value; break;
    case News2Parameter::Temperature: input.temperatureTenths = value; break;
    case News2Parameter::AirOrOxygen: input.onOxygen.reset(); break;
    case News2Parameter::Consciousness: input.consciousness.reset(); break;
  }
}

void addEdge(const char* name, News2Parameter parameter, int value, int score) {
  QTest::newRow(name) << parameter << 1 << false << value << score;
}

}  // namespace

class TestNews2Score : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void normalSetScoresZero() {
    const News2Result result = News2Scorer().score(normalSet());
    QVERIFY(result.complete);
    QCOMPARE(result.total, 0);
    for (const News2Parameter parameter : kNews2Parameters) {
      QCOMPARE(result.subscore(parameter), 0);
    }
    QVERIFY(result.missing.isEmpty());
    QVERIFY(result.errors.isEmpty());
  }

  void bandEdges_data() {
    QTest::addColumn<News2Parameter>("parameter");
    QTest::addColumn<int>("scale");
    QTest::addColumn<bool>("onOxygen");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("score");
    using P = News2Parameter;
    // Respiration rate: ≤8 3 | 9–11 1 | 12–20 0 | 21–24 2 | ≥25 3
    addEdge("RR 8", P::RespiratoryRate, 8, 3);
    addEdge("RR 9", P::RespiratoryRate, 9, 1);
    addEdge("RR 11", P::RespiratoryRate, 11, 1);
    addEdge("RR 12", P::RespiratoryRate, 12, 0);
    addEdge("RR 20", P::RespiratoryRate, 20, 0);
    addEdge("RR 21", P::RespiratoryRate, 21, 2);
    addEdge("RR 24", P::RespiratoryRate, 24, 2);
    addEdge("RR 25", P::RespiratoryRate, 25, 3);
    // SpO2 Scale 1: ≤91 3 | 92–93 2 | 94–95 1 | ≥96 0, on air or oxygen alike.
    addEdge("S1 91", P::Spo2, 91, 3);
    addEdge("S1 92", P::Spo2, 92, 2);
    addEdge("S1 93", P::Spo2, 93, 2);
    addEdge("S1 94", P::Spo2, 94, 1);
    addEdge("S1 95", P::Spo2, 95, 1);
    addEdge("S1 96", P::Spo2, 96, 0);
    addEdge("S1 100", P::Spo2, 100, 0);
    QTest::newRow("S1 oxygen 91") << P::Spo2 << 1 << true << 91 << 3;
    QTest::newRow("S1 oxygen 96") << P::Spo2 << 1 << true << 96 << 0;
    QTest::newRow("S1 oxygen 100") << P::Spo2 << 1 << true << 100 << 0;
    // SpO2 Scale 2: ≤83 3 | 84–85 2 | 86–87 1 | 88–92 0 | on air ≥93 0;
    // on oxygen 93–94 1 | 95–96 2 | ≥97 3.
    for (const bool oxygen : {false, true}) {
      const QByteArray where = oxygen ? "S2 oxygen " : "S2 air ";
      const std::array<std::pair<int, int>, 13> rows{{{83, 3},
                                                      {84, 2},
                                                      {85, 2},
                                                      {86, 1},
                                                      {87, 1},
                                                      {88, 0},
                                                      {92, 0},
                                                      {93, oxygen ? 1 : 0},
                                                      {94, oxygen ? 1 : 0},
                                                      {95, oxygen ? 2 : 0},
                                                      {96, oxygen ? 2 : 0},
                                                      {97, oxygen ? 3 : 0},
                                                      {100, oxygen ? 3 : 0}}};
      for (const auto& [value, score] : rows) {
        QTest::newRow((where + QByteArray::number(value)).constData())
            << P::Spo2 << 2 << oxygen << value << score;
      }
    }
    // Systolic BP: ≤90 3 | 91–100 2 | 101–110 1 | 111–219 0 | ≥220 3
    addEdge("SBP 90", P::SystolicBP, 90, 3);
    addEdge("SBP 91", P::SystolicBP, 91, 2);
    addEdge("SBP 100", P::SystolicBP, 100, 2);
    addEdge("SBP 101", P::SystolicBP, 101, 1);
    addEdge("SBP 110", P::SystolicBP, 110, 1);
    addEdge("SBP 111", P::SystolicBP, 111, 0);
    addEdge("SBP 219", P::SystolicBP, 219, 0);
    addEdge("SBP 220", P::SystolicBP, 220, 3);
    // Pulse: ≤40 3 | 41–50 1 | 51–90 0 | 91–110 1 | 111–130 2 | ≥131 3
    addEdge("pulse 40", P::Pulse, 40, 3);
    addEdge("pulse 41", P::Pulse, 41, 1);
    addEdge("pulse 50", P::Pulse, 50, 1);
    addEdge("pulse 51", P::Pulse, 51, 0);
    addEdge("pulse 90", P::Pulse, 90, 0);
    addEdge("pulse 91", P::Pulse, 91, 1);
    addEdge("pulse 110", P::Pulse, 110, 1);
    addEdge("pulse 111", P::Pulse, 111, 2);
    addEdge("pulse 130", P::Pulse, 130, 2);
    addEdge("pulse 131", P::Pulse, 131, 3);
    // Temperature (tenths): ≤35.0 3 | 35.1–36.0 1 | 36.1–38.0 0 | 38.1–39.0 1 | ≥39.1 2
    addEdge("temp 35.0", P::Temperature, 350, 3);
    addEdge("temp 35.1", P::Temperature, 351, 1);
    addEdge("temp 36.0", P::Temperature, 360, 1);
    addEdge("temp 36.1", P::Temperature, 361, 0);
    addEdge("temp 37.5", P::Temperature, 375, 0);
    addEdge("temp 38.0", P::Temperature, 380, 0);
    addEdge("temp 38.1", P::Temperature, 381, 1);
    addEdge("temp 39.0", P::Temperature, 390, 1);
    addEdge("temp 39.1", P::Temperature, 391, 2);
  }

  void bandEdges() {
    QFETCH(News2Parameter, parameter);
    QFETCH(int, scale);
    QFETCH(bool, onOxygen);
    QFETCH(int, value);
    QFETCH(int, score);
    News2Input input = normalSet();
    input.spo2Scale = scale == 2 ? Spo2Scale::Scale2 : Spo2Scale::Scale1;
    input.onOxygen = onOxygen;
    setMeasured(input, parameter, value);
    const News2Result result = News2Scorer().score(input);
    QVERIFY(result.complete);
    QCOMPARE(result.subscore(parameter), score);
    QCOMPARE(result.subscore(News2Parameter::AirOrOxygen), onOxygen ? 2 : 0);
    QCOMPARE(result.total, score + (onOxygen ? 2 : 0));
  }

  void airOrOxygen() {
    News2Input input = normalSet();
    input.onOxygen = false;
    QCOMPARE(News2Scorer().score(input).subscore(News2Parameter::AirOrOxygen), 0);
    input.onOxygen = true;
    const News2Result result = News2Scorer().score(input);
    QCOMPARE(result.subscore(News2Parameter::AirOrOxygen), 2);
    QCOMPARE(result.subscore(News2Parameter::Spo2), 0);  // independent of the SpO2 row
    QCOMPARE(result.total, 2);
  }

  void consciousness_data() {
    QTest::addColumn<Consciousness>("level");
    QTest::addColumn<int>("score");
    QTest::newRow("A") << Consciousness::Alert << 0;
    QTest::newRow("C") << Consciousness::Confusion << 3;
    QTest::newRow("V") << Consciousness::Voice << 3;
    QTest::newRow("P") << Consciousness::Pain << 3;
    QTest::newRow("U") << Consciousness::Unresponsive << 3;
  }

  void consciousness() {
    QFETCH(Consciousness, level);
    QFETCH(int, score);
    News2Input input = normalSet();
    input.consciousness = level;
    const News2Result result = News2Scorer().score(input);
    QCOMPARE(result.subscore(News2Parameter::Consciousness), score);
    QCOMPARE(result.total, score);
    QCOMPARE(result.redScore, score == 3);
  }

  void riskAndMonitoring_data() {
    QTest::addColumn<News2Input>("input");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("redScore");
    QTest::addColumn<News2Trigger>("trigger");
    QTest::addColumn<News2Risk>("risk");
    QTest::addColumn<News2Monitoring>("monitoring");
    using T = News2Trigger;
    using R = News2Risk;
    using M = News2Monitoring;
    QTest::newRow("0: low, 12-hourly")
        << News2SetBuilder().input << 0 << false << T::Zero << R::Low << M::TwelveHourly;
    QTest::newRow("1: low, 4-6-hourly")
        << News2SetBuilder().rr(10).input << 1 << false << T::LowScore << R::Low << M::FourToSixHourly;
    // RR 10 (1) + SBP 105 (1) + pulse 95 (1) + 38.5 °C (1)
    QTest::newRow("4: low, 4-6-hourly") << News2SetBuilder().rr(10).sbp(105).pulse(95).tempTenths(385).input
                                        << 4 << false << T::LowScore << R::Low << M::FourToSixHourly;
    QTest::newRow("single 3, total 3: low-medium")
        << News2SetBuilder().rr(8).input << 3 << true << T::SingleRedScore << R::LowMedium << M::Hourly;
    // RR 8 (3) + pulse 95 (1)
    QTest::newRow("single 3, total 4: low-medium") << News2SetBuilder().rr(8).pulse(95).input << 4 << true
                                                   << T::SingleRedScore << R::LowMedium << M::Hourly;
    // RR 22 (2) + SpO2 93 (2) + pulse 95 (1)
    QTest::newRow("5: medium") << News2SetBuilder().rr(22).spo2(93).pulse(95).input << 5 << false << T::Urgent
                               << R::Medium << M::Hourly;
    // RR 22 (2) + SpO2 93 (2) + SBP 100 (2)
    QTest::newRow("6: medium") << News2SetBuilder().rr(22).spo2(93).sbp(100).input << 6 << false << T::Urgent
                               << R::Medium << M::Hourly;
    // RR 8 (3) + SBP 95 (2): total 5 wins over the single 3.
    QTest::newRow("single 3, total 5: medium")
        << News2SetBuilder().rr(8).sbp(95).input << 5 << true << T::Urgent << R::Medium << M::Hourly;
    // oxygen (2) + RR 22 (2) + SpO2 93 (2) + pulse 95 (1)
    QTest::newRow("7: high") << News2SetBuilder().oxygen().rr(22).spo2(93).pulse(95).input << 7 << false
                             << T::Emergency << R::High << M::Continuous;
    // C (3) + RR 22 (2) + SBP 95 (2)
    QTest::newRow("single 3, total 7: high")
        << News2SetBuilder().acvpu(Consciousness::Confusion).rr(22).sbp(95).input << 7 << true << T::Emergency
        << R::High << M::Continuous;
    // 3+3+2+3+3+3+3: RR 30, SpO2 85 (Scale 1), oxygen, SBP 80, pulse 140, U, 34.0 °C
    QTest::newRow("20: high") << News2SetBuilder()
                                     .rr(30)
                                     .spo2(85)
                                     .oxygen()
                                     .sbp(80)
                                     .pulse(140)
                                     .acvpu(Consciousness::Unresponsive)
                                     .tempTenths(340)
                                     .input
                              << 20 << true << T::Emergency << R::High << M::Continuous;
  }

  void riskAndMonitoring() {
    QFETCH(News2Input, input);
    QFETCH(int, total);
    QFETCH(bool, redScore);
    QFETCH(News2Trigger, trigger);
    QFETCH(News2Risk, risk);
    QFETCH(News2Monitoring, monitoring);
    const News2Result result = News2Scorer().score(input);
    QVERIFY(result.complete);
    QCOMPARE(result.total, total);
    QCOMPARE(result.redScore, redScore);
    QCOMPARE(result.trigger, trigger);
    QCOMPARE(result.risk, risk);
    QCOMPARE(result.monitoring, monitoring);
    QCOMPARE(result.clinicalResponse, clinicalResponseText(trigger));
    QVERIFY(!result.clinicalResponse.isEmpty());
  }

  void responsesDifferByTrigger() {
    QStringList texts;
    for (const News2Trigger trigger :
         {News2Trigger::Zero, News2Trigger::LowScore, News2Trigger::SingleRedScore, News2Trigger::Urgent,
          News2Trigger::Emergency}) {
      texts.append(clinicalResponseText(trigger));
    }
    texts.removeDuplicates();
    QCOMPARE(texts.size(), 5);
    QVERIFY(clinicalResponseText(News2Trigger::Emergency).contains(QLatin1String("registrar")));
  }

  void ukCoreExampleSetScoresFive() {
    // UK Core NEWS2 example bundle's observations: RR 21 (2), SpO2 93 on
    // Scale 1 (2), room air (0), SBP 120 (0), pulse 95 (1), Alert (0) and
    // 37.5 °C, which lies in 36.1–38.0 and scores 0 (the bundle says 1 and 6).
    News2Input input;
    input.respiratoryRate = 21;
    input.spo2 = 93;
    input.onOxygen = false;
    input.systolicBP = 120;
    input.pulse = 95;
    input.consciousness = Consciousness::Alert;
    input.temperatureTenths = roundHalfUp(QByteArrayView("37.5"), 1);
    const News2Result result = News2Scorer().score(input);
    QCOMPARE(result.subscore(News2Parameter::Temperature), 0);
    QCOMPARE(result.total, 5);
    QCOMPARE(result.risk, News2Risk::Medium);
  }

  void incompleteSetHasNoTotal_data() {
    QTest::addColumn<News2Parameter>("missing");
    for (const News2Parameter parameter : kNews2Parameters) {
      QTest::newRow(qPrintable(parameterName(parameter))) << parameter;
    }
  }

  void incompleteSetHasNoTotal() {
    QFETCH(News2Parameter, missing);
    News2Input input = normalSet();
    input.respiratoryRate = 22;  // 2, so present sub-scores are visibly given
    setMeasured(input, missing, std::nullopt);
    const News2Result result = News2Scorer().score(input);
    QVERIFY(!result.complete);
    QCOMPARE(result.total, std::nullopt);
    QCOMPARE(result.risk, std::nullopt);
    QCOMPARE(result.monitoring, std::nullopt);
    QCOMPARE(result.trigger, std::nullopt);
    QVERIFY(result.clinicalResponse.isEmpty());
    QCOMPARE(result.missing, QList<News2Parameter>{missing});
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.subscore(missing), std::nullopt);
    for (const News2Parameter parameter : kNews2Parameters) {
      if (parameter != missing) {
        QCOMPARE(result.subscore(parameter), parameter == News2Parameter::RespiratoryRate ? 2 : 0);
      }
    }
    QVERIFY(missingMessage(missing).contains(parameterName(missing)));
  }

  void emptySetNamesAllSeven() {
    const News2Result result = News2Scorer().score(News2Input{});
    QVERIFY(!result.complete);
    QCOMPARE(result.missing.size(), 7);
    QCOMPARE(result.total, std::nullopt);
  }

  void singleThreeIsFlaggedInAnIncompleteSet() {
    News2Input input = normalSet();
    input.respiratoryRate = 8;
    input.pulse.reset();
    const News2Result result = News2Scorer().score(input);
    QVERIFY(result.redScore);
    QCOMPARE(result.total, std::nullopt);
    QCOMPARE(result.risk, std::nullopt);
  }

  void scale2WithoutAirOrOxygenScoresOnlyWhereBothRowsAgree() {
    News2Input input = normalSet();
    input.spo2Scale = Spo2Scale::Scale2;
    input.onOxygen.reset();
    input.spo2 = 88;
    QCOMPARE(News2Scorer().score(input).subscore(News2Parameter::Spo2), 0);
    input.spo2 = 85;
    QCOMPARE(News2Scorer().score(input).subscore(News2Parameter::Spo2), 2);
    input.spo2 = 95;  // 0 on air, 2 on oxygen: unknown until air/oxygen is recorded
    const News2Result result = News2Scorer().score(input);
    QCOMPARE(result.subscore(News2Parameter::Spo2), std::nullopt);
    QCOMPARE(result.missing, QList<News2Parameter>{News2Parameter::AirOrOxygen});
  }

  void scale1IsTheDefault() {
    News2Input input = normalSet();
    input.onOxygen = true;
    input.spo2 = 97;
    QCOMPARE(input.spo2Scale, Spo2Scale::Scale1);
    QCOMPARE(News2Scorer().score(input).subscore(News2Parameter::Spo2), 0);  // Scale 2 on oxygen would be 3
  }

  void implausibleValues_data() {
    QTest::addColumn<News2Parameter>("parameter");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("shown");       // value and range as the message shows them
    QTest::addColumn<int>("confirmedScore");  // from the RCP table once confirmed
    using P = News2Parameter;
    QTest::newRow("RR 0") << P::RespiratoryRate << 0 << true
                          << QStringLiteral("0/min is outside the plausible range 1/min to 80/min") << 3;
    QTest::newRow("RR 1") << P::RespiratoryRate << 1 << false << QString() << 3;
    QTest::newRow("RR 80") << P::RespiratoryRate << 80 << false << QString() << 3;
    QTest::newRow("RR 81") << P::RespiratoryRate << 81 << true
                           << QStringLiteral("81/min is outside the plausible range 1/min to 80/min") << 3;
    QTest::newRow("SpO2 49") << P::Spo2 << 49 << true
                             << QStringLiteral("49% is outside the plausible range 50% to 100%") << 3;
    QTest::newRow("SpO2 50") << P::Spo2 << 50 << false << QString() << 3;
    QTest::newRow("SpO2 100") << P::Spo2 << 100 << false << QString() << 0;
    QTest::newRow("SpO2 101") << P::Spo2 << 101 << true
                              << QStringLiteral("101% is outside the plausible range 50% to 100%") << 0;
    QTest::newRow("SBP 39") << P::SystolicBP << 39 << true
                            << QStringLiteral("39 mmHg is outside the plausible range 40 mmHg to 300 mmHg")
                            << 3;
    QTest::newRow("SBP 40") << P::SystolicBP << 40 << false << QString() << 3;
    QTest::newRow("SBP 300") << P::SystolicBP << 300 << false << QString() << 3;
    QTest::newRow("SBP 301") << P::SystolicBP << 301 << true
                             << QStringLiteral("301 mmHg is outside the plausible range 40 mmHg to 300 mmHg")
                             << 3;
    QTest::newRow("pulse 19") << P::Pulse << 19 << true
                              << QStringLiteral("19/min is outside the plausible range 20/min to 300/min")
                              << 3;
    QTest::newRow("pulse 20") << P::Pulse << 20 << false << QString() << 3;
    QTest::newRow("pulse 300") << P::Pulse << 300 << false << QString() << 3;
    QTest::newRow("pulse 301") << P::Pulse << 301 << true
                               << QStringLiteral("301/min is outside the plausible range 20/min to 300/min")
                               << 3;
    QTest::newRow("temp 24.9") << P::Temperature << 249 << true
                               << QStringLiteral("24.9 °C is outside the plausible range 25.0 °C to 45.0 °C")
                               << 3;
    QTest::newRow("temp 25.0") << P::Temperature << 250 << false << QString() << 3;
    QTest::newRow("temp 45.0") << P::Temperature << 450 << false << QString() << 2;
    QTest::newRow("temp 45.1") << P::Temperature << 451 << true
                               << QStringLiteral("45.1 °C is outside the plausible range 25.0 °C to 45.0 °C")
                               << 2;
  }

  void implausibleValues() {
    QFETCH(News2Parameter, parameter);
    QFETCH(int, value);
    QFETCH(bool, refused);
    QFETCH(QString, shown);
    QFETCH(int, confirmedScore);
    News2Input input = normalSet();
    setMeasured(input, parameter, value);
    const News2Result result = News2Scorer().score(input);
    if (refused) {
      QVERIFY(!result.complete);
      QCOMPARE(result.total, std::nullopt);
      QCOMPARE(result.subscore(parameter), std::nullopt);
      QVERIFY(result.missing.isEmpty());
      QCOMPARE(result.errors.size(), 1);
      QVERIFY2(result.errors.first().startsWith(parameterName(parameter) + QLatin1Char(' ') + shown),
               qPrintable(result.errors.first()));
      QVERIFY(result.errors.first().contains(QLatin1String("typing error until it is confirmed")));

      input.confirmed.append(parameter);
      const News2Result confirmed = News2Scorer().score(input);
      QVERIFY(confirmed.complete);
      QVERIFY(confirmed.errors.isEmpty());
      QCOMPARE(confirmed.subscore(parameter), confirmedScore);
      QCOMPARE(confirmed.total, confirmedScore);
    } else {
      QVERIFY(result.complete);
      QCOMPARE(result.subscore(parameter), confirmedScore);
    }
  }

  void confirmingOneParameterDoesNotConfirmAnother() {
    News2Input input = normalSet();
    input.pulse = 301;
    input.confirmed.append(News2Parameter::RespiratoryRate);
    QVERIFY(!News2Scorer().score(input).complete);
  }

  void rangesAreAParameterOfTheScorer() {
    News2PlausibleRanges ranges;
    ranges.respiratoryRate = {5, 60};
    News2Input input = normalSet();
    input.respiratoryRate = 4;
    QVERIFY(!News2Scorer(ranges).score(input).complete);
    QCOMPARE(News2Scorer().score(input).subscore(News2Parameter::RespiratoryRate), 3);
    input.respiratoryRate = 61;
    QVERIFY(!News2Scorer(ranges).score(input).complete);
  }

  void roundsDecimalTextHalfUp_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<std::optional<int>>("expected");
    QTest::newRow("35.05") << QByteArray("35.05") << 1 << std::optional<int>(351);
    QTest::newRow("35.04") << QByteArray("35.04") << 1 << std::optional<int>(350);
    QTest::newRow("91.5") << QByteArray("91.5") << 0 << std::optional<int>(92);
    QTest::newRow("91.49") << QByteArray("91.49") << 0 << std::optional<int>(91);
    QTest::newRow("37.45") << QByteArray("37.45") << 1 << std::optional<int>(375);
    QTest::newRow("37.449999") << QByteArray("37.449999") << 1 << std::optional<int>(374);
    QTest::newRow("38.0") << QByteArray("38.0") << 1 << std::optional<int>(380);
    QTest::newRow("36") << QByteArray("36") << 1 << std::optional<int>(360);
    QTest::newRow("99.95") << QByteArray("99.95") << 1 << std::optional<int>(1000);
    QTest::newRow("0.05") << QByteArray("0.05") << 1 << std::optional<int>(1);
    QTest::newRow("exponent") << QByteArray("3.505e1") << 1 << std::optional<int>(351);
    QTest::newRow("negative exponent") << QByteArray("9150E-2") << 0 << std::optional<int>(92);
    QTest::newRow("tiny") << QByteArray("1e-9") << 0 << std::optional<int>(0);
    QTest::newRow("negative half") << QByteArray("-0.5") << 0 << std::optional<int>(-1);
    QTest::newRow("huge") << QByteArray("1e400") << 0 << std::optional<int>();
    QTest::newRow("ten digits") << QByteArray("1234567890") << 0 << std::optional<int>();
    QTest::newRow("not a number") << QByteArray("abc") << 0 << std::optional<int>();
    QTest::newRow("empty") << QByteArray() << 0 << std::optional<int>();
    QTest::newRow("dangling point") << QByteArray("35.") << 1 << std::optional<int>();
  }

  void roundsDecimalTextHalfUp() {
    QFETCH(QByteArray, text);
    QFETCH(int, decimals);
    QFETCH(std::optional<int>, expected);
    QCOMPARE(roundHalfUp(QByteArrayView(text), decimals), expected);
  }

  void roundsDoublesAsTheirDecimalText() {
    // 35.05 is held as 35.04999…; half-up on the binary value would give 35.0.
    QCOMPARE(roundHalfUp(35.05, 1), 351);
    QCOMPARE(roundHalfUp(35.04, 1), 350);
    QCOMPARE(roundHalfUp(91.5, 0), 92);
    QCOMPARE(roundHalfUp(37.45, 1), 375);
    QCOMPARE(roundHalfUp(2.675, 2), 268);
    QCOMPARE(roundHalfUp(std::nan(""), 1), std::nullopt);
    QCOMPARE(roundHalfUp(std::numeric_limits<double>::infinity(), 1), std::nullopt);
  }

  void roundedValuesScoreInTheirBand_data() {
    QTest::addColumn<News2Parameter>("parameter");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("score");
    QTest::newRow("35.05 °C is 35.1: 1") << News2Parameter::Temperature << QByteArray("35.05") << 1;
    QTest::newRow("35.04 °C is 35.0: 3") << News2Parameter::Temperature << QByteArray("35.04") << 3;
    QTest::newRow("38.04 °C is 38.0: 0") << News2Parameter::Temperature << QByteArray("38.04") << 0;
    QTest::newRow("38.05 °C is 38.1: 1") << News2Parameter::Temperature << QByteArray("38.05") << 1;
    QTest::newRow("37.45 °C is 37.5: 0") << News2Parameter::Temperature << QByteArray("37.45") << 0;
    QTest::newRow("SpO2 91.5 is 92: 2") << News2Parameter::Spo2 << QByteArray("91.5") << 2;
    QTest::newRow("SpO2 91.4 is 91: 3") << News2Parameter::Spo2 << QByteArray("91.4") << 3;
    QTest::newRow("RR 20.5 is 21: 2") << News2Parameter::RespiratoryRate << QByteArray("20.5") << 2;
  }

  void roundedValuesScoreInTheirBand() {
    QFETCH(News2Parameter, parameter);
    QFETCH(QByteArray, text);
    QFETCH(int, score);
    News2Input input = normalSet();
    setMeasured(input, parameter,
                roundHalfUp(QByteArrayView(text), parameter == News2Parameter::Temperature ? 1 : 0));
    QCOMPARE(News2Scorer().score(input).subscore(parameter), score);
  }
};

QTEST_GUILESS_MAIN(TestNews2Score)
#include "tst_news2score.moc"
