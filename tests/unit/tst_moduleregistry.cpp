// A module appears only for roles that grant every activity it needs; before
// sign-in only pages without patient data appear.
#include "core/module/ModuleRegistry.h"
#include "tests/support/TestModule.h"
#include "tests/support/TestSessions.h"

#include <QTest>

using namespace cw;

class TestModuleRegistry : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void visibilityFollowsActivities_data() {
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no activities") << QStringList{} << QStringList{"open"};
    QTest::newRow("one of two") << QStringList{"B0264"} << QStringList{"open", "read"};
    QTest::newRow("both") << QStringList{"B0264", "B0370"} << QStringList{"open", "read", "prescribe"};
    QTest::newRow("other only") << QStringList{"B0370"} << QStringList{"open"};
  }
  void visibilityFollowsActivities() {
    QFETCH(QStringList, granted);
    QFETCH(QStringList, expected);
    test::HookLog log;
    module::ModuleRegistry registry;
    registry.add(std::make_unique<test::TestModule>(QStringLiteral("open"), QStringList{}, &log));
    registry.add(std::make_unique<test::TestModule>(QStringLiteral("read"), QStringList{"B0264"}, &log));
    registry.add(
        std::make_unique<test::TestModule>(QStringLiteral("prescribe"), QStringList{"B0264", "B0370"}, &log));

    const auto session = test::makeSession(QStringLiteral("Test User"), QStringLiteral("Nurse"), granted);
    QStringList visible;
    for (const module::Module* module : registry.visibleTo(session.get())) {
      visible.append(module->info().id);
    }
    QCOMPARE(visible, expected);
  }

  void signedOutSeesOnlyPagesWithoutPatientData() {
    test::HookLog log;
    module::ModuleRegistry registry;
    registry.add(std::make_unique<test::TestModule>(QStringLiteral("open"), QStringList{}, &log));
    QVERIFY(registry.visibleTo(nullptr).empty());
  }
};

QTEST_GUILESS_MAIN(TestModuleRegistry)
#include "tst_moduleregistry.moc"
