// The document viewer plug-in as the record module uses it, through
// DocumentViewerLoader: HTML shows but runs no script, fetches nothing from
// anywhere (a real HTTP server on loopback would see it) and follows no link;
// a PDF shows from memory; a damaged PDF, plain text and unknown types get
// what a clinician can read safely.
#include "core/ui/DocumentViewerLoader.h"
#include "core/ui/PluginLocator.h"
#include "tests/support/ScriptedHttpServer.h"
#include "tests/support/TestFiles.h"
#include "tools/synthetic/MinimalPdf.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace cw;
using test::ScriptedHttpServer;
using test::ScriptedResponse;

namespace {

constexpr int kWebEngineTimeoutMs = 20000;
// Long enough for anything the page would fetch after loading to arrive.
constexpr int kSettleMs = 1500;
const QUrl kDocumentUrl(QStringLiteral("cw-document:document"));

ScriptedResponse ok(const QByteArray& contentType, const QByteArray& body) {
  return {200,
          {{"Content-Type", contentType}},
          body,
          std::chrono::milliseconds(0),
          ScriptedResponse::Action::Respond};
}

// Answers every path the documents below name, so a request that slipped
// through would succeed and be recorded.
void answerEverything(ScriptedHttpServer& server) {
  for (const char* path : {"/style.css", "/import.css", "/background.png", "/image.png", "/frame", "/refresh",
                           "/next", "/typed", "/font.woff", "/object"}) {
    server.script(QString::fromLatin1(path), {ok("text/plain", "hit")});
  }
}

// What the server was asked for, to say what slipped through.
QByteArray fetched(const ScriptedHttpServer& server) {
  QByteArray paths = "fetched:";
  for (const test::RecordedRequest& request : server.requests()) {
    paths += ' ' + request.url.path().toUtf8();
  }
  return paths;
}

QByteArray pdfOfLines(int count) {
  QList<synthetic::PdfLine> lines;
  for (int i = 1; i <= count; ++i) {
    lines << synthetic::PdfLine{QStringLiteral("Line %1 of the letter").arg(i), false};
  }
  return synthetic::MinimalPdf::render(lines);
}

QWebEnginePage* pageOf(QWidget* viewer) {
  auto* view = viewer->findChild<QWebEngineView*>();
  return view == nullptr ? nullptr : view->page();
}

std::optional<QString> plainText(QWebEnginePage* page) {
  std::optional<QString> text;
  page->toPlainText([&text](const QString& result) { text = result; });
  if (!QTest::qWaitFor([&text] { return text.has_value(); }, kWebEngineTimeoutMs)) {
    return std::nullopt;
  }
  return text;
}

// Dark pixels in what the widget paints: a page with text on it has many.
int darkPixels(QWidget* widget) {
  const QImage image = widget->grab().toImage();
  int dark = 0;
  for (int y = 0; y < image.height(); y += 2) {
    for (int x = 0; x < image.width(); x += 2) {
      dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    }
  }
  return dark;
}

}  // namespace

class TestDocumentViewer : public QObject {
  Q_OBJECT

 private:
  ui::DocumentViewerLoader m_loader;

  std::unique_ptr<QWidget> open(const QByteArray& data, const QString& contentType) {
    ui::DocumentViewerFactory* factory = m_loader.factory();
    if (factory == nullptr) {
      return nullptr;
    }
    std::unique_ptr<QWidget> viewer(
        factory->createViewer({data, contentType, QStringLiteral("Discharge summary")}, nullptr));
    viewer->resize(800, 600);
    viewer->show();
    return viewer;
  }

  // Opens an HTML document and waits until it has loaded.
  std::unique_ptr<QWidget> openHtml(const QByteArray& html,
                                    const QString& contentType = QStringLiteral("text/html")) {
    auto viewer = open(html, contentType);
    QWebEnginePage* page = viewer ? pageOf(viewer.get()) : nullptr;
    if (page == nullptr) {
      return nullptr;
    }
    QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
    if (!QTest::qWaitFor([&loaded] { return !loaded.isEmpty(); }, kWebEngineTimeoutMs) ||
        !loaded.first().first().toBool()) {
      return nullptr;
    }
    return viewer;
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY2(m_loader.factory() != nullptr, qPrintable(m_loader.error())); }

  void htmlShowsTheDocument_data() {
    // No <meta charset>: the Content-Type's charset decides, and UTF-8 when
    // it names none or something that is not a charset's name.
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("no charset") << QStringLiteral("text/html") << QByteArray("Si\xc3\xa2n Pugh, caf\xc3\xa9");
    QTest::newRow("charset given") << QStringLiteral("Text/HTML; charset=\"ISO-8859-1\"")
                                   << QByteArray("Si\xe2n Pugh, caf\xe9");
    QTest::newRow("charset that is not a name")
        << QStringLiteral("text/html; charset=\"utf-8\r\nSet-Cookie: a=b\"")
        << QByteArray("Si\xc3\xa2n Pugh, caf\xc3\xa9");
  }
  void htmlShowsTheDocument() {
    QFETCH(QString, contentType);
    QFETCH(QByteArray, name);
    auto viewer = openHtml("<h1>Discharge summary</h1><p>Seen by Dr " + name + " ward.</p>", contentType);
    QVERIFY(viewer);
    const std::optional<QString> text = plainText(pageOf(viewer.get()));
    QVERIFY(text);
    QVERIFY2(text->contains(QStringLiteral("Discharge summary")), qPrintable(*text));
    QVERIFY2(text->contains(QStringLiteral("Dr Si\u00e2n Pugh, caf\u00e9 ward")), qPrintable(*text));
  }

