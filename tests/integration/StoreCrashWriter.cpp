// Helper for tst_store_crash: writes local changes to a cache as fast as it
// can and prints the number committed after each one, until it is killed.
#include "core/base/Clock.h"
#include "core/store/KeyFileProvider.h"
#include "core/store/Store.h"
#include "tests/integration/StoreFixture.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  const QStringList args = QCoreApplication::arguments();
  if (args.size() != 3) {
    QTextStream(stderr) << "usage: store_crash_writer CACHE KEYFILE\n";
    return 64;
  }
  cw::store::KeyFileProvider keys(args.at(2), cw::store::KeyCreation::Never);
  const cw::base::SystemClock clock;
  auto opened = cw::store::Store::open(args.at(1), keys, clock);
  if (!opened.store) {
    QTextStream(stderr) << opened.error << '\n';
    return 1;
  }
  QTextStream out(stdout);
  for (int i = 1;; ++i) {
    // Patients without ids: local creates, each with identifier, name and
    // birth date index rows, a journal entry and an audit event.
    const auto result = opened.store->write(
        cw::test::resource(
            QStringLiteral(
                R"({"resourceType":"Patient",)"
                R"("identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}],)"
                R"("name":[{"family":"Crash%1","given":["Test"]}],"birthDate":"1960-01-01"})")
                .arg(i)
                .toUtf8()),
        cw::test::auditEvent());
    if (!result.ok()) {
      QTextStream(stderr) << result.error << '\n';
      return 1;
    }
    out << i << '\n';
    out.flush();
  }
}
