// The typed FHIR views read what the modules need from realistic UK Core
// resources, give empty values (never a guess or a crash) for missing or
// ill-typed elements, keep partial dates at the precision recorded, and write
// one element at a time, leaving every other byte exactly as received.
#include "core/fhir/Bundle.h"
#include "core/fhir/Datatypes.h"
#include "core/fhir/DateTime.h"
#include "core/fhir/OperationOutcome.h"
#include "core/fhir/Systems.h"
#include "core/fhir/resources/AllergyIntolerance.h"
#include "core/fhir/resources/AuditEvent.h"
#include "core/fhir/resources/CapabilityStatement.h"
#include "core/fhir/resources/Communication.h"
#include "core/fhir/resources/CommunicationRequest.h"
#include "core/fhir/resources/Condition.h"
#include "core/fhir/resources/DocumentReference.h"
#include "core/fhir/resources/Encounter.h"
#include "core/fhir/resources/EpisodeOfCare.h"
#include "core/fhir/resources/Flag.h"
#include "core/fhir/resources/List.h"
#include "core/fhir/resources/Location.h"
#include "core/fhir/resources/Medication.h"
#include "core/fhir/resources/MedicationAdministration.h"
#include "core/fhir/resources/MedicationRequest.h"
#include "core/fhir/resources/Observation.h"
#include "core/fhir/resources/Organization.h"
#include "core/fhir/resources/Patient.h"
#include "core/fhir/resources/Practitioner.h"
#include "core/fhir/resources/PractitionerRole.h"
#include "core/fhir/resources/Subscription.h"
#include "core/fhir/resources/Task.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace cw::fhir;

using Getter = std::function<QString(const Resource&)>;
using Setter = std::function<void(Resource&)>;
using Builder = std::function<Resource()>;

Q_DECLARE_METATYPE(Getter)
Q_DECLARE_METATYPE(Setter)
Q_DECLARE_METATYPE(Builder)
Q_DECLARE_METATYPE(DateTime::Precision)
Q_DECLARE_METATYPE(Patient::NhsNumberState)
Q_DECLARE_METATYPE(Patient::Confidentiality)

namespace {

// In every fixture that setters are tried on: decimal 1.50 and a key order
// (value before url) that a JSON library re-serialising would change.
const QByteArray kUnknownExtension =
    R"({"valueDecimal": 1.50, "url": "https://example.nhs.uk/fhir/StructureDefinition/Extension-Test-FrailtyWeighting"})";

QByteArray fixtureBytes(const QString& name) {
  QFile file(QFINDTESTDATA("../fixtures/fhir/" + name));
  if (!file.open(QIODevice::ReadOnly)) {
    qFatal("Missing fixture %s", qPrintable(name));
  }
  return file.readAll();
}

Resource parse(const QByteArray& json) {
  ResourceParseResult result = Resource::parse(json);
  if (!result.ok()) {
    qFatal("Does not parse: %s", qPrintable(result.error));
  }
  return *result.resource;
}

// A fixture file name, or inline JSON when it starts with '{'.
Resource load(const QString& source) {
  return parse(source.startsWith(u'{') ? source.toUtf8() : fixtureBytes(source));
}

template <typename View>
Getter get(std::function<QString(const View&)> read) {
  return [read](const Resource& resource) {
    const std::optional<View> view = View::from(resource);
    return view ? read(*view) : QStringLiteral("<wrong type>");
  };
}

template <typename View>
Setter edit(std::function<void(View&)> change) {
  return [change](Resource& resource) {
    View view = *View::from(resource);
    change(view);
    resource = view.resource();
  };
}

template <typename View>
Builder build(std::function<void(View&)> fill) {
  return [fill] {
    View view = View::create();
    fill(view);
    return view.resource();
  };
}

QString joined(const QStringList& parts) {
  return parts.join(u'|');
}

QString refs(const QList<ReferenceValue>& references) {
  QStringList parts;
  for (const ReferenceValue& reference : references) {
    parts.append(reference.reference);
  }
  return joined(parts);
}

QString texts(const QList<CodeableConcept>& concepts) {
  QStringList parts;
  for (const CodeableConcept& item : concepts) {
    parts.append(item.displayText());
  }
  return joined(parts);
}

QString flag(std::optional<bool> value) {
  return value ? (*value ? "true" : "false") : "";
}

QString quantity(const std::optional<Quantity>& value) {
  return value ? QString::fromLatin1(value->valueText) + ' ' + value->code : QString();
}

// The choice's type and value as text: "Quantity 37.50 Cel", "String hello".
QString describe(const ChoiceValue& value) {
  if (value.isEmpty()) {
    return {};
  }
  QString text;
  if (value.quantity()) {
    text = quantity(value.quantity());
  } else if (value.codeableConcept()) {
    text = value.codeableConcept()->displayText();
  } else if (value.reference()) {
    text = value.reference()->reference;
  } else if (value.period()) {
    text = value.period()->start.text() + ".." + value.period()->end.text();
  } else if (!value.dateTime().isNull()) {
    text = value.dateTime().text();
  } else if (value.string()) {
    text = *value.string();
  } else if (value.integer()) {
    text = QString::number(*value.integer());
  } else if (value.boolean()) {
    text = flag(value.boolean());
  }
  return value.type() + ' ' + text;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0) {
  return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QDateTime local(int year, int month, int day, QTime time = QTime(0, 0)) {
  return QDateTime(QDate(year, month, day), time, Qt::LocalTime);
}

const QTime kLastMs(23, 59, 59, 999);

// Whether View::from accepts a resource, for every view type.
struct ViewCheck {
  const char* type;
  bool (*accepts)(const Resource&);
};

template <typename View>
bool accepts(const Resource& resource) {
  return View::from(resource).has_value();
}

const ViewCheck kViews[] = {
    {"Patient", accepts<Patient>},
    {"Practitioner", accepts<Practitioner>},
    {"PractitionerRole", accepts<PractitionerRole>},
    {"Organization", accepts<Organization>},
    {"Location", accepts<Location>},
    {"Encounter", accepts<Encounter>},
    {"EpisodeOfCare", accepts<EpisodeOfCare>},
    {"Condition", accepts<Condition>},
    {"AllergyIntolerance", accepts<AllergyIntolerance>},
    {"Medication", accepts<Medication>},
    {"MedicationRequest", accepts<MedicationRequest>},
    {"MedicationAdministration", accepts<MedicationAdministration>},
    {"Observation", accepts<Observation>},
    {"DocumentReference", accepts<DocumentReference>},
    {"Communication", accepts<Communication>},
    {"CommunicationRequest", accepts<CommunicationRequest>},
    {"Task", accepts<Task>},
    {"Flag", accepts<Flag>},
    {"List", accepts<List>},
    {"AuditEvent", accepts<AuditEvent>},
    {"Subscription", accepts<Subscription>},
    {"CapabilityStatement", accepts<CapabilityStatement>},
    {"Bundle", [](const Resource& resource) { return Bundle::from(resource).has_value(); }},
    {"OperationOutcome",
     [](const Resource& resource) { return OperationOutcome::from(resource).has_value(); }},
};

}  // namespace

// Declared before any test data: moc misreads "//" inside raw strings, so
// the JSON-heavy bodies are defined outside the class.
class TestFhirResources : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void dateTimePrecision_data();
  void dateTimePrecision();
  void dateTimeKeepsTheRecordedDate();
  void dateTimeWriting_data();
  void dateTimeWriting();
  void dateWriting();
  void codeableConceptDisplay_data();
  void codeableConceptDisplay();
  void codeableConceptHas();
  void quantityKeepsDecimalText_data();
  void quantityKeepsDecimalText();
  void quantityComparatorAndWriting();
  void attachmentDecoding_data();
  void attachmentDecoding();
  void humanNameDisplay();
  void choiceValues_data();
  void choiceValues();
  void fromChecksTheType();
  void accessors_data();
  void accessors();
  void nhsNumber_data();
  void nhsNumber();
  void confidentiality_data();
  void confidentiality();
  void noKnownAllergy_data();
  void noKnownAllergy();
  void capabilityStatement_data();
  void capabilityStatement();
  void capabilityStatementDetails();
  void searchsetBundle();
  void transactionBundle();
  void containedReference();
  void setters_data();
  void setters();
  void created_data();
  void created();
  void subscriptionChannelKeepsItsExtensions();
};

void TestFhirResources::dateTimePrecision_data() {
  QTest::addColumn<QString>("text");
  QTest::addColumn<bool>("valid");
  QTest::addColumn<DateTime::Precision>("precision");
  QTest::addColumn<QDateTime>("start");
  QTest::addColumn<QDateTime>("end");
  using P = DateTime::Precision;
  QTest::newRow("year") << "2024" << true << P::Year << local(2024, 1, 1) << local(2024, 12, 31, kLastMs);
  QTest::newRow("month") << "2024-03" << true << P::Month << local(2024, 3, 1) << local(2024, 3, 31, kLastMs);
  QTest::newRow("leap February") << "2024-02" << true << P::Month << local(2024, 2, 1)
                                 << local(2024, 2, 29, kLastMs);
  QTest::newRow("common February") << "2023-02" << true << P::Month << local(2023, 2, 1)
                                   << local(2023, 2, 28, kLastMs);
  QTest::newRow("day") << "2024-03-05" << true << P::Day << local(2024, 3, 5) << local(2024, 3, 5, kLastMs);
  QTest::newRow("29 February in a leap year")
      << "2024-02-29" << true << P::Day << local(2024, 2, 29) << local(2024, 2, 29, kLastMs);
  QTest::newRow("seconds +01:00") << "2024-03-05T10:30:00+01:00" << true << P::Second
                                  << utc(2024, 3, 5, 9, 30) << utc(2024, 3, 5, 9, 30, 0, 999);
  QTest::newRow("seconds Z") << "2024-03-05T23:59:59Z" << true << P::Second << utc(2024, 3, 5, 23, 59, 59)
                             << utc(2024, 3, 5, 23, 59, 59, 999);
  QTest::newRow("negative offset crosses midnight")
      << "2024-03-05T22:15:00-05:00" << true << P::Second << utc(2024, 3, 6, 3, 15)
      << utc(2024, 3, 6, 3, 15, 0, 999);
  QTest::newRow("largest offset +14:00") << "2024-03-05T10:00:00+14:00" << true << P::Second
                                         << utc(2024, 3, 4, 20, 0) << utc(2024, 3, 4, 20, 0, 0, 999);
  QTest::newRow("milliseconds") << "2024-03-05T10:30:00.123Z" << true << P::Millisecond
                                << utc(2024, 3, 5, 10, 30, 0, 123) << utc(2024, 3, 5, 10, 30, 0, 123);
  QTest::newRow("one fraction digit") << "2024-03-05T10:30:00.5Z" << true << P::Millisecond
                                      << utc(2024, 3, 5, 10, 30, 0, 500) << utc(2024, 3, 5, 10, 30, 0, 500);
  QTest::newRow("microseconds truncated")
      << "2024-03-05T10:30:00.123999+00:00" << true << P::Millisecond << utc(2024, 3, 5, 10, 30, 0, 123)
      << utc(2024, 3, 5, 10, 30, 0, 123);
  QTest::newRow("minutes only") << "2024-03-05T10:30+01:00" << true << P::Minute << utc(2024, 3, 5, 9, 30)
                                << utc(2024, 3, 5, 9, 30, 59, 999);

  const QDateTime none;
  QTest::newRow("empty") << "" << false << P::Year << none << none;
  QTest::newRow("two-digit year") << "24" << false << P::Year << none << none;
  QTest::newRow("year 0000") << "0000" << false << P::Year << none << none;
  QTest::newRow("one-digit month") << "2024-3" << false << P::Year << none << none;
  QTest::newRow("month 00") << "2024-00" << false << P::Year << none << none;
  QTest::newRow("month 13") << "2024-13" << false << P::Year << none << none;
  QTest::newRow("29 February in a common year") << "2023-02-29" << false << P::Year << none << none;
  QTest::newRow("31 April") << "2024-04-31" << false << P::Year << none << none;
  QTest::newRow("time without zone") << "2024-03-05T10:30:00" << false << P::Year << none << none;
  QTest::newRow("zone on a date") << "2024-03-05Z" << false << P::Year << none << none;
  QTest::newRow("space for T") << "2024-03-05 10:30:00Z" << false << P::Year << none << none;
  QTest::newRow("hour 24") << "2024-03-05T24:00:00Z" << false << P::Year << none << none;
  QTest::newRow("minute 60") << "2024-03-05T10:60:00Z" << false << P::Year << none << none;
  QTest::newRow("second 60") << "2024-03-05T10:30:60Z" << false << P::Year << none << none;
  QTest::newRow("offset +14:30") << "2024-03-05T10:30:00+14:30" << false << P::Year << none << none;
  QTest::newRow("offset without colon") << "2024-03-05T10:30:00+0100" << false << P::Year << none << none;
  QTest::newRow("empty fraction") << "2024-03-05T10:30:00.Z" << false << P::Year << none << none;
  QTest::newRow("trailing space") << "2024-03-05T10:30:00Z " << false << P::Year << none << none;
  QTest::newRow("slashes") << "05/03/2024" << false << P::Year << none << none;
  QTest::newRow("full-width digits") << QString::fromUtf8("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94")
                                     << false << P::Year << none << none;
}

