// The configuration table shows every effective setting with its source and
// obeys the item-model contract.
#include "core/config/EffectiveConfig.h"
#include "core/config/IniConfigReader.h"
#include "core/config/SettingSchema.h"
#include "modules/status/EffectiveConfigModel.h"
#include "tests/support/ModelTester.h"

#include <QTest>

using namespace cw;

class TestEffectiveConfigModel : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void showsValueAndSource() {
    const auto config = config::EffectiveConfig::resolve(
        {config::parseIniLayer(config::ConfigSource::Policy, QStringLiteral("/etc/p.conf"), "language=cy\n"),
         config::parseIniLayer(config::ConfigSource::Machine, QStringLiteral("/etc/m.conf"),
                               "fhir_base_url=https://f.example/R4\noidc_issuer=https://i.example\n"
                               "oidc_client_id=x\n")});
    status::EffectiveConfigModel model(config);
    test::attachModelTester(&model);
    // The three given and every default: all but card_trust_anchors and ward_locations, which have none.
    QCOMPARE(model.rowCount(), static_cast<int>(config::settingDefinitions().size()) - 2);
    QCOMPARE(model.columnCount(), 3);

    QModelIndex languageRow;
    for (int row = 0; row < model.rowCount(); ++row) {
      if (model.index(row, 0).data().toString() == QLatin1String("language")) {
        languageRow = model.index(row, 0);
      }
    }
    QVERIFY(languageRow.isValid());
    QCOMPARE(model.index(languageRow.row(), 1).data().toString(), QStringLiteral("cy"));
    QCOMPARE(model.index(languageRow.row(), 2).data().toString(), QStringLiteral("Policy (/etc/p.conf)"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("Machine configuration (/etc/m.conf)"));
    QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Set by"));
  }
};

QTEST_GUILESS_MAIN(TestEffectiveConfigModel)
#include "tst_effectiveconfigmodel.moc"
