// NEWS2 escalation: which triggers escalate and to whom, the Tasks the
// messaging module delivers (due from when the set was taken), "not needed"
// only with a reason, and when the next set is due per monitoring band, with
// a trust's stricter intervals honoured and looser ones clamped to the RCP.
#include "core/fhir/resources/Task.h"
#include "modules/observations/news2/DueTime.h"
#include "modules/observations/news2/EscalationTask.h"

#include "tests/unit/News2TestSets.h"

#include <QTest>

using namespace cw::observations;
using cw::fhir::Resource;
using cw::fhir::Task;
using cw::test::News2SetBuilder;

Q_DECLARE_METATYPE(cw::observations::News2Input)
Q_DECLARE_METATYPE(cw::observations::News2Trigger)

namespace {

const QDateTime kObserved(QDate(2026, 3, 5), QTime(10, 0), Qt::UTC);
// Saved 20 minutes after the set was taken (offline, busy ward).
const QDateTime kRecorded(QDate(2026, 3, 5), QTime(10, 20), Qt::UTC);

EscalationContext context() {
  EscalationContext result;
  result.patientId = QStringLiteral("p1");
  result.encounterId = QStringLiteral("e1");
  result.totalObservationId = QStringLiteral("t1");
  result.nurse = {QStringLiteral("PractitionerRole/nurse1"), {}, QStringLiteral("Nurse Jones")};
  result.ward = {QStringLiteral("Location/ward7"), {}, QStringLiteral("Ward 7")};
  result.observed = kObserved;
  result.recorded = kRecorded;
  return result;
}

Escalation escalation(News2Trigger trigger) {
  const EscalationPolicy policy;
  switch (trigger) {
    case News2Trigger::SingleRedScore: return {trigger, 3, true, policy.singleRedScore};
    case News2Trigger::Urgent: return {trigger, 5, false, policy.urgent};
    default: return {News2Trigger::Emergency, 7, true, policy.emergency};
  }
}

QStringList roleCodes(const QList<EscalationRole>& roles) {
  QStringList codes;
  for (const EscalationRole role : roles) {
    codes.append(escalationRoleCode(role));
  }
  return codes;
}

QStringList ownerCodes(const QList<Resource>& tasks) {
  QStringList codes;
  for (const Resource& resource : tasks) {
    const std::optional<Task> task = Task::from(resource);
    codes.append(task && task->owner().identifier ? task->owner().identifier->value : QString());
  }
  return codes;
}

}  // namespace

