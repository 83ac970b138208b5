// Sign-on through the system browser (sign_in_browser=system, RFC 8252
// loopback redirect) with every real part: pcscd with the vpcd readers, the
// cardsim PIV cards, the demo identity provider, the real shell window, and
// a real browser: Debian's chromium, headless. Insert the card, type the
// PIN; chromium opens the identity provider's page, which has the card sign
// its challenge through the workstation's loopback agent and sends the
// browser back to the loopback redirect URI; the session is active. Also
// what the agent refuses: another origin, a callback nobody waits for, a
// malformed request, anything after Cancel.
#include "app/LoginBrowser.h"
#include "tests/support/CardSimProcess.h"
#include "tests/support/DemoIdpProcess.h"
#include "tests/support/Pcscd.h"
#include "tests/support/RawHttp.h"
#include "tests/support/SignOnStation.h"
#include "tests/support/TestHttpClient.h"

#include <QApplication>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <sys/prctl.h>
#include <unistd.h>
#include <csignal>
#include <memory>

using namespace cw;
using State = identity::SessionManager::State;

namespace {

constexpr int kTimeoutMs = test::SignOnStation::kTimeoutMs;
constexpr int kBrowserTimeoutMs = 60000;  // chromium's start-up included
constexpr char kClientId[] = "clinical-workstation-test";
const QString kPin = QStringLiteral("123456");
const QString kChallenge = QStringLiteral("q5bX2lEjq6tIxZ0kWcPZ9u8FJm3f2yTnVhSe4rLkGzA");

// Stands in for the desktop's choice of web browser: the test registers it
// with QDesktopServices::setUrlHandler for http and https, which replaces
// only that choice; the workstation still calls QDesktopServices::openUrl.
// The first URL starts headless chromium; later ones open as new tabs of
// the same running browser (through its DevTools endpoint), cookies and
// all, as a desktop browser does. For tests that play the browser
// themselves it only records the URLs.
class SystemBrowser : public QObject {
  Q_OBJECT

 public:
  ~SystemBrowser() override { close(); }

  void setLaunching(bool launching) { m_launching = launching; }
  QList<QUrl> opened() const { return m_opened; }
  QString error() const { return m_error; }

  void close() {
    if (m_process.state() == QProcess::NotRunning) {
      return;
    }
    // Chromium runs in a process group of its own (below): end all of it.
    const auto group = -static_cast<pid_t>(m_process.processId());
    ::kill(group, SIGTERM);
    if (!m_process.waitForFinished(5000)) {
      ::kill(group, SIGKILL);
      m_process.waitForFinished(5000);
    }
  }

 public Q_SLOTS:
  void open(const QUrl& url) {
    m_opened.append(url);
    if (!m_launching) {
      return;
    }
    if (m_process.state() == QProcess::NotRunning) {
      launch(url);
    } else {
      openTab(url);
    }
  }

