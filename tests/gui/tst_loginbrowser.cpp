// The sign-in browser plug-in against real HTTP servers on loopback: the
// redirect is reported and never loaded, the page cannot leave the identity
// provider or fetch from anywhere else, the card bridge signs only the
// issuer's challenge (bound to its origin), and no cookie survives a login.
// The card behind the bridge is a fixed stand-in here: this test is about
// the browser; tst_signon drives the real card through the same bridge.
#include "app/LoginBrowserLoader.h"
#include "tests/support/Ports.h"
#include "tests/support/ScriptedHttpServer.h"

#include <QApplication>
#include <QPromise>
#include <QTest>

#include <memory>

using namespace cw;
using test::ScriptedHttpServer;
using test::ScriptedResponse;

namespace {

constexpr int kWebEngineTimeoutMs = 20000;
const QString kChallenge = QStringLiteral("q5bX2lEjq6tIxZ0kWcPZ9u8FJm3f2yTnVhSe4rLkGzA");

ScriptedResponse html(const QString& body, test::ScriptHeaders extra = {}) {
  extra.append(std::pair<QByteArray, QByteArray>("Content-Type", "text/html; charset=utf-8"));
  return {200, extra, body.toUtf8(), std::chrono::milliseconds(0), ScriptedResponse::Action::Respond};
}

QFuture<shell::CardSignature> fixedSignature(QList<QByteArray>* messages, const QByteArray& message) {
  messages->append(message);
  QPromise<shell::CardSignature> promise;
  promise.start();
  promise.addResult(
      shell::CardSignature{QByteArray("DER-CERT"), QByteArray("SIG"), QStringLiteral("ES256"), {}});
  promise.finish();
  return promise.future();
}

struct LoginRun {
  std::unique_ptr<QWidget> page;
  QUrl redirect;
  QString failure;
  QList<QByteArray> signedMessages;
};

}  // namespace

class TestLoginBrowser : public QObject {
  Q_OBJECT

 private:
  shell::LoginBrowserLoader m_loader;

  // Opens `start` in a fresh sign-in browser whose redirect URI is on `redirectServer`.
  std::unique_ptr<LoginRun> open(const QUrl& start, const QUrl& redirectUri) {
    auto run = std::make_unique<LoginRun>();
    LoginRun* raw = run.get();
    shell::LoginPageRequest request;
    request.authorizationUrl = start;
    request.redirectUri = redirectUri;
    request.signWithCard = [raw](const QByteArray& message) {
      return fixedSignature(&raw->signedMessages, message);
    };
    request.onRedirect = [raw](const QUrl& url) { raw->redirect = url; };
    request.onFailure = [raw](const QString& reason) { raw->failure = reason; };
    shell::LoginBrowserFactory* factory = m_loader.factory();
    if (factory == nullptr) {
      return nullptr;
    }
    run->page.reset(factory->createLoginPage(request, nullptr));
    run->page->resize(800, 600);
    run->page->show();
    return run;
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY2(m_loader.factory() != nullptr, qPrintable(m_loader.error())); }

  void reportsTheRedirectWithoutLoadingIt() {
    ScriptedHttpServer issuer;
    ScriptedHttpServer client;
    QVERIFY(issuer.listenOnLoopback() != 0);
    QVERIFY(client.listenOnLoopback() != 0);
    const QUrl redirectUri = client.url(QStringLiteral("/callback"));
    issuer.script(
        QStringLiteral("/authorize"),
        {html(QStringLiteral("<p>signing in</p><script>location.href = '%1?code=c1&state=s1';</script>")
                  .arg(redirectUri.toString()))});

    auto run = open(issuer.url(QStringLiteral("/authorize")), redirectUri);
    QTRY_VERIFY_WITH_TIMEOUT(!run->redirect.isEmpty() || !run->failure.isEmpty(), kWebEngineTimeoutMs);
    QVERIFY2(run->failure.isEmpty(), qPrintable(run->failure));
    QCOMPARE(run->redirect.query(), QStringLiteral("code=c1&state=s1"));
    QTest::qWait(200);
    QVERIFY2(client.requests().isEmpty(), "the authorization code never reaches the redirect address");
  }

  void cardSignsTheIssuersChallengeBoundToItsOrigin() {
    ScriptedHttpServer issuer;
    QVERIFY(issuer.listenOnLoopback() != 0);
    const QUrl redirectUri =
        QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(test::unusedLoopbackPort()));
    issuer.script(
        QStringLiteral("/interaction"),
        {html(
            QStringLiteral("<script>"
                           "function go() { window.cwCard.sign('%1').then(function (r) {"
                           "  location.href = '/done?cert=' + encodeURIComponent(r.certificate) +"
                           "    '&sig=' + encodeURIComponent(r.signature) + '&alg=' + r.algorithm; }); }"
                           "if (window.cwCard) { go(); } else { window.addEventListener('cwcardready', go); }"
                           "</script>")
                .arg(kChallenge))});
    issuer.script(QStringLiteral("/done"), {html(QStringLiteral("done"))});

