#include "tools/synthetic/TransactionBundle.h"

#include "tools/synthetic/FhirJson.h"

#include <QUuid>

namespace cw::synthetic {
namespace {

// Name-based (v5) UUIDs under a namespace of our own: fullUrl must be
// absolute, and the same resource gets the same urn:uuid on every run.
const QUuid kNamespace(0x5c0b7a3e, 0x2f4d, 0x4e8a, 0x9b, 0x1c, 0x6d, 0x0e, 0x37, 0x51, 0xa2, 0xc4);

}  // namespace

void TransactionBundle::add(const QJsonObject& resource) {
  const QString url = resource.value(QLatin1String("resourceType")).toString() + QLatin1Char('/') +
                      resource.value(QLatin1String("id")).toString();
  Q_ASSERT(!resource.value(QLatin1String("id")).toString().isEmpty());
  const QString fullUrl =
      QStringLiteral("urn:uuid:") + QUuid::createUuidV5(kNamespace, url).toString(QUuid::WithoutBraces);
  m_entries.append(json::object({{"fullUrl", fullUrl},
                                 {"resource", resource},
                                 {"request", json::object({{"method", "PUT"}, {"url", url}})}}));
}

QJsonObject TransactionBundle::toJson() const {
  return json::object({{"resourceType", "Bundle"}, {"type", "transaction"}, {"entry", m_entries}});
}

}  // namespace cw::synthetic
