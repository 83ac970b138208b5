// Takes the screenshots a reviewer looks at: sign-in, a signed-in nurse on
// Workstation status, the lock screen, each step of smartcard sign-in, the
// identity provider's login page in the workstation and the record viewer on
// the demo data, the "Changes not sent" page and NEWS2 (ward overview and
// chart), in the NHS style with real fonts.
#include "app/BuiltInModules.h"
#include "app/CardProblem.h"
#include "app/LoginBrowser.h"
#include "app/LoopbackAgent.h"
#include "app/ShellWindow.h"
#include "app/SignInScreen.h"
#include "app/SystemBrowserPage.h"
#include "app/Translations.h"
#include "core/audit/AuditTrail.h"
#include "core/config/ConfigLocations.h"
#include "core/config/EffectiveConfig.h"
#include "core/fhir/OperationOutcome.h"
#include "core/module/ModuleRegistry.h"
#include "core/sync/SyncStatus.h"
#include "core/ui/NhsStyle.h"
#include "core/ui/PatientBannerFacts.h"
#include "modules/observations/News2History.h"
#include "smartcard/ReaderScan.h"
#include "tests/gui/ChangesFixtures.h"
#include "tests/integration/StoreFixture.h"
#include "tests/support/CardSimProcess.h"
#include "tests/support/DemoIdpProcess.h"
#include "tests/support/MockClock.h"
#include "tests/support/Pcscd.h"
#include "tests/support/SignOnStation.h"
#include "tests/support/TestSessions.h"
#include "tools/synthetic/DemoPersonas.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace cw;

namespace {

// The multi-role demo persona's roles, as the demo identity provider gives them.
QList<identity::RoleAssignment> multiRoleAssignments() {
  QList<identity::RoleAssignment> roles;
  for (const synthetic::DemoRole& demo : synthetic::kDemoRoles) {
    if (qstrcmp(demo.practitionerId, synthetic::kMultiRoleId) != 0) {
      continue;
    }
    for (const synthetic::DemoOrganization& org : synthetic::kDemoOrganizations) {
      if (qstrcmp(org.id, demo.organizationId) == 0) {
        identity::RoleAssignment role;
        role.roleProfileId = QString::fromLatin1(demo.sdsRoleProfileId);
        role.roleName = QString::fromUtf8(demo.title);
        role.orgCode = QString::fromLatin1(org.odsCode);
        role.orgName = QString::fromUtf8(org.name);
        roles.append(role);
      }
    }
  }
  return roles;
}

// The shell on a real offline cache, as a ward nurse sees it at 10:42 with
// the last sync at 10:38. Seed the cache, then show().
struct ShellOnACache {
  ShellOnACache() : opened(fixture.open()) {
    fixture.clock().setNow(QDateTime(QDate(2026, 11, 21), QTime(10, 42)));
    syncStatus.setConnection(sync::SyncStatus::Connection::Offline, QStringLiteral("demo"));
    syncStatus.setLastSynced(QDateTime(QDate(2026, 11, 21), QTime(10, 38)));
    shell::registerBuiltInModules(registry);
  }

  // Opens the window signed in; false when it never appeared.
  bool show(const config::EffectiveConfig& shown) {
    // The window keeps a reference: the configuration lives as long as it.
    config = shown;
    window = std::make_unique<shell::ShellWindow>(registry, config, &syncStatus, fixture.clock());
    window->setClinicalServices(opened.store.get(), &audit);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
      return false;
    }
    session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Staff Nurse"), {"B0264"});
    window->setSession(session.get());
    return true;
  }

  test::StoreFixture fixture;
  store::Store::Opened opened;
  audit::AuditTrail audit;
  sync::SyncStatus syncStatus;
  module::ModuleRegistry registry;
  config::EffectiveConfig config;
  std::unique_ptr<shell::ShellWindow> window;
  std::unique_ptr<identity::Session> session;
};

}  // namespace

