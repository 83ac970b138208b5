// The patient banner's words (NHS CUI): name, dates and ages, at every age
// band's edge from both sides, and birth dates known only in part.
#include "core/ui/BannerText.h"

#include <QTest>

using namespace cw;

namespace {
const QDate kToday(2026, 11, 21);
}

class TestBannerText : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void age_data() {
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QString>("expected");
    QTest::newRow("born today") << kToday << QStringLiteral("0d");
    QTest::newRow("27 days: still days") << kToday.addDays(-27) << QStringLiteral("27d");
    QTest::newRow("28 days: weeks and days") << kToday.addDays(-28) << QStringLiteral("4w 0d");
    QTest::newRow("a day short of 1 year") << QDate(2025, 11, 22) << QStringLiteral("52w 0d");
    QTest::newRow("1 year: months and days") << QDate(2025, 11, 21) << QStringLiteral("12m 0d");
    QTest::newRow("a day short of 2 years") << QDate(2024, 11, 22) << QStringLiteral("23m 30d");
    QTest::newRow("2 years: years and months") << QDate(2024, 11, 21) << QStringLiteral("2y 0m");
    QTest::newRow("a day short of 18") << QDate(2008, 11, 22) << QStringLiteral("17y 11m");
    QTest::newRow("18: years only") << QDate(2008, 11, 21) << QStringLiteral("18y");
    QTest::newRow("70, birthday earlier in the year") << QDate(1956, 3, 12) << QStringLiteral("70y");
    QTest::newRow("69, birthday tomorrow") << QDate(1956, 11, 22) << QStringLiteral("69y");
    QTest::newRow("months count from the day of birth") << QDate(2025, 10, 31) << QStringLiteral("12m 21d");
    QTest::newRow("not born yet") << kToday.addDays(1) << QString();
  }

  void age() {
    QFETCH(QDate, born);
    QFETCH(QString, expected);
    QCOMPARE(ui::bannerAge(born, kToday), expected);
  }

  // A month whose day does not exist in the target month completes the day
  // after: a clamped date would claim a whole month too early.
  void shortMonthsCompleteTheNextDay() {
    QCOMPARE(ui::bannerAge(QDate(2025, 10, 31), QDate(2026, 11, 30)), QStringLiteral("12m 30d"));
    QCOMPARE(ui::bannerAge(QDate(2025, 10, 31), QDate(2026, 12, 1)), QStringLiteral("13m 0d"));
  }

  void leapDayBirthdayCompletesOnFirstMarch() {
    QCOMPARE(ui::bannerAge(QDate(2024, 2, 29), QDate(2025, 2, 28)), QStringLiteral("52w 1d"));
    QCOMPARE(ui::bannerAge(QDate(2024, 2, 29), QDate(2025, 3, 1)), QStringLiteral("12m 0d"));
  }

  void born_data() {
    QTest::addColumn<QString>("birthDate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full date with age")
        << QStringLiteral("1956-03-12") << QStringLiteral("12-Mar-1956 (70y)");
    QTest::newRow("single-digit day is padded")
        << QStringLiteral("2019-07-05") << QStringLiteral("05-Jul-2019 (7y 4m)");
    QTest::newRow("month only: no age") << QStringLiteral("1956-03") << QStringLiteral("Mar-1956");
    QTest::newRow("year only: no age") << QStringLiteral("1956") << QStringLiteral("1956");
    QTest::newRow("absent") << QString() << QString();
  }

  void born() {
    QFETCH(QString, birthDate);
    QFETCH(QString, expected);
    QCOMPARE(ui::bannerBorn(fhir::DateTime::parse(birthDate), kToday), expected);
  }

  void name_data() {
    QTest::addColumn<QString>("family");
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("prefix");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << QStringLiteral("Smith")
                          << QStringList{QStringLiteral("Richard"), QStringLiteral("John")}
                          << QStringList{QStringLiteral("Mr")} << QString()
                          << QStringLiteral("SMITH, Richard John (Mr)");
    QTest::newRow("no title") << QStringLiteral("Morgan-Evans") << QStringList{QStringLiteral("Siân")}
                              << QStringList{} << QString() << QStringLiteral("MORGAN-EVANS, Siân");
    QTest::newRow("family only") << QStringLiteral("Jones") << QStringList{} << QStringList{} << QString()
                                 << QStringLiteral("JONES");
    QTest::newRow("text only") << QString() << QStringList{} << QStringList{}
                               << QStringLiteral("Baby of Jones") << QStringLiteral("Baby of Jones");
  }

  void name() {
    QFETCH(QString, family);
    QFETCH(QStringList, given);
    QFETCH(QStringList, prefix);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    fhir::HumanName name;
    name.family = family;
    name.given = given;
    name.prefix = prefix;
    name.text = text;
    QCOMPARE(ui::bannerName(name), expected);
  }
};

QTEST_GUILESS_MAIN(TestBannerText)
#include "tst_bannertext.moc"
