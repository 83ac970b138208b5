// NHS numbers: the Modulus 11 check digit on both sides of every rule, the
// accepted input forms, and the display form clinicians read.
#include "core/fhir/NhsNumber.h"

#include <QTest>

using cw::fhir::NhsNumber;

class TestNhsNumber : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void parse_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");  // empty when the input must be refused
    QTest::newRow("valid") << "9434765919"
                           << "9434765919";
    QTest::newRow("valid, spaced") << "943 476 5919"
                                   << "9434765919";
    QTest::newRow("valid, hyphens") << "943-476-5919"
                                    << "9434765919";
    QTest::newRow("valid, surrounding space") << "  943 476 5919 "
                                              << "9434765919";
    QTest::newRow("check digit off by one (8)") << "9434765918"
                                                << "";
    QTest::newRow("check digit off by one (0)") << "9434765910"
                                                << "";
    QTest::newRow("check digit 0 (remainder 0)") << "9990000050"
                                                 << "9990000050";
    QTest::newRow("check digit 0 written as 1") << "9990000051"
                                                << "";
    QTest::newRow("remainder 1: no digit is valid (0)") << "9990000000"
                                                        << "";
    QTest::newRow("remainder 1: no digit is valid (1)") << "9990000001"
                                                        << "";
    QTest::newRow("9 digits") << "943476591"
                              << "";
    QTest::newRow("11 digits") << "94347659190"
                               << "";
    QTest::newRow("mixed separators") << "943 476-5919"
                                      << "";
    QTest::newRow("wrong grouping") << "9434 765 919"
                                    << "";
    QTest::newRow("double space") << "943  476 5919"
                                  << "";
    QTest::newRow("letter") << "943476591O"
                            << "";
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٩٤٣٤٧٦٥٩١٩") << "";
    QTest::newRow("empty") << ""
                           << "";
  }
  void parse() {
    QFETCH(QString, input);
    QFETCH(QString, digits);
    const auto number = NhsNumber::parse(input);
    QCOMPARE(number.has_value(), !digits.isEmpty());
    if (number) {
      QCOMPARE(number->digits(), digits);
    }
  }

  void checkDigit_data() {
    QTest::addColumn<QString>("nine");
    QTest::addColumn<int>("expected");  // -1: no check digit possible
    // 943476591: sum 299, 299 % 11 = 2, 11 - 2 = 9.
    QTest::newRow("remainder 2") << "943476591" << 9;
    // 999000005: sum 253, 253 % 11 = 0, 11 - 0 = 11 -> 0.
    QTest::newRow("remainder 0") << "999000005" << 0;
    // 999000003: sum 9*10+9*9+9*8+3*2 = 249, 249 % 11 = 7, 11 - 7 = 4.
    QTest::newRow("remainder 7") << "999000003" << 4;
    // 999000002: sum 247, 247 % 11 = 5, 11 - 5 = 6.
    QTest::newRow("remainder 5") << "999000002" << 6;
    // 100000000: sum 10, 10 % 11 = 10, 11 - 10 = 1.
    QTest::newRow("remainder 10") << "100000000" << 1;
    // 999000000: sum 243, 243 % 11 = 1, 11 - 1 = 10 -> no valid digit.
    QTest::newRow("remainder 1") << "999000000" << -1;
    QTest::newRow("8 digits") << "94347659" << -1;
    QTest::newRow("non-digit") << "94347659x" << -1;
  }
  void checkDigit() {
    QFETCH(QString, nine);
    QFETCH(int, expected);
    const auto digit = NhsNumber::checkDigit(nine);
    QCOMPARE(digit.value_or(-1), expected);
  }

  void formatsForDisplay() {
    QCOMPARE(NhsNumber::parse(u"9434765919")->formatted(), QStringLiteral("943 476 5919"));
    QCOMPARE(NhsNumber::parse(u"943-476-5919"), NhsNumber::parse(u"943 476 5919"));
  }
};

QTEST_GUILESS_MAIN(TestNhsNumber)
#include "tst_nhsnumber.moc"