void TestFhirResources::dateTimePrecision() {
  QFETCH(QString, text);
  QFETCH(bool, valid);
  QFETCH(DateTime::Precision, precision);
  QFETCH(QDateTime, start);
  QFETCH(QDateTime, end);
  const DateTime value = DateTime::parse(text);
  QCOMPARE(!value.isNull(), valid);
  QCOMPARE(DateTime::read(JsonValue::fromString(text)).isNull(), !valid);
  if (!valid) {
    QVERIFY(!value.start());
    QVERIFY(!value.end());
    QVERIFY(!value.date());
    QVERIFY(value.toJson().isNull());
    return;
  }
  QCOMPARE(value.text(), text);
  QCOMPARE(value.precision(), precision);
  QCOMPARE(value.start().value(), start);
  QCOMPARE(value.end().value(), end);
  QCOMPARE(value.date().has_value(), precision >= DateTime::Precision::Day);
  QCOMPARE(value.toJson().toString(), text);
}

void TestFhirResources::dateTimeKeepsTheRecordedDate() {
  // 23:30 on the 5th at -05:00 is the 6th in UTC; the record says the 5th.
  QCOMPARE(DateTime::parse(u"2024-03-05T23:30:00-05:00").date().value(), QDate(2024, 3, 5));
  QVERIFY(DateTime::read(JsonValue::fromInteger(2024)).isNull());
}

void TestFhirResources::dateTimeWriting_data() {
  QTest::addColumn<QDateTime>("input");
  QTest::addColumn<QString>("text");
  QTest::newRow("UTC") << utc(2024, 3, 5, 10, 30, 15, 250) << "2024-03-05T10:30:15Z";
  QTest::newRow("BST") << QDateTime(QDate(2024, 6, 1), QTime(8, 5, 9), Qt::OffsetFromUTC, 3600)
                       << "2024-06-01T08:05:09+01:00";
  QTest::newRow("negative half hour")
      << QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, -12600) << "2024-01-01T00:00:00-03:30";
  QTest::newRow("invalid") << QDateTime() << "";
}

void TestFhirResources::dateTimeWriting() {
  QFETCH(QDateTime, input);
  QFETCH(QString, text);
  const DateTime value = DateTime::fromDateTime(input);
  QCOMPARE(value.text(), text);
  if (!text.isEmpty()) {
    QCOMPARE(value.precision(), DateTime::Precision::Second);
    QCOMPARE(value.start().value(), input.addMSecs(-input.time().msec()));
  }
}

void TestFhirResources::dateWriting() {
  QCOMPARE(DateTime::fromDate(QDate(2024, 3, 5)).text(), QStringLiteral("2024-03-05"));
  QCOMPARE(DateTime::fromDate(QDate(2024, 3, 5)).precision(), DateTime::Precision::Day);
  QVERIFY(DateTime::fromDate(QDate()).isNull());
}

void TestFhirResources::codeableConceptDisplay_data() {
  QTest::addColumn<QString>("json");
  QTest::addColumn<QString>("display");
  QTest::newRow("text first")
      << R"({"text":"Chest pain","coding":[{"code":"29857009","display":"Chest pain finding"}]})"
      << "Chest pain";
  QTest::newRow("first display") << R"({"coding":[{"code":"1"},{"code":"2","display":"Two"}]})"
                                 << "Two";
  QTest::newRow("code when no display") << R"({"coding":[{"system":"s","code":"X1"}]})"
                                        << "X1";
  QTest::newRow("empty") << "{}"
                         << "";
  QTest::newRow("coding not an array") << R"({"coding":{"code":"X"}})"
                                       << "";
}

void TestFhirResources::codeableConceptDisplay() {
  QFETCH(QString, json);
  QFETCH(QString, display);
  QCOMPARE(CodeableConcept::read(parseJson(json.toUtf8()).value).displayText(), display);
}

