// The real shell window, driven the way a user and the session would: what
// is shown before sign-in, per role, on patient change, on lock, on user
// switch, after idle time, and in Welsh.
#include "app/BuiltInModules.h"
#include "app/IdleLockMonitor.h"
#include "app/ShellWindow.h"
#include "app/Translations.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/module/ModuleRegistry.h"
#include "core/sync/SyncStatus.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestModule.h"
#include "tests/support/TestSessions.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>

using namespace cw;

namespace {

config::EffectiveConfig testConfig(const QByteArray& extra = {}) {
  return config::EffectiveConfig::resolve({config::parseIniLayer(
      config::ConfigSource::Machine, QStringLiteral("/etc/clinical-workstation/workstation.conf"),
      "fhir_base_url=https://fhir.example.nhs.uk/R4\noidc_issuer=https://idp.example.nhs.uk\n"
      "oidc_client_id=cw\nidle_lock_minutes=5\n" +
          extra)});
}

// Every piece of text a person could read in the window right now.
QStringList visibleText(QWidget* window) {
  QStringList texts;
  for (QLabel* label : window->findChildren<QLabel*>()) {
    if (label->isVisibleTo(window)) {
      texts.append(label->text());
    }
  }
  for (QListWidget* list : window->findChildren<QListWidget*>()) {
    if (list->isVisibleTo(window)) {
      for (int i = 0; i < list->count(); ++i) {
        texts.append(list->item(i)->text());
      }
    }
  }
  texts.append(window->windowTitle());
  return texts;
}

bool anyContains(const QStringList& texts, const QString& needle) {
  return std::any_of(texts.begin(), texts.end(), [&](const QString& t) { return t.contains(needle); });
}

const module::PatientSummary kPatient{QStringLiteral("pat-1"), QStringLiteral("JONES, Megan (Mrs)"),
                                      QStringLiteral("9434765919")};

}  // namespace