class TestScreenshots : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"), "run under xvfb-run");
    m_dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    QVERIFY(!m_dir.isEmpty());
    QVERIFY(QDir().mkpath(m_dir));
    shell::installTranslation(*qApp, QStringLiteral("en_GB"));
    ui::applyNhsStyle(*qApp);
  }

  void shell() {
    const auto config = demoConfig();
    QVERIFY(config.isValid());
    // The real card service, so the status page lists the virtual readers.
    test::Pcscd pcscd;
    QVERIFY2(pcscd.ensureRunning(), qPrintable(pcscd.error()));
    QTRY_VERIFY_WITH_TIMEOUT(smartcard::scanReaders().readers.size() >= 2, 5000);

    module::ModuleRegistry registry;
    shell::registerBuiltInModules(registry);
    sync::SyncStatus syncStatus;
    test::MockClock clock;
    shell::ShellWindow window(registry, config, &syncStatus, clock);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(window, QStringLiteral("signed-out.png"));

    auto session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Staff Nurse"), {"B0264"});
    window.setSession(session.get());
    syncStatus.setConnection(sync::SyncStatus::Connection::Offline, QStringLiteral("demo stack not running"));
    openModule(window, QStringLiteral("Workstation status"));
    auto* endpoints = window.findChild<QLabel*>(QStringLiteral("endpoints"));
    QVERIFY(endpoints);
    QTRY_VERIFY_WITH_TIMEOUT(!endpoints->text().contains(QLatin1String("checking")), 15000);
    auto* readers = window.findChild<QLabel*>(QStringLiteral("cardReaders"));
    QTRY_VERIFY_WITH_TIMEOUT(readers->text().contains(QLatin1String("Virtual PCD 00 01")), 15000);
    save(window, QStringLiteral("workstation-status.png"));

    session->lock();
    save(window, QStringLiteral("locked.png"));

    // The same page in Welsh, to check that longer strings still fit.
    QTranslator* welsh = shell::installTranslation(*qApp, QStringLiteral("cy"));
    QVERIFY(welsh);
    shell::ShellWindow welshWindow(registry, config, &syncStatus, clock);
    welshWindow.resize(1280, 800);
    welshWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welshWindow));
    welshWindow.setSession(session.get());
    session->unlock();
    openModule(welshWindow, QStringLiteral("Statws y weithfan"));
    auto* welshEndpoints = welshWindow.findChild<QLabel*>(QStringLiteral("endpoints"));
    QTRY_VERIFY_WITH_TIMEOUT(welshEndpoints->text().count(QLatin1Char('\n')) >= 1, 15000);
    save(welshWindow, QStringLiteral("workstation-status-cy.png"));
    QCoreApplication::removeTranslator(welsh);
    delete welsh;
  }

  void signInSteps() {
    const auto config = demoConfig();
    QVERIFY(config.isValid());
    module::ModuleRegistry registry;
    shell::registerBuiltInModules(registry);
    sync::SyncStatus syncStatus;
    test::MockClock clock;
    shell::ShellWindow window(registry, config, &syncStatus, clock);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* screen = window.findChild<shell::SignInScreen*>();
    QVERIFY(screen);
    const QString name = QStringLiteral("Siân Morgan-Evans");

    screen->showInsertCard();
    save(window, QStringLiteral("signin-insert-card.png"));
    screen->showInsertCard(
        QStringLiteral("The card service is not running. Cards cannot be read until it is "
                       "back — IT has been told."));
    save(window, QStringLiteral("signin-insert-card-no-service.png"));

    screen->showPinEntry(name, 1, QStringLiteral("Wrong PIN."));
    QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("pinField")), QStringLiteral("1234"));
    save(window, QStringLiteral("signin-pin-last-try.png"));
    screen->showPinEntry(name, 3);
    save(window, QStringLiteral("signin-pin.png"));

    const shell::CardProblemText blocked = shell::cardProblemText(shell::CardProblem::Blocked);
    screen->showCardProblem(blocked.title, blocked.whatToDo);
    save(window, QStringLiteral("signin-card-blocked.png"));

    screen->showBusy(QStringLiteral("Checking your card…"));
    save(window, QStringLiteral("signin-busy.png"));

    shell::LoopbackAgent agent([] { return QByteArray(); });
    shell::LoginPageRequest request;
    request.authorizationUrl = QUrl(QStringLiteral("https://am.nhsidentity.spineservices.nhs.uk/authorize"));
    screen->showLoginPage(new shell::SystemBrowserPage(agent, request));
    save(window, QStringLiteral("signin-system-browser.png"));

    const QList<identity::RoleAssignment> roles = multiRoleAssignments();
    QCOMPARE(roles.size(), 3);
    screen->showRolePicker(roles, name);
    save(window, QStringLiteral("signin-role-picker.png"));

    auto session = test::makeSession(name, roles.at(1).roleName, {"B0264"});
    window.setSession(session.get());
    session->lock();
    save(window, QStringLiteral("signin-locked.png"));
  }

  // The real thing: pcscd, a cardsim card, the demo identity provider and
  // its page in the WebEngine plug-in. The provider answers slowly so the
  // page is still on screen, waiting for the card's signature, when taken.
  void identityProviderLoginPage() {
    test::Pcscd pcscd;
    QVERIFY2(pcscd.ensureRunning(), qPrintable(pcscd.error()));
    test::CardSimProcess cards;
    QVERIFY2(cards.start(), qPrintable(cards.error()));
    const QString trust = cards.trustDirectory() + QStringLiteral("/card-ca.pem");
    const QString clientId = QStringLiteral("clinical-workstation-screenshots");
    test::DemoIdpProcess idp(cards.accountsFile(), trust, clientId,
                             {QStringLiteral("--delay-ms"), QStringLiteral("3000")});
    QVERIFY2(idp.start(), qPrintable(idp.error()));
    test::SignOnStation station(idp.issuer(), clientId, trust);
    station.window().resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(&station.window()));

    QVERIFY2(cards.insert(QStringLiteral("ward-nurse"), 0), qPrintable(cards.error()));
    QVERIFY2(station.typePin(QStringLiteral("123456"), 15000), qPrintable(station.visibleText()));
    // The view lives in the plug-in: find the QWebEngineView by class name
    // and read the page title through its property.
    const auto pageTitle = [&station] {
      for (QWidget* widget : station.window().findChildren<QWidget*>()) {
        if (qstrcmp(widget->metaObject()->className(), "QWebEngineView") == 0) {
          return widget->property("title").toString();
        }
      }
      return QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(pageTitle().contains(QLatin1String("smartcard")), 30000);
    QTest::qWait(1000);  // the page asks for the card and waits on the slow provider
    // WebEngine paints through its own surface: take the pixels off the screen.
    const QString path = m_dir + QStringLiteral("/signin-identity-provider.png");
    QVERIFY2(station.window().screen()->grabWindow(station.window().winId()).save(path), qPrintable(path));
    qInfo("screenshot %s", qPrintable(path));
    cards.remove(0);
  }

  // The record viewer on the demo data set, as a ward nurse sees it: the
  // ward list, a summary with allergies, observations with trends, a
  // discharge letter, and a confidential record before breaking the glass.
  void record() {
    ShellOnACache station;
    QVERIFY2(station.opened.store, qPrintable(station.opened.error));
    store::Store::Opened& opened = station.opened;
    synthetic::GeneratorOptions data;
    data.anchor = QDate(2026, 11, 21);
    QVERIFY2(test::seedSynthetic(*opened.store, data).isEmpty(), "synthetic data did not load");
    QVERIFY(station.show(demoConfig()));
    shell::ShellWindow& window = *station.window;
    save(window, QStringLiteral("record-find.png"));

    const auto pick = [&](const std::function<bool(const ui::BannerFacts&)>& wanted) {
      for (const store::WardEntry& entry : opened.store->wardList(QStringLiteral("loc-ward-7")) +
                                               opened.store->wardList(QStringLiteral("loc-ward-9"))) {
        if (!entry.patient) {
          continue;
        }
        const auto facts = ui::loadBannerFacts(*opened.store, entry.patient->id(), data.anchor);
        if (facts && wanted(*facts)) {
          return *facts;
        }
      }
      return ui::BannerFacts{};
    };
    const ui::BannerFacts withAllergies = pick([](const ui::BannerFacts& f) {
      return f.allergyStatus == ui::AllergyStatus::HasAllergies && !f.confidential;
    });
    QVERIFY(!withAllergies.patientId.isEmpty());
    window.patientContext().select({withAllergies.patientId, withAllergies.name, withAllergies.nhsNumber});
    save(window, QStringLiteral("record-summary.png"));
    auto* sections = window.findChild<QTabWidget*>(QStringLiteral("recordSections"));
    sections->setCurrentIndex(2);
    save(window, QStringLiteral("record-observations.png"));
    sections->setCurrentIndex(3);
    auto* documents = window.findChild<QTableWidget*>(QStringLiteral("documentList"));
    if (documents->rowCount() > 0) {
      documents->selectRow(0);
      QTest::qWait(1500);  // the viewer plug-in loads and the page renders
    }
    save(window, QStringLiteral("record-document.png"));

    const ui::BannerFacts confidential = pick([](const ui::BannerFacts& f) { return f.confidential; });
    if (!confidential.patientId.isEmpty()) {
      window.patientContext().select({confidential.patientId, confidential.name, confidential.nhsNumber});
      save(window, QStringLiteral("record-confidential.png"));
    }
    const ui::BannerFacts notRecorded = pick([](const ui::BannerFacts& f) {
      return f.allergyStatus == ui::AllergyStatus::NotRecorded && !f.confidential;
    });
    if (!notRecorded.patientId.isEmpty()) {
      window.patientContext().select({notRecorded.patientId, notRecorded.name, notRecorded.nhsNumber});
      save(window, QStringLiteral("record-allergies-not-recorded.png"));
    }
  }

  // "Changes not sent" with one conflict (a heart rate changed here and on
  // the server) and one change the server refused, each selected.
  void changes() {
    ShellOnACache station;
    QVERIFY2(station.opened.store, qPrintable(station.opened.error));
    store::Store& cache = *station.opened.store;
    const store::ResourceKey pulse{QStringLiteral("Observation"), QStringLiteral("obs-1")};
    QVERIFY(cache.applyServerPage({test::heartRate(pulse.id, QStringLiteral("96"), QStringLiteral("1"))}, {})
                .ok());
    QVERIFY(
        cache.write(test::heartRate(pulse.id, QStringLiteral("118"), QStringLiteral("1")), test::auditEvent())
            .ok());
    QVERIFY(
        cache.addConflict(pulse, test::heartRate(pulse.id, QStringLiteral("72"), QStringLiteral("2"))).ok());
    QVERIFY(
        cache.write(test::heartRate(QString(), QStringLiteral("300"), QString()), test::auditEvent()).ok());
    QVERIFY(cache
                .park(cache.pendingChanges().last().seq,
                      fhir::OperationOutcome::make(QStringLiteral("error"), QStringLiteral("invalid"),
                                                   QStringLiteral("Heart rate 300 /min is outside 20-250")))
                .ok());
    QVERIFY(station.show(demoConfig()));
    shell::ShellWindow& window = *station.window;
    openModule(window, QStringLiteral("Changes not sent"));
    auto* conflicts = window.findChild<QTableWidget*>(QStringLiteral("conflictList"));
    QVERIFY(conflicts);
    conflicts->selectRow(0);
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("keepMine"))->isEnabled());
    save(window, QStringLiteral("changes-conflict.png"));
    window.findChild<QTabWidget*>(QStringLiteral("changesTabs"))->setCurrentIndex(1);
    auto* parked = window.findChild<QTableWidget*>(QStringLiteral("parkedList"));
    parked->selectRow(0);
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("discardChange"))->isEnabled());
    save(window, QStringLiteral("changes-parked.png"));
  }

  // NEWS2 on the demo data set: the ward overview sorted by risk, and the
  // chart of the ward patient with the most sets.
  void news2() {
    ShellOnACache station;
    QVERIFY2(station.opened.store, qPrintable(station.opened.error));
    store::Store& cache = *station.opened.store;
    synthetic::GeneratorOptions data;
    data.anchor = QDate(2026, 11, 21);
    QVERIFY2(test::seedSynthetic(cache, data).isEmpty(), "synthetic data did not load");
    QVERIFY(station.show(demoConfig()));
    shell::ShellWindow& window = *station.window;
    openModule(window, QStringLiteral("Observations (NEWS2)"));
    auto* ward = window.findChild<QTableWidget*>(QStringLiteral("wardNews2"));
    QVERIFY(ward);
    QVERIFY(ward->rowCount() > 0);
    save(window, QStringLiteral("news2-ward-overview.png"));

    QString busiest;
    qsizetype most = 0;
    for (const store::WardEntry& entry : cache.wardList(QStringLiteral("loc-ward-7"))) {
      const QString id = entry.patient ? entry.patient->id() : QString();
      const qsizetype sets = observations::News2History(cache)
                                 .setsSince(id, QDateTime(data.anchor.addDays(-30), QTime(0, 0), Qt::UTC))
                                 .size();
      if (!id.isEmpty() && sets > most) {
        busiest = id;
        most = sets;
      }
    }
    QVERIFY(!busiest.isEmpty());
    const auto facts = ui::loadBannerFacts(cache, busiest, data.anchor);
    window.patientContext().select({facts->patientId, facts->name, facts->nhsNumber});
    window.findChild<QTabWidget*>(QStringLiteral("observationsTabs"))->setCurrentIndex(1);
    auto* sections = window.findChild<QTabWidget*>(QStringLiteral("news2Sections"));
    sections->setCurrentIndex(1);
    save(window, QStringLiteral("news2-chart.png"));
    sections->setCurrentIndex(0);
    save(window, QStringLiteral("news2-entry.png"));
  }

 private:
  // The nurse's first page is the record viewer; IT's page is chosen from the navigation.
  static void openModule(QWidget& window, const QString& title) {
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QList<QListWidgetItem*> items = navigation->findItems(title, Qt::MatchExactly);
    QVERIFY2(!items.isEmpty(), qPrintable(title));
    navigation->setCurrentItem(items.first());
  }

  static config::EffectiveConfig demoConfig() {
    config::ConfigOverrides overrides;
    overrides.policyFile = QStringLiteral("/nonexistent/policy.conf");
    overrides.machineFile = QStringLiteral("/nonexistent/workstation.conf");
    overrides.userFile = QStringLiteral(CW_DEMO_CONFIG);
    return config::EffectiveConfig::resolve(config::readConfigLayers(overrides));
  }

  void save(QWidget& window, const QString& name) {
    QTest::qWait(100);  // let layouts settle and paint
    const QString path = m_dir + QLatin1Char('/') + name;
    QVERIFY2(window.grab().save(path), qPrintable(path));
    qInfo("screenshot %s", qPrintable(path));
  }

  QString m_dir;
};

int main(int argc, char* argv[]) {
  shell::prepareForLoginBrowser();
  QApplication app(argc, argv);
  TestScreenshots test;
  QTEST_SET_MAIN_SOURCE_PATH
  return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
