// Recording NEWS2 sets at the bedside and reading them back, on a real
// SQLCipher cache: what is written for complete and incomplete sets, the
// escalation Tasks or the reasoned "not needed", refusals that write
// nothing, Scale 2 decisions in force, and sets read back for the chart and
// the ward overview (scored again, refused when a stored total is wrong),
// and the overview's order of urgency.
#include "core/fhir/resources/Task.h"
#include "modules/observations/News2History.h"
#include "modules/observations/News2Recorder.h"
#include "modules/observations/WardNews2.h"
#include "tests/integration/StoreFixture.h"
#include "tests/unit/News2TestSets.h"

#include <QTest>

Q_DECLARE_METATYPE(cw::observations::News2Input)

using namespace cw;
using namespace cw::observations;

namespace {

const QString kPatient = QStringLiteral("p1");
const QDateTime kNow(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);

RecordingContext nurse() {
  RecordingContext context;
  context.patientId = kPatient;
  context.clinician = {QStringLiteral("Practitioner/n1"), {}, QStringLiteral("Nurse Jones")};
  context.ward = {QStringLiteral("Location/ward-7"), {}, QStringLiteral("Ward 7")};
  context.user = {QStringLiteral("555123456789"), QStringLiteral("Nurse Jones"), QString(),
                  QStringLiteral("ws1")};
  return context;
}

// Total 7 with a single 3: emergency, two roles.
News2Input emergencySet() {
  News2Input input = test::normalNews2Set();
  input.respiratoryRate = 25;  // 3
  input.spo2 = 93;             // 2
  input.pulse = 112;           // 2
  return input;
}

// A result that is not part of any NEWS2 set, taken between the sets.
fhir::Resource glucose(int number, const QDateTime& when) {
  return test::resource(
      QStringLiteral(
          "{\"resourceType\":\"Observation\",\"id\":\"lab-%1\","
          "\"meta\":{\"versionId\":\"1\"},\"status\":\"final\","
          "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2339-0\"}]},"
          "\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"%2\","
          "\"valueQuantity\":{\"value\":5.1,\"system\":\"http://unitsofmeasure.org\",\"code\":\"mmol/L\"}}")
          .arg(number)
          .arg(when.toString(Qt::ISODate))
          .toUtf8());
}

}  // namespace