 private:
  void launch(const QUrl& url) {
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
      m_error = QStringLiteral("chromium is not installed; run scripts/bootstrap");
      return;
    }
    QStringList arguments{QStringLiteral("--headless=new"),
                          QStringLiteral("--user-data-dir=") + m_profile.path(),
                          QStringLiteral("--remote-debugging-port=0"),
                          QStringLiteral("--no-first-run"),
                          QStringLiteral("--no-default-browser-check"),
                          QStringLiteral("--disable-background-networking"),
                          QStringLiteral("--disable-component-update"),
                          QStringLiteral("--disable-sync")};
    if (::geteuid() == 0) {
      arguments.append(QStringLiteral("--no-sandbox"));  // chromium refuses to run as root otherwise
    }
    arguments.append(url.toString(QUrl::FullyEncoded));
    m_process.setProgram(chromium);
    m_process.setArguments(arguments);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    // Its own process group, so that close() ends every chromium process;
    // and gone with this test even if the test dies (chromium would
    // otherwise keep the pcscd lock this test inherited).
    m_process.setChildProcessModifier([] {
      ::setsid();
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    // Only the DevTools port is read from chromium's messages.
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
      static const QRegularExpression listening(
          QStringLiteral("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/"));
      m_messages += m_process.readAllStandardError();
      const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_messages));
      if (match.hasMatch()) {
        m_devToolsPort = match.captured(1).toUShort();
      }
      if (m_devToolsPort != 0 || m_messages.size() > 64 * 1024) {
        m_messages.clear();
      }
    });
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
      m_error = QStringLiteral("chromium did not start: ") + m_process.errorString();
    }
  }

  void openTab(const QUrl& url) {
    if (m_devToolsPort == 0) {
      m_error = QStringLiteral("chromium runs but did not say where its DevTools endpoint is");
      return;
    }
    // PUT /json/new?<url>: chromium unescapes the query once.
    QUrl newTab(QStringLiteral("http://127.0.0.1:%1/json/new").arg(m_devToolsPort));
    newTab.setQuery(QString::fromLatin1(QUrl::toPercentEncoding(url.toString(QUrl::FullyEncoded))),
                    QUrl::StrictMode);
    QNetworkReply* reply = m_network.put(QNetworkRequest(newTab), QByteArray());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
      if (reply->error() != QNetworkReply::NoError) {
        m_error = QStringLiteral("chromium did not open a new tab: ") + reply->errorString();
      }
      reply->deleteLater();
    });
  }

  bool m_launching = true;
  QList<QUrl> m_opened;
  QTemporaryDir m_profile;
  QProcess m_process;
  QNetworkAccessManager m_network;
  QByteArray m_messages;
  quint16 m_devToolsPort = 0;
  QString m_error;
};

}  // namespace

class TestSystemBrowser : public QObject {
  Q_OBJECT

 private:
  test::Pcscd m_pcscd;
  test::CardSimProcess m_cards;
  std::unique_ptr<test::DemoIdpProcess> m_idp;
  std::unique_ptr<SystemBrowser> m_browser;
  std::unique_ptr<test::SignOnStation> m_station;

  QString trustFile() const { return m_cards.trustDirectory() + QStringLiteral("/card-ca.pem"); }
  QByteArray issuerOrigin() const { return shell::webOrigin(m_idp->issuer()).toUtf8(); }

