// NEWS2 sets as UK Core Observations: the codes and units a receiving system
// reads, no total for an incomplete set, and a round trip that gives back the
// values the clinician entered. A total that disagrees with the chart (as in
// the UK Core example bundle, 37.5 °C scored 1) is refused on read.
#include "core/fhir/Systems.h"
#include "core/fhir/resources/Observation.h"
#include "modules/observations/news2/News2Fhir.h"

#include <QTest>
#include <QUuid>

using namespace cw::observations;
using cw::fhir::Observation;
using cw::fhir::Resource;

Q_DECLARE_METATYPE(cw::observations::News2Input)
Q_DECLARE_METATYPE(cw::observations::Spo2Scale)

namespace {

std::optional<News2Input> inputOf(const QList<Resource>& observations, QString* error) {
  const std::optional<News2SetRead> read = readNews2Set(observations, error);
  return read ? std::optional<News2Input>(read->input) : std::nullopt;
}

News2Context context() {
  News2Context result;
  result.patientId = QStringLiteral("p1");
  result.encounterId = QStringLiteral("e1");
  result.performer = {QStringLiteral("PractitionerRole/r1"), {}, QStringLiteral("Nurse Jones")};
  result.effective = QDateTime(QDate(2026, 3, 5), QTime(10, 30), Qt::UTC);
  result.diastolicBP = 80;
  return result;
}

News2Input scale1Set() {
  News2Input input;
  input.respiratoryRate = 22;
  input.spo2 = 95;
  input.onOxygen = false;
  input.systolicBP = 105;
  input.pulse = 95;
  input.consciousness = Consciousness::Alert;
  input.temperatureTenths = 375;
  return input;
}

News2Input scale2Set() {
  News2Input input = scale1Set();
  input.spo2 = 89;
  input.spo2Scale = Spo2Scale::Scale2;
  input.onOxygen = true;
  input.consciousness = Consciousness::Voice;
  return input;
}

News2Input incompleteSet() {
  News2Input input;
  input.respiratoryRate = 18;
  input.pulse = 80;
  input.temperatureTenths = 361;
  return input;
}

News2Observations convert(const News2Input& input) {
  return toFhir(input, News2Scorer().score(input), context());
}

// What Store::write does to a resource without an id.
QList<Resource> stored(QList<Resource> resources) {
  for (Resource& resource : resources) {
    resource.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
  }
  return resources;
}

QList<Resource> allOf(const News2Observations& set) {
  QList<Resource> result = stored(set.raw);
  if (const std::optional<Resource> total = set.linkedTotal(result)) {
    result.append(*total);
  }
  return result;
}

std::optional<Observation> withCode(const QList<Resource>& resources, QStringView system, QStringView code) {
  for (const Resource& resource : resources) {
    const std::optional<Observation> observation = Observation::from(resource);
    if (observation && observation->code().has(system, code)) {
      return observation;
    }
  }
  return std::nullopt;
}

bool sameInput(const News2Input& a, const News2Input& b) {
  return a.respiratoryRate == b.respiratoryRate && a.spo2 == b.spo2 && a.spo2Scale == b.spo2Scale &&
         a.onOxygen == b.onOxygen && a.systolicBP == b.systolicBP && a.pulse == b.pulse &&
         a.consciousness == b.consciousness && a.temperatureTenths == b.temperatureTenths &&
         a.confirmed == b.confirmed;
}

}  // namespace

