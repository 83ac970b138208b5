// clinical-workstation: the shell executable.
#include "app/BuiltInModules.h"
#include "app/ClinicalServices.h"
#include "app/FirstSyncDialog.h"
#include "app/LoginBrowser.h"
#include "app/LoginBrowserLoader.h"
#include "app/ShellWindow.h"
#include "app/ShownAnnouncer.h"
#include "app/SignInController.h"
#include "app/SignOnServices.h"
#include "app/Translations.h"
#include "core/base/Clock.h"
#include "core/base/Logging.h"
#include "core/base/ProcessHardening.h"
#include "core/base/Version.h"
#include "core/config/ConfigLocations.h"
#include "core/config/EffectiveConfig.h"
#include "core/config/SettingSchema.h"
#include "core/module/ModuleRegistry.h"
#include "core/sync/ConnectivityMonitor.h"
#include "core/sync/SyncStatus.h"
#include "core/ui/NhsStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcApp, "cw.app")

int main(int argc, char* argv[]) {
  cw::base::hardenProcess();
  cw::shell::prepareForLoginBrowser();
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("clinical-workstation"));
  QApplication::setApplicationDisplayName(QStringLiteral("Clinical Workstation"));
  QApplication::setApplicationVersion(cw::base::productVersion());

  QCommandLineParser parser;
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption configOption(
      QStringLiteral("config"), QStringLiteral("Use FILE as the user configuration (policy still applies)."),
      QStringLiteral("FILE"));
  const QCommandLineOption announceOption(QStringLiteral("announce-shown"),
                                          QStringLiteral("Print \"shown\" once the window has painted."));
  parser.addOptions({configOption, announceOption});
  parser.process(app);

  cw::base::installLogging(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                           QStringLiteral("/logs"));
  qCInfo(lcApp) << "starting version" << cw::base::productVersion() << cw::base::sourceRevision();

  cw::config::ConfigOverrides overrides;
  overrides.userFile = parser.value(configOption);
  const auto config = cw::config::EffectiveConfig::resolve(cw::config::readConfigLayers(overrides));
  for (const auto& issue : config.issues()) {
    qCWarning(lcApp).noquote() << "configuration problem:" << issue.text();
  }

  cw::shell::installTranslation(app, config.text(cw::config::keys::kLanguage));
  cw::ui::applyNhsStyle(app);

  cw::module::ModuleRegistry registry;
  cw::shell::registerBuiltInModules(registry);

  const cw::base::SystemClock clock;
  cw::sync::SyncStatus syncStatus;
  cw::shell::ShellWindow window(registry, config, &syncStatus, clock);
  if (parser.isSet(announceOption)) {
    new cw::shell::ShownAnnouncer(&window);
  }
  cw::shell::SignOnServices signOn(config, clock);
  if (!signOn.problem().isEmpty()) {
    qCWarning(lcApp).noquote() << "sign-on unavailable:" << signOn.problem();
  }
  cw::shell::ClinicalServices clinical(config, clock, signOn.auditTrail(), signOn.sessions(), &syncStatus);
  window.setClinicalServices(clinical.store(), &signOn.auditTrail());
  clinical.followPatients(window.patientContext());
  cw::shell::LoginBrowserLoader browsers;
  const cw::shell::SignInController signIn(window, signOn.sessions(), browsers, signOn.problem(),
                                           signOn.systemBrowser());
  window.show();
  cw::shell::FirstSyncDialog firstSync(&syncStatus, &window);
  signOn.start();

  cw::sync::ConnectivityMonitor connectivity(config.url(cw::config::keys::kFhirBaseUrl), &syncStatus,
                                             std::chrono::minutes(1));
  if (config.isValid()) {
    connectivity.start();
  }
  clinical.start();
  return QApplication::exec();
}