void TestFhirResources::codeableConceptHas() {
  const CodeableConcept coded = CodeableConcept::read(
      parseJson(
          R"({"coding":[{"system":"http://loinc.org","code":"8310-5"},{"system":"http://snomed.info/sct","code":"276885007"}]})")
          .value);
  QVERIFY(coded.has(kLoincSystem, u"8310-5"));
  QVERIFY(coded.has(kSnomedSystem, u"276885007"));
  QVERIFY(!coded.has(kSnomedSystem, u"8310-5"));  // right code, wrong system
  QCOMPARE(coded.codeIn(kSnomedSystem), QStringLiteral("276885007"));
  QVERIFY(coded.codeIn(kDmdSystem).isEmpty());
}

void TestFhirResources::quantityKeepsDecimalText_data() {
  QTest::addColumn<QByteArray>("json");
  QTest::addColumn<QByteArray>("valueText");
  QTest::addColumn<double>("value");
  QTest::addColumn<bool>("hasValue");
  QTest::newRow("trailing zero") << QByteArray(R"({"value":37.50,"code":"Cel"})") << QByteArray("37.50")
                                 << 37.5 << true;
  QTest::newRow("integer") << QByteArray(R"({"value":5})") << QByteArray("5") << 5.0 << true;
  QTest::newRow("exponent") << QByteArray(R"({"value":1.2e1})") << QByteArray("1.2e1") << 12.0 << true;
  QTest::newRow("string value") << QByteArray(R"({"value":"37.5"})") << QByteArray() << 0.0 << false;
  QTest::newRow("no value") << QByteArray(R"({"unit":"Cel"})") << QByteArray() << 0.0 << false;
}

void TestFhirResources::quantityKeepsDecimalText() {
  QFETCH(QByteArray, json);
  QFETCH(QByteArray, valueText);
  QFETCH(double, value);
  QFETCH(bool, hasValue);
  const Quantity quantity = Quantity::read(parseJson(json).value);
  QCOMPARE(quantity.valueText, valueText);
  QCOMPARE(quantity.value().has_value(), hasValue);
  if (hasValue) {
    QCOMPARE(*quantity.value(), value);
  }
}

void TestFhirResources::quantityComparatorAndWriting() {
  const Quantity less = Quantity::read(parseJson(R"({"value":5,"comparator":"<","unit":"mmol/L"})").value);
  QCOMPARE(less.comparator, QStringLiteral("<"));
  const QByteArray written =
      R"({"value":38.10,"unit":"Cel","system":"http://unitsofmeasure.org","code":"Cel"})";
  QCOMPARE(Quantity::ucum("38.10", "Cel").toJson().toJson(), written);
  const QByteArray withoutValue = R"({"unit":"Cel","system":"http://unitsofmeasure.org","code":"Cel"})";
  QCOMPARE(Quantity::ucum("not a number", "Cel").toJson().toJson(), withoutValue);
}

void TestFhirResources::attachmentDecoding_data() {
  QTest::addColumn<QString>("data");
  QTest::addColumn<QByteArray>("decoded");
  QTest::newRow("plain") << "SGVsbG8sIHdhcmQgNw==" << QByteArray("Hello, ward 7");
  QTest::newRow("wrapped lines") << "SGVsbG8s\nIHdhcmQg\r\nNw==" << QByteArray("Hello, ward 7");
  QTest::newRow("not base64") << "****" << QByteArray();
  QTest::newRow("empty") << "" << QByteArray();
}

void TestFhirResources::attachmentDecoding() {
  QFETCH(QString, data);
  QFETCH(QByteArray, decoded);
  JsonValue json = JsonValue::object();
  json.insert("data", JsonValue::fromString(data));
  QCOMPARE(Attachment::read(json).decodedData(), decoded);
}

void TestFhirResources::humanNameDisplay() {
  HumanName name = HumanName::read(
      parseJson(R"({"prefix":["Dr"],"given":["Sam","J"],"family":"Testdoctor","suffix":["MBE"]})").value);
  QCOMPARE(name.displayText(), QStringLiteral("Dr Sam J Testdoctor MBE"));
  name.text = "Sam Testdoctor";
  QCOMPARE(name.displayText(), QStringLiteral("Sam Testdoctor"));
  const HumanName illTyped = HumanName::read(parseJson(R"({"given":"Sam","family":7})").value);
  QCOMPARE(illTyped.displayText(), QString());
}

void TestFhirResources::choiceValues_data() {
  QTest::addColumn<QString>("json");
  QTest::addColumn<QString>("described");
  QTest::newRow("quantity") << R"({"valueQuantity":{"value":37.50,"code":"Cel"}})"
                            << "Quantity 37.50 Cel";
  QTest::newRow("codeable concept") << R"({"valueCodeableConcept":{"text":"Alert"}})"
                                    << "CodeableConcept Alert";
  QTest::newRow("string") << R"({"valueString":"On my way"})"
                          << "String On my way";
  QTest::newRow("integer") << R"({"valueInteger":5})"
                           << "Integer 5";
  QTest::newRow("boolean") << R"({"valueBoolean":false})"
                           << "Boolean false";
  QTest::newRow("dateTime") << R"({"valueDateTime":"2024-03"})"
                            << "DateTime 2024-03";
  QTest::newRow("period") << R"({"valuePeriod":{"start":"2024-03-05"}})"
                          << "Period 2024-03-05..";
  QTest::newRow("other type kept by name") << R"({"valueRange":{"low":{"value":1}}})"
                                           << "Range ";
  QTest::newRow("absent") << R"({"value":2,"_valueString":{}})"
                          << "";
  QTest::newRow("two variants is ambiguous") << R"({"valueString":"a","valueInteger":1})"
                                             << "";
  QTest::newRow("quantity not an object") << R"({"valueQuantity":"37.5"})"
                                          << "Quantity ";
  QTest::newRow("integer with a fraction") << R"({"valueInteger":1.5})"
                                           << "Integer ";
  QTest::newRow("empty string") << R"({"valueString":""})"
                                << "";
}

void TestFhirResources::choiceValues() {
  QFETCH(QString, json);
  QFETCH(QString, described);
  QCOMPARE(describe(ChoiceValue::read(parseJson(json.toUtf8()).value, u"value")), described);
}

void TestFhirResources::fromChecksTheType() {
  for (const ViewCheck& resourceType : kViews) {
    const Resource resource =
        parse(QByteArray(R"({"resourceType":")") + resourceType.type + R"(","id":"x1"})");
    for (const ViewCheck& view : kViews) {
      QVERIFY2(view.accepts(resource) == (qstrcmp(view.type, resourceType.type) == 0),
               qPrintable(QString::fromLatin1(view.type) + " view on a " + resourceType.type));
    }
  }
}

void TestFhirResources::accessors_data() {
  QTest::addColumn<QString>("source");
  QTest::addColumn<Getter>("getter");
  QTest::addColumn<QString>("expected");

  const QString patient = "patient-uk-core.json";
  QTest::newRow("Patient identifiers") << patient << get<Patient>([](const Patient& p) {
    QStringList parts;
    for (const Identifier& identifier : p.identifiers()) {
      parts.append(identifier.system + ' ' + identifier.value + ' ' + identifier.use);
    }
    return joined(parts);
  })
                                       << "https://fhir.nhs.uk/Id/nhs-number 9990000018 "
                                          "|https://fhir.example-trust.nhs.uk/Id/mrn RX1-448812 secondary";
  QTest::newRow("Patient NHS number")
      << patient << get<Patient>([](const Patient& p) { return p.nhsNumber()->formatted(); })
      << "999 000 0018";
  QTest::newRow("Patient verification status")
      << patient << get<Patient>([](const Patient& p) { return p.nhsNumberVerificationStatus(); }) << "01";
  QTest::newRow("Patient active") << patient
                                  << get<Patient>([](const Patient& p) { return flag(p.active()); })
                                  << "true";
  QTest::newRow("Patient names") << patient << get<Patient>([](const Patient& p) {
    QStringList parts;
    for (const HumanName& name : p.names()) {
      parts.append(name.use + ' ' + name.displayText());
    }
    return joined(parts);
  }) << "usual Ellie Testpatient|official Mrs Eleanor Rose Testpatient";
  QTest::newRow("Patient official name")
      << patient << get<Patient>([](const Patient& p) { return p.officialName()->given.join(' '); })
      << "Eleanor Rose";
  QTest::newRow("Patient gender") << patient << get<Patient>([](const Patient& p) { return p.gender(); })
                                  << "female";
  QTest::newRow("Patient birth date is a day") << patient << get<Patient>([](const Patient& p) {
    return p.birthDate().text() + ' ' + QString::number(int(p.birthDate().precision()));
  }) << "1948-07-21 2";
  QTest::newRow("Patient not deceased") << patient << get<Patient>([](const Patient& p) {
    return describe(p.deceased()) + ' ' + flag(p.isDeceased());
  }) << "Boolean false false";
  QTest::newRow("Patient deceased by date")
      << R"({"resourceType":"Patient","deceasedDateTime":"2024-03"})"
      << get<Patient>([](const Patient& p) { return flag(p.isDeceased()); }) << "true";
  QTest::newRow("Patient address") << patient << get<Patient>([](const Patient& p) {
    const Address address = p.addresses().value(0);
    return joined(address.line) + ' ' + address.city + ' ' + address.district + ' ' + address.postalCode +
           ' ' + address.use;
  }) << "12 Cherry Tree Lane|Upper Whitton Leeds West Yorkshire LS1 4AP home";
  QTest::newRow("Patient telecom") << patient << get<Patient>([](const Patient& p) {
    QStringList parts;
    for (const ContactPoint& contact : p.telecom()) {
      parts.append(contact.system + ' ' + contact.value + ' ' + QString::number(contact.rank.value_or(0)));
    }
    return joined(parts);
  }) << "phone 01632 960587 1|email eleanor.testpatient@example.com 0";
  QTest::newRow("Patient GP") << patient << get<Patient>([](const Patient& p) {
    const ReferenceValue gp = p.generalPractitioners().value(0);
    return gp.reference + ' ' + gp.identifier->value + ' ' + gp.display;
  }) << "Organization/B82005 B82005 Test Surgery";
  QTest::newRow("Patient managing organisation")
      << patient << get<Patient>([](const Patient& p) { return p.managingOrganization().reference; })
      << "Organization/RX1";

  const QString vital = "observation-vital-signs.json";
  QTest::newRow("Observation status")
      << vital << get<Observation>([](const Observation& o) { return o.status(); }) << "final";
  QTest::newRow("Observation category") << vital << get<Observation>([](const Observation& o) {
    return o.categories().value(0).codeIn(u"http://terminology.hl7.org/CodeSystem/observation-category");
  }) << "vital-signs";
  QTest::newRow("Observation dual coding") << vital << get<Observation>([](const Observation& o) {
    return o.code().codeIn(kLoincSystem) + ' ' + o.code().codeIn(kSnomedSystem);
  }) << "8310-5 276885007";
  QTest::newRow("Observation subject and encounter") << vital << get<Observation>([](const Observation& o) {
    return o.subject().reference + ' ' + o.encounter().reference;
  }) << "Patient/pat-9990000018 Encounter/enc-ward7-0305";
  QTest::newRow("Observation effective")
      << vital << get<Observation>([](const Observation& o) { return describe(o.effective()); })
      << "DateTime 2024-03-05T10:30:00+00:00";
  QTest::newRow("Observation issued") << vital << get<Observation>([](const Observation& o) {
    return QString::number(int(o.issued().precision()));
  }) << "5";
  QTest::newRow("Observation performer") << vital << get<Observation>([](const Observation& o) {
    return o.performers().value(0).reference + ' ' + o.performers().value(0).display;
  }) << "Practitioner/sds-555123456789 Nurse Amira Testnurse";
  QTest::newRow("Observation value keeps 37.50")
      << vital << get<Observation>([](const Observation& o) { return describe(o.value()); })
      << "Quantity 37.50 Cel";
  QTest::newRow("Observation note") << vital << get<Observation>([](const Observation& o) {
    const Annotation note = o.notes().value(0);
    return note.authorString + ' ' + note.time.text() + ' ' + note.text;
  }) << "Nurse Amira Testnurse 2024-03-05T10:31:00+00:00 Tympanic, right ear";

  const QString news2 = "observation-news2.json";
  QTest::newRow("NEWS2 total") << news2 << get<Observation>([](const Observation& o) {
    return o.code().codeIn(kSnomedSystem) + ' ' + describe(o.value());
  }) << "1104051000000101 Quantity 5 {ScoreOf}";
  QTest::newRow("NEWS2 components")
      << news2 << get<Observation>([](const Observation& o) {
           QStringList parts;
           for (const ObservationComponent& component : o.components()) {
             parts.append(component.code.codeIn(kSnomedSystem) + '=' + describe(component.value));
           }
           return joined(parts);
         })
      << "1104301000000104=Quantity 2 {ScoreOf}|1104311000000102=Quantity 1 {ScoreOf}|"
         "1104331000000105=Quantity 0 {ScoreOf}|1104341000000101=Quantity 1 {ScoreOf}|"
         "1104351000000103=Quantity 1 {ScoreOf}|1104361000000100=Integer 0|1104371000000107=Quantity 0 "
         "{ScoreOf}";
  QTest::newRow("NEWS2 members") << news2 << get<Observation>([](const Observation& o) {
    return QString::number(o.hasMember().size()) + ' ' + o.hasMember().last().reference;
  }) << "7 Observation/temp-2024-03-05-1030";
  QTest::newRow("NEWS2 interpretation")
      << news2 << get<Observation>([](const Observation& o) { return texts(o.interpretations()); })
      << "Medium clinical risk: urgent ward-based response";
  QTest::newRow("Observation derivedFrom and dataAbsentReason")
      << R"({"resourceType":"Observation","derivedFrom":[{"reference":"Observation/a"}],"dataAbsentReason":{"text":"Patient refused"}})"
      << get<Observation>([](const Observation& o) {
           return refs(o.derivedFrom()) + ' ' + o.dataAbsentReason().displayText() + ' ' +
                  describe(o.value());
         })
      << "Observation/a Patient refused ";

  const QString allergy = "allergy-no-known.json";
  QTest::newRow("Allergy statuses") << allergy << get<AllergyIntolerance>([](const AllergyIntolerance& a) {
    return a.clinicalStatus().displayText() + ' ' + a.verificationStatus().displayText();
  }) << "Active Confirmed";
  QTest::newRow("Allergy code and patient")
      << allergy << get<AllergyIntolerance>([](const AllergyIntolerance& a) {
           return a.code().codeIn(kSnomedSystem) + ' ' + a.patient().reference;
         })
      << "716186003 Patient/pat-9990000018";
  QTest::newRow("Allergy recorded month stays a month")
      << allergy << get<AllergyIntolerance>([](const AllergyIntolerance& a) {
           return a.recordedDate().text() + ' ' + flag(a.recordedDate().date().has_value());
         })
      << "2024-03 false";
  QTest::newRow("Allergy reaction")
      << R"({"resourceType":"AllergyIntolerance","type":"allergy","category":["medication",3],"criticality":"high",
             "reaction":[{"manifestation":[{"text":"Urticaria"},{"text":"Wheeze"}],"severity":"moderate","onset":"2019"}]})"
      << get<AllergyIntolerance>([](const AllergyIntolerance& a) {
           const AllergyReaction reaction = a.reactions().value(0);
           return a.type() + ' ' + joined(a.categories()) + ' ' + a.criticality() + ' ' +
                  texts(reaction.manifestations) + ' ' + reaction.severity + ' ' + reaction.onset.text();
         })
      << "allergy medication high Urticaria|Wheeze moderate 2019";

  const QString rx = "medicationrequest-dmd.json";
  QTest::newRow("MedicationRequest status and intent")
      << rx << get<MedicationRequest>([](const MedicationRequest& m) {
           return m.status() + ' ' + m.intent() + ' ' + texts(m.categories()) + ' ' +
                  m.courseOfTherapyType().displayText();
         })
      << "active order Inpatient Short course (acute) therapy";
  QTest::newRow("MedicationRequest dm+d code")
      << rx << get<MedicationRequest>([](const MedicationRequest& m) {
           return m.medication().codeableConcept()->codeIn(kDmdSystem) + ' ' +
                  m.medication().codeableConcept()->displayText();
         })
      << "322236009 Paracetamol 500mg tablets";
  QTest::newRow("MedicationRequest who and when")
      << rx << get<MedicationRequest>([](const MedicationRequest& m) {
           return m.subject().reference + ' ' + m.encounter().reference + ' ' + m.authoredOn().text() + ' ' +
                  m.requester().display;
         })
      << "Patient/pat-9990000018 Encounter/enc-ward7-0305 2024-03-05T08:15:00+00:00 Dr Sam Testdoctor";
  QTest::newRow("MedicationRequest dosage") << rx << get<MedicationRequest>([](const MedicationRequest& m) {
    const Dosage dosage = m.dosageInstructions().value(0);
    return QString::number(dosage.timing.frequency.value_or(0)) + '/' +
           QString::fromLatin1(dosage.timing.periodText) + dosage.timing.periodUnit + ' ' +
           joined(dosage.timing.timeOfDay) + ' ' + dosage.route.displayText() + ' ' +
           quantity(dosage.doseQuantity) + ' ' + flag(dosage.isAsNeeded());
  }) << "4/1.0d 06:00:00|12:00:00|18:00:00|22:00:00 Oral 2 428673006 false";
  QTest::newRow("MedicationRequest dosage text")
      << rx << get<MedicationRequest>([](const MedicationRequest& m) {
           return m.dosageInstructions().value(0).text;
         })
      << "1 g four times a day, at least 4 hours apart; maximum 4 g in 24 hours";
  QTest::newRow("MedicationRequest dispense quantity and note")
      << rx << get<MedicationRequest>([](const MedicationRequest& m) {
           return quantity(m.dispenseQuantity()) + ' ' + m.notes().value(0).text;
         })
      << "32 428673006 Check last dose given in ED before the first ward dose.";
  QTest::newRow("MedicationRequest as needed")
      << R"({"resourceType":"MedicationRequest","dosageInstruction":[{"asNeededCodeableConcept":{"text":"pain"}}]})"
      << get<MedicationRequest>([](const MedicationRequest& m) {
           return flag(m.dosageInstructions().value(0).isAsNeeded()) + ' ' + quantity(m.dispenseQuantity());
         })
      << "true ";

  const QString task = "task-escalation.json";
  QTest::newRow("Task state") << task << get<Task>([](const Task& t) {
    return t.status() + ' ' + t.intent() + ' ' + t.priority() + ' ' + t.businessStatus().displayText();
  }) << "requested order urgent Awaiting acceptance";
  QTest::newRow("Task what and who") << task << get<Task>([](const Task& t) {
    return t.code().displayText() + ' ' + t.focus().reference + ' ' + t.taskFor().reference + ' ' +
           t.encounter().reference + ' ' + t.requester().reference + ' ' + t.owner().reference;
  })
                                     << "NEWS2 urgent review Observation/news2-2024-03-05-1030 "
                                        "Patient/pat-9990000018 Encounter/enc-ward7-0305 "
                                        "Practitioner/sds-555123456789 PractitionerRole/role-medreg-oncall";
  QTest::newRow("Task times and deadline") << task << get<Task>([](const Task& t) {
    return t.authoredOn().text() + ' ' + t.lastModified().text() + ' ' + t.restrictionPeriod().end.text();
  }) << "2024-03-05T10:32:00+00:00 2024-03-05T10:33:10+00:00 2024-03-05T11:30:00+00:00";
  QTest::newRow("Task input and output") << task << get<Task>([](const Task& t) {
    QStringList parts;
    for (const TaskParameter& parameter : t.inputs() + t.outputs()) {
      parts.append(parameter.type.displayText() + '=' + describe(parameter.value));
    }
    return joined(parts);
  })
                                         << "NEWS2 total=Integer 5|Observation set=Reference "
                                            "Observation/news2-2024-03-05-1030|Response=String On my way";
  QTest::newRow("Task description and basedOn")
      << task << get<Task>([](const Task& t) {
           return t.description() + ' ' + refs(t.basedOn()) + ' ' + t.identifiers().value(0).value;
         })
      << "NEWS2 5 (medium risk): review within 1 hour CommunicationRequest/esc-req-0305-1030 "
         "urn:uuid:0f3e4c52-61d1-4c3c-9d6f-4b1f7e2a9c10";

  const QString message = "communication-message.json";
  QTest::newRow("Communication routing")
      << message << get<Communication>([](const Communication& c) {
           return c.status() + ' ' + c.priority() + ' ' + texts(c.categories()) + ' ' + c.sender().reference +
                  " -> " + refs(c.recipients());
         })
      << "completed urgent Alert Practitioner/sds-555123456789 -> "
         "PractitionerRole/role-medreg-oncall|PractitionerRole/role-nic-ward7";
  QTest::newRow("Communication thread") << message << get<Communication>([](const Communication& c) {
    return refs(c.partOf()) + ' ' + refs(c.inResponseTo()) + ' ' + refs(c.basedOn()) + ' ' +
           c.subject().reference + ' ' + c.encounter().reference;
  })
                                        << "Communication/thread-pat-9990000018 Communication/msg-0305-1031 "
                                           "CommunicationRequest/esc-req-0305-1030 "
                                           "Patient/pat-9990000018 Encounter/enc-ward7-0305";
  QTest::newRow("Communication sent and received")
      << message << get<Communication>([](const Communication& c) {
           return c.sent().text() + ' ' + c.received().text();
         })
      << "2024-03-05T10:34:05+00:00 2024-03-05T10:34:07+00:00";
  QTest::newRow("Communication payloads")
      << message << get<Communication>([](const Communication& c) {
           const QList<ChoiceValue> payloads = c.payloads();
           const Attachment attachment = payloads.value(1).attachment().value_or(Attachment());
           return *payloads.value(0).string() + ' ' + QString::fromUtf8(attachment.decodedData()) + ' ' +
                  attachment.contentType + ' ' + QString::number(attachment.size.value_or(0)) + ' ' +
                  attachment.creation.text() + ' ' + payloads.value(2).reference()->reference;
         })
      << "Bed 4: NEWS2 5, RR 22. Please review. Hello, ward 7 text/plain 13 2024-03-05T10:34:00+00:00 "
         "Observation/news2-2024-03-05-1030";
  QTest::newRow("CommunicationRequest")
      << R"({"resourceType":"CommunicationRequest","status":"active","replaces":[{"reference":"CommunicationRequest/old"}],
             "requester":{"reference":"Practitioner/p1"},"authoredOn":"2024-03-05T10:32:00Z",
             "occurrencePeriod":{"start":"2024-03-05T10:32:00Z","end":"2024-03-05T11:32:00Z"},
             "payload":[{"contentString":"Please review"}]})"
      << get<CommunicationRequest>([](const CommunicationRequest& c) {
           return c.status() + ' ' + refs(c.replaces()) + ' ' + c.requester().reference + ' ' +
                  c.authoredOn().text() + ' ' + describe(c.occurrence()) + ' ' +
                  describe(c.payloads().value(0));
         })
      << "active CommunicationRequest/old Practitioner/p1 2024-03-05T10:32:00Z "
         "Period 2024-03-05T10:32:00Z..2024-03-05T11:32:00Z String Please review";

  const QString contained = "medicationrequest-contained.json";
  QTest::newRow("Contained medication")
      << contained << get<MedicationRequest>([](const MedicationRequest& m) {
           const std::optional<Reference> reference = m.medication().reference()->parsed();
           const std::optional<Resource> resource = m.resource().contained(reference->id());
           const std::optional<Medication> medication = Medication::from(*resource);
           return medication->code().codeIn(kDmdSystem) + ' ' + medication->status() + ' ' +
                  medication->form().displayText() + ' ' + m.authoredOn().text();
         })
      << "323509004 active Capsule 2024-03-05";

  QTest::newRow("Practitioner") << R"({"resourceType":"Practitioner","identifier":[
        {"system":"https://fhir.nhs.uk/Id/sds-user-id","value":"555123456789"}],"active":true,
        "name":[{"family":"Testnurse","given":["Amira"],"prefix":["Ms"]}],"telecom":[{"system":"phone","value":"4421"}]})"
                                << get<Practitioner>([](const Practitioner& p) {
                                     return p.sdsUserId() + ' ' + p.names().value(0).displayText() + ' ' +
                                            flag(p.active()) + ' ' + p.telecom().value(0).value;
                                   })
                                << "555123456789 Ms Amira Testnurse true 4421";
  QTest::newRow("PractitionerRole")
      << R"({"resourceType":"PractitionerRole","active":true,
        "identifier":[{"system":"https://fhir.nhs.uk/Id/sds-role-profile-id","value":"100200300400"}],
        "period":{"start":"2024-03-05T08:00:00Z"},"practitioner":{"reference":"Practitioner/p1"},
        "organization":{"reference":"Organization/RX1"},"code":[{"text":"Medical registrar on call"}],
        "specialty":[{"text":"General medicine"}],"location":[{"reference":"Location/ward7"}],
        "telecom":[{"system":"pager","value":"2231"}]})"
      << get<PractitionerRole>([](const PractitionerRole& r) {
           return r.sdsRoleProfileId() + ' ' + flag(r.active()) + ' ' + r.period().start.text() + ' ' +
                  r.practitioner().reference + ' ' + r.organization().reference + ' ' + texts(r.codes()) +
                  ' ' + texts(r.specialties()) + ' ' + refs(r.locations()) + ' ' +
                  r.telecom().value(0).system + ':' + r.telecom().value(0).value;
         })
      << "100200300400 true 2024-03-05T08:00:00Z Practitioner/p1 Organization/RX1 "
         "Medical registrar on call General medicine Location/ward7 pager:2231";
  QTest::newRow("Organization") << R"({"resourceType":"Organization","identifier":[
        {"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"RX1"}],"active":false,"name":"Example NHS Trust",
        "partOf":{"reference":"Organization/ICB1"},"address":[{"city":"Leeds"}]})"
                                << get<Organization>([](const Organization& o) {
                                     return o.odsCode() + ' ' + flag(o.active()) + ' ' + o.name() + ' ' +
                                            o.partOf().reference + ' ' + o.addresses().value(0).city;
                                   })
                                << "RX1 false Example NHS Trust Organization/ICB1 Leeds";
  QTest::newRow("Location bed") << R"({"resourceType":"Location","status":"active","name":"Ward 7 Bed 4",
        "operationalStatus":{"system":"http://terminology.hl7.org/CodeSystem/v2-0116","code":"O","display":"Occupied"},
        "physicalType":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/location-physical-type","code":"bd"}]},
        "partOf":{"reference":"Location/ward7"},"managingOrganization":{"reference":"Organization/RX1"}})"
                                << get<Location>([](const Location& l) {
                                     return l.status() + ' ' + l.name() + ' ' + l.operationalStatus().code +
                                            ' ' + l.physicalType().displayText() + ' ' +
                                            l.partOf().reference + ' ' + l.managingOrganization().reference;
                                   })
                                << "active Ward 7 Bed 4 O bd Location/ward7 Organization/RX1";
  QTest::newRow("Encounter")
      << R"({"resourceType":"Encounter","status":"in-progress",
        "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"IMP"},
        "type":[{"text":"Emergency admission"}],"subject":{"reference":"Patient/pat-9990000018"},
        "episodeOfCare":[{"reference":"EpisodeOfCare/eoc1"}],"period":{"start":"2024-03-04T22:10:00Z"},
        "location":[{"location":{"reference":"Location/amu-bed2"},"status":"completed",
                     "period":{"start":"2024-03-04T22:10:00Z","end":"2024-03-05T07:00:00Z"}},
                    {"location":{"reference":"Location/ward7-bed4"},"status":"active","period":{"start":"2024-03-05T07:00:00Z"}}],
        "serviceProvider":{"reference":"Organization/RX1"}})"
      << get<Encounter>([](const Encounter& e) {
           QStringList moves;
           for (const EncounterLocation& location : e.locations()) {
             moves.append(location.location.reference + ' ' + location.status + ' ' +
                          location.period.start.text() + ".." + location.period.end.text());
           }
           return e.status() + ' ' + e.encounterClass().code + ' ' + texts(e.types()) + ' ' +
                  e.subject().reference + ' ' + refs(e.episodesOfCare()) + ' ' + e.period().start.text() +
                  ' ' + e.serviceProvider().reference + ' ' + joined(moves);
         })
      << "in-progress IMP Emergency admission Patient/pat-9990000018 EpisodeOfCare/eoc1 "
         "2024-03-04T22:10:00Z Organization/RX1 "
         "Location/amu-bed2 completed 2024-03-04T22:10:00Z..2024-03-05T07:00:00Z|"
         "Location/ward7-bed4 active 2024-03-05T07:00:00Z..";
  QTest::newRow("EpisodeOfCare")
      << R"({"resourceType":"EpisodeOfCare","status":"active","type":[{"text":"Virtual ward"}],
        "patient":{"reference":"Patient/p"},"managingOrganization":{"reference":"Organization/RX1"},
        "period":{"start":"2024-03"},"careManager":{"reference":"Practitioner/p1"}})"
      << get<EpisodeOfCare>([](const EpisodeOfCare& e) {
           return e.status() + ' ' + texts(e.types()) + ' ' + e.patient().reference + ' ' +
                  e.managingOrganization().reference + ' ' + e.period().start.text() + ' ' +
                  e.careManager().reference;
         })
      << "active Virtual ward Patient/p Organization/RX1 2024-03 Practitioner/p1";
  QTest::newRow("Condition")
      << R"({"resourceType":"Condition","clinicalStatus":{"text":"Active"},
        "verificationStatus":{"text":"Confirmed"},"category":[{"text":"Problem list item"}],"severity":{"text":"Severe"},
        "code":{"coding":[{"system":"http://snomed.info/sct","code":"13645005","display":"COPD"}]},
        "subject":{"reference":"Patient/p"},"encounter":{"reference":"Encounter/e"},"onsetDateTime":"2015",
        "abatementString":"n/a","recordedDate":"2015-06-01","recorder":{"reference":"Practitioner/p1"},
        "note":[{"text":"Home oxygen"}]})"
      << get<Condition>([](const Condition& c) {
           return c.clinicalStatus().displayText() + ' ' + c.verificationStatus().displayText() + ' ' +
                  texts(c.categories()) + ' ' + c.severity().displayText() + ' ' + c.code().displayText() +
                  ' ' + c.subject().reference + ' ' + c.encounter().reference + ' ' + describe(c.onset()) +
                  ' ' + describe(c.abatement()) + ' ' + c.recordedDate().text() + ' ' +
                  c.recorder().reference + ' ' + c.notes().value(0).text;
         })
      << "Active Confirmed Problem list item Severe COPD Patient/p Encounter/e DateTime 2015 "
         "String n/a 2015-06-01 Practitioner/p1 Home oxygen";
  QTest::newRow("DocumentReference") << R"({"resourceType":"DocumentReference",
        "masterIdentifier":{"system":"urn:ietf:rfc:3986","value":"urn:oid:1.2.3.4"},"status":"current","docStatus":"final",
        "type":{"text":"Discharge summary"},"category":[{"text":"Letters"}],"subject":{"reference":"Patient/p"},
        "date":"2024-03-01T16:00:00Z","author":[{"reference":"Organization/RX1"}],"description":"Previous admission",
        "content":[{"attachment":{"contentType":"application/pdf","url":"Binary/b1","title":"Summary"}},{"format":{}}]})"
                                     << get<DocumentReference>([](const DocumentReference& d) {
                                          const QList<Attachment> attachments = d.attachments();
                                          return d.masterIdentifier().value + ' ' + d.status() + ' ' +
                                                 d.docStatus() + ' ' + d.type().displayText() + ' ' +
                                                 texts(d.categories()) + ' ' + d.subject().reference + ' ' +
                                                 d.date().text() + ' ' + refs(d.authors()) + ' ' +
                                                 d.description() + ' ' + QString::number(attachments.size()) +
                                                 ' ' + attachments.value(0).contentType + ' ' +
                                                 attachments.value(0).url;
                                        })
                                     << "urn:oid:1.2.3.4 current final Discharge summary Letters Patient/p "
                                        "2024-03-01T16:00:00Z Organization/RX1 Previous admission 1 "
                                        "application/pdf Binary/b1";
  QTest::newRow("List") << R"({"resourceType":"List","status":"current","mode":"working","title":"Ward 7",
        "code":{"text":"Ward list"},"date":"2024-03-05T07:00:00Z","orderedBy":{"text":"Bed"},
        "entry":[{"item":{"reference":"Patient/a"},"date":"2024-03-04T22:10:00Z"},
                 {"item":{"reference":"Patient/b"},"deleted":true,"flag":{"text":"Discharged"}},"junk"]})"
                        << get<List>([](const List& l) {
                             QStringList entries;
                             for (const ListEntry& entry : l.entries()) {
                               entries.append(entry.item.reference + ' ' + entry.date.text() + ' ' +
                                              flag(entry.deleted) + ' ' + entry.flag.displayText());
                             }
                             return l.status() + ' ' + l.mode() + ' ' + l.title() + ' ' +
                                    l.code().displayText() + ' ' + l.date().text() + ' ' +
                                    l.orderedBy().displayText() + ' ' + joined(entries);
                           })
                        << "current working Ward 7 Ward list 2024-03-05T07:00:00Z Bed "
                           "Patient/a 2024-03-04T22:10:00Z  |Patient/b  true Discharged";
  QTest::newRow("Flag")
      << R"({"resourceType":"Flag","status":"active","category":[{"text":"Reasonable adjustment"}],
        "code":{"text":"Needs a BSL interpreter"},"subject":{"reference":"Patient/p"},"period":{"start":"2023"},
        "author":{"reference":"Organization/B82005"}})"
      << get<Flag>([](const Flag& f) {
           return f.status() + ' ' + texts(f.categories()) + ' ' + f.code().displayText() + ' ' +
                  f.subject().reference + ' ' + f.period().start.text() + ' ' + f.author().reference;
         })
      << "active Reasonable adjustment Needs a BSL interpreter Patient/p 2023 Organization/B82005";
  QTest::newRow("AuditEvent")
      << R"({"resourceType":"AuditEvent",
        "type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110","display":"Patient Record"},
        "subtype":[{"system":"http://hl7.org/fhir/restful-interaction","code":"read"}],"action":"R",
        "recorded":"2024-03-05T10:35:00.250+00:00","outcome":"0","purposeOfEvent":[{"text":"Emergency access"}],
        "agent":[{"who":{"reference":"Practitioner/p1"},"altId":"555123456789","requestor":true,
                  "network":{"address":"WS-WARD7-01","type":"1"}}],
        "source":{"site":"Ward 7","observer":{"display":"Clinical Workstation"}},
        "entity":[{"what":{"reference":"Patient/p"},"role":{"code":"1"}}]})"
      << get<AuditEvent>([](const AuditEvent& a) {
           const AuditAgent agent = a.agents().value(0);
           return a.type().code + ' ' + a.subtypes().value(0).code + ' ' + a.action() + ' ' +
                  a.recorded().text() + ' ' + a.outcome() + ' ' + texts(a.purposeOfEvent()) + ' ' +
                  agent.who.reference + ' ' + agent.altId + ' ' + flag(agent.requestor) + ' ' +
                  agent.networkAddress + ' ' + a.source().site + ' ' + a.source().observer.display + ' ' +
                  a.entities().value(0).what.reference + ' ' + a.entities().value(0).role.code;
         })
      << "110110 read R 2024-03-05T10:35:00.250+00:00 0 Emergency access Practitioner/p1 "
         "555123456789 true WS-WARD7-01 Ward 7 Clinical Workstation Patient/p 1";
  QTest::newRow("Subscription")
      << R"({"resourceType":"Subscription","status":"error","reason":"Ward 7 messages",
        "criteria":"Communication?recipient=PractitionerRole/r1","error":"Endpoint unreachable","end":"2024-03-06",
        "channel":{"type":"websocket","payload":"application/fhir+json","header":["X-Ward: 7"]}})"
      << get<Subscription>([](const Subscription& s) {
           const SubscriptionChannel channel = s.channel();
           return s.status() + ' ' + s.reason() + ' ' + s.criteria() + ' ' + s.error() + ' ' +
                  s.end().text() + ' ' + channel.type + ' ' + channel.payload + ' ' +
                  joined(channel.headers) + ' ' + channel.endpoint;
         })
      << "error Ward 7 messages Communication?recipient=PractitionerRole/r1 "
         "Endpoint unreachable 2024-03-06 websocket application/fhir+json X-Ward: 7 ";
  QTest::newRow("MedicationAdministration")
      << R"({"resourceType":"MedicationAdministration","status":"not-done","statusReason":[{"text":"Patient nil by mouth"}],
             "medicationCodeableConcept":{"text":"Paracetamol 500mg tablets"},"subject":{"reference":"Patient/p"},
             "context":{"reference":"Encounter/e"},"effectiveDateTime":"2024-03-05T12:02:00Z",
             "performer":[{"actor":{"reference":"Practitioner/p1"}},
                          {"function":{"text":"Witness"},"actor":{"reference":"Practitioner/p2"}}],
             "request":{"reference":"MedicationRequest/rx1"},
             "dosage":{"text":"1 g","route":{"text":"Oral"},"dose":{"value":1,"unit":"g","code":"g"}}})"
      << get<MedicationAdministration>([](const MedicationAdministration& m) {
           QStringList performers;
           for (const AdministrationPerformer& performer : m.performers()) {
             performers.append(performer.function.displayText() + ':' + performer.actor.reference);
           }
           const AdministrationDosage dosage = m.dosage();
           return m.status() + ' ' + texts(m.statusReasons()) + ' ' + describe(m.medication()) + ' ' +
                  m.subject().reference + ' ' + m.context().reference + ' ' + describe(m.effective()) + ' ' +
                  joined(performers) + ' ' + m.request().reference + ' ' + dosage.text + ' ' +
                  dosage.route.displayText() + ' ' + quantity(dosage.dose);
         })
      << "not-done Patient nil by mouth CodeableConcept Paracetamol 500mg tablets Patient/p Encounter/e "
         "DateTime 2024-03-05T12:02:00Z :Practitioner/p1|Witness:Practitioner/p2 MedicationRequest/rx1 1 g "
         "Oral 1 g";

  // Missing and ill-typed elements read as empty, never as a guess.
  QTest::newRow("ill-typed Observation")
      << R"({"resourceType":"Observation","status":5,"code":"8310-5","subject":["Patient/p"],
             "effectiveDateTime":20240305,"issued":"yesterday","valueQuantity":"37.5","component":{"code":{}},
             "performer":{"reference":"Practitioner/p1"},"category":[1,"vital-signs",null],"hasMember":"Observation/x"})"
      << get<Observation>([](const Observation& o) {
           return o.status() + o.code().displayText() + o.subject().reference +
                  describe(o.effective()).section(' ', 1) + o.issued().text() +
                  quantity(o.value().quantity()) + QString::number(o.components().size()) +
                  QString::number(o.performers().size()) + QString::number(o.categories().size()) +
                  QString::number(o.hasMember().size());
         })
      << "0000";
  QTest::newRow("ill-typed Patient")
      << R"({"resourceType":"Patient","identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9990000018"},
             "name":"Eleanor","gender":["female"],"birthDate":"21/07/1948","address":[null],
             "meta":{"security":"R"},"managingOrganization":"Organization/RX1","active":"yes"})"
      << get<Patient>([](const Patient& p) {
           return QString::number(p.identifiers().size()) + flag(p.nhsNumber().has_value()) +
                  QString::number(p.names().size()) + p.gender() + p.birthDate().text() +
                  QString::number(p.addresses().size()) + QString::number(int(p.confidentiality())) +
                  p.managingOrganization().reference + flag(p.active()) + p.nhsNumberVerificationStatus();
         })
      << "0false000";
  QTest::newRow("empty Task") << R"({"resourceType":"Task"})" << get<Task>([](const Task& t) {
    return t.status() + t.owner().reference + t.restrictionPeriod().end.text() + describe(ChoiceValue()) +
           QString::number(t.inputs().size() + t.outputs().size() + t.notes().size());
  }) << "0";
  QTest::newRow("empty Communication")
      << R"({"resourceType":"Communication","payload":[{},{"contentString":7}]})"
      << get<Communication>([](const Communication& c) {
           return c.sent().text() + QString::number(c.payloads().size()) + describe(c.payloads().value(0));
         })
      << "1String ";
}