class TestNews2Fhir : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void roundTrip_data() {
    QTest::addColumn<News2Input>("input");
    QTest::addColumn<qsizetype>("rawCount");
    QTest::addColumn<bool>("hasTotal");
    QTest::newRow("complete, Scale 1") << scale1Set() << qsizetype(7) << true;
    QTest::newRow("complete, Scale 2 on oxygen") << scale2Set() << qsizetype(7) << true;
    QTest::newRow("incomplete") << incompleteSet() << qsizetype(3) << false;
    News2Input confirmed = scale1Set();
    confirmed.pulse = 310;
    confirmed.confirmed = {News2Parameter::Pulse};
    QTest::newRow("confirmed implausible pulse") << confirmed << qsizetype(7) << true;
  }

  void roundTrip() {
    QFETCH(News2Input, input);
    QFETCH(qsizetype, rawCount);
    QFETCH(bool, hasTotal);
    const News2Observations set = convert(input);
    QCOMPARE(set.raw.size(), rawCount);
    QCOMPARE(set.total.has_value(), hasTotal);
    QString error;
    const std::optional<News2Input> read = inputOf(allOf(set), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(sameInput(*read, input));
  }

  void incompleteSetHasNoTotalEvenWhenLinked() {
    const News2Observations set = convert(incompleteSet());
    QVERIFY(!set.linkedTotal(stored(set.raw)));
    QVERIFY(!withCode(allOf(set), cw::fhir::kSnomedSystem, u"1104051000000101"));
  }

  void everyVitalSignHasLoincAndSnomed_data() {
    QTest::addColumn<QString>("loinc");
    QTest::addColumn<QString>("snomed");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("respiratory rate") << "9279-1"
                                      << "86290005"
                                      << "{Breaths}/min" << QByteArray("22");
    QTest::newRow("SpO2") << "2708-6"
                          << "103228002"
                          << "%" << QByteArray("95");
    QTest::newRow("heart rate") << "8867-4"
                                << "364075005"
                                << "{beats}/min" << QByteArray("95");
    QTest::newRow("temperature") << "8310-5"
                                 << "276885007"
                                 << "Cel" << QByteArray("37.5");
    QTest::newRow("BP panel") << "85354-9"
                              << "75367002"
                              << "" << QByteArray();
  }

  void everyVitalSignHasLoincAndSnomed() {
    QFETCH(QString, loinc);
    QFETCH(QString, snomed);
    QFETCH(QString, unit);
    QFETCH(QByteArray, value);
    const std::optional<Observation> observation =
        withCode(convert(scale1Set()).raw, cw::fhir::kLoincSystem, loinc);
    QVERIFY(observation);
    QVERIFY(observation->code().has(cw::fhir::kSnomedSystem, snomed));
    QCOMPARE(observation->status(), QStringLiteral("final"));
    QCOMPARE(observation->categories().value(0).codeIn(
                 u"http://terminology.hl7.org/CodeSystem/observation-category"),
             QStringLiteral("vital-signs"));
    QCOMPARE(observation->subject().reference, QStringLiteral("Patient/p1"));
    QCOMPARE(observation->effective().dateTime().text(), QStringLiteral("2026-03-05T10:30:00Z"));
    QCOMPARE(observation->performers().value(0).display, QStringLiteral("Nurse Jones"));
    if (!unit.isEmpty()) {
      const cw::fhir::Quantity quantity = *observation->value().quantity();
      QCOMPARE(quantity.code, unit);
      QCOMPARE(quantity.system, cw::fhir::kUcumSystem.toString());
      QCOMPARE(quantity.valueText, value);  // 37.5 exactly, not 37.499999
    }
  }

  void spo2CarriesPulseOximetryCodeAndTemperatureIsWrittenExactly() {
    const QList<Resource> raw = convert(scale1Set()).raw;
    QVERIFY(withCode(raw, cw::fhir::kLoincSystem, u"2708-6")->code().has(cw::fhir::kLoincSystem, u"59408-5"));
    const Resource temperature = withCode(raw, cw::fhir::kLoincSystem, u"8310-5")->resource();
    QVERIFY(temperature.toJson().contains("\"value\":37.5,"));
  }

  void bloodPressureHasSystolicAndDiastolicComponents() {
    const Observation panel = *withCode(convert(scale1Set()).raw, cw::fhir::kLoincSystem, u"85354-9");
    const QList<cw::fhir::ObservationComponent> components = panel.components();
    QCOMPARE(components.size(), 2);
    QVERIFY(components[0].code.has(cw::fhir::kLoincSystem, u"8480-6"));
    QVERIFY(components[0].code.has(cw::fhir::kSnomedSystem, u"72313002"));
    QCOMPARE(components[0].value.quantity()->valueText, QByteArray("105"));
    QVERIFY(components[1].code.has(cw::fhir::kSnomedSystem, u"1091811000000102"));
    QCOMPARE(components[1].value.quantity()->code, QStringLiteral("mm[Hg]"));
  }

  void acvpuAndInspiredOxygenUseTheUkCoreCodes() {
    const QList<Resource> raw = convert(scale2Set()).raw;
    const std::optional<Observation> acvpu = withCode(raw, cw::fhir::kSnomedSystem, u"1104441000000107");
    QVERIFY(acvpu);
    QVERIFY(acvpu->value().codeableConcept()->has(cw::fhir::kSnomedSystem, u"300202002"));
    QVERIFY(withCode(raw, cw::fhir::kSnomedSystem, u"371825009"));
    QVERIFY(withCode(convert(scale1Set()).raw, cw::fhir::kSnomedSystem, u"722742002"));
  }

  void totalIsASurveyWithScoreOfAndEverySubscore() {
    const News2Observations set = convert(scale1Set());
    const QList<Resource> storedRaw = stored(set.raw);
    const Observation total = *Observation::from(*set.linkedTotal(storedRaw));
    QVERIFY(total.code().has(cw::fhir::kSnomedSystem, u"1104051000000101"));
    QCOMPARE(total.status(), QStringLiteral("final"));
    QCOMPARE(
        total.categories().value(0).codeIn(u"http://terminology.hl7.org/CodeSystem/observation-category"),
        QStringLiteral("survey"));
    QCOMPARE(total.subject().reference, QStringLiteral("Patient/p1"));
    QCOMPARE(total.performers().value(0).reference, QStringLiteral("PractitionerRole/r1"));
    const cw::fhir::Quantity value = *total.value().quantity();
    QCOMPARE(value.valueText, QByteArray("5"));  // 37.5 °C scores 0, not 1 as in the UK Core example
    QCOMPARE(value.code, QStringLiteral("{ScoreOf}"));
    QCOMPARE(value.unit, QStringLiteral("{ScoreOf}"));
    QCOMPARE(value.system, QStringLiteral("http://unitsofmeasure.org"));
    const QStringList expected{QStringLiteral("1104301000000104"), QStringLiteral("1104311000000102"),
                               QStringLiteral("1104331000000105"), QStringLiteral("1104341000000101"),
                               QStringLiteral("1104351000000103"), QStringLiteral("1104361000000100"),
                               QStringLiteral("1104371000000107")};
    QStringList codes;
    for (const cw::fhir::ObservationComponent& component : total.components()) {
      codes.append(component.code.codeIn(cw::fhir::kSnomedSystem));
      QCOMPARE(component.value.quantity()->code, QStringLiteral("{ScoreOf}"));
    }
    QCOMPARE(codes, expected);
    QCOMPARE(total.hasMember().size(), storedRaw.size());
    QCOMPARE(total.derivedFrom().size(), storedRaw.size());
    for (qsizetype i = 0; i < storedRaw.size(); ++i) {
      QCOMPARE(total.hasMember()[i].reference, QStringLiteral("Observation/") + storedRaw[i].id());
      QCOMPARE(total.derivedFrom()[i].reference, QStringLiteral("Observation/") + storedRaw[i].id());
    }
  }

  void scale2SetUsesTheScale2Spo2Code() {
    const Observation total = *Observation::from(*convert(scale2Set()).total);
    QStringList codes;
    for (const cw::fhir::ObservationComponent& component : total.components()) {
      codes.append(component.code.codeIn(cw::fhir::kSnomedSystem));
    }
    QVERIFY(codes.contains(QStringLiteral("1104321000000108")));
    QVERIFY(!codes.contains(QStringLiteral("1104311000000102")));
  }

  void readsValueIntegerScores() {
    const News2Observations set = convert(scale2Set());
    QList<Resource> all = allOf(set);
    Observation total = *Observation::from(all.takeLast());
    total.setValue(cw::fhir::ChoiceValue::ofInteger(static_cast<qint64>(*total.value().quantity()->value())));
    QList<cw::fhir::ObservationComponent> components = total.components();
    for (cw::fhir::ObservationComponent& component : components) {
      component.value =
          cw::fhir::ChoiceValue::ofInteger(static_cast<qint64>(*component.value.quantity()->value()));
    }
    total.setComponents(components);
    QVERIFY(total.resource().toJson().contains("\"valueInteger\""));
    all.append(total.resource());
    QString error;
    const std::optional<News2Input> read = inputOf(all, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(sameInput(*read, scale2Set()));
  }

  void missingCodeIsAnErrorNotACrash() {
    QList<Resource> all = allOf(convert(scale1Set()));
    Observation first = *Observation::from(all[0]);
    first.setCode({});
    all[0] = first.resource();
    QString error;
    QVERIFY(!readNews2Set(all, &error));
    QVERIFY(error.contains(QStringLiteral("no code")));
  }

  void wrongUnitIsRefused() {
    QList<Resource> all = allOf(convert(scale1Set()));
    const qsizetype index = 6;  // the raw observations come in chart order
    Observation temperature = *Observation::from(all[index]);
    QVERIFY(temperature.code().has(cw::fhir::kLoincSystem, u"8310-5"));
    temperature.setValue(cw::fhir::ChoiceValue(cw::fhir::Quantity::ucum("99.5", QStringLiteral("[degF]"))));
    all[index] = temperature.resource();
    QString error;
    QVERIFY(!readNews2Set(all, &error));
    QVERIFY(!error.isEmpty());
  }

  // The UK Core example's mistake: 37.5 °C given a temperature score of 1 and a total of 6.
  void misScoredTotalIsRefused() {
    QList<Resource> all = allOf(convert(scale1Set()));
    Observation total = *Observation::from(all.takeLast());
    total.setValue(cw::fhir::ChoiceValue(cw::fhir::Quantity::ucum("6", QStringLiteral("{ScoreOf}"))));
    all.append(total.resource());
    QString error;
    QVERIFY(!readNews2Set(all, &error));
    QVERIFY(error.contains(QStringLiteral("does not match")));
  }

  void duplicateParameterIsRefused() {
    QList<Resource> all = convert(incompleteSet()).raw;
    all.append(all.first());
    QString error;
    QVERIFY(!readNews2Set(all, &error));
    QVERIFY(!error.isEmpty());
  }

  void scale2DecisionRecordsWhoWhenWhyAndTarget() {
    const cw::fhir::ReferenceValue doctor{
        QStringLiteral("PractitionerRole/d1"), {}, QStringLiteral("Dr Patel")};
    const QDateTime when(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC);
    const Observation decision = *Observation::from(
        scale2Decision(QStringLiteral("p1"), doctor, when, QStringLiteral("COPD, CO2 retainer"), false));
    QCOMPARE(decision.status(), QStringLiteral("final"));
    QCOMPARE(decision.subject().reference, QStringLiteral("Patient/p1"));
    QCOMPARE(decision.performers().value(0).display, QStringLiteral("Dr Patel"));
    QCOMPARE(decision.effective().dateTime().text(), QStringLiteral("2026-03-05T09:00:00Z"));
    QCOMPARE(decision.notes().value(0).text, QStringLiteral("COPD, CO2 retainer"));
    QVERIFY(decision.value().codeableConcept()->codings.value(0).code == QStringLiteral("scale-2"));
    const cw::fhir::JsonValue& range = decision.resource().element(u"referenceRange").at(0);
    QCOMPARE(cw::fhir::Quantity::read(range[u"low"]).valueText, QByteArray("88"));
    QCOMPARE(cw::fhir::Quantity::read(range[u"high"]).valueText, QByteArray("92"));
    QCOMPARE(cw::fhir::Quantity::read(range[u"high"]).code, QStringLiteral("%"));

    const Observation revoked = *Observation::from(
        scale2Decision(QStringLiteral("p1"), doctor, when, QStringLiteral("CO2 normal"), true));
    QVERIFY(revoked.value().codeableConcept()->codings.value(0).code == QStringLiteral("scale-1"));
    QVERIFY(revoked.resource().element(u"referenceRange").isNull());
  }

  // What the chart and ward overview read back besides the scored input.
  void readBackKeepsDiastolicAndTheTotalsId() {
    const QList<Resource> all = allOf(convert(scale1Set()));
    QString error;
    const std::optional<News2SetRead> read = readNews2Set(all, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->diastolicBP, std::optional<int>(80));
    QCOMPARE(read->totalId, all.last().id());
    QVERIFY(read->scaleFromTotal);
    const std::optional<News2SetRead> incomplete = readNews2Set(allOf(convert(incompleteSet())), &error);
    QVERIFY(incomplete);
    QVERIFY(incomplete->totalId.isEmpty());
    QVERIFY(!incomplete->scaleFromTotal);
  }

  void news2ObservationsAreRecognisedByCode() {
    for (const Resource& resource : allOf(convert(scale1Set()))) {
      QVERIFY(isNews2Observation(resource));
    }
    const cw::fhir::ReferenceValue doctor{
        QStringLiteral("PractitionerRole/d1"), {}, QStringLiteral("Dr Patel")};
    const QDateTime when(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC);
    QVERIFY(!isNews2Observation(
        scale2Decision(QStringLiteral("p1"), doctor, when, QStringLiteral("reason"), false)));
  }

  void scaleDecisionsReadBack_data() {
    QTest::addColumn<bool>("revoke");
    QTest::addColumn<Spo2Scale>("scale");
    QTest::newRow("decision") << false << Spo2Scale::Scale2;
    QTest::newRow("revocation") << true << Spo2Scale::Scale1;
  }

  void scaleDecisionsReadBack() {
    QFETCH(bool, revoke);
    QFETCH(Spo2Scale, scale);
    const cw::fhir::ReferenceValue doctor{
        QStringLiteral("PractitionerRole/d1"), {}, QStringLiteral("Dr Patel")};
    const QDateTime when(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC);
    const std::optional<ScaleDecision> read = readScaleDecision(
        scale2Decision(QStringLiteral("p1"), doctor, when, QStringLiteral("COPD, CO2 retainer"), revoke));
    QVERIFY(read);
    QCOMPARE(read->scale, scale);
    QCOMPARE(read->decided, when);
    QCOMPARE(read->clinician, QStringLiteral("Dr Patel"));
    QCOMPARE(read->reason, QStringLiteral("COPD, CO2 retainer"));
    QVERIFY(!readScaleDecision(allOf(convert(scale1Set())).first()));
  }
};

QTEST_GUILESS_MAIN(TestNews2Fhir)
#include "tst_news2fhir.moc"
