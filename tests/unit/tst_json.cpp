// The FHIR JSON reader and writer: strict parsing with clear errors, limits
// against hostile input, and exact round trip of everything left untouched.
#include "core/fhir/Json.h"
#include "core/fhir/Resource.h"

#include <QTest>

using cw::fhir::JsonLimits;
using cw::fhir::JsonValue;
using cw::fhir::parseJson;
using cw::fhir::Resource;

class TestJson : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void untouchedDocumentsRoundTripExactly_data() {
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("decimal precision")
        << QByteArray("{\"valueDecimal\":1.50,\"big\":12345678901234567890.000}");
    QTest::newRow("key order") << QByteArray("{\"z\":1,\"a\":2,\"resourceType\":\"Patient\"}");
    QTest::newRow("escapes kept") << QByteArray("{\"text\":\"O\\u0027Brien \\/ \\\"x\\\"\"}");
    QTest::newRow("whitespace kept") << QByteArray("{ \"a\" : [ 1 , 2 ] ,\n \"b\" : null }");
    QTest::newRow("exponent") << QByteArray("[1E+2,-0.0e-0,0]");
    QTest::newRow("utf8") << QByteArray("{\"given\":[\"Si\xc3\xa2n\",\"\xf0\x9f\x98\x80\"]}");
    QTest::newRow("scalar") << QByteArray("true");
  }
  void untouchedDocumentsRoundTripExactly() {
    QFETCH(QByteArray, document);
    const auto parsed = parseJson(document);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.toJson(), document);
  }

  void editingKeepsOtherElementsByteForByte() {
    const QByteArray document =
        "{\"resourceType\":\"Observation\", \"extension\" : [ "
        "{\"url\":\"http://example.org/x\",\"valueDecimal\":1.50} ],"
        "\"status\":\"preliminary\",\"valueQuantity\":{\"value\":37.50,\"unit\":\"Cel\"}}";
    auto parsed = parseJson(document);
    QVERIFY(parsed.ok());
    JsonValue observation = parsed.value;
    observation.insert(QStringLiteral("status"), JsonValue::fromString(QStringLiteral("final")));
    JsonValue quantity = observation[u"valueQuantity"];
    quantity.insert(QStringLiteral("code"), JsonValue::fromString(QStringLiteral("Cel")));
    observation.insert(QStringLiteral("valueQuantity"), quantity);

    const QByteArray written = observation.toJson();
    const QByteArray untouchedExtension = "[ {\"url\":\"http://example.org/x\",\"valueDecimal\":1.50} ]";
    const QByteArray untouchedValue = "\"value\":37.50";
    const QByteArray newStatus = "\"status\":\"final\"";
    QVERIFY2(written.contains(untouchedExtension), written);
    QVERIFY2(written.contains(untouchedValue), written);
    QVERIFY2(written.contains(newStatus), written);
    // Replaced members keep their position; new ones go last.
    const QByteArray start = "{\"resourceType\":\"Observation\",\"extension\"";
    const QByteArray end = "\"unit\":\"Cel\",\"code\":\"Cel\"}}";
    QVERIFY(written.startsWith(start));
    QVERIFY(written.endsWith(end));
    QVERIFY(parseJson(written).ok());
  }

  void builtValuesAreValidJson() {
    JsonValue object = JsonValue::object();
    object.insert(QStringLiteral("text"),
                  JsonValue::fromString(QStringLiteral("line\nbreak \"quoted\" \\ \x01 tab\t")));
    object.insert(QStringLiteral("integer"), JsonValue::fromInteger(-42));
    object.insert(QStringLiteral("decimal"), JsonValue::fromDouble(37.5));
    object.insert(QStringLiteral("exact"), JsonValue::fromNumberText("1.50"));
    object.insert(QStringLiteral("flag"), JsonValue::fromBool(false));
    JsonValue list;
    list.append(JsonValue());
    object.insert(QStringLiteral("list"), list);
    const QByteArray written = object.toJson();
    const QByteArray expected =
        "{\"text\":\"line\\nbreak \\\"quoted\\\" \\\\ \\u0001 tab\\t\",\"integer\":-42,"
        "\"decimal\":37.5,\"exact\":1.50,\"flag\":false,\"list\":[null]}";
    QCOMPARE(written, expected);
    const auto reparsed = parseJson(written);
    QVERIFY(reparsed.ok());
    QVERIFY(reparsed.value == object);
    QCOMPARE(reparsed.value[u"text"].toString(), object[u"text"].toString());
  }

  void numbersAreReadOnlyAsNumbers() {
    const auto parsed = parseJson("{\"n\":1.50,\"whole\":9007199254740993,\"s\":\"12\"}");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value[u"n"].numberText(), QByteArray("1.50"));
    QCOMPARE(parsed.value[u"n"].toDouble(), std::optional<double>(1.5));
    QCOMPARE(parsed.value[u"n"].toInteger(), std::nullopt);
    QCOMPARE(parsed.value[u"whole"].toInteger(), std::optional<qint64>(9007199254740993LL));
    QCOMPARE(parsed.value[u"s"].toInteger(), std::nullopt);
    QVERIFY(JsonValue::fromNumberText("01").isNull());
    QVERIFY(JsonValue::fromNumberText("1.").isNull());
    QVERIFY(JsonValue::fromDouble(std::numeric_limits<double>::infinity()).isNull());
  }

  void missingElementsReadAsNull() {
    const auto parsed = parseJson("{\"a\":[1]}");
    QVERIFY(parsed.value[u"missing"][u"deeper"].isNull());
    QVERIFY(parsed.value[u"a"].at(5).isNull());
    QVERIFY(parsed.value[u"a"].at(-1).isNull());
    QCOMPARE(parsed.value[u"a"][u"x"].toString(), QString());
  }

  void malformedInputGivesAClearError_data() {
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "ends where a value";
    QTest::newRow("truncated object")
        << QByteArray("{\"resourceType\":\"Patient\",\"id\":") << "ends where a value";
    QTest::newRow("truncated string") << QByteArray("{\"resourceType\":\"Pat") << "not closed";
    QTest::newRow("missing comma") << QByteArray("{\"a\":1 \"b\":2}") << "',' or '}'";
    QTest::newRow("trailing comma") << QByteArray("[1,]") << "value was expected";
    QTest::newRow("trailing content") << QByteArray("{} {}") << "after the JSON value";
    QTest::newRow("duplicate key") << QByteArray("{\"id\":\"a\",\"id\":\"b\"}") << "appears twice";
    QTest::newRow("bare word") << QByteArray("nul") << "value was expected";
    QTest::newRow("leading zero") << QByteArray("[01]") << "',' or ']'";
    QTest::newRow("NaN") << QByteArray("NaN") << "value was expected";
    QTest::newRow("single quotes") << QByteArray("{'a':1}") << "member name";
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << "control character";
    QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << "Unknown escape";
    QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]") << "four hex digits";
    QTest::newRow("lone high surrogate") << QByteArray("[\"\\ud83d\"]") << "surrogate";
    QTest::newRow("lone low surrogate") << QByteArray("[\"\\ude00\"]") << "surrogate";
    QTest::newRow("invalid utf8") << QByteArray("[\"\xff\"]") << "UTF-8";
    QTest::newRow("overlong utf8") << QByteArray("[\"\xc0\xaf\"]") << "UTF-8";
    QTest::newRow("utf8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << "UTF-8";
    QTest::newRow("truncated utf8") << QByteArray("[\"\xe2\x82") << "UTF-8";
  }
  void malformedInputGivesAClearError() {
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    const auto parsed = parseJson(document);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(QStringLiteral("at byte")), qPrintable(parsed.error));
    QVERIFY(parsed.value.isNull());
  }

  void nestingBeyondTheLimitIsRefusedWithoutCrashing() {
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto parsed = parseJson(deep);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error.contains(QStringLiteral("deeper than 100")), qPrintable(parsed.error));

    const QByteArray atLimit = QByteArray(100, '[') + QByteArray(100, ']');
    QVERIFY(parseJson(atLimit).ok());
    const QByteArray overLimit = QByteArray(101, '[') + QByteArray(101, ']');
    QVERIFY(!parseJson(overLimit).ok());
  }

  void sizeLimitsAreEnforced() {
    JsonLimits limits;
    limits.maxStringBytes = 1000;
    limits.maxDocumentBytes = 5000;
    const QByteArray fits = "[\"" + QByteArray(998, 'x') + "\"]";
    QVERIFY(parseJson(fits, limits).ok());
    const auto tooLong = parseJson("[\"" + QByteArray(1001, 'x') + "\"]", limits);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error.contains(QStringLiteral("longer than 1000")), qPrintable(tooLong.error));
    const auto tooBig = parseJson("[" + QByteArray(5000, ' ') + "]", limits);
    QVERIFY(!tooBig.ok());
    QVERIFY2(tooBig.error.contains(QStringLiteral("larger than 5000")), qPrintable(tooBig.error));
  }

  void hugeStringsWithinTheDefaultLimitAreRead() {
    // A 20 MB base64 attachment is within what FHIR servers send.
    const QByteArray huge = "{\"data\":\"" + QByteArray(20 * 1024 * 1024, 'A') + "\"}";
    const auto parsed = parseJson(huge);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value[u"data"].toString().size(), 20 * 1024 * 1024);
  }

  void resourcesAreValidated_data() {
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"a-1.b\"}") << "Patient"
                           << "";
    QTest::newRow("no id is fine for a create") << QByteArray("{\"resourceType\":\"Patient\"}") << ""
                                                << "";
    QTest::newRow("array") << QByteArray("[]") << ""
                           << "must be a JSON object";
    QTest::newRow("no resourceType") << QByteArray("{\"id\":\"a\"}") << ""
                                     << "no resourceType";
    QTest::newRow("resourceType not a string") << QByteArray("{\"resourceType\":7}") << ""
                                               << "no resourceType";
    QTest::newRow("unknown type") << QByteArray("{\"resourceType\":\"Patients\"}") << ""
                                  << "not a FHIR R4 resource type";
    QTest::newRow("wrong type") << QByteArray("{\"resourceType\":\"Observation\"}") << "Patient"
                                << "Expected a Patient resource but got Observation";
    QTest::newRow("id with slash") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"a/b\"}") << ""
                                   << "valid FHIR id";
    QTest::newRow("id too long") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"" +
                                               QByteArray(65, 'a') + "\"}")
                                 << ""
                                 << "valid FHIR id";
    QTest::newRow("id 64 long") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"" +
                                              QByteArray(64, 'a') + "\"}")
                                << ""
                                << "";
    QTest::newRow("empty id") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"\"}") << ""
                              << "valid FHIR id";
    QTest::newRow("id not a string") << QByteArray("{\"resourceType\":\"Patient\",\"id\":5}") << ""
                                     << "valid FHIR id";
    QTest::newRow("truncated") << QByteArray("{\"resourceType\":\"Patient\"") << ""
                               << "Invalid JSON";
  }
  void resourcesAreValidated() {
    QFETCH(QByteArray, document);
    QFETCH(QString, expectedType);
    QFETCH(QString, message);
    const auto result = Resource::parse(document, expectedType);
    if (message.isEmpty()) {
      QVERIFY2(result.ok(), qPrintable(result.error));
      QVERIFY(result.resource.has_value());
    } else {
      QVERIFY(!result.resource.has_value());
      QVERIFY2(result.error.contains(message), qPrintable(result.error));
    }
  }

  void peekReadsOneTopLevelMember_data() {
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("before the rest")
        << QByteArray("{\"link\":[{\"relation\":\"next\"}],\"entry\":[{\"a\":\"]}\\\"\"}]}")
        << QByteArray("[{\"relation\":\"next\"}]");
    QTest::newRow("after strings with brackets and escapes")
        << QByteArray("{\"entry\":[{\"text\":\"}]\\\\\"},{\"n\":-1.5e3,\"t\":true}],\"total\":7,\"link\":[]}")
        << QByteArray("[]");
    QTest::newRow("nested member of the same name is not it")
        << QByteArray("{\"entry\":{\"link\":1},\"link\":2}") << QByteArray("2");
    QTest::newRow("absent") << QByteArray("{\"entry\":[]}") << QByteArray("null");
    QTest::newRow("truncated") << QByteArray("{\"entry\":[{\"a\":1},") << QByteArray("null");
    QTest::newRow("not an object") << QByteArray("[1]") << QByteArray("null");
  }
  void peekReadsOneTopLevelMember() {
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, expected);
    QCOMPARE(cw::fhir::peekJsonMember(document, QStringLiteral("link")).toJson(), expected);
  }

  void settingVersionKeepsTheRestOfMeta() {
    const QByteArray document =
        "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"meta\":{\"security\":[{\"code\":\"R\"}],\"versionId\":"
        "\"1\"},\"active\":true}";
    auto resource = Resource::parse(document).resource.value();
    resource.setVersion(QStringLiteral("2"), QStringLiteral("2026-11-21T10:00:00Z"));
    QCOMPARE(resource.versionId(), QStringLiteral("2"));
    QCOMPARE(resource.lastUpdated(), QStringLiteral("2026-11-21T10:00:00Z"));
    QCOMPARE(resource.relativePath(), QStringLiteral("Patient/p1"));
    const QByteArray expected =
        "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"meta\":{\"security\":[{\"code\":\"R\"}],"
        "\"versionId\":\"2\",\"lastUpdated\":\"2026-11-21T10:00:00Z\"},\"active\":true}";
    QCOMPARE(resource.toJson(), expected);
  }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