void TestFhirResources::accessors() {
  QFETCH(QString, source);
  QFETCH(Getter, getter);
  QFETCH(QString, expected);
  QCOMPARE(getter(load(source)), expected);
}

void TestFhirResources::nhsNumber_data() {
  QTest::addColumn<QString>("identifiers");
  QTest::addColumn<Patient::NhsNumberState>("state");
  QTest::addColumn<QString>("number");
  using S = Patient::NhsNumberState;
  const QString nhs = R"({"system":"https://fhir.nhs.uk/Id/nhs-number","value":"%1"})";
  QTest::newRow("valid") << nhs.arg("9990000018") << S::Valid << "9990000018";
  QTest::newRow("valid 944 range") << nhs.arg("9449305552") << S::Valid << "9449305552";
  QTest::newRow("wrong check digit") << nhs.arg("9990000019") << S::Invalid << "";
  QTest::newRow("nine digits") << nhs.arg("999000001") << S::Invalid << "";
  QTest::newRow("letters") << nhs.arg("99900000AB") << S::Invalid << "";
  QTest::newRow("empty value") << nhs.arg("") << S::Invalid << "";
  QTest::newRow("value as a JSON number")
      << R"({"system":"https://fhir.nhs.uk/Id/nhs-number","value":9990000018})" << S::Invalid << "";
  QTest::newRow("absent") << "" << S::Absent << "";
  QTest::newRow("other system only")
      << R"({"system":"https://fhir.example-trust.nhs.uk/Id/mrn","value":"9990000018"})" << S::Absent << "";
  QTest::newRow("same number twice") << nhs.arg("9990000018") + ',' + nhs.arg("999 000 0018") << S::Valid
                                     << "9990000018";
  QTest::newRow("two different valid numbers")
      << nhs.arg("9990000018") + ',' + nhs.arg("9449305552") << S::Invalid << "";
  QTest::newRow("valid and invalid") << nhs.arg("9990000018") + ',' + nhs.arg("9990000019") << S::Invalid
                                     << "";
}