class TestNews2Recorder : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() {
    m_fixture = std::make_unique<test::StoreFixture>();
    m_fixture->clock().setNow(kNow);
    m_opened = m_fixture->open();
    QVERIFY2(m_opened.store, qPrintable(m_opened.error));
  }

  void cleanup() {
    m_opened = {};
    m_fixture.reset();
  }

  void completeSetIsStoredLinkedAndEscalated() {
    const News2Recorder recorder = makeRecorder();
    const RecordingOutcome outcome = recorder.record(emergencySet(), 70, kNow.addSecs(-300), {}, nurse());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.observations.size(), 8);  // 7 parameters and the total
    QVERIFY(outcome.escalation);
    QCOMPARE(outcome.escalation->trigger, News2Trigger::Emergency);
    QCOMPARE(outcome.tasks.size(), 2);
    const QString totalId = outcome.observations.last().id();
    for (const fhir::Resource& resource : outcome.tasks) {
      const auto task = fhir::Task::from(resource);
      QCOMPARE(task->status(), QStringLiteral("requested"));
      QCOMPARE(task->focus().reference, QStringLiteral("Observation/") + totalId);
    }
    // Offline first: every resource waits for upload, each with its audit.
    QCOMPARE(store().pendingChanges().size(), 10);
    QCOMPARE(store().pendingAudit().size(), 10);

    const QList<RecordedSet> latest = News2History(store()).latestSets(kPatient, 2);
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.first().taken, kNow.addSecs(-300));
    QCOMPARE(latest.first().result.total, std::optional<int>(7));
    QCOMPARE(latest.first().totalId, totalId);
    QCOMPARE(latest.first().diastolicBP, std::optional<int>(70));
  }

  void incompleteSetHasNoTotalAndNoEscalation() {
    News2Input input = emergencySet();
    input.temperatureTenths.reset();
    const RecordingOutcome outcome = makeRecorder().record(input, {}, kNow, {}, nurse());
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.observations.size(), 6);
    QVERIFY(!outcome.escalation);
    QVERIFY(outcome.tasks.isEmpty());
    const RecordedSet read = News2History(store()).latestSets(kPatient, 1).first();
    QVERIFY(!read.result.complete);
    QVERIFY(!read.result.total);
    QVERIFY(read.totalId.isEmpty());
  }

  // The reason is checked before anything is written: 9 characters are
  // refused and lose nothing, 10 record one cancelled Task instead of the
  // escalation Tasks.
  void notNeededNeedsAReason_data() {
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("saved");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("9 characters") << QStringLiteral("123456789") << false;
    QTest::newRow("10 characters") << QStringLiteral("1234567890") << true;
  }

  void notNeededNeedsAReason() {
    QFETCH(QString, reason);
    QFETCH(bool, saved);
    const RecordingOutcome outcome = makeRecorder().record(emergencySet(), {}, kNow, {true, reason}, nurse());
    QCOMPARE(outcome.ok(), saved);
    if (!saved) {
      QVERIFY(store().pendingChanges().isEmpty());
      return;
    }
    QCOMPARE(outcome.tasks.size(), 1);
    QCOMPARE(fhir::Task::from(outcome.tasks.first())->status(), QStringLiteral("cancelled"));
  }

  void refusedSetsWriteNothing_data() {
    QTest::addColumn<News2Input>("input");
    QTest::addColumn<qint64>("takenOffsetSeconds");
    News2Input implausible = test::normalNews2Set();
    implausible.pulse = 400;
    QTest::newRow("implausible pulse, not confirmed") << implausible << qint64{0};
    QTest::newRow("nothing entered") << News2Input() << qint64{0};
    QTest::newRow("taken one second in the future") << test::normalNews2Set() << qint64{1};
  }

  void refusedSetsWriteNothing() {
    QFETCH(News2Input, input);
    QFETCH(qint64, takenOffsetSeconds);
    const RecordingOutcome outcome =
        makeRecorder().record(input, {}, kNow.addSecs(takenOffsetSeconds), {}, nurse());
    QVERIFY(!outcome.ok());
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(store().pendingChanges().isEmpty());
  }

  // Sets without a total take the scale in force when they were taken, from
  // the recorded decisions only.
  void scaleDecisionAppliesFromWhenItWasMade() {
    News2Input incomplete;
    incomplete.spo2 = 89;  // Scale 1: 3; Scale 2: 0
    const News2Recorder recorder = makeRecorder();
    QVERIFY(recorder.record(incomplete, {}, kNow.addSecs(-60), {}, nurse()).ok());
    QString error;
    QVERIFY(!recorder.recordScaleDecision(Spo2Scale::Scale2, QStringLiteral("short"), nurse(), &error));
    QVERIFY(recorder.recordScaleDecision(Spo2Scale::Scale2, QStringLiteral("Type 2 respiratory failure"),
                                         nurse(), &error));
    m_fixture->clock().setNow(kNow.addSecs(600));
    QVERIFY(recorder.record(incomplete, {}, kNow.addSecs(300), {}, nurse()).ok());

    const News2History history(store());
    QCOMPARE(history.scaleDecisions(kPatient).size(), 1);
    const QList<RecordedSet> sets = history.setsSince(kPatient, kNow.addDays(-1));
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0).input.spo2Scale, Spo2Scale::Scale1);
    QCOMPARE(sets.at(0).result.subscore(News2Parameter::Spo2), std::optional<int>(3));
    QCOMPARE(sets.at(1).input.spo2Scale, Spo2Scale::Scale2);
    QCOMPARE(sets.at(1).result.subscore(News2Parameter::Spo2), std::optional<int>(0));
  }

  // The chart's window, oldest first, and the overview's newest sets even
  // when other results are interleaved.
  void historyGroupsSetsByTime() {
    const News2Recorder recorder = makeRecorder();
    for (int hour = 5; hour >= 1; --hour) {
      QVERIFY(recorder.record(test::normalNews2Set(), {}, kNow.addSecs(-hour * 3600), {}, nurse()).ok());
      QVERIFY(store().applyServerPage({glucose(hour, kNow.addSecs(-hour * 3600 + 60))}, {}).ok());
    }
    const News2History history(store());
    const QList<RecordedSet> window = history.setsSince(kPatient, kNow.addSecs(-3 * 3600));
    QCOMPARE(window.size(), 3);
    QCOMPARE(window.first().taken, kNow.addSecs(-3 * 3600));
    QCOMPARE(window.last().taken, kNow.addSecs(-3600));
    const QList<RecordedSet> latest = history.latestSets(kPatient, 2);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.at(0).taken, kNow.addSecs(-3600));
    QCOMPARE(latest.at(1).taken, kNow.addSecs(-2 * 3600));
    for (const RecordedSet& set : window) {
      QCOMPARE(set.result.total, std::optional<int>(0));
    }
  }

  // A total that disagrees with its own observations (downloaded from
  // elsewhere) is never shown: the set is read as refused (H-045).
  void misScoredTotalFromTheServerIsRefused() {
    const News2Input input = test::normalNews2Set();
    News2Result wrong = News2Scorer().score(input);
    wrong.total = 6;
    News2Observations set = toFhir(input, wrong, {kPatient, {}, nurse().clinician, kNow, {}});
    QList<fhir::Resource> page;
    for (int i = 0; i < set.raw.size(); ++i) {
      set.raw[i].setId(QStringLiteral("raw-%1").arg(i));
      set.raw[i].setVersion(QStringLiteral("1"), {});
      page.append(set.raw[i]);
    }
    fhir::Resource total = *set.linkedTotal(page);
    total.setId(QStringLiteral("total"));
    total.setVersion(QStringLiteral("1"), {});
    page.append(total);
    QVERIFY(store().applyServerPage(page, {}).ok());
    const RecordedSet read = News2History(store()).latestSets(kPatient, 1).first();
    QVERIFY(read.isRefused());
    QVERIFY(!read.result.total);
  }

  // The ward overview's order: high, medium, low-medium, then unknown
  // (incomplete, refused or no set at all), then low.
  void urgencyPutsUnknownAboveLow() {
    const auto rowFor = [](std::optional<News2Input> input, bool refused = false) {
      WardNews2Row row;
      if (input) {
        RecordedSet set;
        set.input = *input;
        set.result = News2Scorer().score(*input);
        if (refused) {
          set.problem = QStringLiteral("refused");
          set.result = {};
        }
        row.latest = set;
      }
      return urgencyRank(row);
    };
    News2Input high = emergencySet();
    News2Input medium = test::normalNews2Set();
    medium.respiratoryRate = 22;     // 2
    medium.pulse = 115;              // 2
    medium.temperatureTenths = 385;  // 1: total 5
    News2Input lowMedium = test::normalNews2Set();
    lowMedium.consciousness = Consciousness::Voice;  // a single 3
    News2Input incomplete = test::normalNews2Set();
    incomplete.pulse.reset();
    const QList<int> ranks{rowFor(high),
                           rowFor(medium),
                           rowFor(lowMedium),
                           rowFor(incomplete),
                           rowFor(high, true),
                           rowFor({}),
                           rowFor(test::normalNews2Set())};
    QCOMPARE(ranks.at(0), 4);
    QVERIFY(ranks.at(0) > ranks.at(1));
    QVERIFY(ranks.at(1) > ranks.at(2));
    QVERIFY(ranks.at(2) > ranks.at(3));
    QCOMPARE(ranks.at(4), ranks.at(3));
    QCOMPARE(ranks.at(5), ranks.at(3));
    QVERIFY(ranks.at(3) > ranks.at(6));
  }

 private:
  store::Store& store() { return *m_opened.store; }
  News2Recorder makeRecorder() { return News2Recorder(store(), m_fixture->clock(), {}, {}); }

  std::unique_ptr<test::StoreFixture> m_fixture;
  store::Store::Opened m_opened;
};

QTEST_GUILESS_MAIN(TestNews2Recorder)
#include "tst_news2recorder.moc"
