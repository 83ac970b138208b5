// Clinical values as a person reads them, exactly as recorded: a quantity
// keeps its written decimals and comparator ("<5 mmol/L"), a value of a type
// this viewer does not lay out says so rather than showing something else.
#pragma once

#include "core/fhir/Datatypes.h"
#include "core/fhir/resources/Observation.h"

#include <QString>

namespace cw::record {

QString quantityText(const fhir::Quantity& quantity);
QString valueText(const fhir::ChoiceValue& value);
// The observation's value, its components ("120/80 mmHg" for a blood
// pressure) or why there is none ("No value: not performed").
QString observationValueText(const fhir::Observation& observation);

}  // namespace cw::record
