// The search-index rows of one resource that the cache's queries read:
// identifiers and status (token), folded names (string), birth dates (date),
// the references the ward list follows and those to local ids (reference),
// and the patient compartment with the time that orders it newest first.
#pragma once

#include "core/fhir/Resource.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw::store {

struct TokenRow {
  QString name;
  QString system;
  QString code;
};
struct StringRow {
  QString name;
  QString value;  // folded by foldForSearch
};
struct DateRow {
  QString name;
  qint64 start = 0;  // ms since the epoch, UTC: the first and last instant the value covers
  qint64 end = 0;
};
struct ReferenceRow {
  QString name;  // the top-level element that holds it, e.g. "subject", "location"
  QString targetType;
  QString targetId;
};

struct IndexRows {
  QList<TokenRow> tokens;
  QList<StringRow> strings;
  QList<DateRow> dates;
  QList<ReferenceRow> references;
  QString compartmentPatientId;  // empty when not in a patient's compartment
  std::optional<qint64> clinicalTime;
};

IndexRows indexResource(const fhir::Resource& resource);

// Lower case without accents, spaces or punctuation: "O'Brien" and "obrien",
// "Zoë" and "zoe" find each other. Names and search text are folded alike.
QString foldForSearch(QStringView text);

}  // namespace cw::store