void TestFhirResources::nhsNumber() {
  QFETCH(QString, identifiers);
  QFETCH(Patient::NhsNumberState, state);
  QFETCH(QString, number);
  const Patient patient =
      *Patient::from(load(R"({"resourceType":"Patient","identifier":[)" + identifiers + "]}"));
  QCOMPARE(patient.nhsNumberState(), state);
  QCOMPARE(patient.nhsNumber().has_value(), !number.isEmpty());
  if (patient.nhsNumber()) {
    QCOMPARE(patient.nhsNumber()->digits(), number);
  }
}

void TestFhirResources::confidentiality_data() {
  QTest::addColumn<QString>("security");
  QTest::addColumn<Patient::Confidentiality>("level");
  using C = Patient::Confidentiality;
  const QString label =
      R"({"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"%1"})";
  QTest::newRow("no labels") << "" << C::NotStated;
  QTest::newRow("unrestricted") << label.arg("U") << C::Unrestricted;
  QTest::newRow("restricted (S-flag)") << label.arg("R") << C::Restricted;
  QTest::newRow("very restricted") << label.arg("V") << C::VeryRestricted;
  QTest::newRow("most restrictive wins") << label.arg("R") + ',' + label.arg("U") << C::Restricted;
  QTest::newRow("R without its system") << R"({"code":"R"})" << C::NotStated;
  QTest::newRow("other code") << label.arg("N") << C::NotStated;
}

