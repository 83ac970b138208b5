// A small, valid PDF 1.4 of plain text lines (A4, Helvetica, WinAnsi), written
// by hand so letters need no PDF library: correct object offsets in the xref
// table and exact stream lengths, so strict readers open it without repair.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw::synthetic {

struct PdfLine {
  QString text;  // characters outside Latin-1 are folded ("ś" -> "s") or shown as "?"
  bool heading = false;
};

class MinimalPdf {
 public:
  // Long lines wrap at word boundaries; pages are added as needed.
  static QByteArray render(const QList<PdfLine>& lines);
};

}  // namespace cw::synthetic
