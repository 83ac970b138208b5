// Real SQLCipher caches in a temporary folder for the store tests: a key
// file, resources built from JSON, and an audit event to write with.
#pragma once

#include "core/fhir/Resource.h"
#include "core/fhir/resources/AuditEvent.h"
#include "core/store/KeyFileProvider.h"
#include "core/store/Store.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestFiles.h"
#include "tools/synthetic/Generator.h"

#include <QDate>

namespace cw::test {

fhir::Resource resource(const QByteArray& json);
fhir::Resource patient(const QString& id, const QString& family, const QString& given,
                       const QString& nhsNumber, const QString& birthDate,
                       const QString& versionId = QStringLiteral("1"));
fhir::Resource observation(const QString& id, const QString& patientId, const QString& effective,
                           const QString& versionId = QStringLiteral("1"));
fhir::AuditEvent auditEvent();
// The synthetic data set `cwctl generate` makes for these options, stored as
// if downloaded (one page per bundle). Returns the first error, if any.
QString seedSynthetic(store::Store& store, const synthetic::GeneratorOptions& options);

class StoreFixture {
 public:
  StoreFixture();
  // Opens (creating when missing) the cache at `name` with the fixture's key.
  store::Store::Opened open(const QString& name = QStringLiteral("cache.sqlcipher"));
  QString path(const QString& name) const { return m_files.path(name); }
  QString keyPath() const { return m_files.path(QStringLiteral("cache.key")); }
  MockClock& clock() { return m_clock; }

 private:
  TestFiles m_files;
  MockClock m_clock;
  store::KeyFileProvider m_keys;
};

}  // namespace cw::test
