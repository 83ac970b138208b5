// Fuzzes the FHIR JSON reader with what a broken or hostile server can send:
// it must never crash, hang or exhaust memory, and whatever it accepts must
// write back to JSON that reads the same again.
#include "core/fhir/Bundle.h"
#include "core/fhir/Json.h"
#include "core/fhir/OperationOutcome.h"
#include "core/fhir/Resource.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray document(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const cw::fhir::JsonParseResult parsed = cw::fhir::parseJson(document);
  if (!parsed.ok()) {
    return 0;
  }
  // Untouched values are written back exactly; rebuilt ones read the same.
  if (parsed.value.toJson() != document.trimmed()) {
    std::abort();
  }
  cw::fhir::JsonValue rebuilt = parsed.value;
  if (rebuilt.isObject()) {
    rebuilt.insert(QStringLiteral("fuzz"), cw::fhir::JsonValue::fromBool(true));
    rebuilt.remove(u"fuzz");
    const cw::fhir::JsonParseResult reparsed = cw::fhir::parseJson(rebuilt.toJson());
    if (!reparsed.ok() || !(reparsed.value == parsed.value)) {
      std::abort();
    }
  }
  const cw::fhir::ResourceParseResult resource = cw::fhir::Resource::fromJson(parsed.value);
  if (resource.ok() != resource.resource.has_value()) {
    std::abort();
  }
  if (resource.resource) {
    if (const auto bundle = cw::fhir::Bundle::from(*resource.resource)) {
      for (const cw::fhir::BundleEntry& entry : bundle->entries()) {
        (void)bundle->resolve(entry.fullUrl);
      }
      (void)bundle->link(u"next");
    }
    if (const auto outcome = cw::fhir::OperationOutcome::from(*resource.resource)) {
      (void)outcome->summary();
    }
  }
  return 0;
}