void TestFhirResources::confidentiality() {
  QFETCH(QString, security);
  QFETCH(Patient::Confidentiality, level);
  const Resource resource = load(R"({"resourceType":"Patient","meta":{"security":[)" + security + "]}}");
  QCOMPARE(Patient::from(resource)->confidentiality(), level);
}

void TestFhirResources::noKnownAllergy_data() {
  QTest::addColumn<QString>("code");
  QTest::addColumn<QString>("verification");
  QTest::addColumn<bool>("noKnown");
  const QString snomed = R"({"coding":[{"system":"http://snomed.info/sct","code":"%1"}]})";
  const QString status =
      R"({"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification","code":"%1"}]})";
  QTest::newRow("no known allergy") << snomed.arg("716186003") << status.arg("confirmed") << true;
  QTest::newRow("no known drug allergy") << snomed.arg("409137002") << status.arg("confirmed") << true;
  QTest::newRow("no verification status") << snomed.arg("716186003") << "{}" << true;
  QTest::newRow("entered in error") << snomed.arg("716186003") << status.arg("entered-in-error") << false;
  QTest::newRow("refuted") << snomed.arg("409137002") << status.arg("refuted") << false;
  QTest::newRow("penicillin allergy") << snomed.arg("91936005") << status.arg("confirmed") << false;
  QTest::newRow("NKA code in another system")
      << R"({"coding":[{"system":"http://read.info/ctv3","code":"716186003"}]})" << status.arg("confirmed")
      << false;
  QTest::newRow("text only") << R"({"text":"No known allergies"})" << status.arg("confirmed") << false;
}

void TestFhirResources::noKnownAllergy() {
  QFETCH(QString, code);
  QFETCH(QString, verification);
  QFETCH(bool, noKnown);
  const Resource resource = load(R"({"resourceType":"AllergyIntolerance","code":)" + code +
                                 R"(,"verificationStatus":)" + verification + "}");
  QCOMPARE(AllergyIntolerance::from(resource)->isNoKnownAllergy(), noKnown);
  QVERIFY(AllergyIntolerance::from(load("allergy-no-known.json"))->isNoKnownAllergy());
}

void TestFhirResources::capabilityStatement_data() {
  QTest::addColumn<QString>("query");
  QTest::addColumn<QString>("type");
  QTest::addColumn<QString>("name");
  QTest::addColumn<bool>("supported");
  QTest::newRow("Patient read") << "interaction"
                                << "Patient"
                                << "read" << true;
  QTest::newRow("Patient history-type") << "interaction"
                                        << "Patient"
                                        << "history-type" << true;
  QTest::newRow("Patient create not offered") << "interaction"
                                              << "Patient"
                                              << "create" << false;
  QTest::newRow("Observation update") << "interaction"
                                      << "Observation"
                                      << "update" << true;
  QTest::newRow("Observation history-type not offered") << "interaction"
                                                        << "Observation"
                                                        << "history-type" << false;
  QTest::newRow("unlisted type") << "interaction"
                                 << "Flag"
                                 << "read" << false;
  QTest::newRow("client-mode type ignored") << "interaction"
                                            << "Basic"
                                            << "create" << false;
  QTest::newRow("Patient identifier search") << "search"
                                             << "Patient"
                                             << "identifier" << true;
  QTest::newRow("Observation date search") << "search"
                                           << "Observation"
                                           << "date" << true;
  QTest::newRow("Observation by identifier not offered") << "search"
                                                         << "Observation"
                                                         << "identifier" << false;
  QTest::newRow("_lastUpdated declared for all types") << "search"
                                                       << "Task"
                                                       << "_lastUpdated" << true;
  QTest::newRow("common parameter on an unlisted type") << "search"
                                                        << "Flag"
                                                        << "_lastUpdated" << false;
  QTest::newRow("transaction") << "system"
                               << ""
                               << "transaction" << true;
  QTest::newRow("history-system") << "system"
                                  << ""
                                  << "history-system" << true;
  QTest::newRow("search-system not offered") << "system"
                                             << ""
                                             << "search-system" << false;
}

void TestFhirResources::capabilityStatement() {
  QFETCH(QString, query);
  QFETCH(QString, type);
  QFETCH(QString, name);
  QFETCH(bool, supported);
  const CapabilityStatement statement = *CapabilityStatement::from(load("capabilitystatement.json"));
  if (query == "interaction") {
    QCOMPARE(statement.supports(type, name), supported);
  } else if (query == "search") {
    QCOMPARE(statement.supportsSearchParam(type, name), supported);
  } else {
    QCOMPARE(statement.supportsSystemInteraction(name), supported);
  }
}

void TestFhirResources::capabilityStatementDetails() {
  const CapabilityStatement statement = *CapabilityStatement::from(load("capabilitystatement.json"));
  QCOMPARE(statement.fhirVersion(), QStringLiteral("4.0.1"));
  QCOMPARE(statement.websocketUrl(), QUrl(QStringLiteral("wss://fhir.example-trust.nhs.uk/websocket")));
  QCOMPARE(statement.resources().size(), 3);
  const CapabilityResource patient = statement.capability(u"Patient").value();
  QCOMPARE(patient.conditionalCreate, std::optional<bool>(true));
  QCOMPARE(patient.versioning, QStringLiteral("versioned-update"));
  QCOMPARE(patient.searchParams.value(QStringLiteral("birthdate")), QStringLiteral("date"));
  QCOMPARE(statement.capability(u"Observation")->conditionalCreate, std::optional<bool>(false));
  QVERIFY(!statement.capability(u"Task")->conditionalCreate);
  QVERIFY(!statement.capability(u"Flag"));
  QCOMPARE(statement.systemInteractions(),
           QStringList(
               {QStringLiteral("transaction"), QStringLiteral("batch"), QStringLiteral("history-system")}));

  // The extension on the statement itself, as some servers send it, and none at all.
  const Resource rootLevel = load(R"({"resourceType":"CapabilityStatement","extension":[
      {"url":"http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket","valueString":"/fhir/r4"}],
      "rest":[{"mode":"server"}]})");
  QCOMPARE(CapabilityStatement::from(rootLevel)->websocketUrl(), QUrl(QStringLiteral("/fhir/r4")));
  const CapabilityStatement bare =
      *CapabilityStatement::from(load(R"({"resourceType":"CapabilityStatement"})"));
  QVERIFY(bare.websocketUrl().isEmpty());
  QVERIFY(!bare.supports(u"Patient", u"read"));
  QVERIFY(bare.systemInteractions().isEmpty());
}