  void htmlOverTwoMegabytesShows() {
    // setHtml() would refuse this; the letter must still show.
    const QByteArray html = "<p>Start of a long letter</p><!-- " + QByteArray(3 * 1024 * 1024, 'x') +
                            " --><p>End of a long letter</p>";
    auto viewer = openHtml(html);
    QVERIFY(viewer);
    const std::optional<QString> text = plainText(pageOf(viewer.get()));
    QVERIFY(text);
    QVERIFY2(text->contains(QStringLiteral("End of a long letter")), qPrintable(text->left(200)));
  }

  void scriptsInADocumentDoNotRun() {
    auto viewer = openHtml(
        "<html><head><title>Letter</title></head>"
        "<body onload=\"document.title = 'onload ran'\">"
        "<p id=\"status\">As written by the ward</p>"
        "<script>document.title = 'script ran';"
        "document.getElementById('status').textContent = 'Changed by a script';</script>"
        "<img src=\"data:,\" onerror=\"document.title = 'handler ran'\">"
        "</body></html>");
    QVERIFY(viewer);
    QWebEnginePage* page = pageOf(viewer.get());
    QTest::qWait(500);
    QCOMPARE(page->title(), QStringLiteral("Letter"));
    const std::optional<QString> text = plainText(page);
    QVERIFY(text);
    QVERIFY2(text->contains(QStringLiteral("As written by the ward")), qPrintable(*text));
    QVERIFY2(!text->contains(QStringLiteral("Changed by a script")), qPrintable(*text));
  }

