// An HTML document in a browser that runs no script, fetches nothing and
// follows no link, with its own off-the-record profile: no cache, no
// cookies, nothing on disk. Destroying the view drops the document.
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace cw::record {

class DocumentWebPage;

class HtmlDocumentView : public QWidget {
  Q_OBJECT

 public:
  HtmlDocumentView(const QByteArray& html, const QByteArray& charset, QWidget* parent = nullptr);
  ~HtmlDocumentView() override;

 private:
  QWebEngineProfile* m_profile;
  DocumentWebPage* m_page;
  QWebEngineView* m_view;
  QLabel* m_linksNote;
};

}  // namespace cw::record
