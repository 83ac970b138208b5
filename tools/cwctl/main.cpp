// cwctl: command-line companion for IT staff and clinical safety validation.
#include "core/base/Version.h"
#include "tools/cwctl/CacheCommand.h"
#include "tools/cwctl/CardCommand.h"
#include "tools/cwctl/CheckConfigCommand.h"
#include "tools/cwctl/GenerateCommand.h"
#include "tools/cwctl/News2Command.h"
#include "tools/cwctl/SyncCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

constexpr int kExitUsage = 64;

void printUsage() {
  QTextStream(stderr) << "Usage: cwctl <command> [options]\n\n"
                         "Commands:\n"
                         "  cache          offline cache: stats (counts, never patient data), init\n"
                         "  card           insert and remove demo cards in the card emulator\n"
                         "  check-config   print the effective configuration and check it\n"
                         "  generate       write a synthetic UK data set as FHIR bundles\n"
                         "  news2          score NEWS2 observation sets given as JSON\n"
                         "  sync           one sync cycle with the FHIR server (--once)\n"
                         "  version        print the version\n\n"
                         "Run 'cwctl <command> --help' for a command's options.\n";
}

}  // namespace

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(QStringLiteral("cwctl"));
  QCoreApplication::setApplicationVersion(cw::base::productVersion());

  QStringList arguments = QCoreApplication::arguments();
  if (arguments.size() < 2) {
    printUsage();
    return kExitUsage;
  }
  const QString command = arguments.takeAt(1);
  if (command == QLatin1String("cache")) {
    return cw::cwctl::runCache(arguments);
  }
  if (command == QLatin1String("card")) {
    return cw::cwctl::runCard(arguments);
  }
  if (command == QLatin1String("check-config")) {
    return cw::cwctl::runCheckConfig(arguments);
  }
  if (command == QLatin1String("generate")) {
    return cw::cwctl::runGenerate(arguments);
  }
  if (command == QLatin1String("news2")) {
    return cw::cwctl::runNews2(arguments);
  }
  if (command == QLatin1String("sync")) {
    return cw::cwctl::runSync(arguments);
  }
  if (command == QLatin1String("version")) {
    QTextStream(stdout) << cw::base::productVersion() << " (" << cw::base::sourceRevision() << ")\n";
    return 0;
  }
  QTextStream(stderr) << "cwctl: unknown command '" << command << "'\n";
  printUsage();
  return kExitUsage;
}