  // Card in, PIN typed, and the system browser asked to open the identity
  // provider's authorization URL.
  void startSignIn(const QString& persona) {
    QVERIFY2(m_cards.insert(persona, 0), qPrintable(m_cards.error()));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::SigningIn), qPrintable(m_station->visibleText()));
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->opened().size(), 1, kTimeoutMs);
  }

  // How many card logins the identity provider has received so far.
  int cardLogins() const {
    static const QRegularExpression cardLogin(QStringLiteral("^POST /interaction/[^/]+/card$"));
    return static_cast<int>(m_idp->requests().value_or(QStringList{}).filter(cardLogin).size());
  }

  quint16 agentPort() const { return static_cast<quint16>(QUrl(m_station->signOn().redirectUri()).port()); }
  QUrl agentUrl(const QString& pathAndQuery) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(agentPort()).arg(pathAndQuery));
  }

  test::HttpReply askForSignature(const QByteArray& origin) {
    test::TestHttpClient client;
    return client.sendTo("POST", agentUrl(QStringLiteral("/card/sign")),
                         "{\"challenge\":\"" + kChallenge.toUtf8() + "\"}",
                         {{"Origin", origin}, {"Content-Type", "application/json"}});
  }

  test::HttpReply callback() {
    test::TestHttpClient client;
    return client.sendTo("GET", agentUrl(QStringLiteral("/callback?code=forged&state=forged")));
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_pcscd.ensureRunning(), qPrintable(m_pcscd.error()));
    QVERIFY2(m_cards.start(), qPrintable(m_cards.error()));
    m_idp = std::make_unique<test::DemoIdpProcess>(m_cards.accountsFile(), trustFile(),
                                                   QString::fromLatin1(kClientId));
    QVERIFY2(m_idp->start(), qPrintable(m_idp->error()));
  }

  void init() {
    m_browser = std::make_unique<SystemBrowser>();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), m_browser.get(), "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), m_browser.get(), "open");
    m_station = std::make_unique<test::SignOnStation>(m_idp->issuer(), QString::fromLatin1(kClientId),
                                                      trustFile(), "sign_in_browser=system\n");
    QVERIFY2(m_station->hasSessions(), qPrintable(m_station->problem()));
    QTRY_VERIFY_WITH_TIMEOUT(m_station->visibleText().contains(QStringLiteral("Insert your smartcard")),
                             kTimeoutMs);
  }

  void cleanup() {
    m_station.reset();
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_browser.reset();
    m_cards.remove(0);
    QTest::qWait(1000);  // pcscd polls the virtual readers; let it see the removal
  }

  void cleanupTestCase() {
    m_idp.reset();
    m_cards.stop();
  }

  void signsInThroughChromiumAndTheLoopbackAgent() {
    const int cardLoginsBefore = cardLogins();
    QVERIFY2(m_cards.insert(QStringLiteral("ward-nurse"), 0), qPrintable(m_cards.error()));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::Active, kBrowserTimeoutMs),
             qPrintable(m_browser->error() + u'\n' + m_station->visibleText()));
    QTRY_VERIFY(m_station->workAreaShown());
    const identity::Session* session = m_station->sessions().currentSession();
    QCOMPARE(session->user().userId, QStringLiteral("555000000101"));

    // The browser went to the identity provider with the agent's redirect URI ...
    QCOMPARE(m_browser->opened().size(), 1);
    const QUrl authorization = m_browser->opened().first();
    QCOMPARE(shell::webOrigin(authorization).toUtf8(), issuerOrigin());
    QCOMPARE(QUrlQuery(authorization).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             m_station->signOn().redirectUri());
    QVERIFY(agentPort() != 0);
    // ... and the page posted the card's answer, signed through the agent.
    QCOMPARE(cardLogins(), cardLoginsBefore + 1);

    // Signed in: the agent serves nothing any more.
    QCOMPARE(callback().status, 404);
    QCOMPARE(askForSignature(issuerOrigin()).status, 404);
    QCOMPARE(m_station->sessions().currentSession(), session);
  }

  // Unlike the embedded browser's off-the-record profile, the system
  // browser keeps the identity provider's session cookie from one sign-in
  // to the next. prompt=login makes the IdP ask the next card all the same,
  // so the next clinician signs in as themselves.
  void theNextUserInTheSameBrowserSignsInAsThemselves() {
    const int cardLoginsBefore = cardLogins();
    QVERIFY2(m_cards.insert(QStringLiteral("ward-nurse"), 0), qPrintable(m_cards.error()));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::Active, kBrowserTimeoutMs),
             qPrintable(m_browser->error() + u'\n' + m_station->visibleText()));
    QCOMPARE(m_station->sessions().currentSession()->user().userId, QStringLiteral("555000000101"));
    QVERIFY(m_cards.remove(0));
    QVERIFY(m_station->waitForState(State::NoCard));
    QTest::qWait(1000);  // pcscd polls the virtual readers; let it see the removal

    QVERIFY2(m_cards.insert(QStringLiteral("fy1-doctor"), 0), qPrintable(m_cards.error()));
    QVERIFY2(m_station->typePin(kPin), qPrintable(m_station->visibleText()));
    QVERIFY2(m_station->waitForState(State::Active, kBrowserTimeoutMs),
             qPrintable(m_browser->error() + u'\n' + m_station->visibleText()));
    QCOMPARE(m_browser->opened().size(), 2);
    QCOMPARE(m_station->sessions().currentSession()->user().userId, QStringLiteral("555000000102"));
    QCOMPARE(cardLogins(), cardLoginsBefore + 2);
  }

  void anotherOriginGetsNoSignature() {
    m_browser->setLaunching(false);  // this test is the browser
    startSignIn(QStringLiteral("gp"));

    const test::HttpReply refused = askForSignature("https://evil.example");
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.header("Access-Control-Allow-Origin").isEmpty());
    QVERIFY(!refused.body.contains("signature"));
    test::TestHttpClient client;
    QCOMPARE(client
                 .sendTo("OPTIONS", agentUrl(QStringLiteral("/card/sign")), {},
                         {{"Origin", "http://127.0.0.1:1"}, {"Access-Control-Request-Method", "POST"}})
                 .status,
             403);

    // Nothing was signed: the one signature of this sign-in is still there,
    // and it goes to the issuer's origin, from the real card.
    const test::HttpReply signedForIssuer = askForSignature(issuerOrigin());
    QCOMPARE(signedForIssuer.status, 200);
    QCOMPARE(signedForIssuer.header("Access-Control-Allow-Origin"), issuerOrigin());
    QVERIFY2(!signedForIssuer.json().value(QStringLiteral("signature")).toString().isEmpty(),
             signedForIssuer.body.constData());
    QCOMPARE(signedForIssuer.json().value(QStringLiteral("algorithm")).toString(), QStringLiteral("ES256"));
    QCOMPARE(askForSignature(issuerOrigin()).status, 409);  // and only once
    QCOMPARE(m_station->sessions().state(), State::SigningIn);
  }

  void aCallbackNobodyWaitsForIsNotFound() {
    QVERIFY(agentPort() != 0);
    QCOMPARE(callback().status, 404);
    QCOMPARE(m_station->sessions().state(), State::NoCard);
    QVERIFY(m_station->sessions().currentSession() == nullptr);
    QVERIFY(m_browser->opened().isEmpty());
  }

  void aMalformedRequestIsBadRequest() {
    m_browser->setLaunching(false);
    startSignIn(QStringLiteral("ward-nurse"));
    const test::RawHttpReply reply = test::exchangeRaw(
        agentPort(), "GET /callback?code=x HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: twice\r\n\r\n");
    QCOMPARE(reply.status(), 400);
    QCOMPARE(m_station->sessions().state(), State::SigningIn);  // the sign-in still waits
    QVERIFY(m_station->sessions().currentSession() == nullptr);
  }

  void cancelEndsTheSignIn() {
    m_browser->setLaunching(false);
    startSignIn(QStringLiteral("ward-nurse"));
    QTRY_VERIFY2(m_station->visibleText().contains(QStringLiteral("Continue in your web browser")),
                 qPrintable(m_station->visibleText()));
    QVERIFY(m_station->visibleText().contains(m_idp->issuer().host()));

    auto* cancel = m_station->window().findChild<QPushButton*>(QStringLiteral("loginPageCancel"));
    QVERIFY(cancel != nullptr);
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(m_station->waitForState(State::NoCard));
    QTRY_VERIFY(m_station->visibleText().contains(QStringLiteral("Sign-in cancelled")));

    // The page that held the wait is gone, and with it the redirect and the card.
    QTRY_VERIFY(m_station->window().findChild<QWidget*>(QStringLiteral("systemBrowserPage")) == nullptr);
    test::TestHttpClient client;
    QCOMPARE(client.sendTo("GET", agentUrl(QStringLiteral("/card")), {}, {{"Origin", issuerOrigin()}}).status,
             404);
    QCOMPARE(askForSignature(issuerOrigin()).status, 404);
    QCOMPARE(callback().status, 404);
    QVERIFY(m_station->sessions().currentSession() == nullptr);
  }
};

int main(int argc, char* argv[]) {
  QApplication app(argc, argv);
  TestSystemBrowser test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}

#include "tst_systembrowser.moc"
