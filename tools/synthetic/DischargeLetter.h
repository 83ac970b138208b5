// A discharge summary from the trust to the patient's GP, rendered as HTML
// and as PDF, the two forms the document viewer must show.
#pragma once

#include "tools/synthetic/MinimalPdf.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw::synthetic {

struct DischargeLetter {
  QString trustName;
  QString wardName;
  QString practiceName;
  QString patientName;
  QString nhsNumber;  // display form "999 123 4567"
  QDate birthDate;
  QDate admitted;
  QDate discharged;
  QString diagnosis;
  QString summary;
  QStringList medicines;  // "Name: instruction"
  QString followUp;
  QString author;  // "Dr Tom Whitfield, Foundation Year 1 doctor"

  QString title() const;  // "Discharge summary, 12 December 2025"
  QString toHtml() const;
  QList<PdfLine> toPdfLines() const;
};

}  // namespace cw::synthetic
