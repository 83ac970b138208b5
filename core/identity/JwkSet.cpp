#include "core/identity/JwkSet.h"

namespace cw::identity {

std::optional<JwkSet> JwkSet::parse(const QByteArray& document) {
  fhir::JsonLimits limits;
  limits.maxDepth = 16;
  limits.maxDocumentBytes = 1024 * 1024;
  const fhir::JsonParseResult parsed = fhir::parseJson(document, limits);
  if (!parsed.ok() || !parsed.value[u"keys"].isArray()) {
    return std::nullopt;
  }
  JwkSet set;
  for (const fhir::JsonValue& item : parsed.value[u"keys"].items()) {
    if (std::optional<Jwk> key = Jwk::fromJson(item)) {
      set.m_keys.append(std::move(*key));
    }
  }
  return set;
}

const Jwk* JwkSet::find(const QString& keyId) const {
  for (const Jwk& key : m_keys) {
    if (key.keyId() == keyId) {
      return &key;
    }
  }
  return nullptr;
}

}  // namespace cw::identity
