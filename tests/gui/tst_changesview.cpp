// The "Changes not sent" page on a real SQLCipher cache: a conflict shows
// both versions and what differs, each resolution is confirmed and does what
// it says (keep mine: my change still waits to be sent; take theirs: the
// server's version replaces mine), declining changes nothing, and a change
// the server refused is listed with the server's own words, and can be sent
// again or (confirmed) discarded. Every decision queues an AuditEvent naming
// the user, the record and what was decided.
#include "core/fhir/OperationOutcome.h"
#include "core/module/ModuleContext.h"
#include "modules/changes/ChangesModule.h"
#include "modules/changes/ui/ChangesView.h"
#include "tests/gui/ChangesFixtures.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/TableTexts.h"
#include "tests/support/TestSessions.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace cw;

namespace {

const store::ResourceKey kPulse{QStringLiteral("Observation"), QStringLiteral("obs-1")};

}  // namespace

class TestChangesView : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() {
    m_fixture = std::make_unique<test::StoreFixture>();
    store::Store::Opened opened = m_fixture->open();
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    m_fixture->clock().setNow(QDateTime(QDate(2026, 11, 21), QTime(10, 42), Qt::UTC));
    m_questions.clear();
    m_session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Staff Nurse"));
  }
  void cleanup() {
    m_view.reset();
    m_store.reset();
  }

  void moduleIsForAnySignedInUser() {
    const module::ModuleInfo info = changes::ChangesModule().info();
    QCOMPARE(info.id, QStringLiteral("changes"));
    QCOMPARE(info.title, QStringLiteral("Changes not sent"));
    QVERIFY(info.requiredActivities.isEmpty());
    QVERIFY(!info.availableWithoutSession);
  }

  void withoutACacheItSaysSo() {
    m_view = std::make_unique<changes::ChangesView>(module::ModuleContext{}, nullptr);
    QVERIFY(m_view->findChild<QLabel*>(QStringLiteral("changesUnavailable")));
    QVERIFY(!m_view->findChild<QPushButton*>(QStringLiteral("keepMine")));
  }

  void aConflictShowsBothVersionsAndWhatDiffers() {
    makeConflict();
    showView(true);
    QVERIFY(test::cellTexts(table("conflictList")).contains(QStringLiteral("Observation: Heart rate")));
    QCOMPARE(tabs()->tabText(0), QStringLiteral("Conflicts (1)"));
    QVERIFY(text("localVersion").contains(QStringLiteral("\"value\": 118")));
    QVERIFY(text("serverVersion").contains(QStringLiteral("\"value\": 72")));
    QVERIFY(!text("localVersion").contains(QStringLiteral("\"value\": 72")));
    QCOMPARE(label("conflictDifferences")->text(), QStringLiteral("Differs in: valueQuantity"));
    // The differing element is marked on both sides.
    QCOMPARE(edit("localVersion")->extraSelections().size(), 1);
    QCOMPARE(edit("serverVersion")->extraSelections().size(), 1);
  }

  void resolvingAConflictIsAudited_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("action");
    QTest::newRow("keep mine") << "keepMine"
                               << "kept-local"
                               << "U";
    QTest::newRow("take theirs") << "takeTheirs"
                                 << "took-server"
                                 << "U";
  }
  void resolvingAConflictIsAudited() {
    QFETCH(QString, button);
    QFETCH(QString, decision);
    QFETCH(QString, action);
    makeConflict();
    showView(true);
    const qsizetype before = m_store->pendingAudit().size();
    m_view->findChild<QPushButton*>(button)->click();
    const QList<store::QueuedAudit> audit = m_store->pendingAudit();
    QCOMPARE(audit.size(), before + 1);
    const QByteArray event = audit.last().event.toJson();
    QVERIFY2(event.contains(decision.toUtf8()), event.constData());
    QVERIFY(event.contains("\"action\":\"" + action.toUtf8() + '"'));
    QVERIFY(event.contains("\"Observation/obs-1\""));
    QVERIFY(event.contains("\"Patient/pat-1\""));
    QVERIFY(event.contains(m_session->user().userId.toUtf8()));
  }

  void declinedDecisionsAreNotAudited() {
    makeConflict();
    parkNewHeartRate();
    showView(false);
    const qsizetype before = m_store->pendingAudit().size();
    button("takeTheirs")->click();
    tabs()->setCurrentIndex(1);
    button("discardChange")->click();
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(m_store->pendingAudit().size(), before);
  }

  void keepMineKeepsTheLocalChangeWaiting() {
    makeConflict();
    showView(true);
    button("keepMine")->click();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QStringLiteral("Observation: Heart rate")));
    QVERIFY(m_store->conflicts().isEmpty());
    const QList<store::JournalEntry> pending = m_store->pendingChanges();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().key, kPulse);
    QCOMPARE(pending.first().baseVersionId, QStringLiteral("2"));  // sent If-Match the server's version
    QVERIFY(m_store->read(kPulse)->toJson().contains("\"value\":118"));
    QCOMPARE(test::cellTexts(table("conflictList")),
             QStringList{QStringLiteral("No conflicts: nothing is waiting for a decision.")});
    QCOMPARE(tabs()->tabText(0), QStringLiteral("Conflicts (0)"));
    QVERIFY(text("localVersion").isEmpty());
    QVERIFY(!button("keepMine")->isEnabled());
  }

  void takeTheirsReplacesTheLocalChange() {
    makeConflict();
    showView(true);
    button("takeTheirs")->click();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_store->conflicts().isEmpty());
    QVERIFY(m_store->pendingChanges().isEmpty());
    const std::optional<fhir::Resource> now = m_store->read(kPulse);
    QVERIFY(now);
    QVERIFY(now->toJson().contains("\"value\":72"));
    QCOMPARE(now->versionId(), QStringLiteral("2"));
  }

  void decliningTheConfirmationChangesNothing() {
    makeConflict();
    showView(false);
    button("takeTheirs")->click();
    button("keepMine")->click();
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(m_store->conflicts().size(), 1);
    QCOMPARE(m_store->pendingChanges().size(), 1);
    QVERIFY(m_store->read(kPulse)->toJson().contains("\"value\":118"));
    QVERIFY(text("serverVersion").contains(QStringLiteral("\"value\": 72")));
  }

  void aServerDeletionSaysSo() {
    seedServerVersion();
    QVERIFY(m_store
                ->write(test::heartRate(kPulse.id, QStringLiteral("118"), QStringLiteral("1")),
                        test::auditEvent())
                .ok());
    QVERIFY(m_store->addConflict(kPulse, std::nullopt).ok());
    showView(true);
    QCOMPARE(text("serverVersion"), QStringLiteral("Deleted on the server"));
    QVERIFY(text("localVersion").contains(QStringLiteral("\"value\": 118")));
    QVERIFY(label("conflictDifferences")->text().contains(QStringLiteral("Deleted on the server")));
  }

  void newConflictsAppearWithoutReopeningThePage() {
    showView(true);
    QCOMPARE(tabs()->tabText(0), QStringLiteral("Conflicts (0)"));
    makeConflict();
    QTRY_COMPARE(tabs()->tabText(0), QStringLiteral("Conflicts (1)"));
    QVERIFY(text("serverVersion").contains(QStringLiteral("\"value\": 72")));
  }

  void lockingHidesBothVersions() {
    makeConflict();
    showView(true);
    m_view->sessionLocked();
    QVERIFY(text("localVersion").isEmpty());
    QVERIFY(text("serverVersion").isEmpty());
    QCOMPARE(table("conflictList")->rowCount(), 0);
  }

  // A decision about a record needs the person it belongs to: both lists name
  // the patient as the banner does, and say so when the cache does not hold them.
  void theListsNameThePatient_data() {
    QTest::addColumn<bool>("patientCached");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in the cache") << true
                                  << QStringLiteral(
                                         "FEATHERSTONEHAUGH, Wilhelmina \u00b7 NHS No. 943 476 5919");
    QTest::newRow("not in the cache") << false << QStringLiteral("Patient not in this cache");
  }
  void theListsNameThePatient() {
    QFETCH(bool, patientCached);
    QFETCH(QString, expected);
    if (patientCached) {
      QVERIFY(
          m_store
              ->applyServerPage({test::patient(QStringLiteral("pat-1"), QStringLiteral("Featherstonehaugh"),
                                               QStringLiteral("Wilhelmina"), QStringLiteral("9434765919"),
                                               QStringLiteral("1950-03-04"))},
                                {})
              .ok());
    }
    makeConflict();
    parkNewHeartRate();
    showView(true);
    QVERIFY2(test::cellTexts(table("conflictList")).contains(expected),
             qPrintable(test::cellTexts(table("conflictList")).join(u'|')));
    QVERIFY2(test::cellTexts(table("parkedList")).contains(expected),
             qPrintable(test::cellTexts(table("parkedList")).join(u'|')));
  }

  void aRefusedChangeIsListedWithTheServersReason() {
    parkNewHeartRate();
    showView(true);
    const QStringList cells = test::cellTexts(table("parkedList"));
    QVERIFY(cells.contains(QStringLiteral("Heart rate 300 /min is outside 20-250")));
    QVERIFY(cells.contains(QStringLiteral("Observation: Heart rate")));
    QVERIFY(cells.contains(QStringLiteral("New")));
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Could not send (1)"));
  }

  void sendAgainPutsTheChangeBackInTheQueue() {
    parkNewHeartRate();
    showView(true);
    tabs()->setCurrentIndex(1);
    const qsizetype audited = m_store->pendingAudit().size();
    button("sendAgain")->click();
    QVERIFY(m_questions.isEmpty());  // nothing is lost, so nothing to confirm
    const store::StoreStats stats = m_store->stats();
    QCOMPARE(stats.parked, 0);
    QCOMPARE(stats.changesWaiting, 1);
    QVERIFY(!m_store->pendingChanges().first().outcome);
    QCOMPARE(m_store->pendingAudit().size(), audited + 1);
    QVERIFY(m_store->pendingAudit().last().event.toJson().contains("sent-refused-again"));
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Could not send (0)"));
    QCOMPARE(test::cellTexts(table("parkedList")),
             QStringList{QStringLiteral("No changes were refused by the server.")});
    QVERIFY(!button("sendAgain")->isEnabled());
    QVERIFY(label("parkedMessage")->text().contains(QStringLiteral("will be sent again")));
  }

  void discardIsConfirmedAndRestoresTheServersVersion_data() {
    QTest::addColumn<bool>("answer");
    QTest::newRow("no: nothing changes") << false;
    QTest::newRow("yes: the server's version is back") << true;
  }
  void discardIsConfirmedAndRestoresTheServersVersion() {
    QFETCH(bool, answer);
    // Mine (118) was refused; the server still holds 72, which a conflict brought.
    makeConflict();
    QVERIFY(m_store->park(m_store->pendingChanges().first().seq, refusal()).ok());
    showView(answer);
    tabs()->setCurrentIndex(1);
    const qsizetype audited = m_store->pendingAudit().size();
    button("discardChange")->click();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QStringLiteral("Observation: Heart rate")));
    QVERIFY(m_questions.first().contains(QStringLiteral("will be lost")));
    const std::optional<fhir::Resource> now = m_store->read(kPulse);
    QVERIFY(now);
    if (!answer) {
      QCOMPARE(m_store->stats().parked, 1);
      QCOMPARE(m_store->pendingAudit().size(), audited);
      QVERIFY(now->toJson().contains("\"value\":118"));
      QCOMPARE(tabs()->tabText(1), QStringLiteral("Could not send (1)"));
      return;
    }
    QCOMPARE(m_store->stats().parked, 0);
    QCOMPARE(m_store->stats().changesWaiting, 0);
    QVERIFY(m_store->parkedChanges().isEmpty());
    QVERIFY(now->toJson().contains("\"value\":72"));
    QCOMPARE(now->versionId(), QStringLiteral("2"));
    QCOMPARE(m_store->pendingAudit().size(), audited + 1);
    const QByteArray event = m_store->pendingAudit().last().event.toJson();
    QVERIFY(event.contains("discarded-refused"));
    QVERIFY(event.contains("\"action\":\"D\""));
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Could not send (0)"));
    QCOMPARE(tabs()->tabText(0), QStringLiteral("Conflicts (0)"));  // the conflict went with it
  }

 private:
  void seedServerVersion() {
    QVERIFY(
        m_store->applyServerPage({test::heartRate(kPulse.id, QStringLiteral("96"), QStringLiteral("1"))}, {})
            .ok());
  }
  // Mine says 118, the server's newer version says 72.
  void makeConflict() {
    seedServerVersion();
    QVERIFY(m_store
                ->write(test::heartRate(kPulse.id, QStringLiteral("118"), QStringLiteral("1")),
                        test::auditEvent())
                .ok());
    QVERIFY(
        m_store->addConflict(kPulse, test::heartRate(kPulse.id, QStringLiteral("72"), QStringLiteral("2")))
            .ok());
  }
  static fhir::Resource refusal() {
    return fhir::OperationOutcome::make(QStringLiteral("error"), QStringLiteral("invalid"),
                                        QStringLiteral("Heart rate 300 /min is outside 20-250"));
  }
  // A new heart rate of 300 that the server refused.
  void parkNewHeartRate() {
    QVERIFY(m_store->write(test::heartRate(QString(), QStringLiteral("300"), QString()), test::auditEvent())
                .ok());
    const QList<store::JournalEntry> pending = m_store->pendingChanges();
    QVERIFY(!pending.isEmpty());
    QVERIFY(m_store->park(pending.last().seq, refusal()).ok());
  }
  void showView(bool answer) {
    module::ModuleContext context;
    context.store = m_store.get();
    context.session = m_session.get();
    context.clock = &m_fixture->clock();
    m_view = std::make_unique<changes::ChangesView>(context, nullptr);
    m_view->setConfirm([this, answer](QWidget*, const QString& question) {
      m_questions.append(question);
      return answer;
    });
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
  }
  QTableWidget* table(const char* name) const {
    return m_view->findChild<QTableWidget*>(QLatin1String(name));
  }
  QPlainTextEdit* edit(const char* name) const {
    return m_view->findChild<QPlainTextEdit*>(QLatin1String(name));
  }
  QString text(const char* name) const { return edit(name)->toPlainText(); }
  QLabel* label(const char* name) const { return m_view->findChild<QLabel*>(QLatin1String(name)); }
  QPushButton* button(const char* name) const { return m_view->findChild<QPushButton*>(QLatin1String(name)); }
  QTabWidget* tabs() const { return m_view->findChild<QTabWidget*>(QStringLiteral("changesTabs")); }

  std::unique_ptr<test::StoreFixture> m_fixture;
  std::unique_ptr<store::Store> m_store;
  std::unique_ptr<identity::Session> m_session;
  std::unique_ptr<changes::ChangesView> m_view;
  QStringList m_questions;
};

QTEST_MAIN(TestChangesView)
#include "tst_changesview.moc"
