// The record viewer as a clinician uses it, on a real SQLCipher cache:
// finding a patient (NHS number check digit, name with date of birth, ward
// list), the summary's allergy wording, trends, confidential records and
// break-glass, the audit of every open, locking, and records whose
// resources use FHIR's odd corners.
#include "core/audit/AuditTrail.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/module/PatientContext.h"
#include "core/sync/SyncStatus.h"
#include "modules/record/RecordModule.h"
#include "modules/record/ui/RecordView.h"
#include "tests/gui/RecordFixtures.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/TableTexts.h"
#include "tests/support/TestSessions.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace cw;

namespace {

constexpr char kNhsNumber[] = "9434765919";  // valid Modulus 11

}  // namespace

class TestRecordView : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() {
    m_fixture = std::make_unique<test::StoreFixture>();
    store::Store::Opened opened = m_fixture->open();
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    m_fixture->clock().setNow(QDateTime(QDate(2026, 11, 21), QTime(10, 42), Qt::UTC));
    m_audit = std::make_unique<audit::AuditTrail>();
    m_patient = std::make_unique<module::PatientContext>();
    m_session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Nurse"), {"B0264"});
    m_config =
        std::make_unique<config::EffectiveConfig>(config::EffectiveConfig::resolve({config::parseIniLayer(
            config::ConfigSource::Machine, QStringLiteral("/etc/clinical-workstation/workstation.conf"),
            "fhir_base_url=https://fhir.example.nhs.uk/R4\noidc_issuer=https://idp.example.nhs.uk\n"
            "oidc_client_id=cw\nward_locations=ward-7\n")}));
  }
  void cleanup() {
    m_view.reset();
    m_store.reset();
  }

  void nhsNumberFindsAndOpensTheRecordAndAuditsIt() {
    seed({test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"), QStringLiteral("Megan"),
                        QLatin1String(kNhsNumber), QStringLiteral("1956-03-12")),
          test::allergy(QStringLiteral("al-1"), QStringLiteral("pat-1"), QStringLiteral("91936005"),
                        QStringLiteral("Penicillin"))});
    showView();
    findByNhsNumber(QStringLiteral("943 476 5919"));
    QCOMPARE(m_patient->current().resourceId, QStringLiteral("pat-1"));
    QCOMPARE(m_patient->current().nhsNumber, QLatin1String(kNhsNumber));
    QVERIFY(test::cellTexts(table("summaryAllergies")).contains(QStringLiteral("Penicillin")));
    QCOMPARE(m_audit->pending().size(), 1);
    const fhir::AuditEvent event = m_audit->pending().first();
    QCOMPARE(event.subtypes().first().code, QStringLiteral("open"));
    QCOMPARE(event.entities().first().what.reference, QStringLiteral("Patient/pat-1"));
    QCOMPARE(event.entities().first().what.identifier->value, QLatin1String(kNhsNumber));
    QCOMPARE(event.agents().first().altId, m_session->user().userId);
    QVERIFY(label("freshness")->text().startsWith(QStringLiteral("Not yet synced")));
  }

  void nhsNumberWithAWrongCheckDigitIsRefused() {
    seed({test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"), QStringLiteral("Megan"),
                        QLatin1String(kNhsNumber), QStringLiteral("1956-03-12"))});
    showView();
    findByNhsNumber(QStringLiteral("943 476 5918"));
    QVERIFY(label("searchMessage")->text().contains(QStringLiteral("not a valid NHS number")));
    QVERIFY(!m_patient->hasPatient());
    QVERIFY(m_audit->pending().isEmpty());
  }

  void nameNeedsADateOfBirthAndThenFinds() {
    seed({test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"), QStringLiteral("Megan"),
                        QLatin1String(kNhsNumber), QStringLiteral("1956-03-12")),
          test::patient(QStringLiteral("pat-2"), QStringLiteral("Jones"), QStringLiteral("Mark"),
                        QStringLiteral("9000000009"), QStringLiteral("1970-01-01"))});
    showView();
    field("patientName")->setText(QStringLiteral("jon"));
    button("findPatient")->click();
    QVERIFY(label("searchMessage")->text().contains(QStringLiteral("date of birth")));
    QCOMPARE(table("searchResults")->rowCount(), 0);

    field("birthDate")->setText(QStringLiteral("12-Mar-1956"));
    button("findPatient")->click();
    const QTableWidget* results = table("searchResults");
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("JONES, Megan"));
    QCOMPARE(results->item(0, 1)->text(), QStringLiteral("12-Mar-1956 (70y)"));
    QCOMPARE(results->item(0, 3)->text(), QStringLiteral("NHS No. 943 476 5919"));
    // A name match is never opened without the user choosing it.
    QVERIFY(!m_patient->hasPatient());
  }

  void allergyWordingSaysWhatWasRecorded_data() {
    QTest::addColumn<QList<fhir::Resource>>("allergies");
    QTest::addColumn<QString>("shown");
    const QString id = QStringLiteral("pat-1");
    QTest::newRow("nothing recorded") << QList<fhir::Resource>{} << "Allergies not recorded: ask the patient";
    QTest::newRow("no known allergy statement")
        << QList<fhir::Resource>{test::allergy(QStringLiteral("nka"), id, QStringLiteral("716186003"),
                                               QStringLiteral("No known allergy"))}
        << "No known allergies (recorded)";
    QTest::newRow("only a resolved allergy is not 'no known allergies'")
        << QList<fhir::Resource>{test::allergy(QStringLiteral("old"), id, QStringLiteral("91936005"),
                                               QStringLiteral("Penicillin"), QStringLiteral("resolved"))}
        << "Allergies not recorded: ask the patient";
    QTest::newRow("a current allergy wins over a stale NKA statement")
        << QList<fhir::Resource>{test::allergy(QStringLiteral("nka"), id, QStringLiteral("716186003"),
                                               QStringLiteral("No known allergy")),
                                 test::allergy(QStringLiteral("al"), id, QStringLiteral("300916003"),
                                               QStringLiteral("Latex"))}
        << "Latex";
  }
  void allergyWordingSaysWhatWasRecorded() {
    QFETCH(QList<fhir::Resource>, allergies);
    QFETCH(QString, shown);
    seed(QList<fhir::Resource>{test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"),
                                             QStringLiteral("Megan"), QLatin1String(kNhsNumber),
                                             QStringLiteral("1956-03-12"))} +
         allergies);
    showView();
    findByNhsNumber(QLatin1String(kNhsNumber));
    const QStringList texts = test::cellTexts(table("summaryAllergies"));
    QCOMPARE(texts.first(), shown);
    QVERIFY(!texts.contains(QStringLiteral("No known allergy")));  // the NKA record is not an allergy row
  }

  void duplicatePrescriptionsAreShownOnceAndFlagged() {
    seed({test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"), QStringLiteral("Megan"),
                        QLatin1String(kNhsNumber), QStringLiteral("1956-03-12")),
          test::prescription(QStringLiteral("m1"), QStringLiteral("Apixaban 5mg tablets"),
                             QStringLiteral("One twice a day.")),
          test::prescription(QStringLiteral("m2"), QStringLiteral("Apixaban 5mg tablets"),
                             QStringLiteral("One twice a day.")),
          test::prescription(QStringLiteral("m3"), QStringLiteral("Metformin 500mg tablets"),
                             QStringLiteral("One with meals.")),
          test::prescription(QStringLiteral("m4"), QStringLiteral("Aspirin 75mg"),
                             QStringLiteral("One daily."), QStringLiteral("stopped"))});
    showView();
    findByNhsNumber(QLatin1String(kNhsNumber));
    const QTableWidget* medications = table("summaryMedications");
    QCOMPARE(medications->rowCount(), 2);  // stopped ones are history, not current
    const QStringList texts = test::cellTexts(medications);
    QCOMPARE(texts.count(QStringLiteral("Apixaban 5mg tablets")), 1);
    QVERIFY(texts.contains(QStringLiteral("2 active prescriptions: check for duplication")));
    QVERIFY(!texts.contains(QStringLiteral("Aspirin 75mg")));
  }

  void confidentialRecordOpensOnlyByBreakingTheGlassWithAReason() {
    const fhir::Resource restricted = test::restrictedPatient();
    seed({restricted, test::allergy(QStringLiteral("al-1"), QStringLiteral("pat-r"),
                                    QStringLiteral("91936005"), QStringLiteral("Penicillin"))});
    showView();
    findByNhsNumber(QLatin1String(kNhsNumber));
    QCOMPARE(m_view->findChild<QWidget*>(QStringLiteral("breakGlassPanel"))->isVisible(), true);
    QCOMPARE(table("summaryAllergies")->rowCount(), 0);  // nothing of the record read onto the screen

    m_view->findChild<QPlainTextEdit*>(QStringLiteral("breakGlassReason"))
        ->setPlainText(QStringLiteral("need"));
    button("breakGlass")->click();
    QVERIFY(label("breakGlassProblem")->text().contains(QStringLiteral("at least 10 characters")));
    QCOMPARE(m_audit->pending().size(), 1);  // the open only

    const QString reason = QStringLiteral("Collapsed on the ward, need allergy and medication history");
    m_view->findChild<QPlainTextEdit*>(QStringLiteral("breakGlassReason"))->setPlainText(reason);
    button("breakGlass")->click();
    QVERIFY(test::cellTexts(table("summaryAllergies")).contains(QStringLiteral("Penicillin")));
    QVERIFY(label("auditNotice")->isVisible());
    QVERIFY(label("auditNotice")->text().contains(QStringLiteral("recorded")));
    QCOMPARE(m_audit->pending().size(), 2);
    const fhir::AuditEvent breakGlass = m_audit->pending().last();
    QCOMPARE(breakGlass.subtypes().first().code, QStringLiteral("break-glass"));
    QCOMPARE(breakGlass.purposeOfEvent().first().codings.first().code, QStringLiteral("BTG"));
    QCOMPARE(breakGlass.purposeOfEvent().first().text, reason);

    // Locking closes the glass: after unlock the record is limited again.
    m_view->sessionLocked();
    QCOMPARE(table("summaryAllergies")->rowCount(), 0);
    m_view->hide();
    m_view->show();
    QVERIFY(m_view->findChild<QWidget*>(QStringLiteral("breakGlassPanel"))->isVisible());
    QCOMPARE(m_audit->pending().size(), 3);  // the open after unlock is audited too
  }

  void observationsShowLatestPreviousAndDirection() {
    seed({test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"), QStringLiteral("Megan"),
                        QLatin1String(kNhsNumber), QStringLiteral("1956-03-12")),
          test::temperature("t1", "2026-11-20T08:00:00Z", "36.8"),
          test::temperature("t2", "2026-11-20T12:00:00Z", "37.4"),
          test::temperature("t3", "2026-11-20T16:00:00Z", "38.20")});
    showView();
    findByNhsNumber(QLatin1String(kNhsNumber));
    m_view->findChild<QTabWidget*>(QStringLiteral("recordSections"))->setCurrentIndex(2);
    const QTableWidget* observations = table("observationsTable");
    QCOMPARE(observations->rowCount(), 1);
    QCOMPARE(observations->item(0, 1)->text(), QStringLiteral("38.20 Cel"));  // as recorded, decimals kept
    QCOMPARE(observations->item(0, 3)->text(), QStringLiteral("37.4 Cel"));
    QCOMPARE(observations->item(0, 4)->text(), QStringLiteral("↑ rising"));
    QCOMPARE(observations->item(0, 6)->text(), QStringLiteral("3"));
  }

  // Valid R4 that uses the corners: unknown extensions, contained
  // resources, missing optional fields, text-only codes, value types the
  // viewer does not lay out, components in an unexpected order.
  void recordsUsingFhirsCornersShowWithoutCrashingOrInventing() {
    seed(QList<fhir::Resource>{test::patient(QStringLiteral("pat-1"), QStringLiteral("Jones"),
                                             QStringLiteral("Megan"), QLatin1String(kNhsNumber),
                                             QStringLiteral("1956-03-12"))} +
         test::cornerCaseResources());
    showView();
    findByNhsNumber(QLatin1String(kNhsNumber));
    QVERIFY(
        test::cellTexts(table("summaryMedications")).contains(QStringLiteral("Amoxicillin 500mg capsules")));
    QVERIFY(test::cellTexts(table("summaryMedications")).contains(QStringLiteral("Dosage not recorded")));
    QVERIFY(test::cellTexts(table("summaryProblems")).contains(QStringLiteral("Type 2 diabetes")));

    auto* sections = m_view->findChild<QTabWidget*>(QStringLiteral("recordSections"));
    sections->setCurrentIndex(1);
    QVERIFY(test::cellTexts(table("encounters")).contains(QStringLiteral("Outpatient or clinic")));
    sections->setCurrentIndex(2);
    const QStringList observations = test::cellTexts(table("observationsTable"));
    QVERIFY2(observations.contains(QStringLiteral("120/80 mmHg")), qPrintable(observations.join(u'|')));
    QVERIFY(observations.contains(QStringLiteral("(a Range value this viewer cannot show)")));
    QVERIFY(observations.contains(QStringLiteral("No value: Patient unable to stand")));
    QVERIFY(observations.contains(QStringLiteral("(not named)")));
    sections->setCurrentIndex(3);
    auto* documents = table("documentList");
    QCOMPARE(documents->rowCount(), 1);
    documents->selectRow(0);
    QVERIFY(label("documentProblem")->text().contains(QStringLiteral("held in another system")));
  }

  void wardListShowsBedNameAgeAndNhsNumber() {
    seed(test::wardSevenAdmission());
    showView();
    const QTableWidget* ward = table("wardList");
    QCOMPARE(ward->rowCount(), 1);
    QCOMPARE(ward->item(0, 0)->text(), QStringLiteral("Bed 3"));
    QCOMPARE(ward->item(0, 1)->text(), QStringLiteral("JONES, Megan"));
    QCOMPARE(ward->item(0, 2)->text(), QStringLiteral("12-Mar-1956 (70y)"));
    QCOMPARE(ward->item(0, 4)->text(), QStringLiteral("NHS No. 943 476 5919"));
  }

  void withoutACacheTheViewSaysSoAndShowsNothing() {
    module::ModuleContext context{m_session.get(),     m_patient.get(), m_config.get(), &m_sync,
                                  &m_fixture->clock(), nullptr,         m_audit.get()};
    record::RecordView view(context, nullptr);
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("recordUnavailable"))
                ->text()
                .contains(QStringLiteral("cache")));
    QVERIFY(view.findChild<QLineEdit*>(QStringLiteral("nhsNumber")) == nullptr);
  }

 private:
  void seed(const QList<fhir::Resource>& resources) {
    const store::PageResult result = m_store->applyServerPage(resources, {});
    QVERIFY2(result.ok(), qPrintable(result.error));
  }

  void showView() {
    module::ModuleContext context{m_session.get(),     m_patient.get(), m_config.get(), &m_sync,
                                  &m_fixture->clock(), m_store.get(),   m_audit.get()};
    m_view = std::make_unique<record::RecordView>(context, nullptr);
    connect(m_patient.get(), &module::PatientContext::changed, m_view.get(),
            &record::RecordView::patientChanged);
    m_view->resize(1200, 800);
    m_view->show();
  }

  void findByNhsNumber(const QString& number) {
    field("nhsNumber")->setText(number);
    button("findPatient")->click();
  }

  QLabel* label(const char* name) const {
    auto* found = m_view->findChild<QLabel*>(QLatin1String(name));
    if (found == nullptr) {
      qFatal("no label %s", name);
    }
    return found;
  }
  QLineEdit* field(const char* name) const { return m_view->findChild<QLineEdit*>(QLatin1String(name)); }
  QPushButton* button(const char* name) const { return m_view->findChild<QPushButton*>(QLatin1String(name)); }
  QTableWidget* table(const char* name) const {
    auto* found = m_view->findChild<QTableWidget*>(QLatin1String(name));
    if (found == nullptr) {
      qFatal("no table %s", name);
    }
    return found;
  }

  std::unique_ptr<test::StoreFixture> m_fixture;
  std::unique_ptr<store::Store> m_store;
  std::unique_ptr<audit::AuditTrail> m_audit;
  std::unique_ptr<module::PatientContext> m_patient;
  std::unique_ptr<identity::Session> m_session;
  std::unique_ptr<config::EffectiveConfig> m_config;
  sync::SyncStatus m_sync;
  std::unique_ptr<record::RecordView> m_view;
};

QTEST_MAIN(TestRecordView)
#include "tst_recordview.moc"
