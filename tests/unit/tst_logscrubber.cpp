// Nothing patient-identifiable or secret survives into a log line.
#include "core/base/LogScrubber.h"
#include "core/module/PatientContext.h"

#include <QTest>

using cw::base::LogScrubber;

class TestLogScrubber : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void cleanup() { LogScrubber::instance().clearSensitiveTerms(); }

  void removes_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::newRow("NHS number") << "opened record 9434765919"
                                << "9434765919";
    QTest::newRow("NHS number spaced") << "patient 943 476 5919 admitted"
                                       << "476 5919";
    QTest::newRow("NHS number dashed") << "nhs=943-476-5919"
                                       << "476-5919";
    QTest::newRow("bearer token") << "Authorization: Bearer abc.def-ghi"
                                  << "abc.def-ghi";
    QTest::newRow("bearer lower") << "sending bearer s3cr3tTokenValue"
                                  << "s3cr3tTokenValue";
    QTest::newRow("JWT") << "id token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl ok"
                         << "eyJzdWIiOiIxIn0";
    QTest::newRow("PIN") << "verify pin=123456"
                         << "123456";
    QTest::newRow("PIN json") << R"({"pin": "0000"})"
                              << "0000";
    QTest::newRow("refresh token") << "refresh_token=r-abc123&x=1"
                                   << "r-abc123";
    QTest::newRow("code verifier") << "code_verifier: Zx9_-verifier"
                                   << "Zx9_-verifier";
    QTest::newRow("auth code in URL") << "redirect ?code=AbC123&state=s"
                                      << "AbC123";
    QTest::newRow("email") << "user jane.smith@nhs.net signed in"
                           << "jane.smith@nhs.net";
    QTest::newRow("hex key") << "key 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
                             << "00112233445566778899aabbccddeeff";
  }
  void removes() {
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString scrubbed = LogScrubber::instance().scrub(input);
    QVERIFY2(!scrubbed.contains(secret), qPrintable(scrubbed));
    QVERIFY2(scrubbed.contains(QLatin1String("redacted")), qPrintable(scrubbed));
  }

  void keepsOrdinaryDiagnostics_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("status") << "sync finished: 12 resources in 340 ms";
    QTest::newRow("url") << "GET https://fhir.example.nhs.uk/R4/metadata -> 200";
    QTest::newRow("config") << "configuration problem: /etc/cw/policy.conf:3: language: not one of en_GB, cy";
  }
  void keepsOrdinaryDiagnostics() {
    QFETCH(QString, input);
    QCOMPARE(LogScrubber::instance().scrub(input), input);
  }

  void selectedPatientIsRedactedEverywhere() {
    cw::module::PatientContext patient;
    patient.select({QStringLiteral("p1"), QStringLiteral("Ffion LLEWELYN"), QStringLiteral("9990001234")});
    const QString scrubbed = LogScrubber::instance().scrub(QStringLiteral("could not load ffion llewelyn"));
    QVERIFY2(!scrubbed.contains(QLatin1String("llewelyn"), Qt::CaseInsensitive), qPrintable(scrubbed));
  }

  void shortTermsAreIgnored() {
    LogScrubber::instance().addSensitiveTerm(QStringLiteral("Li"));
    QCOMPARE(LogScrubber::instance().scrub(QStringLiteral("Link up")), QStringLiteral("Link up"));
  }
};

QTEST_GUILESS_MAIN(TestLogScrubber)
#include "tst_logscrubber.moc"