class TestNews2Escalation : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void escalationPerTrigger_data() {
    QTest::addColumn<News2Input>("input");
    QTest::addColumn<int>("total");  // -1: incomplete
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<int>("minutes");
    const QStringList medicalTeam{QStringLiteral("ward-medical-team")};
    const QStringList urgent{QStringLiteral("urgent-response")};
    const QStringList emergency{QStringLiteral("specialist-registrar"),
                                QStringLiteral("critical-care-outreach")};
    QTest::newRow("0: none") << News2SetBuilder().input << 0 << QStringList() << 0;
    QTest::newRow("1: none") << News2SetBuilder().rr(10).input << 1 << QStringList() << 0;
    // RR 10 (1) + SBP 105 (1) + pulse 95 (1) + 38.5 °C (1)
    QTest::newRow("4 without a 3: none")
        << News2SetBuilder().rr(10).sbp(105).pulse(95).tempTenths(385).input << 4 << QStringList() << 0;
    QTest::newRow("single 3, total 3: medical team")
        << News2SetBuilder().rr(8).input << 3 << medicalTeam << 60;
    // RR 8 (3) + pulse 95 (1)
    QTest::newRow("4 with a single 3: medical team")
        << News2SetBuilder().rr(8).pulse(95).input << 4 << medicalTeam << 60;
    // RR 22 (2) + SpO2 93 (2) + pulse 95 (1)
    QTest::newRow("5: urgent") << News2SetBuilder().rr(22).spo2(93).pulse(95).input << 5 << urgent << 60;
    // RR 22 (2) + SpO2 93 (2) + SBP 100 (2)
    QTest::newRow("6: urgent") << News2SetBuilder().rr(22).spo2(93).sbp(100).input << 6 << urgent << 60;
    // RR 8 (3) + SBP 95 (2): the total's band wins over the single 3.
    QTest::newRow("single 3, total 5: urgent") << News2SetBuilder().rr(8).sbp(95).input << 5 << urgent << 60;
    // oxygen (2) + RR 22 (2) + SpO2 93 (2) + pulse 95 (1)
    QTest::newRow("7: emergency") << News2SetBuilder().oxygen().rr(22).spo2(93).pulse(95).input << 7
                                  << emergency << 30;
    // C (3) + RR 22 (2) + SBP 95 (2)
    QTest::newRow("single 3, total 7: emergency")
        << News2SetBuilder().acvpu(Consciousness::Confusion).rr(22).sbp(95).input << 7 << emergency << 30;
    // A single 3 without a temperature: no total, so nothing to escalate
    // until the set is completed (it is due at once, see dueTimes).
    QTest::newRow("incomplete with a single 3: none")
        << News2SetBuilder().rr(8).noTemperature().input << -1 << QStringList() << 0;
  }

  void escalationPerTrigger() {
    QFETCH(News2Input, input);
    QFETCH(int, total);
    QFETCH(QStringList, roles);
    QFETCH(int, minutes);
    const News2Result result = News2Scorer().score(input);
    QCOMPARE(result.total.value_or(-1), total);
    const std::optional<Escalation> found = escalationFor(result);
    QCOMPARE(found.has_value(), !roles.isEmpty());
    if (!found) {
      return;
    }
    QCOMPARE(found->trigger, *result.trigger);
    QCOMPARE(found->total, total);
    QCOMPARE(roleCodes(found->route.roles), roles);
    QCOMPARE(found->route.respondWithin, std::chrono::minutes(minutes));
  }

  void taskFields_data() {
    QTest::addColumn<News2Trigger>("trigger");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QStringList>("owners");
    QTest::addColumn<QString>("due");
    QTest::addColumn<QString>("code");
    // Due from when the set was taken (10:00), not when it was saved (10:20).
    QTest::newRow("single 3") << News2Trigger::SingleRedScore << QStringLiteral("urgent")
                              << QStringList{QStringLiteral("ward-medical-team")}
                              << QStringLiteral("2026-03-05T11:00:00Z") << QStringLiteral("single-red-score");
    QTest::newRow("urgent") << News2Trigger::Urgent << QStringLiteral("urgent")
                            << QStringList{QStringLiteral("urgent-response")}
                            << QStringLiteral("2026-03-05T11:00:00Z") << QStringLiteral("urgent-response");
    QTest::newRow("emergency") << News2Trigger::Emergency << QStringLiteral("stat")
                               << QStringList{QStringLiteral("specialist-registrar"),
                                              QStringLiteral("critical-care-outreach")}
                               << QStringLiteral("2026-03-05T10:30:00Z")
                               << QStringLiteral("emergency-response");
  }

  void taskFields() {
    QFETCH(News2Trigger, trigger);
    QFETCH(QString, priority);
    QFETCH(QStringList, owners);
    QFETCH(QString, due);
    QFETCH(QString, code);
    const QList<Resource> tasks = escalationTasks(escalation(trigger), context());
    QCOMPARE(ownerCodes(tasks), owners);
    for (const Resource& resource : tasks) {
      const std::optional<Task> task = Task::from(resource);
      QVERIFY(task);
      QCOMPARE(task->status(), QStringLiteral("requested"));
      QCOMPARE(task->intent(), QStringLiteral("order"));
      QCOMPARE(task->priority(), priority);
      QCOMPARE(task->taskFor().reference, QStringLiteral("Patient/p1"));
      QCOMPARE(task->focus().reference, QStringLiteral("Observation/t1"));
      QCOMPARE(task->encounter().reference, QStringLiteral("Encounter/e1"));
      QCOMPARE(task->requester().reference, QStringLiteral("PractitionerRole/nurse1"));
      QCOMPARE(task->owner().type, QStringLiteral("PractitionerRole"));
      QCOMPARE(task->authoredOn().text(), QStringLiteral("2026-03-05T10:20:00Z"));
      QCOMPARE(task->restrictionPeriod().end.text(), due);
      QCOMPARE(task->code().codeIn(u"https://clinical-workstation.nhs.example/CodeSystem/news2-escalation"),
               code);
      QCOMPARE(cw::fhir::ReferenceValue::read(resource.element(u"location")).reference,
               QStringLiteral("Location/ward7"));
      const QList<cw::fhir::CodeableConcept> performerTypes =
          cw::fhir::readList<cw::fhir::CodeableConcept>(resource.element(u"performerType"));
      QCOMPARE(performerTypes.size(), 1);
      QCOMPARE(performerTypes.first().codeIn(
                   u"https://clinical-workstation.nhs.example/CodeSystem/escalation-role"),
               task->owner().identifier->value);
      QCOMPARE(task->notes().size(), 1);
      QVERIFY(task->notes().first().text.contains(QString::number(escalation(trigger).total)));
      QVERIFY(task->notes().first().text.contains(escalationTriggerName(trigger)));
    }
  }

  void taskWithoutEncounterOrWardLeavesThemOut() {
    EscalationContext bare = context();
    bare.encounterId.clear();
    bare.ward = {};
    const QList<Resource> tasks = escalationTasks(escalation(News2Trigger::Urgent), bare);
    QCOMPARE(tasks.size(), 1);
    QVERIFY(Task::from(tasks.first())->encounter().isEmpty());
    QVERIFY(tasks.first().element(u"location").isNull());
  }

  void notNeededOnlyWithAReason_data() {
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blanks") << QStringLiteral("            ") << false;
    QTest::newRow("9 characters") << QStringLiteral("123456789") << false;
    QTest::newRow("9 after trimming") << QStringLiteral("   123456789   ") << false;
    QTest::newRow("10 characters") << QStringLiteral("1234567890") << true;
    QTest::newRow("a reason") << QStringLiteral("  Known chronic tachypnoea, reviewed today  ") << true;
  }

  void notNeededOnlyWithAReason() {
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    QString error;
    const std::optional<Resource> resource =
        escalationNotNeeded(escalation(News2Trigger::Urgent), context(), reason, &error);
    QCOMPARE(resource.has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (!resource) {
      return;
    }
    const std::optional<Task> task = Task::from(*resource);
    QVERIFY(task);
    QCOMPARE(task->status(), QStringLiteral("cancelled"));
    QCOMPARE(task->statusReason().text, reason.trimmed());
    QCOMPARE(task->requester().reference, QStringLiteral("PractitionerRole/nurse1"));
    QCOMPARE(task->owner().reference, QStringLiteral("PractitionerRole/nurse1"));
    QCOMPARE(task->taskFor().reference, QStringLiteral("Patient/p1"));
    QCOMPARE(task->focus().reference, QStringLiteral("Observation/t1"));
    QVERIFY(task->restrictionPeriod().isEmpty());
  }

  void dueTimes_data() {
    QTest::addColumn<int>("band");  // -1: incomplete set, no band
    QTest::addColumn<int>("twelveHourly");
    QTest::addColumn<int>("fourToSixHourly");
    QTest::addColumn<int>("hourly");
    QTest::addColumn<int>("dueMinutes");
    QTest::addColumn<bool>("clamped");
    const int twelve = static_cast<int>(News2Monitoring::TwelveHourly);
    const int fourToSix = static_cast<int>(News2Monitoring::FourToSixHourly);
    const int hourly = static_cast<int>(News2Monitoring::Hourly);
    const int continuous = static_cast<int>(News2Monitoring::Continuous);
    QTest::newRow("12-hourly, RCP") << twelve << 720 << 360 << 60 << 720 << false;
    QTest::newRow("4-6-hourly, RCP") << fourToSix << 720 << 360 << 60 << 360 << false;
    QTest::newRow("hourly, RCP") << hourly << 720 << 360 << 60 << 60 << false;
    QTest::newRow("continuous: at once") << continuous << 720 << 360 << 60 << 0 << false;
    QTest::newRow("incomplete: at once") << -1 << 720 << 360 << 60 << 0 << false;
    QTest::newRow("12-hourly, trust 8 h") << twelve << 480 << 360 << 60 << 480 << false;
    QTest::newRow("4-6-hourly, trust 4 h") << fourToSix << 720 << 240 << 60 << 240 << false;
    QTest::newRow("hourly, trust 30 min") << hourly << 720 << 360 << 30 << 30 << false;
    QTest::newRow("12-hourly, trust 24 h: clamped") << twelve << 1440 << 360 << 60 << 720 << true;
    QTest::newRow("4-6-hourly, trust 8 h: clamped") << fourToSix << 720 << 480 << 60 << 360 << true;
    QTest::newRow("hourly, trust 61 min: clamped") << hourly << 720 << 360 << 61 << 60 << true;
    QTest::newRow("hourly, negative: clamped") << hourly << 720 << 360 << -5 << 60 << true;
  }

  void dueTimes() {
    QFETCH(int, band);
    QFETCH(int, twelveHourly);
    QFETCH(int, fourToSixHourly);
    QFETCH(int, hourly);
    QFETCH(int, dueMinutes);
    QFETCH(bool, clamped);
    const MonitoringIntervals intervals{std::chrono::minutes(twelveHourly),
                                        std::chrono::minutes(fourToSixHourly), std::chrono::minutes(hourly)};
    const std::optional<News2Monitoring> monitoring =
        band < 0 ? std::nullopt : std::optional(static_cast<News2Monitoring>(band));
    const NextSetDue next = nextSetDue(kObserved, monitoring, intervals);
    QCOMPARE(next.due, kObserved.addSecs(dueMinutes * 60));
    QCOMPARE(next.clamped, clamped);
  }

  void incompleteSetIsNeverNotDue() {
    const News2Result result = News2Scorer().score(News2SetBuilder().noTemperature().input);
    QVERIFY(!result.monitoring);
    const NextSetDue next = nextSetDue(kObserved, result.monitoring);
    QVERIFY(isOverdue(next.due, kObserved.addSecs(1)));
  }

  void overdueOnlyAfterTheDueTime() {
    const QDateTime due = nextSetDue(kObserved, News2Monitoring::Hourly).due;
    QVERIFY(!isOverdue(due, due.addSecs(-1)));
    QVERIFY(!isOverdue(due, due));
    QVERIFY(isOverdue(due, due.addSecs(1)));
  }
};

QTEST_GUILESS_MAIN(TestNews2Escalation)
#include "tst_news2escalation.moc"