void TestFhirResources::searchsetBundle() {
  const Bundle bundle = *Bundle::from(load("bundle-searchset.json"));
  QCOMPARE(
      bundle.link(u"next"),
      QStringLiteral("https://fhir.example-trust.nhs.uk/R4?_getpages=7f1c&_getpagesoffset=20&_count=20"));
  const QList<BundleEntry> entries = bundle.entries();
  QCOMPARE(entries.size(), 3);
  QCOMPARE(entries.at(0).searchMode, QStringLiteral("match"));
  QCOMPARE(entries.at(1).searchMode, QStringLiteral("include"));

  const BundleEntry& match = entries.at(0);
  const Patient patient = *Patient::from(*match.resource);
  QCOMPARE(patient.birthDate().precision(), DateTime::Precision::Month);

  // Relative reference, resolved against the base of the entry it is in.
  const std::optional<BundleEntry> gp =
      bundle.resolve(patient.generalPractitioners().value(0).reference, match.fullUrl);
  QVERIFY(gp);
  QCOMPARE(Organization::from(*gp->resource)->odsCode(), QStringLiteral("B82005"));
  // Absolute reference.
  const std::optional<BundleEntry> trust = bundle.resolve(patient.managingOrganization().reference);
  QVERIFY(trust);
  QCOMPARE(Organization::from(*trust->resource)->name(), QStringLiteral("Example NHS Trust"));
  QVERIFY(!bundle.resolve(u"Organization/NOTHERE", match.fullUrl));
}

void TestFhirResources::transactionBundle() {
  const Bundle bundle = *Bundle::from(load("bundle-transaction.json"));
  const QList<BundleEntry> entries = bundle.entries();
  QCOMPARE(entries.size(), 3);
  const Task task = *Task::from(*entries.at(2).resource);
  const std::optional<BundleEntry> total = bundle.resolve(task.focus().reference);
  QVERIFY(total);
  const Observation news2 = *Observation::from(*total->resource);
  QCOMPARE(news2.code().codeIn(kSnomedSystem), QStringLiteral("1104051000000101"));
  const std::optional<BundleEntry> member = bundle.resolve(news2.hasMember().value(0).reference);
  QVERIFY(member);
  QCOMPARE(member->fullUrl, QStringLiteral("urn:uuid:6a8f2d0e-3b1c-4f6e-9a51-2c7d8e9f0a11"));
  QCOMPARE(describe(Observation::from(*member->resource)->value()),
           QStringLiteral("Quantity 22 {Breaths}/min"));
  QCOMPARE(member->request->ifNoneExist,
           QStringLiteral("identifier=urn:ietf:rfc:3986|urn:uuid:6a8f2d0e-3b1c-4f6e-9a51-2c7d8e9f0a11"));
  QCOMPARE(task.focus().parsed()->kind(), Reference::Kind::Urn);
}

void TestFhirResources::containedReference() {
  const MedicationRequest request = *MedicationRequest::from(load("medicationrequest-contained.json"));
  const std::optional<Reference> reference = request.medication().reference()->parsed();
  QCOMPARE(reference->kind(), Reference::Kind::Contained);
  QVERIFY(request.resource().contained(reference->id()));
  QVERIFY(!request.resource().contained(u"med2"));
  QVERIFY(!request.medication().codeableConcept());
}

void TestFhirResources::setters_data() {
  QTest::addColumn<QString>("fixture");
  QTest::addColumn<Setter>("setter");
  QTest::addColumn<QStringList>("changed");
  QTest::addColumn<QByteArray>("expected");  // the changed elements afterwards; absent ones removed

  const QString vital = "observation-vital-signs.json";
  QTest::newRow("Observation status")
      << vital << edit<Observation>([](Observation& o) { o.setStatus("amended"); }) << QStringList{"status"}
      << QByteArray(R"({"status":"amended"})");
  QTest::newRow("Observation code")
      << vital << edit<Observation>([](Observation& o) {
           o.setCode(CodeableConcept::of(kSnomedSystem.toString(), "276885007", "Core body temperature"));
         })
      << QStringList{"code"}
      << QByteArray(
             R"({"code":{"coding":[{"system":"http://snomed.info/sct","code":"276885007","display":"Core body temperature"}]}})");
  QTest::newRow("Observation subject")
      << vital << edit<Observation>([](Observation& o) { o.setSubject({"Patient/pat-2"}); })
      << QStringList{"subject"} << QByteArray(R"({"subject":{"reference":"Patient/pat-2"}})");
  QTest::newRow("Observation effective replaced in place")
      << vital << edit<Observation>([](Observation& o) {
           o.setEffective(ChoiceValue(DateTime::parse(u"2024-03-05T10:45:00+00:00")));
         })
      << QStringList{"effectiveDateTime"}
      << QByteArray(R"({"effectiveDateTime":"2024-03-05T10:45:00+00:00"})");
  QTest::newRow("Observation effective becomes a Period")
      << vital << edit<Observation>([](Observation& o) {
           o.setEffective(ChoiceValue(Period{DateTime::parse(u"2024-03-05T10:30:00+00:00"),
                                             DateTime::parse(u"2024-03-05T10:40:00+00:00")}));
         })
      << QStringList{"effectiveDateTime", "effectivePeriod"}
      << QByteArray(
             R"({"effectivePeriod":{"start":"2024-03-05T10:30:00+00:00","end":"2024-03-05T10:40:00+00:00"}})");
  QTest::newRow("Observation issued") << vital << edit<Observation>([](Observation& o) {
    o.setIssued(DateTime::fromDateTime(utc(2024, 3, 5, 10, 32, 1)));
  }) << QStringList{"issued"} << QByteArray(R"({"issued":"2024-03-05T10:32:01Z"})");
  QTest::newRow("Observation value keeps its decimal")
      << vital
      << edit<Observation>([](Observation& o) { o.setValue(ChoiceValue(Quantity::ucum("38.10", "Cel"))); })
      << QStringList{"valueQuantity"}
      << QByteArray(
             R"({"valueQuantity":{"value":38.10,"unit":"Cel","system":"http://unitsofmeasure.org","code":"Cel"}})");
  QTest::newRow("Observation value of another type") << vital << edit<Observation>([](Observation& o) {
    o.setValue(ChoiceValue::ofString("Too cold to read"));
  }) << QStringList{"valueQuantity", "valueString"} << QByteArray(R"({"valueString":"Too cold to read"})");
  QTest::newRow("Observation dataAbsentReason removes the value")
      << vital << edit<Observation>([](Observation& o) {
           o.setDataAbsentReason(CodeableConcept::of(
               "http://terminology.hl7.org/CodeSystem/data-absent-reason", "asked-declined"));
         })
      << QStringList{"dataAbsentReason", "valueQuantity"}
      << QByteArray(
             R"({"dataAbsentReason":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/data-absent-reason","code":"asked-declined"}]}})");
  QTest::newRow("Observation performers")
      << vital
      << edit<Observation>([](Observation& o) { o.setPerformers({{"PractitionerRole/role-hca-ward7"}}); })
      << QStringList{"performer"}
      << QByteArray(R"({"performer":[{"reference":"PractitionerRole/role-hca-ward7"}]})");
  QTest::newRow("Observation note appended")
      << vital << edit<Observation>([](Observation& o) {
           o.addNote(Annotation{{}, {}, {}, "Repeated at 10:45"});
         })
      << QStringList{"note"}
      << QByteArray(
             R"({"note":[{ "authorString": "Nurse Amira Testnurse", "time": "2024-03-05T10:31:00+00:00", "text": "Tympanic, right ear" },{"text":"Repeated at 10:45"}]})");
  QTest::newRow("Observation component added")
      << vital << edit<Observation>([](Observation& o) {
           o.addComponent({CodeableConcept::of(kSnomedSystem.toString(), "1104371000000107"),
                           ChoiceValue(Quantity::ucum("0", "{ScoreOf}")),
                           {},
                           {}});
         })
      << QStringList{"component"}
      << QByteArray(
             R"({"component":[{"code":{"coding":[{"system":"http://snomed.info/sct","code":"1104371000000107"}]},"valueQuantity":{"value":0,"unit":"{ScoreOf}","system":"http://unitsofmeasure.org","code":"{ScoreOf}"}}]})");
  QTest::newRow("Observation encounter cleared")
      << vital << edit<Observation>([](Observation& o) { o.setEncounter({}); }) << QStringList{"encounter"}
      << QByteArray("{}");

  const QString task = "task-escalation.json";
  QTest::newRow("Task accepted") << task << edit<Task>([](Task& t) { t.setStatus("accepted"); })
                                 << QStringList{"status"} << QByteArray(R"({"status":"accepted"})");
  QTest::newRow("Task owner")
      << task << edit<Task>([](Task& t) {
           t.setOwner({"Practitioner/sds-555987654321", {}, "Dr Priya Testreg", {}});
         })
      << QStringList{"owner"}
      << QByteArray(
             R"({"owner":{"reference":"Practitioner/sds-555987654321","display":"Dr Priya Testreg"}})");
  QTest::newRow("Task deadline keeps repetitions")
      << task << edit<Task>([](Task& t) {
           t.setRestrictionPeriod({{}, DateTime::parse(u"2024-03-05T11:00:00+00:00")});
         })
      << QStringList{"restriction"}
      << QByteArray(R"({"restriction":{"repetitions":1,"period":{"end":"2024-03-05T11:00:00+00:00"}}})");
  QTest::newRow("Task business status") << task << edit<Task>([](Task& t) {
    t.setBusinessStatus(CodeableConcept{{}, "Accepted by registrar"});
  }) << QStringList{"businessStatus"} << QByteArray(R"({"businessStatus":{"text":"Accepted by registrar"}})");
  QTest::newRow("Task output appended")
      << task << edit<Task>([](Task& t) {
           t.addOutput(
               {CodeableConcept{{}, "Seen"}, ChoiceValue(DateTime::parse(u"2024-03-05T10:50:00+00:00"))});
         })
      << QStringList{"output"}
      << QByteArray(
             R"({"output":[{ "type": { "text": "Response" }, "valueString": "On my way" },{"type":{"text":"Seen"},"valueDateTime":"2024-03-05T10:50:00+00:00"}]})");
  QTest::newRow("Task lastModified") << task << edit<Task>([](Task& t) {
    t.setLastModified(DateTime::parse(u"2024-03-05T10:40:00+00:00"));
  }) << QStringList{"lastModified"} << QByteArray(R"({"lastModified":"2024-03-05T10:40:00+00:00"})");

  const QString message = "communication-message.json";
  QTest::newRow("Communication status")
      << message << edit<Communication>([](Communication& c) { c.setStatus("entered-in-error"); })
      << QStringList{"status"} << QByteArray(R"({"status":"entered-in-error"})");
  QTest::newRow("Communication received") << message << edit<Communication>([](Communication& c) {
    c.setReceived(DateTime::parse(u"2024-03-05T10:35:00+00:00"));
  }) << QStringList{"received"} << QByteArray(R"({"received":"2024-03-05T10:35:00+00:00"})");
  QTest::newRow("Communication payload replaced") << message << edit<Communication>([](Communication& c) {
    c.setPayloads({ChoiceValue::ofString("Seen, plan in notes"), ChoiceValue()});
  }) << QStringList{"payload"} << QByteArray(R"({"payload":[{"contentString":"Seen, plan in notes"}]})");
  QTest::newRow("Communication recipients")
      << message
      << edit<Communication>([](Communication& c) { c.setRecipients({{"PractitionerRole/role-nic-ward7"}}); })
      << QStringList{"recipient"}
      << QByteArray(R"({"recipient":[{"reference":"PractitionerRole/role-nic-ward7"}]})");
}

