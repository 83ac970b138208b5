#include "tests/integration/StoreFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cw::test {

QString seedSynthetic(store::Store& store, const synthetic::GeneratorOptions& options) {
  QString error;
  synthetic::generate(options, [&](const QJsonObject& bundle) {
    QList<fhir::Resource> page;
    for (const QJsonValue& entry : bundle.value(QLatin1String("entry")).toArray()) {
      fhir::ResourceParseResult parsed = fhir::Resource::parse(
          QJsonDocument(entry.toObject().value(QLatin1String("resource")).toObject()).toJson());
      if (parsed.ok()) {
        page.append(*parsed.resource);
      }
    }
    if (const store::PageResult result = store.applyServerPage(page, {}); !result.ok() && error.isEmpty()) {
      error = result.error;
    }
  });
  return error;
}

fhir::Resource resource(const QByteArray& json) {
  fhir::ResourceParseResult parsed = fhir::Resource::parse(json);
  if (!parsed.ok()) {
    qFatal("test resource does not parse: %s", qPrintable(parsed.error));
  }
  return *parsed.resource;
}

fhir::Resource patient(const QString& id, const QString& family, const QString& given,
                       const QString& nhsNumber, const QString& birthDate, const QString& versionId) {
  return resource(
      QStringLiteral(R"({"resourceType":"Patient","id":"%1",)"
                     R"("meta":{"versionId":"%6","lastUpdated":"2026-01-01T10:00:00Z"},)"
                     R"("identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%4"}],)"
                     R"("name":[{"use":"official","family":"%2","given":["%3"]}],)"
                     R"("gender":"female","birthDate":"%5"})")
          .arg(id, family, given, nhsNumber, birthDate, versionId)
          .toUtf8());
}

fhir::Resource observation(const QString& id, const QString& patientId, const QString& effective,
                           const QString& versionId) {
  // Without an id it is a new local record: no id and no server meta.
  const QString head =
      id.isEmpty()
          ? QString()
          : QStringLiteral(R"("id":"%1","meta":{"versionId":"%2","lastUpdated":"2026-01-01T10:00:00Z"},)")
                .arg(id, versionId);
  return resource(
      QStringLiteral(R"({"resourceType":"Observation",%1)"
                     R"("status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},)"
                     R"("subject":{"reference":"Patient/%2"},"effectiveDateTime":"%3",)"
                     R"("valueQuantity":{"value":72,"unit":"/min"}})")
          .arg(head, patientId, effective)
          .toUtf8());
}

fhir::AuditEvent auditEvent() {
  fhir::AuditEvent event = fhir::AuditEvent::create();
  event.setAction(QStringLiteral("U"));
  event.setRecorded(fhir::DateTime::parse(u"2026-11-21T09:00:00Z"));
  event.setOutcome(QStringLiteral("0"));
  return event;
}

StoreFixture::StoreFixture() : m_keys(keyPath(), store::KeyCreation::IfMissing) {}

store::Store::Opened StoreFixture::open(const QString& name) {
  return store::Store::open(path(name), m_keys, m_clock);
}

}  // namespace cw::test
