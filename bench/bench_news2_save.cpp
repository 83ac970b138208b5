// From a nurse saving a NEWS2 set to the ward overview showing it, in the
// real observations module on a real SQLCipher cache holding the synthetic
// data set (its wards and their sets):
//   news2.save_to_overview_ms  median of 20 saves, totals 7 and 0 in turn:
//                              the form's save (8 Observations and, for 7,
//                              two escalation Tasks written to the cache)
//                              until the patient's row on the ward overview
//                              shows the new total
//   bench_news2_save <results.json>   (QT_QPA_PLATFORM=offscreen is fine)
#include "bench/BenchReport.h"
#include "core/audit/AuditTrail.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/module/PatientContext.h"
#include "core/ui/NhsStyle.h"
#include "modules/observations/ui/News2EntryForm.h"
#include "modules/observations/ui/ObservationsView.h"
#include "modules/observations/ui/PatientNews2Page.h"
#include "modules/observations/ui/WardOverviewPage.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/TestSessions.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableWidget>
#include <QTextStream>

using namespace cw;
using namespace cw::observations;

namespace {

constexpr int kRuns = 20;
const QString kWard = QStringLiteral("loc-ward-7");

[[noreturn]] void fail(const QString& message) {
  QTextStream(stderr) << "bench_news2_save: " << message << '\n';
  std::exit(1);
}

void type(News2EntryForm* form, const char* field, const QString& text) {
  auto* edit = form->findChild<QLineEdit*>(QLatin1String(field));
  if (edit == nullptr) {
    fail(QStringLiteral("the form has no field %1").arg(QLatin1String(field)));
  }
  edit->setText(text);
}

void choose(News2EntryForm* form, const char* field, int index) {
  form->findChild<QComboBox*>(QLatin1String(field))->setCurrentIndex(index);
}

// The text of `patientId`'s NEWS2 cell on the overview.
QString overviewTotal(const WardOverviewPage* page, const QString& patientId) {
  const int row = page->tableRowOf(patientId);
  return row < 0 ? QString() : page->table()->item(row, WardOverviewPage::TotalColumn)->text();
}

}  // namespace

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  ui::applyNhsStyle(app);
  const QStringList args = QApplication::arguments();
  if (args.size() != 2) {
    fail(QStringLiteral("usage: bench_news2_save <results.json>"));
  }
  test::StoreFixture fixture;
  fixture.clock().setNow(QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC));
  store::Store::Opened opened = fixture.open();
  if (!opened.store) {
    fail(opened.error);
  }
  synthetic::GeneratorOptions data;
  data.anchor = QDate(2026, 11, 21);
  if (const QString error = test::seedSynthetic(*opened.store, data); !error.isEmpty()) {
    fail(error);
  }
  const QList<store::WardEntry> ward = opened.store->wardList(kWard);
  if (ward.isEmpty() || !ward.first().patient) {
    fail(QStringLiteral("the synthetic set has nobody on %1").arg(kWard));
  }
  const QString patientId = ward.first().patient->id();

  const config::EffectiveConfig config = config::EffectiveConfig::resolve({config::parseIniLayer(
      config::ConfigSource::Machine, QStringLiteral("/etc/cw.conf"), "ward_locations=loc-ward-7\n")});
  const auto session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Staff Nurse"));
  module::PatientContext patient;
  audit::AuditTrail audit;
  module::ModuleContext context;
  context.session = session.get();
  context.patient = &patient;
  context.config = &config;
  context.clock = &fixture.clock();
  context.store = opened.store.get();
  context.audit = &audit;
  ObservationsView view(context, nullptr);
  QObject::connect(&patient, &module::PatientContext::changed, &view, &ObservationsView::patientChanged);
  view.resize(1280, 760);
  view.show();
  patient.select({patientId, QStringLiteral("bench patient"), QString()});
  QApplication::processEvents();

  News2EntryForm* form = view.patientPage()->form();
  const WardOverviewPage* overview = view.wardOverview();
  QList<double> saves;
  for (int run = 0; run < kRuns; ++run) {
    fixture.clock().setNow(fixture.clock().now().addSecs(15 * 60));
    form->setTaken(fixture.clock().now());
    // Totals 7 and 0 in turn, so every save changes what the overview shows
    // and half of them write the two Tasks of an emergency escalation too.
    const bool seven = run % 2 == 0;
    type(form, "respiratoryRate", seven ? QStringLiteral("25") : QStringLiteral("16"));
    type(form, "spo2", seven ? QStringLiteral("93") : QStringLiteral("97"));
    choose(form, "airOrOxygen", 0);
    type(form, "systolicBP", QStringLiteral("124"));
    type(form, "diastolicBP", QStringLiteral("78"));
    type(form, "pulse", seven ? QStringLiteral("112") : QStringLiteral("72"));
    choose(form, "consciousness", 0);
    type(form, "temperature", QStringLiteral("36.9"));
    const QString expected = seven ? QStringLiteral("7") : QStringLiteral("0");
    if (form->result().total != expected.toInt()) {
      fail(QStringLiteral("the form scored %1, not %2").arg(form->result().total.value_or(-1)).arg(expected));
    }
    QElapsedTimer timer;
    timer.start();
    Q_EMIT form->saveRequested();
    while (overviewTotal(overview, patientId) != expected) {
      if (timer.elapsed() > 5000) {
        fail(QStringLiteral("the ward overview never showed the saved set"));
      }
      QApplication::processEvents();
    }
    saves.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  const QList<store::JournalEntry> pending = opened.store->pendingChanges(1000);
  QTextStream(stdout) << "bench_news2_save: " << kRuns << " saves, " << pending.size()
                      << " resources waiting to upload\n";
  cw::bench::BenchReport report(args.at(1));
  report.add(QStringLiteral("news2.save_to_overview_ms"), cw::bench::median(saves), QStringLiteral("ms"));
  return 0;
}
