// The Workstation status page against real HTTP endpoints on loopback: it
// shows the version, every setting with its source, the card readers and
// whether each endpoint answers.
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/config/SettingSchema.h"
#include "core/module/PatientContext.h"
#include "modules/status/StatusModule.h"

#include "tests/support/Ports.h"

#include <QHttpServer>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace cw;

class TestStatusView : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void showsEverythingITNeeds() {
    QHttpServer fhir;
    fhir.route(QStringLiteral("/fhir/metadata"), [] {
      return QHttpServerResponse(QByteArrayLiteral("application/fhir+json"),
                                 QByteArrayLiteral(R"({"resourceType":"CapabilityStatement"})"));
    });
    const quint16 fhirPort = fhir.listen(QHostAddress::LocalHost, 0);
    QVERIFY(fhirPort != 0);
    const quint16 deadPort = cw::test::unusedLoopbackPort();

    const auto config = config::EffectiveConfig::resolve({config::parseIniLayer(
        config::ConfigSource::Policy, QStringLiteral("/etc/clinical-workstation/policy.conf"),
        QStringLiteral("fhir_base_url=http://127.0.0.1:%1/fhir\noidc_issuer=http://127.0.0.1:%2\n"
                       "oidc_client_id=cw\n")
            .arg(fhirPort)
            .arg(deadPort)
            .toUtf8())});
    module::PatientContext patient;
    const module::ModuleContext context{nullptr, &patient, &config, nullptr, nullptr};
    status::StatusModule module;
    std::unique_ptr<QWidget> view(module.createView(context, nullptr));
    view->show();

    QVERIFY(view->findChild<QLabel*>(QStringLiteral("version"))
                ->text()
                .startsWith(QLatin1String("Clinical Workstation 0.")));
    auto* table = view->findChild<QTableView*>(QStringLiteral("configTable"));
    // Every setting with a value: all but card_trust_anchors and ward_locations, which have no default.
    QCOMPARE(table->model()->rowCount(), static_cast<int>(config::settingDefinitions().size()) - 2);
    QCOMPARE(table->model()->index(0, 2).data().toString(),
             QStringLiteral("Policy (/etc/clinical-workstation/policy.conf)"));

    auto* endpoints = view->findChild<QLabel*>(QStringLiteral("endpoints"));
    QTRY_VERIFY_WITH_TIMEOUT(!endpoints->text().contains(QLatin1String("checking")), 10000);
    QVERIFY2(endpoints->text().contains(QLatin1String("FHIR server: reachable (HTTP 200")),
             qPrintable(endpoints->text()));
    QVERIFY2(endpoints->text().contains(QLatin1String("Identity provider: NOT reachable")),
             qPrintable(endpoints->text()));

    auto* readers = view->findChild<QLabel*>(QStringLiteral("cardReaders"));
    QTRY_VERIFY_WITH_TIMEOUT(!readers->text().startsWith(QLatin1String("Checking")), 10000);
  }

  void missingEndpointSaysNotConfigured() {
    const auto config = config::EffectiveConfig::resolve({});
    module::PatientContext patient;
    const module::ModuleContext context{nullptr, &patient, &config, nullptr, nullptr};
    std::unique_ptr<QWidget> view(status::StatusModule().createView(context, nullptr));
    auto* endpoints = view->findChild<QLabel*>(QStringLiteral("endpoints"));
    QVERIFY(endpoints->text().contains(QLatin1String("FHIR server: not configured")));
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("configProblems"))
                ->text()
                .contains(QLatin1String("fhir_base_url")));
  }
};

QTEST_MAIN(TestStatusView)
#include "tst_statusview.moc"
