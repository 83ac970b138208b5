#include "tools/synthetic/Generator.h"

#include "tools/synthetic/CohortPlan.h"
#include "tools/synthetic/NhsNumberGenerator.h"
#include "tools/synthetic/PatientRecordBuilder.h"
#include "tools/synthetic/ReferenceDataBuilder.h"
#include "tools/synthetic/TransactionBundle.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace cw::synthetic {

QDate defaultAnchor() {
  return QDate(2026, 1, 1);
}

void generate(const GeneratorOptions& options, const std::function<void(const QJsonObject& bundle)>& sink) {
  Q_ASSERT(options.patients >= 0 && options.patients <= kMaxPatients);
  Q_ASSERT(options.patientsPerBundle > 0);
  Q_ASSERT(options.anchor.isValid());

  TransactionBundle reference;
  ReferenceDataBuilder::build(reference);
  sink(reference.toJson());

  NhsNumberGenerator nhsNumbers(options.seed);
  for (int first = 0; first < options.patients; first += options.patientsPerBundle) {
    TransactionBundle bundle;
    const int end = std::min(options.patients, first + options.patientsPerBundle);
    for (int index = first; index < end; ++index) {
      PatientRecordBuilder(CohortPlan::forPatient(index), options.seed, options.anchor, nhsNumbers.next(),
                           bundle)
          .build();
    }
    sink(bundle.toJson());
  }
}

int bundleCount(const GeneratorOptions& options) {
  return 1 + (options.patients + options.patientsPerBundle - 1) / options.patientsPerBundle;
}

QString bundleFileName(int index) {
  return QStringLiteral("bundle-") + QString::number(index).rightJustified(4, QLatin1Char('0')) +
         QStringLiteral(".json");
}

WriteResult writeBundles(const GeneratorOptions& options, const QString& outDir) {
  WriteResult result;
  const QDir dir(outDir);
  if (!QDir().mkpath(outDir)) {
    result.error =
        QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(dir.absolutePath()));
    return result;
  }
  generate(options, [&](const QJsonObject& bundle) {
    if (!result.error.isEmpty()) {
      return;  // stop writing after the first failure; later files would leave a gap
    }
    QSaveFile file(dir.filePath(bundleFileName(result.bundles)));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(bundle).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
      result.error = QStringLiteral("cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
      return;
    }
    ++result.bundles;
  });
  return result;
}

}  // namespace cw::synthetic
