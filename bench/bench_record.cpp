// Opening a heavy patient's record from the cache until the summary is on
// screen, in the real record viewer on a real SQLCipher cache:
//   record.open_ms  median of 20 opens of a patient with 20 000 observations,
//                   500 medication records and 300 documents, in a cache that
//                   also holds the synthetic set of `cwctl generate`
//   bench_record <results.json> [patients]   (QT_QPA_PLATFORM=offscreen is fine)
#include "bench/BenchReport.h"
#include "core/audit/AuditTrail.h"
#include "core/config/EffectiveConfig.h"
#include "core/module/PatientContext.h"
#include "core/sync/SyncStatus.h"
#include "modules/record/ui/RecordView.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/TestSessions.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableWidget>
#include <QTextStream>

using namespace cw;

namespace {

constexpr int kRuns = 20;
constexpr int kObservations = 20000;
constexpr int kMedicationRecords = 500;
constexpr int kDocuments = 300;
const QString kHeavy = QStringLiteral("heavy-1");

[[noreturn]] void fail(const QString& message) {
  QTextStream(stderr) << "bench_record: " << message << '\n';
  std::exit(1);
}

fhir::Resource json(const QString& text) {
  return test::resource(text.toUtf8());
}

// The heavy patient's record, in pages the size a server would send.
QList<QList<fhir::Resource>> heavyRecord() {
  QList<QList<fhir::Resource>> pages(1);
  const auto add = [&pages](const fhir::Resource& resource) {
    if (pages.last().size() == 500) {
      pages.append(QList<fhir::Resource>());
    }
    pages.last().append(resource);
  };
  add(test::patient(kHeavy, QStringLiteral("Heavy"), QStringLiteral("Record"), QStringLiteral("9434765919"),
                    QStringLiteral("1940-02-02")));
  const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
  const char* const codes[][2] = {{"8867-4", "Heart rate"},
                                  {"9279-1", "Respiratory rate"},
                                  {"8310-5", "Body temperature"},
                                  {"59408-5", "Oxygen saturation"},
                                  {"2339-0", "Glucose"}};
  for (int i = 0; i < kObservations; ++i) {
    const auto& code = codes[i % std::size(codes)];
    add(json(
        QStringLiteral(
            "{\"resourceType\":\"Observation\",\"id\":\"obs-%1\",\"status\":\"final\","
            "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"%2\",\"display\":\"%3\"}]},"
            "\"subject\":{\"reference\":\"Patient/heavy-1\"},\"effectiveDateTime\":\"%4\","
            "\"valueQuantity\":{\"value\":%5,\"unit\":\"1\"}}")
            .arg(i)
            .arg(QLatin1String(code[0]), QLatin1String(code[1]),
                 start.addSecs(i * 3600LL).toString(Qt::ISODate))
            .arg(60 + i % 40)));
  }
  for (int i = 0; i < kMedicationRecords; ++i) {
    // One in ten still current: a long history of courses and repeats.
    add(json(QStringLiteral("{\"resourceType\":\"MedicationRequest\",\"id\":\"med-%1\",\"status\":\"%2\","
                            "\"intent\":\"order\",\"medicationCodeableConcept\":{\"text\":\"Medicine %3\"},"
                            "\"subject\":{\"reference\":\"Patient/heavy-1\"},\"authoredOn\":\"%4\","
                            "\"dosageInstruction\":[{\"text\":\"One tablet twice a day.\"}]}")
                 .arg(i)
                 .arg(QLatin1String(i % 10 == 0 ? "active" : "completed"))
                 .arg(i)
                 .arg(start.addDays(i).date().toString(Qt::ISODate))));
  }
  const QByteArray letter =
      QByteArray("<html><body><h1>Clinic letter</h1>") + QByteArray(2000, 'x') + QByteArray("</body></html>");
  for (int i = 0; i < kDocuments; ++i) {
    add(json(
        QStringLiteral(
            "{\"resourceType\":\"DocumentReference\",\"id\":\"doc-%1\",\"status\":\"current\","
            "\"type\":{\"text\":\"Clinic letter\"},\"subject\":{\"reference\":\"Patient/heavy-1\"},"
            "\"date\":\"%2\",\"content\":[{\"attachment\":{\"contentType\":\"text/html\",\"data\":\"%3\"}}]}")
            .arg(i)
            .arg(start.addDays(i).toString(Qt::ISODate), QString::fromLatin1(letter.toBase64()))));
  }
  return pages;
}

}  // namespace

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  if (args.size() < 2) {
    fail(QStringLiteral("usage: bench_record <results.json> [patients]"));
  }
  test::StoreFixture fixture;
  store::Store::Opened opened = fixture.open();
  if (!opened.store) {
    fail(opened.error);
  }
  synthetic::GeneratorOptions data;
  data.patients = args.size() > 2 ? args.at(2).toInt() : 10000;
  if (const QString error = test::seedSynthetic(*opened.store, data); !error.isEmpty()) {
    fail(error);
  }
  for (const QList<fhir::Resource>& page : heavyRecord()) {
    if (const store::PageResult result = opened.store->applyServerPage(page, {}); !result.ok()) {
      fail(result.error);
    }
  }
  fixture.clock().setNow(QDateTime::currentDateTime());

  audit::AuditTrail audit;
  module::PatientContext patient;
  sync::SyncStatus syncStatus;
  const auto session =
      test::makeSession(QStringLiteral("Bench USER"), QStringLiteral("Nurse"), {QStringLiteral("B0264")});
  const config::EffectiveConfig config = config::EffectiveConfig::resolve({});
  const module::ModuleContext context{session.get(),    &patient,           &config, &syncStatus,
                                      &fixture.clock(), opened.store.get(), &audit};
  record::RecordView view(context, nullptr);
  QObject::connect(&patient, &module::PatientContext::changed, &view, &record::RecordView::patientChanged);
  view.resize(1280, 720);
  view.show();
  QCoreApplication::processEvents();

  auto* medications = view.findChild<QTableWidget*>(QStringLiteral("summaryMedications"));
  QList<double> opens;
  for (int run = 0; run < kRuns; ++run) {
    patient.clear();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    patient.select({kHeavy, QStringLiteral("HEAVY, Record"), QStringLiteral("9434765919")});
    view.repaint();  // painted, not just laid out
    opens.append(double(timer.nsecsElapsed()) / 1e6);
    if (medications->rowCount() != 50) {
      fail(QStringLiteral("the summary shows %1 current medicines, not 50").arg(medications->rowCount()));
    }
  }
  cw::bench::BenchReport report(args.at(1));
  report.add(QStringLiteral("record.open_ms"), cw::bench::median(opens), QStringLiteral("ms"));
  return 0;
}
