// The offline cache on a real SQLCipher file holding 100 000 patients'
// demographics:
//   store.bulk_insert_rps  resources/s applyServerPage stores (pages of 500,
//                          one transaction each, with index rows)
//   record.search_ms       patient search by name prefix + date of birth, median of 25
//   record.search_nhs_ms   patient search by NHS number, median of 25
//   memory.cached_100k_mb  resident memory of the real shell started with that
//                          cache as its offline cache (given the shell and a config)
//   bench_store <results.json> [patients] [<clinical-workstation> <config>]
#include "bench/BenchReport.h"
#include "bench/ShellLaunch.h"
#include "core/base/Clock.h"
#include "core/fhir/NhsNumber.h"
#include "core/store/KeyFileProvider.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {

constexpr int kPage = 500;
constexpr int kRuns = 25;
const char* const kFamilies[] = {"Smith",   "Jones",    "Williams", "Taylor",   "Brown",   "Davies",
                                 "Evans",   "Wilson",   "Thomas",   "Roberts",  "Johnson", "Lewis",
                                 "Walker",  "Robinson", "Wood",     "Thompson", "White",   "Watson",
                                 "Jackson", "Wright",   "Green",    "Harris"};
const char* const kGivens[] = {"Oliver", "Amelia", "George",   "Isla",  "Harry", "Ava",
                               "Noah",   "Mia",    "Jack",     "Ivy",   "Leo",   "Lily",
                               "Arthur", "Freya",  "Muhammad", "Grace", "Rhys",  "Seren"};

[[noreturn]] void fail(const QString& message) {
  QTextStream(stderr) << "bench_store: " << message << '\n';
  std::exit(1);
}

// Valid NHS numbers in the 999 test range, skipping nine-digit stems with no check digit.
QString nhsNumber(int index) {
  for (int stem = 999000000 + index * 7;; ++stem) {
    const QString nine = QString::number(stem);
    if (const auto digit = cw::fhir::NhsNumber::checkDigit(nine)) {
      return nine + QString::number(*digit);
    }
  }
}

QDate birthDate(int index) {
  return QDate(1930, 1, 1).addDays(index % 29000);
}

cw::fhir::Resource patient(int index) {
  const QByteArray json =
      QStringLiteral(R"({"resourceType":"Patient","id":"pat-%1","meta":{"versionId":"1",)"
                     R"("lastUpdated":"2026-01-01T10:00:00Z"},"identifier":[{"system":)"
                     R"("https://fhir.nhs.uk/Id/nhs-number","value":"%2"}],"name":[{"use":"official",)"
                     R"("family":"%3","given":["%4"]}],"gender":"%5","birthDate":"%6"})")
          .arg(index)
          .arg(nhsNumber(index), QLatin1String(kFamilies[index % std::size(kFamilies)]),
               QLatin1String(kGivens[(index / 7) % std::size(kGivens)]),
               QLatin1String(index % 2 == 0 ? "female" : "male"), birthDate(index).toString(Qt::ISODate))
          .toUtf8();
  return *cw::fhir::Resource::parse(json).resource;
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  if (args.size() < 2) {
    fail(QStringLiteral("usage: bench_store <results.json> [patients]"));
  }
  const int patients = args.size() > 2 ? args.at(2).toInt() : 100000;
  QTemporaryDir dir;
  cw::store::KeyFileProvider keys(dir.filePath(QStringLiteral("cache.key")),
                                  cw::store::KeyCreation::IfMissing);
  const cw::base::SystemClock clock;
  auto opened = cw::store::Store::open(dir.filePath(QStringLiteral("cache.sqlcipher")), keys, clock);
  if (!opened.store) {
    fail(opened.error);
  }
  cw::store::Store& cache = *opened.store;

  // Pages are built before the clock starts: this times the store, not JSON building.
  qint64 insertNs = 0;
  for (int first = 0; first < patients; first += kPage) {
    QList<cw::fhir::Resource> page;
    for (int i = first; i < std::min(patients, first + kPage); ++i) {
      page.append(patient(i));
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = cache.applyServerPage(page, {});
    insertNs += timer.nsecsElapsed();
    if (!result.ok()) {
      fail(result.error);
    }
  }
  const double insertRate = double(patients) / (double(insertNs) / 1e9);

  QList<double> byName;
  QList<double> byNumber;
  for (int run = 0; run < kRuns; ++run) {
    const int index = (run * 3989) % patients;
    const QString family = QLatin1String(kFamilies[index % std::size(kFamilies)]);
    QElapsedTimer timer;
    timer.start();
    const auto found = cache.findPatients(family.left(3), birthDate(index));
    byName.append(double(timer.nsecsElapsed()) / 1e6);
    if (found.isEmpty()) {
      fail(QStringLiteral("name search found nothing"));
    }
    const auto number = cw::fhir::NhsNumber::parse(nhsNumber(index));
    timer.restart();
    const auto exact = cache.findPatients(*number);
    byNumber.append(double(timer.nsecsElapsed()) / 1e6);
    if (exact.isEmpty()) {
      fail(QStringLiteral("NHS number search found nothing"));
    }
  }
  cw::bench::BenchReport report(args.at(1));
  report.add(QStringLiteral("store.bulk_insert_rps"), insertRate, QStringLiteral("resources/s"));
  report.add(QStringLiteral("record.search_ms"), cw::bench::median(byName), QStringLiteral("ms"));
  report.add(QStringLiteral("record.search_nhs_ms"), cw::bench::median(byNumber), QStringLiteral("ms"));

  if (args.size() > 4) {
    // The shell opens this cache at start-up, as a workstation would after its first sync.
    const QString config = dir.filePath(QStringLiteral("workstation.conf"));
    QFile file(config);
    QFile base(args.at(4));
    if (!base.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly)) {
      fail(QStringLiteral("cannot write the shell's configuration"));
    }
    file.write(base.readAll() + "\ncache_key_provider=keyfile\ncache_key_file=" +
               dir.filePath(QStringLiteral("cache.key")).toUtf8() +
               "\ncache_path=" + dir.filePath(QStringLiteral("cache.sqlcipher")).toUtf8() + '\n');
    file.close();
    opened.store.reset();
    cw::bench::ShellLaunch shell(args.at(3), config, dir.path());
    if (!shell.waitUntilShown()) {
      fail(QStringLiteral("the shell did not show its window"));
    }
    QThread::msleep(3000);  // let start-up work (cache open, first sync attempt) settle
    report.add(QStringLiteral("memory.cached_100k_mb"), shell.residentMegabytes(), QStringLiteral("MB"));
  }
  return 0;
}
