// The words of a patient banner, written the way the NHS Common User
// Interface (CUI) patient banner writes them, so every module shows a patient
// the same way: "SMITH, Richard John (Mr)", "12-Mar-1956", an age in the
// CUI's units, "943 476 5919". Pure text: the banner widget lays it out.
#pragma once

#include "core/fhir/Datatypes.h"
#include "core/fhir/DateTime.h"

#include <QDate>
#include <QString>

namespace cw::ui {

// FAMILY name in capitals, then given names, then the title in brackets:
// "SMITH, Richard John (Mr)". A name with only text shows that text.
QString bannerName(const fhir::HumanName& name);

// dd-Mmm-yyyy ("05-Mar-2024"), the CUI's unambiguous date.
QString bannerDate(QDate date);

// Age on `today` in the CUI's units: days under 4 weeks ("6d"), weeks and
// days under 1 year ("5w 2d"), months and days under 2 years ("14m 3d"),
// years and months under 18 ("7y 4m"), then years ("69y"). Empty when the
// birth date is after `today`.
QString bannerAge(QDate birthDate, QDate today);

// A recorded date or time at the precision it was recorded: "2024",
// "Mar-2024", "05-Mar-2024", "05-Mar-2024 10:30" (times in local time).
QString bannerDateTime(const fhir::DateTime& value);

// "12-Mar-1956 (69y)". A birth date known only to the month or year is shown
// at that precision with no age, since no true age can be given.
QString bannerBorn(const fhir::DateTime& birthDate, QDate today);

}  // namespace cw::ui
