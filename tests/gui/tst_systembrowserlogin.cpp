// The system browser's sign-in page on the real sign-in screen, with the
// real loopback agent and a stand-in card: it hands the authorization URL to
// QDesktopServices (the test's URL handler stands in for the desktop's
// browser), names the identity provider, serves the sign-in while it lives
// and not after, and says so when no browser can be opened.
#include "app/BuiltInModules.h"
#include "app/LoopbackAgent.h"
#include "app/SignInScreen.h"
#include "app/SystemBrowserLogin.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/module/ModuleRegistry.h"
#include "tests/support/TestHttpClient.h"

#include <QDesktopServices>
#include <QLabel>
#include <QTest>

#include <memory>

using namespace cw;

namespace {

const QUrl kAuthorization(QStringLiteral("https://idp.example.nhs.uk/authorize?client_id=cw&state=s"));

config::EffectiveConfig testConfig() {
  return config::EffectiveConfig::resolve({config::parseIniLayer(
      config::ConfigSource::Machine, QStringLiteral("/etc/clinical-workstation/workstation.conf"),
      "fhir_base_url=https://fhir.example.nhs.uk/R4\noidc_issuer=https://idp.example.nhs.uk\n"
      "oidc_client_id=cw\nsign_in_browser=system\n")});
}

// The desktop's web browser, as far as QDesktopServices is concerned.
class RecordingBrowser : public QObject {
  Q_OBJECT

 public:
  QList<QUrl> opened;

 public Q_SLOTS:
  void open(const QUrl& url) { opened.append(url); }
};

}  // namespace

class TestSystemBrowserLogin : public QObject {
  Q_OBJECT

 private:
  module::ModuleRegistry m_registry;
  config::EffectiveConfig m_config = testConfig();
  std::unique_ptr<shell::SignInScreen> m_screen;
  std::unique_ptr<shell::LoopbackAgent> m_agent;
  std::unique_ptr<shell::SystemBrowserLogin> m_login;
  RecordingBrowser m_browser;
  QList<QUrl> m_redirects;
  QStringList m_failures;

  shell::LoginPageRequest request() {
    shell::LoginPageRequest request;
    request.authorizationUrl = kAuthorization;
    request.redirectUri = m_agent->redirectUri();
    request.signWithCard = [](const QByteArray&) {
      return QtFuture::makeReadyFuture(shell::CardSignature{"CERT", "SIG", QStringLiteral("ES256"), {}});
    };
    request.onRedirect = [this](const QUrl& url) { m_redirects.append(url); };
    request.onFailure = [this](const QString& reason) { m_failures.append(reason); };
    return request;
  }

  int callbackStatus() {
    test::TestHttpClient client;
    return client.sendTo("GET", QUrl(m_agent->redirectUri().toString() + QStringLiteral("?code=c&state=s")))
        .status;
  }

  QString visibleText() const {
    QStringList texts;
    for (QLabel* label : m_screen->findChildren<QLabel*>()) {
      if (label->isVisibleTo(m_screen.get())) {
        texts.append(label->text());
      }
    }
    return texts.join(u'\n');
  }

 private Q_SLOTS:
  void initTestCase() { shell::registerBuiltInModules(m_registry); }

  void init() {
    m_redirects.clear();
    m_failures.clear();
    m_browser.opened.clear();
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    m_screen = std::make_unique<shell::SignInScreen>(m_config, m_registry.visibleTo(nullptr));
    m_screen->resize(1280, 800);
    m_screen->show();
    m_agent = std::make_unique<shell::LoopbackAgent>([] { return QByteArray("CERT"); });
    QVERIFY(m_agent->listen());
    m_login = std::make_unique<shell::SystemBrowserLogin>(*m_agent);
  }

  void cleanup() {
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_screen.reset();
    m_login.reset();
    m_agent.reset();
  }

  void opensTheSystemBrowserAndSaysWhereToLook() {
    QWidget* page = m_login->createLoginPage(request(), nullptr);
    m_screen->showLoginPage(page);
    QCOMPARE(m_browser.opened, QList<QUrl>{kAuthorization});
    QVERIFY2(visibleText().contains(QStringLiteral("Continue in your web browser.")),
             qPrintable(visibleText()));
    QVERIFY2(visibleText().contains(QStringLiteral("idp.example.nhs.uk")), qPrintable(visibleText()));
    QVERIFY(m_agent->isWaiting());
    QTest::qWait(50);
    QVERIFY(m_failures.isEmpty());
  }

  void theRedirectComesBackOnce() {
    m_screen->showLoginPage(m_login->createLoginPage(request(), nullptr));
    QCOMPARE(callbackStatus(), 200);
    QCOMPARE(m_redirects.size(), 1);
    QCOMPARE(m_redirects.first().path(), QStringLiteral("/callback"));
    QCOMPARE(callbackStatus(), 404);
    QCOMPARE(m_redirects.size(), 1);
  }

  void destroyingThePageEndsTheWait() {
    QWidget* page = m_login->createLoginPage(request(), nullptr);
    m_screen->showLoginPage(page);
    delete page;
    QVERIFY(!m_agent->isWaiting());
    QCOMPARE(callbackStatus(), 404);
    QVERIFY(m_redirects.isEmpty());
  }

  // SignInController deletes the old page later, after the new one opened.
  void aLateDeletedPageLeavesItsSuccessorWaiting() {
    std::unique_ptr<QWidget> first(m_login->createLoginPage(request(), nullptr));
    m_screen->showLoginPage(m_login->createLoginPage(request(), nullptr));
    first.reset();
    QVERIFY(m_agent->isWaiting());
    QCOMPARE(callbackStatus(), 200);
  }

  void noBrowserIsAClearFailure() {
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));  // offscreen: no desktop to ask
    m_screen->showLoginPage(m_login->createLoginPage(request(), nullptr));
    QTRY_COMPARE(m_failures.size(), 1);
    QVERIFY2(m_failures.first().contains(QStringLiteral("No web browser could be opened")),
             qPrintable(m_failures.first()));
  }
};

QTEST_MAIN(TestSystemBrowserLogin)
#include "tst_systembrowserlogin.moc"
