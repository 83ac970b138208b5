// A PDF document read from memory (never a temporary file) and shown page
// after page at the width of the view, or a plain message when the PDF is
// damaged or locked.
#pragma once

#include <QByteArray>
#include <QWidget>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QVBoxLayout;

namespace cw::record {

class PdfDocumentView : public QWidget {
  Q_OBJECT

 public:
  PdfDocumentView(const QByteArray& pdf, QWidget* parent = nullptr);
  ~PdfDocumentView() override;

 private:
  void showStatus();

  QVBoxLayout* m_layout;
  QPdfView* m_view;
  QLabel* m_pageCount;
  QBuffer* m_buffer;
  QPdfDocument* m_document;
  bool m_failed = false;
};

}  // namespace cw::record