void TestFhirResources::setters() {
  QFETCH(QString, fixture);
  QFETCH(Setter, setter);
  QFETCH(QStringList, changed);
  QFETCH(QByteArray, expected);

  const QByteArray original = fixtureBytes(fixture);
  QVERIFY(original.contains(kUnknownExtension));
  const Resource before = parse(original);
  Resource after = before;
  setter(after);

  const QByteArray written = after.toJson();
  QVERIFY2(written.contains(kUnknownExtension), written.constData());
  const ResourceParseResult reparsed = Resource::parse(written);
  QVERIFY2(reparsed.ok(), qPrintable(reparsed.error));

  const JsonValue expectedJson = parseJson(expected).value;
  for (const QString& name : changed) {
    if (expectedJson.contains(name)) {
      QCOMPARE(reparsed.resource->element(name).toJson(), expectedJson[name].toJson());
    } else {
      QVERIFY2(!reparsed.resource->json().contains(name), qPrintable(name));
    }
  }
  // Every other element is byte-for-byte what was received.
  for (const QString& name : before.json().keys()) {
    if (!changed.contains(name)) {
      QCOMPARE(reparsed.resource->element(name).toJson(), before.element(name).toJson());
    }
  }
  for (const QString& name : reparsed.resource->json().keys()) {
    QVERIFY2(before.json().contains(name) || changed.contains(name), qPrintable(name));
  }
}

void TestFhirResources::created_data() {
  QTest::addColumn<Builder>("builder");
  QTest::addColumn<QByteArray>("json");

  QTest::newRow("NEWS2 Observation")
      << build<Observation>([](Observation& o) {
           o.setStatus("final");
           o.setCategories(
               {CodeableConcept::of("http://terminology.hl7.org/CodeSystem/observation-category", "survey")});
           o.setCode(CodeableConcept::of(kSnomedSystem.toString(), "1104051000000101"));
           o.setSubject({"Patient/pat-9990000018"});
           o.setEffective(ChoiceValue(DateTime::parse(u"2024-03-05T10:30:00+00:00")));
           o.setValue(ChoiceValue(Quantity::ucum("5", "{ScoreOf}", "score")));
           o.addComponent({CodeableConcept::of(kSnomedSystem.toString(), "1104301000000104"),
                           ChoiceValue(Quantity::ucum("2", "{ScoreOf}")),
                           {},
                           {}});
           o.setHasMember({{"urn:uuid:6a8f2d0e-3b1c-4f6e-9a51-2c7d8e9f0a11"}});
         })
      << QByteArray(
             R"({"resourceType":"Observation","status":"final",)"
             R"("category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"survey"}]}],)"
             R"("code":{"coding":[{"system":"http://snomed.info/sct","code":"1104051000000101"}]},)"
             R"("subject":{"reference":"Patient/pat-9990000018"},"effectiveDateTime":"2024-03-05T10:30:00+00:00",)"
             R"("valueQuantity":{"value":5,"unit":"score","system":"http://unitsofmeasure.org","code":"{ScoreOf}"},)"
             R"("component":[{"code":{"coding":[{"system":"http://snomed.info/sct","code":"1104301000000104"}]},)"
             R"("valueQuantity":{"value":2,"unit":"{ScoreOf}","system":"http://unitsofmeasure.org","code":"{ScoreOf}"}}],)"
             R"("hasMember":[{"reference":"urn:uuid:6a8f2d0e-3b1c-4f6e-9a51-2c7d8e9f0a11"}]})");
  QTest::newRow("withheld dose")
      << build<MedicationAdministration>([](MedicationAdministration& m) {
           m.setStatus("not-done");
           m.setStatusReasons({CodeableConcept{{}, "Patient nil by mouth"}});
           m.setMedication(ChoiceValue(
               CodeableConcept::of(kDmdSystem.toString(), "322236009", "Paracetamol 500mg tablets")));
           m.setSubject({"Patient/pat-9990000018"});
           m.setContext({"Encounter/enc-ward7-0305"});
           m.setEffective(ChoiceValue(DateTime::parse(u"2024-03-05T12:02:00Z")));
           m.setPerformers({{{}, {"Practitioner/sds-555123456789"}}});
           m.setRequest({"MedicationRequest/rx-paracetamol-0305"});
           m.setDosage(
               {"1 g", CodeableConcept{{}, "Oral"}, Quantity{"1", "g", kUcumSystem.toString(), "g", {}}});
         })
      << QByteArray(
             R"({"resourceType":"MedicationAdministration","status":"not-done",)"
             R"("statusReason":[{"text":"Patient nil by mouth"}],)"
             R"("medicationCodeableConcept":{"coding":[{"system":"https://dmd.nhs.uk","code":"322236009","display":"Paracetamol 500mg tablets"}]},)"
             R"("subject":{"reference":"Patient/pat-9990000018"},"context":{"reference":"Encounter/enc-ward7-0305"},)"
             R"("effectiveDateTime":"2024-03-05T12:02:00Z","performer":[{"actor":{"reference":"Practitioner/sds-555123456789"}}],)"
             R"("request":{"reference":"MedicationRequest/rx-paracetamol-0305"},)"
             R"("dosage":{"text":"1 g","route":{"text":"Oral"},"dose":{"value":1,"unit":"g","system":"http://unitsofmeasure.org","code":"g"}}})");
  QTest::newRow("escalation request")
      << build<CommunicationRequest>([](CommunicationRequest& c) {
           c.setStatus("active");
           c.setPriority("urgent");
           c.setSubject({"Patient/pat-9990000018"});
           c.setRecipients({{"PractitionerRole/role-medreg-oncall"}});
           c.setRequester({"Practitioner/sds-555123456789"});
           c.setAuthoredOn(DateTime::parse(u"2024-03-05T10:32:00Z"));
           c.addPayload(ChoiceValue::ofString("NEWS2 5"));
           c.addPayload(ChoiceValue(ReferenceValue{"Observation/news2-2024-03-05-1030"}));
           c.setOccurrence(ChoiceValue(Period{{}, DateTime::parse(u"2024-03-05T11:32:00Z")}));
         })
      << QByteArray(
             R"({"resourceType":"CommunicationRequest","status":"active","priority":"urgent",)"
             R"("subject":{"reference":"Patient/pat-9990000018"},"recipient":[{"reference":"PractitionerRole/role-medreg-oncall"}],)"
             R"("requester":{"reference":"Practitioner/sds-555123456789"},"authoredOn":"2024-03-05T10:32:00Z",)"
             R"("payload":[{"contentString":"NEWS2 5"},{"contentReference":{"reference":"Observation/news2-2024-03-05-1030"}}],)"
             R"("occurrencePeriod":{"end":"2024-03-05T11:32:00Z"}})");
  QTest::newRow("emergency access audit")
      << build<AuditEvent>([](AuditEvent& a) {
           a.setType({"http://dicom.nema.org/resources/ontology/DCM", "110110", "Patient Record"});
           a.setSubtypes({{"http://hl7.org/fhir/restful-interaction", "read", {}}});
           a.setAction("R");
           a.setRecorded(DateTime::parse(u"2024-03-05T10:35:00Z"));
           a.setOutcome("0");
           a.setPurposeOfEvent({CodeableConcept{{}, "Emergency access: patient unconscious"}});
           a.addAgent(
               {{}, {}, {"Practitioner/sds-555123456789"}, "555123456789", {}, true, "WS-WARD7-01", {}});
           a.setSource({"Ward 7", {{}, {}, "Clinical Workstation", {}}, {}});
           a.addEntity({{"Patient/pat-9990000018"},
                        {},
                        {"http://terminology.hl7.org/CodeSystem/object-role", "1", {}},
                        {},
                        {}});
         })
      << QByteArray(
             R"({"resourceType":"AuditEvent","type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110","display":"Patient Record"},)"
             R"("subtype":[{"system":"http://hl7.org/fhir/restful-interaction","code":"read"}],"action":"R",)"
             R"("recorded":"2024-03-05T10:35:00Z","outcome":"0","purposeOfEvent":[{"text":"Emergency access: patient unconscious"}],)"
             R"("agent":[{"who":{"reference":"Practitioner/sds-555123456789"},"altId":"555123456789","requestor":true,"network":{"address":"WS-WARD7-01"}}],)"
             R"("source":{"site":"Ward 7","observer":{"display":"Clinical Workstation"}},)"
             R"("entity":[{"what":{"reference":"Patient/pat-9990000018"},"role":{"system":"http://terminology.hl7.org/CodeSystem/object-role","code":"1"}}]})");
  QTest::newRow("flag")
      << build<Flag>([](Flag& f) {
           f.setStatus("active");
           f.setCode(CodeableConcept{{}, "Deteriorating patient: NEWS2 5"});
           f.setSubject({"Patient/pat-9990000018"});
           f.setPeriod({DateTime::parse(u"2024-03-05T10:30:00Z"), {}});
           f.setIdentifiers({{"urn:ietf:rfc:3986", "urn:uuid:5b0d2c1e-8f7a-4e6d-9c3b-2a1f0e9d8c7b", {}}});
         })
      << QByteArray(
             R"({"resourceType":"Flag","status":"active","code":{"text":"Deteriorating patient: NEWS2 5"},)"
             R"("subject":{"reference":"Patient/pat-9990000018"},"period":{"start":"2024-03-05T10:30:00Z"},)"
             R"("identifier":[{"system":"urn:ietf:rfc:3986","value":"urn:uuid:5b0d2c1e-8f7a-4e6d-9c3b-2a1f0e9d8c7b"}]})");
  QTest::newRow("websocket subscription")
      << build<Subscription>([](Subscription& s) {
           s.setStatus("requested");
           s.setReason("Messages for ward 7");
           s.setCriteria("Communication?recipient=PractitionerRole/role-nic-ward7");
           s.setChannel({"websocket", {}, {}, {}});
         })
      << QByteArray(
             R"({"resourceType":"Subscription","status":"requested","reason":"Messages for ward 7",)"
             R"("criteria":"Communication?recipient=PractitionerRole/role-nic-ward7","channel":{"type":"websocket"}})");
  QTest::newRow("set then cleared") << build<Task>([](Task& t) {
    t.setStatus("requested");
    t.setOwner({"PractitionerRole/r"});
    t.setStatus({});
    t.setOwner({});
    t.setInputs({TaskParameter{}});
  }) << QByteArray(R"({"resourceType":"Task"})");
}

void TestFhirResources::created() {
  QFETCH(Builder, builder);
  QFETCH(QByteArray, json);
  const Resource resource = builder();
  QCOMPARE(resource.toJson(), json);
  QVERIFY(Resource::parse(resource.toJson()).ok());
}

void TestFhirResources::subscriptionChannelKeepsItsExtensions() {
  Subscription subscription = *Subscription::from(load(R"({"resourceType":"Subscription","status":"requested",
      "channel":{"extension":[{"url":"http://example.org/heartbeat","valueDecimal":30.0}],"type":"rest-hook",
                 "endpoint":"https://example.org/hook","header":["Authorization: x"]}})"));
  subscription.setChannel({"websocket", {}, "application/fhir+json", {}});
  const QByteArray channel = R"({"extension":[{"url":"http://example.org/heartbeat","valueDecimal":30.0}],)"
                             R"("type":"websocket","payload":"application/fhir+json"})";
  QCOMPARE(subscription.resource().element(u"channel").toJson(), channel);
}

QTEST_GUILESS_MAIN(TestFhirResources)
#include "tst_fhirresources.moc"
