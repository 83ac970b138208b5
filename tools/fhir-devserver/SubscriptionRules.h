// What this server does with R4 Subscription resources: criteria must be a
// search it can run; a requested websocket subscription becomes active; other
// channel types are stored with status "error", since nothing delivers them.
#pragma once

#include "core/fhir/Resource.h"
#include "tools/fhir-devserver/SearchQuery.h"

#include <QString>

#include <optional>

namespace cw::devserver {

class SubscriptionRules {
 public:
  // Checks and activates a Subscription about to be stored. Returns why it
  // cannot be stored, or an empty string.
  static QString prepare(fhir::Resource& subscription);
  // The criteria of an active websocket subscription; nothing otherwise.
  static std::optional<SearchQuery> activeCriteria(const fhir::Resource& subscription);

 private:
  static SearchParseResult parseCriteria(const QString& criteria);
};

}  // namespace cw::devserver