class TestShellWindow : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    // As the application does: the English translation supplies plural forms.
    QVERIFY(shell::installTranslation(*qApp, QStringLiteral("en_GB")));
  }

  void init() {
    m_log = {};
    m_registry = std::make_unique<module::ModuleRegistry>();
    m_registry->add(
        std::make_unique<test::TestModule>(QStringLiteral("record"), QStringList{"B0264"}, &m_log));
    m_registry->add(std::make_unique<test::TestModule>(QStringLiteral("prescribe"),
                                                       QStringList{"B0264", "B0370"}, &m_log));
    m_config = std::make_unique<config::EffectiveConfig>(testConfig());
    m_window = std::make_unique<shell::ShellWindow>(*m_registry, *m_config, &m_sync, m_clock);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
  }
  void cleanup() { m_window.reset(); }

  void signedOutShowsNoModulesAndSaysSo() {
    auto* pages = m_window->findChild<QStackedWidget*>();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("signInScreen"));
    QCOMPARE(label("statusUser")->text(), QStringLiteral("Not signed in"));
    QCOMPARE(m_log.viewsCreated, 0);
  }

  void signedInShowsEmptyBannerAndModulesForRole() {
    const auto nurse = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Nurse"), {"B0264"});
    m_window->setSession(nurse.get());
    QCOMPARE(label("patientBannerEmpty")->text(), QStringLiteral("No patient selected"));
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->count(), 1);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Test record"));
    QCOMPARE(label("statusUser")->text(), QStringLiteral("Sam TAYLOR · Nurse · Demo Hospital"));
    QCOMPARE(m_log.viewsCreated, 1);  // the first module opens

    const auto prescriber =
        test::makeSession(QStringLiteral("Dr Ali KHAN"), QStringLiteral("Registrar"), {"B0264", "B0370"});
    m_window->setSession(prescriber.get());
    QCOMPARE(navigation->count(), 2);
  }

  void statusBarShowsConnectionSyncAndWaitingChanges() {
    QCOMPARE(label("statusConnection")->text(), QStringLiteral("Server: not checked yet"));
    QCOMPARE(label("statusSync")->text(), QStringLiteral("Sync: not set up"));
    QCOMPARE(label("statusPending")->text(), QStringLiteral("0 changes waiting to upload"));
    m_sync.setConnection(sync::SyncStatus::Connection::Offline, QStringLiteral("timeout"));
    m_sync.setState(sync::SyncStatus::State::Syncing);
    m_sync.setPendingChanges(1);
    QCOMPARE(label("statusConnection")->text(), QStringLiteral("Server: OFFLINE"));
    QCOMPARE(label("statusConnection")->toolTip(), QStringLiteral("timeout"));
    QCOMPARE(label("statusSync")->text(), QStringLiteral("Sync: in progress"));
    QCOMPARE(label("statusPending")->text(), QStringLiteral("1 change waiting to upload"));
    m_sync.setPendingChanges(3);
    QCOMPARE(label("statusPending")->text(), QStringLiteral("3 changes waiting to upload"));
  }

  void statusBarAsksForSignInWhenChangesCannotGo() {
    m_sync.setPendingChanges(0);
    m_sync.setSignInNeeded(true);
    // Nothing waits: nothing to ask for.
    QCOMPARE(label("statusPending")->text(), QStringLiteral("0 changes waiting to upload"));
    m_sync.setPendingChanges(2);
    QVERIFY2(label("statusPending")->text().contains(QStringLiteral("sign in again")),
             qPrintable(label("statusPending")->text()));
    QVERIFY(label("statusPending")->text().startsWith(u'2'));
    m_sync.setSignInNeeded(false);
    QCOMPARE(label("statusPending")->text(), QStringLiteral("2 changes waiting to upload"));
    m_sync.setPendingChanges(0);
  }

  void patientChangeReachesEveryOpenView() {
    const auto session =
        test::makeSession(QStringLiteral("Dr Ali KHAN"), QStringLiteral("Registrar"), {"B0264", "B0370"});
    m_window->setSession(session.get());
    m_window->findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(1);
    QCOMPARE(m_log.viewsCreated, 2);
    m_window->patientContext().select(kPatient);
    QCOMPARE(m_log.patientChanges, 2);
    QCOMPARE(label("patientBannerName")->text(), QStringLiteral("JONES, Megan (Mrs)"));
    QCOMPARE(label("patientBannerDetails")->text(), QStringLiteral("NHS No. 943 476 5919"));
  }

  void lockHidesAllPatientDataAndCallsHook() {
    const auto session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Nurse"), {"B0264"});
    m_window->setSession(session.get());
    m_window->patientContext().select(kPatient);
    QVERIFY(anyContains(visibleText(m_window.get()), QStringLiteral("JONES")));

    session->lock();
    QCOMPARE(m_log.locks, 1);
    const QStringList shown = visibleText(m_window.get());
    QVERIFY2(!anyContains(shown, QStringLiteral("JONES")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY2(!anyContains(shown, QStringLiteral("9434765919")), qPrintable(shown.join(QLatin1Char('|'))));
    QVERIFY(anyContains(shown, QStringLiteral("Workstation locked")));
    QCOMPARE(label("statusUser")->text(), QStringLiteral("Sam TAYLOR (locked)"));  // the name only
    QVERIFY(!m_window->grab().isNull());

    session->unlock();
    QVERIFY(anyContains(visibleText(m_window.get()), QStringLiteral("JONES")));
  }

  void switchingUserDestroysPreviousPagesAndPatient() {
    const auto first = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Nurse"), {"B0264"});
    m_window->setSession(first.get());
    m_window->patientContext().select(kPatient);
    QPointer<QLabel> previousPage = label("testPatientName");
    QVERIFY(previousPage);

    const auto second = test::makeSession(QStringLiteral("Jo BROWN"), QStringLiteral("Nurse"), {"B0264"});
    m_window->setSession(second.get());
    QVERIFY(!previousPage);  // the old user's page is gone, not hidden
    QVERIFY(!m_window->patientContext().hasPatient());
    QCOMPARE(label("patientBannerEmpty")->text(), QStringLiteral("No patient selected"));
    QCOMPARE(m_log.viewsCreated, 2);
  }

  void endedSessionSignsOut() {
    auto session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Nurse"), {"B0264"});
    m_window->setSession(session.get());
    session.reset();
    QCOMPARE(label("statusUser")->text(), QStringLiteral("Not signed in"));
    QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget()->objectName(),
             QStringLiteral("signInScreen"));
  }

  void idleTimeLocksAtConfiguredMinutes() {
    const auto session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Nurse"), {"B0264"});
    m_window->setSession(session.get());
    auto* monitor = m_window->findChild<shell::IdleLockMonitor*>();
    QVERIFY(monitor);

    m_clock.advanceSeconds(5 * 60 - 1);
    monitor->check();
    QVERIFY(!session->isLocked());

    QTest::keyClick(m_window->findChild<QListWidget*>(QStringLiteral("navigation")), Qt::Key_Down);
    m_clock.advanceSeconds(5 * 60 - 1);
    monitor->check();
    QVERIFY2(!session->isLocked(), "input restarts the idle time");

    m_clock.advanceSeconds(1);
    monitor->check();
    QVERIFY(session->isLocked());
  }

  void workstationStatusOpensBeforeSignIn() {
    module::ModuleRegistry registry;
    shell::registerBuiltInModules(registry);
    shell::ShellWindow window(registry, *m_config, &m_sync, m_clock);
    window.show();
    auto* open = window.findChild<QPushButton*>(QStringLiteral("open_status"));
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    auto* pages = window.findChild<QStackedWidget*>();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("publicModulePage"));
    QVERIFY(window.findChild<QWidget*>(QStringLiteral("configTable"))->isVisibleTo(&window));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("backToSignIn")), Qt::LeftButton);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("signInScreen"));
  }

  void invalidConfigurationIsShownOnSignInScreen() {
    const auto bad = testConfig("card_removal=ignore\n");
    shell::ShellWindow window(*m_registry, bad, &m_sync, m_clock);
    auto* problems = window.findChild<QLabel*>(QStringLiteral("configProblems"));
    QVERIFY(problems);
    QVERIFY(problems->text().contains(QLatin1String("sign-in is disabled")));
  }

  void welshTranslationIsUsedWhenConfigured() {
    QTranslator* welsh = shell::installTranslation(*qApp, QStringLiteral("cy"));
    QVERIFY(welsh);
    shell::ShellWindow window(*m_registry, *m_config, &m_sync, m_clock);
    const auto session = test::makeSession(QStringLiteral("Sam TAYLOR"), QStringLiteral("Nurse"), {"B0264"});
    window.setSession(session.get());
    const QString empty = window.findChild<QLabel*>(QStringLiteral("patientBannerEmpty"))->text();
    QCoreApplication::removeTranslator(welsh);
    delete welsh;
    QCOMPARE(empty, QStringLiteral("Dim claf wedi'i ddewis"));
  }

 private:
  QLabel* label(const char* name) {
    auto* found = m_window->findChild<QLabel*>(QLatin1String(name));
    if (found == nullptr) {
      qWarning("no label %s", name);
    }
    return found;
  }

  test::HookLog m_log;
  test::MockClock m_clock;
  sync::SyncStatus m_sync;
  std::unique_ptr<module::ModuleRegistry> m_registry;
  std::unique_ptr<config::EffectiveConfig> m_config;
  std::unique_ptr<shell::ShellWindow> m_window;
};

QTEST_MAIN(TestShellWindow)
#include "tst_shellwindow.moc"
