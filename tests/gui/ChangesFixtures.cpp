#include "tests/gui/ChangesFixtures.h"

#include "tests/integration/StoreFixture.h"

namespace cw::test {

fhir::Resource heartRate(const QString& id, const QString& value, const QString& versionId) {
  // Without an id it is a new local record: no id and no server meta.
  const QString head =
      id.isEmpty()
          ? QString()
          : QStringLiteral(R"("id":"%1","meta":{"versionId":"%2","lastUpdated":"2026-11-21T09:00:00Z"},)")
                .arg(id, versionId);
  return resource(
      QStringLiteral(
          R"({"resourceType":"Observation",%1)"
          R"("status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}]},)"
          R"("subject":{"reference":"Patient/pat-1"},"effectiveDateTime":"2026-11-21T09:00:00Z",)"
          R"("valueQuantity":{"value":%2,"unit":"/min"}})")
          .arg(head, value)
          .toUtf8());
}

}  // namespace cw::test