  void remoteContentIsNeverFetched() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    answerEverything(server);
    const auto at = [&server](const char* path) { return server.url(QString::fromLatin1(path)).toString(); };
    const QString html =
        QStringLiteral(
            "<html><head>"
            "<link rel=\"stylesheet\" href=\"%1\">"
            "<style>@import url(\"%2\"); body { background: url(\"%3\"); }"
            "@font-face { font-family: f; src: url(\"%4\"); } p { font-family: f; }</style>"
            "<meta http-equiv=\"refresh\" content=\"0; url=%5\">"
            "</head><body><p>Letter with remote parts</p>"
            "<img src=\"%6\"><iframe src=\"%7\"></iframe><object data=\"%8\"></object>"
            "</body></html>")
            .arg(at("/style.css"), at("/import.css"), at("/background.png"), at("/font.woff"), at("/refresh"),
                 at("/image.png"), at("/frame"), at("/object"));
    auto viewer = openHtml(html.toUtf8());
    QVERIFY(viewer);
    QTest::qWait(kSettleMs);
    QWebEnginePage* page = pageOf(viewer.get());
    QCOMPARE(page->url(), kDocumentUrl);
    const std::optional<QString> text = plainText(page);
    QVERIFY(text);
    QVERIFY2(text->contains(QStringLiteral("Letter with remote parts")), qPrintable(*text));
    QVERIFY2(server.requests().isEmpty(), fetched(server).constData());
  }

  void linksGoNowhere() {
    ScriptedHttpServer server;
    QVERIFY(server.listenOnLoopback() != 0);
    answerEverything(server);
    // One link covering the whole page, so a click anywhere lands on it.
    auto viewer = openHtml(QStringLiteral("<body style=\"margin: 0\"><a href=\"%1\" style=\"display: block; "
                                          "height: 100vh\">Next letter</a></body>")
                               .arg(server.url(QStringLiteral("/next")).toString())
                               .toUtf8());
    QVERIFY(viewer);
    auto* note = viewer->findChild<QLabel*>(QStringLiteral("linksDisabledNote"));
    QVERIFY(note);
    QVERIFY(!note->isVisible());
    auto* view = viewer->findChild<QWebEngineView*>();
    QVERIFY(QTest::qWaitForWindowExposed(viewer.get()));
    QWidget* surface = view->focusProxy();
    QVERIFY(surface);

    QTest::mouseClick(surface, Qt::LeftButton, {}, surface->rect().center());
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kWebEngineTimeoutMs);
    QVERIFY(!note->text().isEmpty());

    // Anything else that would navigate, such as the code calling load().
    view->load(server.url(QStringLiteral("/typed")));
    QTest::qWait(kSettleMs);
    QCOMPARE(view->page()->url(), kDocumentUrl);
    const std::optional<QString> text = plainText(view->page());
    QVERIFY(text);
    QVERIFY2(text->contains(QStringLiteral("Next letter")), qPrintable(*text));
    QVERIFY2(server.requests().isEmpty(), fetched(server).constData());
  }

  void pdfShowsItsPages() {
    auto viewer = open(pdfOfLines(60), QStringLiteral("application/pdf"));
    QVERIFY(viewer);
    auto* pageCount = viewer->findChild<QLabel*>(QStringLiteral("pdfPageCount"));
    QVERIFY(pageCount);
    // "2 pages" once en_GB's plural forms are loaded; "2 page(s)" without them.
    QTRY_VERIFY2_WITH_TIMEOUT(pageCount->text().startsWith(QStringLiteral("2 page")),
                              qPrintable(pageCount->text()), kWebEngineTimeoutMs);
    auto* pdfView = viewer->findChild<QWidget*>(QStringLiteral("pdfView"));
    QVERIFY(pdfView && pdfView->isVisible());
    QVERIFY(viewer->findChild<QWidget*>(QStringLiteral("documentMessage")) == nullptr);
    // Rendering is asynchronous; the letter's text is drawn in black.
    QTRY_VERIFY_WITH_TIMEOUT(darkPixels(pdfView) > 200, kWebEngineTimeoutMs);
  }

  void damagedPdfGivesAMessage_data() {
    QTest::addColumn<QByteArray>("pdf");
    const QByteArray good = pdfOfLines(60);
    QTest::newRow("truncated") << good.left(good.size() / 3);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a PDF") << QByteArray("<html>not a pdf</html>");
  }
  void damagedPdfGivesAMessage() {
    QFETCH(QByteArray, pdf);
    auto viewer = open(pdf, QStringLiteral("application/pdf"));
    QVERIFY(viewer);
    QLabel* message = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (message = viewer->findChild<QLabel*>(QStringLiteral("documentMessage"))) != nullptr,
        kWebEngineTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("damaged")), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    QVERIFY(!viewer->findChild<QWidget*>(QStringLiteral("pdfView"))->isVisible());
  }

  void plainTextIsNeverInterpretedAsHtml_data() {
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("shown");
    QTest::newRow("markup stays text")
        << QStringLiteral("text/plain") << QByteArray("<b>Bold</b> <script>alert(1)</script> caf\xc3\xa9")
        << QStringLiteral("<b>Bold</b> <script>alert(1)</script> caf\u00e9");
    QTest::newRow("charset from the type") << QStringLiteral("text/plain; charset=ISO-8859-1")
                                           << QByteArray("caf\xe9") << QStringLiteral("caf\u00e9");
  }
  void plainTextIsNeverInterpretedAsHtml() {
    QFETCH(QString, contentType);
    QFETCH(QByteArray, data);
    QFETCH(QString, shown);
    auto viewer = open(data, contentType);
    QVERIFY(viewer);
    auto* text = qobject_cast<QPlainTextEdit*>(viewer.get());
    QVERIFY(text);
    QCOMPARE(text->toPlainText(), shown);
    QVERIFY(text->isReadOnly());
  }

  void otherTypesSayTheyCannotBeShown_data() {
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("named");
    QTest::newRow("Word") << QStringLiteral("application/msword") << QStringLiteral("application/msword");
    QTest::newRow("XHTML is not HTML here")
        << QStringLiteral("application/xhtml+xml") << QStringLiteral("application/xhtml+xml");
    QTest::newRow("none given") << QString() << QStringLiteral("not stated");
  }
  void otherTypesSayTheyCannotBeShown() {
    QFETCH(QString, contentType);
    QFETCH(QString, named);
    auto viewer = open("<script>document.title = 'x'</script>", contentType);
    QVERIFY(viewer);
    auto* message = qobject_cast<QLabel*>(viewer.get());
    QVERIFY(message);
    QCOMPARE(message->objectName(), QStringLiteral("documentMessage"));
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QVERIFY2(message->text().contains(QStringLiteral("cannot be shown here")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(named), qPrintable(message->text()));
    QVERIFY(viewer->findChild<QWebEngineView*>() == nullptr);
  }

  void missingPluginIsReportedNotCrashed() {
    // A file with the plug-in's name that is not the plug-in is never loaded.
    const test::TestFiles folder;
    folder.write(QStringLiteral("libcw_document_viewer.so"), "not a plug-in");
    const QByteArray saved = qgetenv("CW_PLUGIN_PATH");
    qputenv("CW_PLUGIN_PATH", folder.root().toLocal8Bit());
    ui::DocumentViewerLoader loader;
    ui::DocumentViewerFactory* factory = loader.factory();
    qputenv("CW_PLUGIN_PATH", saved);
    QVERIFY(factory == nullptr);
    QVERIFY2(loader.error().contains(QStringLiteral("document viewer is missing")),
             qPrintable(loader.error()));
  }
};

int main(int argc, char* argv[]) {
  ui::prepareForWebEnginePlugins();
  QApplication app(argc, argv);
  TestDocumentViewer test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "tst_documentviewer.moc"
