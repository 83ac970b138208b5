// Finding a patient in the cache the two ways NHS staff ask for one: by NHS
// number (check digit verified before anything is searched), or by name with
// date of birth, never by name alone, which matches too many people.
#pragma once

#include "core/fhir/NhsNumber.h"
#include "core/ui/PatientBannerFacts.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace cw::store {
class Store;
}

namespace cw::record {

struct NameAndBirthDate {
  QString namePrefix;
  QDate birthDate;
};

struct PatientQuery {
  std::variant<std::monostate, fhir::NhsNumber, NameAndBirthDate> criteria;
  QString error;  // translated: what to correct; empty when the query can run
  bool ok() const { return error.isEmpty(); }
};

// From what was typed. An NHS number, when given, is used alone; otherwise a
// name and a date of birth are both needed. Dates may be typed 05/03/1956,
// 5-3-1956, 05-Mar-1956 or 1956-03-05.
PatientQuery parsePatientQuery(const QString& nhsNumber, const QString& name, const QString& birthDate);

// The date a person typed, in the forms above; invalid when none matches.
QDate parseTypedDate(const QString& text);

// Banner facts of every match, at most `limit`.
QList<ui::BannerFacts> findPatients(const store::Store& store, const PatientQuery& query, QDate today,
                                    int limit = 50);

}  // namespace cw::record
