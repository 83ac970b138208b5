// A FHIR transaction Bundle of PUT entries ("Type/id"), so ids stay stable
// across bundles and loads, and references between bundles stay relative.
#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace cw::synthetic {

class TransactionBundle {
 public:
  // `resource` must carry resourceType and id.
  void add(const QJsonObject& resource);

  QJsonObject toJson() const;

 private:
  QJsonArray m_entries;
};

}  // namespace cw::synthetic
