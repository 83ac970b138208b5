// Every kind of FHIR reference the modules meet is recognised, malformed
// ones are refused, and only references into our own server count as local.
#include "core/fhir/Reference.h"

#include <QTest>

using cw::fhir::Reference;
using Kind = Reference::Kind;

Q_DECLARE_METATYPE(Reference::Kind)

class TestReference : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    QTest::newRow("relative") << "Patient/123" << true << Kind::Relative << "Patient"
                              << "123"
                              << "";
    QTest::newRow("relative versioned")
        << "Observation/abc-1.2/_history/7" << true << Kind::Relative << "Observation"
        << "abc-1.2"
        << "7";
    QTest::newRow("absolute") << "https://fhir.example.nhs.uk/R4/Patient/9" << true << Kind::Absolute
                              << "Patient"
                              << "9"
                              << "";
    QTest::newRow("absolute versioned")
        << "http://127.0.0.1:8180/fhir/Encounter/e1/_history/2" << true << Kind::Absolute << "Encounter"
        << "e1"
        << "2";
    QTest::newRow("contained") << "#med1" << true << Kind::Contained << ""
                               << "med1"
                               << "";
    QTest::newRow("urn uuid") << "urn:uuid:9d0e8c6b-1f0a-4e53-9b5c-1c2f6c5d7e11" << true << Kind::Urn << ""
                              << "urn:uuid:9d0e8c6b-1f0a-4e53-9b5c-1c2f6c5d7e11"
                              << "";
    QTest::newRow("urn oid") << "urn:oid:2.16.840.1.113883" << true << Kind::Urn << ""
                             << "urn:oid:2.16.840.1.113883"
                             << "";
    QTest::newRow("id of 64 chars") << "Patient/" + QString(64, QLatin1Char('a')) << true << Kind::Relative
                                    << "Patient" << QString(64, QLatin1Char('a')) << "";
    QTest::newRow("id of 65 chars") << "Patient/" + QString(65, QLatin1Char('a')) << false << Kind::Relative
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("empty") << "" << false << Kind::Relative << ""
                           << ""
                           << "";
    QTest::newRow("type only") << "Patient/" << false << Kind::Relative << ""
                               << ""
                               << "";
    QTest::newRow("id only") << "123" << false << Kind::Relative << ""
                             << ""
                             << "";
    QTest::newRow("lower-case type") << "patient/123" << false << Kind::Relative << ""
                                     << ""
                                     << "";
    QTest::newRow("space in id") << "Patient/12 3" << false << Kind::Relative << ""
                                 << ""
                                 << "";
    QTest::newRow("underscore in id") << "Patient/12_3" << false << Kind::Relative << ""
                                      << ""
                                      << "";
    QTest::newRow("empty contained") << "#" << false << Kind::Relative << ""
                                     << ""
                                     << "";
    QTest::newRow("bad uuid") << "urn:uuid:not-a-uuid" << false << Kind::Relative << ""
                              << ""
                              << "";
    QTest::newRow("ftp absolute") << "ftp://x.example/Patient/1" << false << Kind::Relative << ""
                                  << ""
                                  << "";
    QTest::newRow("query in absolute") << "https://x.example/Patient?id=1" << false << Kind::Relative << ""
                                       << ""
                                       << "";
  }
  void parse() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Kind, kind);
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(QString, version);
    const auto reference = Reference::parse(text);
    QCOMPARE(reference.has_value(), valid);
    if (reference) {
      QCOMPARE(reference->kind(), kind);
      QCOMPARE(reference->resourceType(), type);
      QCOMPARE(reference->id(), id);
      QCOMPARE(reference->version(), version);
    }
  }

  void absoluteKeepsBaseAndRelativePath() {
    const auto reference = Reference::parse(u"https://fhir.example.nhs.uk/R4/Patient/9/_history/3");
    QCOMPARE(reference->base(), QUrl(QStringLiteral("https://fhir.example.nhs.uk/R4")));
    QCOMPARE(reference->relativePath().value(), QStringLiteral("Patient/9"));
    QVERIFY(!Reference::parse(u"#med1")->relativePath());
  }

  void isOnServer_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("onServer");
    QTest::newRow("relative") << "Patient/1" << true;
    QTest::newRow("same base") << "https://fhir.example.nhs.uk/R4/Patient/1" << true;
    QTest::newRow("same base, explicit port") << "https://fhir.example.nhs.uk:443/R4/Patient/1" << true;
    QTest::newRow("other host") << "https://other.example.nhs.uk/R4/Patient/1" << false;
    QTest::newRow("other path") << "https://fhir.example.nhs.uk/STU3/Patient/1" << false;
    QTest::newRow("http not https") << "http://fhir.example.nhs.uk/R4/Patient/1" << false;
    QTest::newRow("contained") << "#x" << false;
    QTest::newRow("urn") << "urn:uuid:9d0e8c6b-1f0a-4e53-9b5c-1c2f6c5d7e11" << false;
  }
  void isOnServer() {
    QFETCH(QString, text);
    QFETCH(bool, onServer);
    const QUrl server(QStringLiteral("https://fhir.example.nhs.uk/R4/"));
    QCOMPARE(Reference::parse(text)->isOnServer(server), onServer);
  }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
