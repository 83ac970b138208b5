#include "tools/fhir-devserver/DemoSeeder.h"

#include "tools/fhir-devserver/RequestRouter.h"
#include "tools/synthetic/Generator.h"

#include <QDate>
#include <QJsonDocument>

namespace cw::devserver {

QString DemoSeeder::load(RequestRouter& router) {
  synthetic::GeneratorOptions options;
  options.patients = synthetic::kDemoPatients;
  options.seed = synthetic::kDemoSeed;
  options.anchor = QDate::currentDate();
  QString error;
  int index = 0;
  synthetic::generate(options, [&](const QJsonObject& bundle) {
    if (!error.isEmpty()) {
      return;
    }
    FhirRequest request;
    request.method = QStringLiteral("POST");
    request.contentType = QStringLiteral("application/fhir+json");
    request.body = QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    request.preferReturn = QStringLiteral("minimal");
    const FhirResponse response = router.handle(request);
    if (response.status >= 400) {
      error = QStringLiteral("demo bundle %1 was refused (%2): %3")
                  .arg(index)
                  .arg(response.status)
                  .arg(response.issue().second);
    }
    ++index;
  });
  return error;
}

}  // namespace cw::devserver
