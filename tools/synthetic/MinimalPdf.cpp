#include "tools/synthetic/MinimalPdf.h"

#include <QStringList>

namespace cw::synthetic {
namespace {

constexpr int kPageWidth = 595;  // A4 in points
constexpr int kPageHeight = 842;
constexpr int kMargin = 56;
constexpr int kLeading = 15;
constexpr int kLinesPerPage = (kPageHeight - 2 * kMargin) / kLeading;
constexpr int kWrapColumn = 88;  // about the text width at 11 pt Helvetica

// Helvetica with WinAnsiEncoding shows Latin-1 as is; other letters lose
// their accent, and anything else becomes '?'.
QByteArray toWinAnsi(const QString& text) {
  QByteArray bytes;
  for (const QChar c : text) {
    if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF)) {
      bytes += static_cast<char>(c.unicode());
      continue;
    }
    if (c == QChar(0x2013) || c == QChar(0x2014)) {
      bytes += '-';
      continue;
    }
    const QString decomposed = c.decomposition();
    bytes += (!decomposed.isEmpty() && decomposed.front().unicode() < 0x80)
                 ? static_cast<char>(decomposed.front().unicode())
                 : '?';
  }
  return bytes;
}

// A PDF literal string; bytes outside printable ASCII as octal escapes so
// the file body stays 7-bit.
QByteArray literal(const QByteArray& text) {
  QByteArray out = "(";
  for (const char byte : text) {
    const auto value = static_cast<unsigned char>(byte);
    if (byte == '(' || byte == ')' || byte == '\\') {
      out += '\\';
      out += byte;
    } else if (value < 0x20 || value > 0x7E) {
      out += '\\';
      out += QByteArray::number(value, 8).rightJustified(3, '0');
    } else {
      out += byte;
    }
  }
  out += ')';
  return out;
}

QList<PdfLine> wrap(const QList<PdfLine>& lines) {
  QList<PdfLine> wrapped;
  for (const PdfLine& line : lines) {
    QString current;
    for (const QString& word : line.text.split(QLatin1Char(' '))) {
      if (!current.isEmpty() && current.size() + 1 + word.size() > kWrapColumn) {
        wrapped << PdfLine{current, line.heading};
        current.clear();
      }
      current += current.isEmpty() ? word : QLatin1Char(' ') + word;
    }
    wrapped << PdfLine{current, line.heading};
  }
  return wrapped;
}

QByteArray contentStream(const QList<PdfLine>& lines) {
  QByteArray stream = "BT\n/F1 11 Tf\n" + QByteArray::number(kLeading) + " TL\n" +
                      QByteArray::number(kMargin) + ' ' + QByteArray::number(kPageHeight - kMargin) + " Td\n";
  bool heading = false;
  for (const PdfLine& line : lines) {
    if (line.heading != heading) {
      heading = line.heading;
      stream += heading ? "/F2 12 Tf\n" : "/F1 11 Tf\n";
    }
    if (!line.text.isEmpty()) {
      stream += literal(toWinAnsi(line.text)) + " Tj ";
    }
    stream += "T*\n";
  }
  stream += "ET";
  return stream;
}

class PdfWriter {
 public:
  PdfWriter() { m_out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"; }

  // Objects must be added in number order, starting at 1.
  void addObject(const QByteArray& body) {
    m_offsets << m_out.size();
    m_out += QByteArray::number(m_offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  }
  void addStream(const QByteArray& data) {
    addObject("<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream");
  }

  QByteArray finish(int rootObject) {
    const qsizetype xrefOffset = m_out.size();
    m_out += "xref\n0 " + QByteArray::number(m_offsets.size() + 1) + "\n";
    m_out += "0000000000 65535 f \n";  // every entry is exactly 20 bytes
    for (const qsizetype offset : m_offsets) {
      m_out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    m_out += "trailer\n<< /Size " + QByteArray::number(m_offsets.size() + 1) + " /Root " +
             QByteArray::number(rootObject) + " 0 R >>\nstartxref\n" + QByteArray::number(xrefOffset) +
             "\n%%EOF\n";
    return m_out;
  }

 private:
  QByteArray m_out;
  QList<qsizetype> m_offsets;
};

}  // namespace

QByteArray MinimalPdf::render(const QList<PdfLine>& lines) {
  const QList<PdfLine> wrapped = wrap(lines);
  QList<QList<PdfLine>> pages;
  for (qsizetype first = 0; first < wrapped.size() || pages.isEmpty(); first += kLinesPerPage) {
    pages << wrapped.mid(first, kLinesPerPage);
  }

  // 1 catalog, 2 page tree, 3 and 4 fonts, then a page and its content per page.
  const auto pageObject = [](qsizetype page) { return 5 + 2 * page; };
  QByteArray kids;
  for (qsizetype page = 0; page < pages.size(); ++page) {
    kids += (page == 0 ? "" : " ") + QByteArray::number(pageObject(page)) + " 0 R";
  }

  PdfWriter writer;
  writer.addObject("<< /Type /Catalog /Pages 2 0 R >>");
  writer.addObject("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>");
  writer.addObject("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  writer.addObject("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  for (qsizetype page = 0; page < pages.size(); ++page) {
    writer.addObject("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(kPageWidth) + ' ' +
                     QByteArray::number(kPageHeight) + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> " +
                     "/Contents " + QByteArray::number(pageObject(page) + 1) + " 0 R >>");
    writer.addStream(contentStream(pages[page]));
  }
  return writer.finish(1);
}

}  // namespace cw::synthetic