    auto run = open(issuer.url(QStringLiteral("/interaction")), redirectUri);
    QTRY_VERIFY_WITH_TIMEOUT(!issuer.requests(QStringLiteral("/done")).isEmpty() || !run->failure.isEmpty(),
                             kWebEngineTimeoutMs);
    QVERIFY2(run->failure.isEmpty(), qPrintable(run->failure));
    QCOMPARE(run->signedMessages.size(), 1);
    const QByteArray origin = QStringLiteral("http://127.0.0.1:%1").arg(issuer.url({}).port()).toUtf8();
    QCOMPARE(run->signedMessages.first(),
             QByteArray("cw-card-login\n") + origin + '\n' + kChallenge.toUtf8());
    const QUrl done = issuer.requests(QStringLiteral("/done")).first().url;
    QCOMPARE(done.query(QUrl::FullyDecoded), QStringLiteral("cert=%1&sig=%2&alg=ES256")
                                                 .arg(QString::fromLatin1(QByteArray("DER-CERT").toBase64()),
                                                      QString::fromLatin1(QByteArray("SIG").toBase64())));
  }

  void refusesToSignSomethingThatIsNotAChallenge() {
    ScriptedHttpServer issuer;
    QVERIFY(issuer.listenOnLoopback() != 0);
    const QUrl redirectUri =
        QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(test::unusedLoopbackPort()));
    issuer.script(QStringLiteral("/interaction"),
                  {html(QStringLiteral(
                      "<script>"
                      "function go() { window.cwCard.sign('a payment of 100 pounds').then("
                      "  function (r) { location.href = '/done?error=' + encodeURIComponent(r.error); }); }"
                      "if (window.cwCard) { go(); } else { window.addEventListener('cwcardready', go); }"
                      "</script>"))});
    issuer.script(QStringLiteral("/done"), {html(QStringLiteral("done"))});

    auto run = open(issuer.url(QStringLiteral("/interaction")), redirectUri);
    QTRY_VERIFY_WITH_TIMEOUT(!issuer.requests(QStringLiteral("/done")).isEmpty(), kWebEngineTimeoutMs);
    QVERIFY(run->signedMessages.isEmpty());
    QVERIFY(issuer.requests(QStringLiteral("/done")).first().url.query().contains(QStringLiteral("error=")));
  }

  void leavingTheIdentityProviderStopsSignIn() {
    ScriptedHttpServer issuer;
    ScriptedHttpServer elsewhere;
    QVERIFY(issuer.listenOnLoopback() != 0);
    QVERIFY(elsewhere.listenOnLoopback() != 0);
    elsewhere.script(QStringLiteral("/phish"), {html(QStringLiteral("gotcha"))});
    issuer.script(
        QStringLiteral("/authorize"),
        {html(QStringLiteral("<img src='%1'><script>setTimeout(function () { location.href = '%2'; }, 300);"
                             "</script>")
                  .arg(elsewhere.url(QStringLiteral("/pixel.png")).toString(),
                       elsewhere.url(QStringLiteral("/phish")).toString()))});

    auto run = open(issuer.url(QStringLiteral("/authorize")),
                    QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(test::unusedLoopbackPort())));
    QTRY_VERIFY_WITH_TIMEOUT(!run->failure.isEmpty(), kWebEngineTimeoutMs);
    QVERIFY2(run->failure.contains(QStringLiteral("not the identity provider")), qPrintable(run->failure));
    QVERIFY(run->redirect.isEmpty());
    QVERIFY2(elsewhere.requests().isEmpty(),
             "neither the image nor the page was fetched from another origin");
  }

  void unreachableIdentityProviderIsReported() {
    const QUrl dead(QStringLiteral("http://127.0.0.1:%1/authorize").arg(test::unusedLoopbackPort()));
    auto run =
        open(dead, QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(test::unusedLoopbackPort())));
    QTRY_VERIFY_WITH_TIMEOUT(!run->failure.isEmpty(), kWebEngineTimeoutMs);
    QVERIFY2(run->failure.contains(QStringLiteral("did not answer")), qPrintable(run->failure));
  }

  void noCookieSurvivesFromOneLoginToTheNext() {
    ScriptedHttpServer issuer;
    QVERIFY(issuer.listenOnLoopback() != 0);
    const QUrl redirectUri =
        QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(test::unusedLoopbackPort()));
    const QString finish =
        QStringLiteral("<script>location.href = '%1?code=x&state=y';</script>").arg(redirectUri.toString());
    issuer.script(QStringLiteral("/authorize"),
                  {html(finish, {{"Set-Cookie", "_session=grace; Path=/; Max-Age=36000"}}), html(finish)});

    auto first = open(issuer.url(QStringLiteral("/authorize")), redirectUri);
    QTRY_VERIFY_WITH_TIMEOUT(!first->redirect.isEmpty(), kWebEngineTimeoutMs);
    first.reset();
    auto second = open(issuer.url(QStringLiteral("/authorize")), redirectUri);
    QTRY_VERIFY_WITH_TIMEOUT(!second->redirect.isEmpty(), kWebEngineTimeoutMs);
    const auto requests = issuer.requests(QStringLiteral("/authorize"));
    QCOMPARE(requests.size(), 2);
    QVERIFY2(requests.at(1).header("Cookie").isEmpty(), requests.at(1).header("Cookie").constData());
  }
};

int main(int argc, char* argv[]) {
  shell::prepareForLoginBrowser();
  QApplication app(argc, argv);
  TestLoginBrowser test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}
#include "tst_loginbrowser.moc"
