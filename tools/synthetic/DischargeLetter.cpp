#include "tools/synthetic/DischargeLetter.h"

#include <array>

namespace cw::synthetic {
namespace {

// Spelled out here rather than through QLocale so the text cannot vary with
// the platform's locale data.
QString longDate(const QDate& date) {
  constexpr std::array kMonths{"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
  return QStringLiteral("%1 %2 %3")
      .arg(date.day())
      .arg(QLatin1String(kMonths[static_cast<std::size_t>(date.month() - 1)]))
      .arg(date.year());
}

QString paragraph(const QString& text) {
  return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>\n");
}

QString heading(const QString& text) {
  return QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>\n");
}

}  // namespace

QString DischargeLetter::title() const {
  return QStringLiteral("Discharge summary, ") + longDate(discharged);
}

QString DischargeLetter::toHtml() const {
  QString html =
      QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  html += title().toHtmlEscaped();
  html += QStringLiteral("</title>\n</head>\n<body>\n<h1>Discharge summary</h1>\n");
  html += paragraph(trustName + QStringLiteral(", ") + wardName);
  html += QStringLiteral("<table>\n");
  const auto row = [&html](const QString& label, const QString& value) {
    html += QStringLiteral("<tr><th scope=\"row\">") + label.toHtmlEscaped() + QStringLiteral("</th><td>") +
            value.toHtmlEscaped() + QStringLiteral("</td></tr>\n");
  };
  row(QStringLiteral("Patient"), patientName);
  row(QStringLiteral("NHS number"), nhsNumber);
  row(QStringLiteral("Date of birth"), longDate(birthDate));
  row(QStringLiteral("Admitted"), longDate(admitted));
  row(QStringLiteral("Discharged"), longDate(discharged));
  row(QStringLiteral("GP practice"), practiceName);
  html += QStringLiteral("</table>\n");
  html += heading(QStringLiteral("Diagnosis")) + paragraph(diagnosis);
  html += heading(QStringLiteral("Summary")) + paragraph(summary);
  html += heading(QStringLiteral("Medicines on discharge"));
  if (medicines.isEmpty()) {
    html += paragraph(QStringLiteral("No changes to regular medicines."));
  } else {
    html += QStringLiteral("<ul>\n");
    for (const QString& medicine : medicines) {
      html += QStringLiteral("<li>") + medicine.toHtmlEscaped() + QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ul>\n");
  }
  html += heading(QStringLiteral("Actions for the GP")) + paragraph(followUp);
  html += paragraph(author);
  html += QStringLiteral("</body>\n</html>\n");
  return html;
}

QList<PdfLine> DischargeLetter::toPdfLines() const {
  QList<PdfLine> lines{{QStringLiteral("Discharge summary"), true},
                       {trustName + QStringLiteral(", ") + wardName},
                       {},
                       {QStringLiteral("Patient: ") + patientName},
                       {QStringLiteral("NHS number: ") + nhsNumber},
                       {QStringLiteral("Date of birth: ") + longDate(birthDate)},
                       {QStringLiteral("Admitted: ") + longDate(admitted)},
                       {QStringLiteral("Discharged: ") + longDate(discharged)},
                       {QStringLiteral("GP practice: ") + practiceName},
                       {},
                       {QStringLiteral("Diagnosis"), true},
                       {diagnosis},
                       {},
                       {QStringLiteral("Summary"), true},
                       {summary},
                       {},
                       {QStringLiteral("Medicines on discharge"), true}};
  if (medicines.isEmpty()) {
    lines << PdfLine{QStringLiteral("No changes to regular medicines.")};
  }
  for (const QString& medicine : medicines) {
    lines << PdfLine{QStringLiteral("- ") + medicine};
  }
  lines << PdfLine{} << PdfLine{QStringLiteral("Actions for the GP"), true} << PdfLine{followUp} << PdfLine{}
        << PdfLine{author};
  return lines;
}

}  // namespace cw::synthetic
