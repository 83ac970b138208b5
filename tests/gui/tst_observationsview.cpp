// The observations module as a ward nurse uses it, on a real SQLCipher
// cache: choosing a patient on the ward overview, typing a set with the
// keyboard alone, saving it, and seeing it on the chart and the overview at
// once with its escalation; "not needed" with a reason; overdue sets and
// escalations that never reached the store flagged; sets arriving by sync;
// locking clears it all.
#include "core/audit/AuditTrail.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/fhir/resources/Task.h"
#include "core/module/PatientContext.h"
#include "core/store/Store.h"
#include "modules/observations/News2Recorder.h"
#include "modules/observations/ui/News2Chart.h"
#include "modules/observations/ui/News2EntryForm.h"
#include "modules/observations/ui/ObservationsView.h"
#include "modules/observations/ui/PatientNews2Page.h"
#include "modules/observations/ui/WardOverviewPage.h"
#include "tests/gui/RecordFixtures.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/TestSessions.h"
#include "tests/unit/News2TestSets.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace cw;
using namespace cw::observations;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);

using Column = WardOverviewPage::Column;

QString cell(const QTableWidget* table, int column) {
  return table->rowCount() > 0 && table->item(0, column) ? table->item(0, column)->text() : QString();
}

// Types `text` into whatever has the focus, then moves on with Tab.
void typeAndTab(const QString& text) {
  QWidget* focused = QApplication::focusWidget();
  QVERIFY(focused);
  QTest::keyClicks(focused, text);
  QTest::keyClick(focused, Qt::Key_Tab);
}

}  // namespace

