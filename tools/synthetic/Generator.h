// Deterministic synthetic UK patient data as FHIR R4 transaction Bundles, for
// `cwctl generate` and the FHIR dev server's demo seed. The same options give
// byte-identical bundles on every platform; nothing reads the clock.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace cw::synthetic {

// The demo set: 40 patients, about half of them on the two wards, with every
// hard case the tests check (see CohortPlan).
inline constexpr quint64 kDemoSeed = 20260101;
inline constexpr int kDemoPatients = 40;
inline constexpr int kMaxPatients = 100000;

// 2026-01-01: a fixed "today" so output without an explicit anchor never changes.
QDate defaultAnchor();

struct GeneratorOptions {
  int patients = kDemoPatients;  // 0 to kMaxPatients; 0 gives the reference data only
  quint64 seed = kDemoSeed;
  QDate anchor = defaultAnchor();  // the data set's "today": every event is before its 00:00 UTC
  int patientsPerBundle = 50;      // at least 1
};

// Bundles come in load order: the reference data (organisations, wards and
// beds, staff and roles) first, then the patients, `patientsPerBundle` at a
// time, so a large set never sits in memory at once.
void generate(const GeneratorOptions& options, const std::function<void(const QJsonObject& bundle)>& sink);

int bundleCount(const GeneratorOptions& options);
QString bundleFileName(int index);  // "bundle-0007.json"

struct WriteResult {
  int bundles = 0;  // written before any error
  QString error;    // empty on success; otherwise what failed, with the path
};

// Writes compact JSON files named by bundleFileName into `outDir`, creating
// it if needed; existing files of the same names are replaced.
[[nodiscard]] WriteResult writeBundles(const GeneratorOptions& options, const QString& outDir);

}  // namespace cw::synthetic