class TestObservationsView : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() {
    m_fixture = std::make_unique<test::StoreFixture>();
    m_fixture->clock().setNow(kNow);
    m_opened = m_fixture->open();
    QVERIFY2(m_opened.store, qPrintable(m_opened.error));
    QVERIFY(m_opened.store->applyServerPage(test::wardSevenAdmission(), {}).ok());
    m_config = config::EffectiveConfig::resolve({config::parseIniLayer(
        config::ConfigSource::Machine, QStringLiteral("/etc/cw.conf"), "ward_locations=ward-7\n")});
    m_session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Staff Nurse"));
    m_patient = std::make_unique<module::PatientContext>();
    m_audit = std::make_unique<audit::AuditTrail>();
  }

  void cleanup() {
    m_view.reset();
    m_opened = {};
    m_fixture.reset();
  }

  void keyboardEntryIsChartedAndEscalatedAtOnce() {
    openView();
    QTableWidget* ward = m_view->wardOverview()->table();
    QCOMPARE(ward->rowCount(), 1);
    QCOMPARE(cell(ward, Column::TotalColumn), QStringLiteral("No observations"));
    QVERIFY(cell(ward, Column::NextDueColumn).startsWith(QStringLiteral("Now")));

    // Choosing the patient on the overview opens their form and chart.
    ward->setCurrentCell(0, Column::BedColumn);
    Q_EMIT ward->cellActivated(0, Column::BedColumn);
    QCOMPARE(m_patient->current().resourceId, QStringLiteral("pat-1"));
    QCOMPARE(m_view->tabs()->currentIndex(), 1);
    QCOMPARE(m_audit->pending().size(), 1);  // seeing the chart is a record access

    // RR 25 (3), SpO2 93 (2), air (0), BP 120/80 (0), pulse 112 (2), A (0), 37.0 (0): 7.
    News2EntryForm* form = m_view->patientPage()->form();
    form->findChild<QLineEdit*>(QStringLiteral("respiratoryRate"))->setFocus();
    for (const char* text : {"25", "93", "A", "120", "80", "112", "A", "37.0"}) {
      typeAndTab(QString::fromLatin1(text));
    }
    QCOMPARE(form->result().total, std::optional<int>(7));
    auto* plan = m_view->patientPage()->findChild<QLabel*>(QStringLiteral("escalationPlan"));
    QVERIFY(plan->isVisibleTo(m_view.get()));
    QVERIFY(plan->text().contains(QStringLiteral("Critical care outreach")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

    // On the chart and the overview in the same turn of the event loop.
    QTest::qWait(0);
    const News2Chart* chart = m_view->patientPage()->chart();
    QCOMPARE(chart->chartLayout().columnCount(), 1);
    QCOMPARE(cell(ward, Column::TotalColumn), QStringLiteral("7"));
    QVERIFY(cell(ward, Column::RiskColumn).startsWith(QStringLiteral("High")));
    QVERIFY(cell(ward, Column::EscalationColumn).contains(QStringLiteral("Critical care outreach")));
    QVERIFY(cell(ward, Column::EscalationColumn).contains(QStringLiteral("Specialist registrar")));
    QVERIFY(!cell(ward, Column::EscalationColumn).contains(QStringLiteral("NOT ESCALATED")));
    // High risk: continuous monitoring, so the next set is due at once.
    QCOMPARE(m_opened.store->compartment(QStringLiteral("pat-1"), QStringLiteral("Task")).size(), 2);
    // The form is ready for the next set.
    QVERIFY(!form->result().complete);
    QVERIFY(form->findChild<QLineEdit*>(QStringLiteral("respiratoryRate"))->text().isEmpty());
  }

  void notNeededWithAReasonLeavesNothingOpen() {
    openView();
    m_patient->select(
        {QStringLiteral("pat-1"), QStringLiteral("JONES, Megan"), QStringLiteral("9434765919")});
    m_view->tabs()->setCurrentIndex(1);
    PatientNews2Page* page = m_view->patientPage();
    fill(page->form(), {"25", "97", "A", "120", "", "80", "A", "37.0"});  // single 3, total 3
    QCOMPARE(page->form()->result().total, std::optional<int>(3));
    page->findChild<QCheckBox*>(QStringLiteral("escalationNotNeeded"))->setChecked(true);
    page->findChild<QLineEdit*>(QStringLiteral("notNeededReason"))->setText(QStringLiteral("short"));
    Q_EMIT page->form()->saveRequested();
    // Refused: nothing saved, the nurse told why.
    QVERIFY(m_opened.store->compartment(QStringLiteral("pat-1"), QStringLiteral("Observation")).isEmpty());
    QVERIFY(
        page->findChild<QLabel*>(QStringLiteral("news2SaveStatus"))->text().contains(QStringLiteral("10")));

    page->findChild<QLineEdit*>(QStringLiteral("notNeededReason"))
        ->setText(QStringLiteral("Known chronic tachypnoea, reviewed by FY2 at 09:40"));
    Q_EMIT page->form()->saveRequested();
    QTest::qWait(0);
    QTableWidget* ward = m_view->wardOverview()->table();
    QCOMPARE(cell(ward, Column::TotalColumn), QStringLiteral("3"));
    QCOMPARE(cell(ward, Column::EscalationColumn), QStringLiteral("None open"));
    const QList<fhir::Resource> tasks =
        m_opened.store->compartment(QStringLiteral("pat-1"), QStringLiteral("Task"));
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(fhir::Task::from(tasks.first())->status(), QStringLiteral("cancelled"));
  }

  // Low risk is due 12 hours on: at 12 h it is due, one minute later overdue.
  void overdueSetsAreFlagged_data() {
    QTest::addColumn<int>("minutesAfterDue");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("at the due time") << 0 << false;
    QTest::newRow("a minute after") << 1 << true;
  }

  void overdueSetsAreFlagged() {
    QFETCH(int, minutesAfterDue);
    QFETCH(bool, overdue);
    const QDateTime taken = kNow.addSecs(-12 * 3600 - minutesAfterDue * 60);
    QVERIFY(recorder().record(test::normalNews2Set(), {}, taken, {}, nurse()).ok());
    openView();
    QTableWidget* ward = m_view->wardOverview()->table();
    QCOMPARE(cell(ward, Column::TotalColumn), QStringLiteral("0"));
    QCOMPARE(cell(ward, Column::NextDueColumn).startsWith(QStringLiteral("OVERDUE")), overdue);
  }

  // A set whose escalation never reached the store (a crash part-way, or a
  // set from another system) says so instead of looking handled.
  void escalationThatWasNeverRecordedIsFlagged() {
    News2Input input = test::normalNews2Set();
    input.respiratoryRate = 25;
    input.pulse = 135;  // 3 + 3 = 6: urgent
    const News2Observations set =
        toFhir(input, News2Scorer().score(input), {QStringLiteral("pat-1"), {}, nurse().clinician, kNow, {}});
    QList<fhir::Resource> stored;
    for (const fhir::Resource& raw : set.raw) {
      stored.append(*m_opened.store->write(raw, test::auditEvent()).resource);
    }
    QVERIFY(m_opened.store->write(*set.linkedTotal(stored), test::auditEvent()).ok());
    openView();
    QTableWidget* ward = m_view->wardOverview()->table();
    QCOMPARE(cell(ward, Column::TotalColumn), QStringLiteral("6"));
    QVERIFY(cell(ward, Column::EscalationColumn).contains(QStringLiteral("NOT ESCALATED")));
  }

  // A sync page is hundreds of changes at once: the overview and the open
  // chart are read again when the burst settles, and show the set recorded
  // at another workstation.
  void setFromAnotherWorkstationArrivesBySync() {
    openView();
    m_patient->select(
        {QStringLiteral("pat-1"), QStringLiteral("JONES, Megan"), QStringLiteral("9434765919")});
    const News2Input input = test::normalNews2Set();
    const News2Observations set =
        toFhir(input, News2Scorer().score(input),
               {QStringLiteral("pat-1"), {}, nurse().clinician, kNow.addSecs(-600), {}});
    QList<fhir::Resource> page;
    for (qsizetype i = 0; i < set.raw.size(); ++i) {
      fhir::Resource raw = set.raw.at(i);
      raw.setId(QStringLiteral("raw-%1").arg(i));
      raw.setVersion(QStringLiteral("1"), {});
      page.append(raw);
    }
    fhir::Resource total = *set.linkedTotal(page);
    total.setId(QStringLiteral("total"));
    total.setVersion(QStringLiteral("1"), {});
    page.append(total);
    for (int i = 0; i < 40; ++i) {  // older results in the same page make it a burst
      page.append(test::observation(QStringLiteral("old-%1").arg(i), QStringLiteral("pat-1"),
                                    QStringLiteral("2025-01-01T08:00:00Z")));
    }
    QVERIFY(m_opened.store->applyServerPage(page, {}).ok());
    QTableWidget* ward = m_view->wardOverview()->table();
    QTRY_COMPARE(cell(ward, Column::TotalColumn), QStringLiteral("0"));
    QTRY_COMPARE(m_view->patientPage()->chart()->chartLayout().columnCount(), 1);
  }

  void lockingClearsEveryPatient() {
    QVERIFY(recorder().record(test::normalNews2Set(), {}, kNow, {}, nurse()).ok());
    openView();
    m_patient->select(
        {QStringLiteral("pat-1"), QStringLiteral("JONES, Megan"), QStringLiteral("9434765919")});
    QCOMPARE(m_view->patientPage()->chart()->chartLayout().columnCount(), 1);
    m_view->sessionLocked();
    QCOMPARE(m_view->wardOverview()->table()->rowCount(), 0);
    QCOMPARE(m_view->patientPage()->chart()->chartLayout().columnCount(), 0);
  }

 private:
  void openView() {
    module::ModuleContext context;
    context.session = m_session.get();
    context.patient = m_patient.get();
    context.config = &m_config;
    context.clock = &m_fixture->clock();
    context.store = m_opened.store.get();
    context.audit = m_audit.get();
    m_view = std::make_unique<ObservationsView>(context, nullptr);
    // As the shell does: every module follows the shared patient context.
    connect(m_patient.get(), &module::PatientContext::changed, m_view.get(),
            &ObservationsView::patientChanged);
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // Keyboard entry needs the window active, as it is at the bedside.
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
  }

  static void fill(News2EntryForm* form, std::initializer_list<const char*> values) {
    form->findChild<QLineEdit*>(QStringLiteral("respiratoryRate"))->setFocus();
    for (const char* text : values) {
      typeAndTab(QString::fromLatin1(text));
    }
  }

  News2Recorder recorder() { return News2Recorder(*m_opened.store, m_fixture->clock(), {}, {}); }

  static RecordingContext nurse() {
    RecordingContext context;
    context.patientId = QStringLiteral("pat-1");
    context.clinician = {{}, QStringLiteral("Practitioner"), QStringLiteral("Sam TAYLOR")};
    return context;
  }

  std::unique_ptr<test::StoreFixture> m_fixture;
  store::Store::Opened m_opened;
  config::EffectiveConfig m_config;
  std::unique_ptr<identity::Session> m_session;
  std::unique_ptr<module::PatientContext> m_patient;
  std::unique_ptr<audit::AuditTrail> m_audit;
  std::unique_ptr<ObservationsView> m_view;
};

QTEST_MAIN(TestObservationsView)
#include "tst_observationsview.moc"
