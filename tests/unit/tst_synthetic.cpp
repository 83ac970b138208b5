// The synthetic data set as the dev server, the demo and the tests consume
// it: deterministic to the byte, loadable (every reference resolves, ids
// unique and valid), UK Core shaped, and holding the hard cases the demo
// relies on (allergy "none recorded" versus "no known allergy", restricted
// records, missing contact details, deteriorating inpatients, PDF letters).
#include "core/fhir/NhsNumber.h"
#include "tools/synthetic/DemoPersonas.h"
#include "tools/synthetic/Generator.h"
#include "tools/synthetic/MinimalPdf.h"
#include "tools/synthetic/NhsNumberGenerator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <limits>

using namespace cw::synthetic;

namespace {

struct DataSet {
  QList<QByteArray> files;  // compact JSON per bundle, as written to disk
  QList<QJsonObject> bundles;
  QList<QJsonObject> resources;

  QList<QJsonObject> ofType(const QString& type) const {
    QList<QJsonObject> result;
    for (const QJsonObject& resource : resources) {
      if (resource.value("resourceType").toString() == type) {
        result << resource;
      }
    }
    return result;
  }
};

DataSet generateSet(const GeneratorOptions& options) {
  DataSet set;
  generate(options, [&set](const QJsonObject& bundle) {
    set.files << QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    set.bundles << bundle;
    for (const QJsonValue entry : bundle.value("entry").toArray()) {
      set.resources << entry.toObject().value("resource").toObject();
    }
  });
  return set;
}

GeneratorOptions options(int patients, quint64 seed, QDate anchor = defaultAnchor()) {
  GeneratorOptions result;
  result.patients = patients;
  result.seed = seed;
  result.anchor = anchor;
  return result;
}

const DataSet& demoSet() {
  static const DataSet set = generateSet(GeneratorOptions{});
  return set;
}

void collectReferences(const QJsonValue& value, QStringList& references) {
  if (value.isObject()) {
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (it.key() == "reference" && it.value().isString()) {
        references << it.value().toString();
      } else {
        collectReferences(it.value(), references);
      }
    }
  } else if (value.isArray()) {
    for (const QJsonValue item : value.toArray()) {
      collectReferences(item, references);
    }
  }
}

QString reference(const QJsonObject& resource, const QString& key) {
  return resource.value(key).toObject().value("reference").toString();
}

QSet<QString> codes(const QJsonObject& codeable, const QString& system) {
  QSet<QString> result;
  for (const QJsonValue coding : codeable.value("coding").toArray()) {
    if (coding.toObject().value("system").toString() == system) {
      result << coding.toObject().value("code").toString();
    }
  }
  return result;
}

QString firstCode(const QJsonObject& resource, const QString& key) {
  return resource.value(key).toObject().value("coding").toArray().first().toObject().value("code").toString();
}

// Reads the PDF the way a strict reader does: the trailer's startxref must
// land on "xref", and every in-use entry on "<n> 0 obj".
QString pdfStructureProblem(const QByteArray& pdf) {
  if (!pdf.startsWith("%PDF-")) {
    return "does not start with %PDF-";
  }
  if (!pdf.endsWith("%%EOF\n")) {
    return "does not end with %%EOF";
  }
  static const QRegularExpression trailer("startxref\n(\\d+)\n%%EOF\n$");
  const QRegularExpressionMatch startxref = trailer.match(QString::fromLatin1(pdf));
  if (!startxref.hasMatch()) {
    return "no startxref";
  }
  const qsizetype xref = startxref.captured(1).toLongLong();
  if (pdf.mid(xref, 5) != "xref\n") {
    return "startxref does not point at the xref table";
  }
  static const QRegularExpression header("^xref\n0 (\\d+)\n");
  const QRegularExpressionMatch section = header.match(QString::fromLatin1(pdf.mid(xref, 32)));
  if (!section.hasMatch()) {
    return "malformed xref header";
  }
  const int count = section.captured(1).toInt();
  const qsizetype first = xref + section.capturedLength(0);
  if (pdf.mid(first, 20) != "0000000000 65535 f \n") {
    return "entry 0 is not the free-list head";
  }
  for (int object = 1; object < count; ++object) {
    const QByteArray entry = pdf.mid(first + 20 * object, 20);
    if (entry.size() != 20 || !entry.endsWith(" 00000 n \n")) {
      return QString("xref entry %1 is not 20 bytes in use").arg(object);
    }
    const qsizetype offset = entry.left(10).toLongLong();
    if (!pdf.mid(offset).startsWith(QByteArray::number(object) + " 0 obj")) {
      return QString("xref entry %1 does not point at its object").arg(object);
    }
  }
  static const QRegularExpression streamStart("<< /Length (\\d+) >>\nstream\n");
  const QString text = QString::fromLatin1(pdf);
  for (auto it = streamStart.globalMatch(text); it.hasNext();) {
    const QRegularExpressionMatch stream = it.next();
    const qsizetype end = stream.capturedEnd(0) + stream.captured(1).toLongLong();
    if (pdf.mid(end, 10) != "\nendstream") {
      return "a stream's /Length is wrong";
    }
  }
  return {};
}

}  // namespace

class TestSynthetic : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void sameOptionsGiveIdenticalBytes_data() {
    QTest::addColumn<int>("patients");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDate>("anchor");
    QTest::newRow("demo set") << kDemoPatients << kDemoSeed << defaultAnchor();
    QTest::newRow("seed 0") << 12 << quint64(0) << defaultAnchor();
    QTest::newRow("largest seed") << 12 << std::numeric_limits<quint64>::max() << defaultAnchor();
    QTest::newRow("leap-day anchor") << 12 << quint64(7) << QDate(2028, 2, 29);
    QTest::newRow("no patients") << 0 << quint64(7) << defaultAnchor();
  }
  void sameOptionsGiveIdenticalBytes() {
    QFETCH(int, patients);
    QFETCH(quint64, seed);
    QFETCH(QDate, anchor);
    const DataSet first = generateSet(options(patients, seed, anchor));
    const DataSet second = generateSet(options(patients, seed, anchor));
    QCOMPARE(first.files.size(), bundleCount(options(patients, seed, anchor)));
    QCOMPARE(first.files, second.files);
  }

  void otherSeedGivesOtherPatientsButTheSameReferenceData() {
    const DataSet demo = demoSet();
    const DataSet other = generateSet(options(kDemoPatients, kDemoSeed + 1));
    QCOMPARE(other.files.first(), demo.files.first());
    QVERIFY(other.files.at(1) != demo.files.at(1));
  }

  void otherAnchorMovesTheDates() {
    const DataSet later = generateSet(options(kDemoPatients, kDemoSeed, defaultAnchor().addDays(1)));
    QVERIFY(later.files.at(1) != demoSet().files.at(1));
  }

  void bundleSizeDoesNotChangeTheData() {
    GeneratorOptions small = options(kDemoPatients, kDemoSeed);
    small.patientsPerBundle = 7;
    const DataSet split = generateSet(small);
    QCOMPARE(split.bundles.size(), 1 + 6);  // 40 patients, 7 per bundle
    QCOMPARE(split.resources.size(), demoSet().resources.size());
    QVERIFY(split.resources == demoSet().resources);
  }

  void everythingHappensBeforeTheAnchor_data() {
    QTest::addColumn<QDate>("anchor");
    QTest::newRow("default") << defaultAnchor();
    QTest::newRow("leap day") << QDate(2028, 2, 29);
    QTest::newRow("new year's eve") << QDate(2030, 12, 31);
  }
  void everythingHappensBeforeTheAnchor() {
    QFETCH(QDate, anchor);
    const QDateTime now(anchor, QTime(0, 0), Qt::UTC);
    static const QRegularExpression dateLike("^\\d{4}-\\d{2}-\\d{2}(T.*)?$");
    int checked = 0;
    for (const QByteArray& file : generateSet(options(kDemoPatients, kDemoSeed, anchor)).files) {
      // Every date or dateTime string anywhere in the bundle.
      static const QRegularExpression quoted("\"(\\d{4}-\\d{2}-\\d{2}(T[0-9:]+Z)?)\"");
      for (auto it = quoted.globalMatch(QString::fromUtf8(file)); it.hasNext();) {
        const QString text = it.next().captured(1);
        QVERIFY(dateLike.match(text).hasMatch());
        const QDateTime when = text.contains('T')
                                   ? QDateTime::fromString(text, Qt::ISODate)
                                   : QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
        QVERIFY2(when.isValid(), qPrintable(text));
        QVERIFY2(when < now, qPrintable(text));
        ++checked;
      }
    }
    QVERIFY(checked > 1000);
  }

  void bundlesAreTransactionsOfPuts() {
    for (const QJsonObject& bundle : demoSet().bundles) {
      QCOMPARE(bundle.value("resourceType").toString(), "Bundle");
      QCOMPARE(bundle.value("type").toString(), "transaction");
      QVERIFY(!bundle.value("entry").toArray().isEmpty());
      for (const QJsonValue value : bundle.value("entry").toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonObject resource = entry.value("resource").toObject();
        const QJsonObject request = entry.value("request").toObject();
        QCOMPARE(request.value("method").toString(), "PUT");
        QCOMPARE(request.value("url").toString(),
                 resource.value("resourceType").toString() + '/' + resource.value("id").toString());
        QVERIFY(entry.value("fullUrl").toString().contains(QRegularExpression(
            "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")));
      }
    }
  }

  void everyResourceHasATypeAndAUniqueValidId() {
    static const QRegularExpression fhirId("^[A-Za-z0-9\\-.]{1,64}$");
    QHash<QString, QSet<QString>> idsByType;
    QSet<QString> fullUrls;
    for (const QJsonObject& bundle : demoSet().bundles) {
      for (const QJsonValue entry : bundle.value("entry").toArray()) {
        QVERIFY(!fullUrls.contains(entry.toObject().value("fullUrl").toString()));
        fullUrls << entry.toObject().value("fullUrl").toString();
      }
    }
    for (const QJsonObject& resource : demoSet().resources) {
      const QString type = resource.value("resourceType").toString();
      const QString id = resource.value("id").toString();
      QVERIFY(!type.isEmpty());
      QVERIFY2(fhirId.match(id).hasMatch(), qPrintable(id));
      QVERIFY2(!idsByType[type].contains(id), qPrintable(type + '/' + id));
      idsByType[type] << id;
    }
  }

  void everyReferenceResolves_data() {
    QTest::addColumn<int>("patients");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("perBundle");
    QTest::newRow("demo set") << kDemoPatients << kDemoSeed << 50;
    QTest::newRow("one patient per bundle") << 5 << quint64(11) << 1;
    QTest::newRow("200 patients, long histories included") << 200 << quint64(12) << 50;
  }
  void everyReferenceResolves() {
    QFETCH(int, patients);
    QFETCH(quint64, seed);
    QFETCH(int, perBundle);
    GeneratorOptions generatorOptions = options(patients, seed);
    generatorOptions.patientsPerBundle = perBundle;
    const DataSet set = generateSet(generatorOptions);
    QSet<QString> known;
    for (const QJsonObject& resource : set.resources) {
      known << resource.value("resourceType").toString() + '/' + resource.value("id").toString();
    }
    QStringList references;
    for (const QJsonObject& resource : set.resources) {
      collectReferences(resource, references);
    }
    QVERIFY(references.size() > patients);
    for (const QString& target : references) {
      QVERIFY2(known.contains(target), qPrintable(target));
    }
  }

  void nhsNumbersAreValidTestNumbersAndUnique_data() {
    QTest::addColumn<int>("patients");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("demo set") << kDemoPatients << kDemoSeed;
    QTest::newRow("2000 patients") << 2000 << quint64(99);
  }
  void nhsNumbersAreValidTestNumbersAndUnique() {
    QFETCH(int, patients);
    QFETCH(quint64, seed);
    const QList<QJsonObject> records = generateSet(options(patients, seed)).ofType("Patient");
    QCOMPARE(records.size(), patients);
    QSet<QString> seen;
    for (const QJsonObject& patient : records) {
      const QJsonArray identifiers = patient.value("identifier").toArray();
      QCOMPARE(identifiers.size(), 1);
      const QJsonObject identifier = identifiers.first().toObject();
      QCOMPARE(identifier.value("system").toString(), QString(cw::fhir::kNhsNumberSystem));
      const QString value = identifier.value("value").toString();
      QVERIFY2(cw::fhir::NhsNumber::parse(value).has_value(), qPrintable(value));
      QVERIFY(value.startsWith("999"));
      QVERIFY2(!seen.contains(value), qPrintable(value));
      seen << value;
      const QJsonObject verification = identifier.value("extension").toArray().first().toObject();
      QCOMPARE(verification.value("url").toString(),
               "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus");
      QVERIFY(QStringList({"01", "02"}).contains(firstCode(verification, "valueCodeableConcept")));
    }
  }

  void nhsNumberGeneratorCoversTheLargestSetWithoutRepeats() {
    NhsNumberGenerator generator(kDemoSeed);
    QSet<QString> seen;
    for (int i = 0; i < kMaxPatients; ++i) {
      const QString digits = generator.next().digits();
      QVERIFY(digits.startsWith("999"));
      QVERIFY(!seen.contains(digits));
      seen << digits;
    }
  }

  void allergyRecordHardCasesAreInTheDemoSet() {
    const DataSet& set = demoSet();
    const QList<QJsonObject> allergies = set.ofType("AllergyIntolerance");
    QSet<QString> noKnownAllergy;
    QSet<QString> realAllergy;
    for (const QJsonObject& allergy : allergies) {
      const QString patient = reference(allergy, "patient");
      if (firstCode(allergy, "code") == "716186003") {
        QCOMPARE(firstCode(allergy, "verificationStatus"), "confirmed");
        QCOMPARE(firstCode(allergy, "clinicalStatus"), "active");
        QCOMPARE(
            allergy.value("code").toObject().value("coding").toArray().first().toObject().value("system"),
            "http://snomed.info/sct");
        noKnownAllergy << patient;
      } else {
        QVERIFY(!allergy.value("reaction").toArray().isEmpty());
        realAllergy << patient;
      }
    }
    QSet<QString> notRecorded;
    for (const QJsonObject& patient : set.ofType("Patient")) {
      const QString ref = "Patient/" + patient.value("id").toString();
      if (!noKnownAllergy.contains(ref) && !realAllergy.contains(ref)) {
        notRecorded << ref;
      }
    }
    QVERIFY(!noKnownAllergy.isEmpty());
    QVERIFY(!notRecorded.isEmpty());
    QVERIFY(!realAllergy.isEmpty());
    QVERIFY2(!noKnownAllergy.intersects(realAllergy), "a patient both has allergies and no known allergy");
  }

  void medicinesAvoidRecordedAllergies() {
    const DataSet set = generateSet(options(500, 5));
    QSet<QString> penicillinAllergic;
    for (const QJsonObject& allergy : set.ofType("AllergyIntolerance")) {
      if (firstCode(allergy, "code") == "91936005") {
        penicillinAllergic << reference(allergy, "patient");
      }
    }
    QVERIFY(!penicillinAllergic.isEmpty());
    for (const QJsonObject& request : set.ofType("MedicationRequest")) {
      const QString medicine = request.value("medicationCodeableConcept")
                                   .toObject()
                                   .value("coding")
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("display")
                                   .toString();
      const bool penicillin = medicine.startsWith("Amoxicillin") || medicine.startsWith("Flucloxacillin");
      QVERIFY2(!(penicillin && penicillinAllergic.contains(reference(request, "subject"))),
               qPrintable(medicine));
    }
  }

  void medicationRequestsAreDmdCodedWithDosage() {
    QSet<QString> statuses;
    for (const QJsonObject& request : demoSet().ofType("MedicationRequest")) {
      QCOMPARE(codes(request.value("medicationCodeableConcept").toObject(), "https://dmd.nhs.uk").size(), 1);
      const QJsonObject dosage = request.value("dosageInstruction").toArray().first().toObject();
      QVERIFY(!dosage.value("text").toString().isEmpty());
      QVERIFY(dosage.value("timing").toObject().value("repeat").toObject().value("frequency").toInt() > 0);
      QCOMPARE(request.value("intent").toString(), "order");
      statuses << request.value("status").toString();
    }
    QVERIFY(statuses.contains("active"));
    QVERIFY(statuses.contains("stopped"));
  }

  void vitalSignsCarryLoincSnomedAndUcum_data() {
    QTest::addColumn<QString>("loinc");
    QTest::addColumn<QString>("snomed");
    QTest::addColumn<QString>("ucum");  // of the value, or of every component
    QTest::newRow("respiratory rate") << "9279-1"
                                      << "86290005"
                                      << "{Breaths}/min";
    QTest::newRow("heart rate") << "8867-4"
                                << "364075005"
                                << "{beats}/min";
    QTest::newRow("oxygen saturation") << "2708-6"
                                       << "103228002"
                                       << "%";
    QTest::newRow("temperature") << "8310-5"
                                 << "276885007"
                                 << "Cel";
    QTest::newRow("blood pressure") << "85354-9"
                                    << "75367002"
                                    << "mm[Hg]";
  }
  void vitalSignsCarryLoincSnomedAndUcum() {
    QFETCH(QString, loinc);
    QFETCH(QString, snomed);
    QFETCH(QString, ucum);
    int found = 0;
    for (const QJsonObject& observation : demoSet().ofType("Observation")) {
      const QJsonObject code = observation.value("code").toObject();
      if (!codes(code, "http://loinc.org").contains(loinc)) {
        continue;
      }
      ++found;
      QCOMPARE(observation.value("category")
                   .toArray()
                   .first()
                   .toObject()
                   .value("coding")
                   .toArray()
                   .first()
                   .toObject()
                   .value("code")
                   .toString(),
               "vital-signs");
      QCOMPARE(observation.value("status").toString(), "final");
      QVERIFY(codes(code, "http://snomed.info/sct").contains(snomed));
      QVERIFY(!observation.value("effectiveDateTime").toString().isEmpty());
      QList<QJsonObject> quantities;
      if (observation.contains("component")) {
        for (const QJsonValue component : observation.value("component").toArray()) {
          QCOMPARE(codes(component.toObject().value("code").toObject(), "http://loinc.org").size(), 1);
          QCOMPARE(codes(component.toObject().value("code").toObject(), "http://snomed.info/sct").size(), 1);
          quantities << component.toObject().value("valueQuantity").toObject();
        }
        QCOMPARE(quantities.size(), 2);
      } else {
        quantities << observation.value("valueQuantity").toObject();
      }
      for (const QJsonObject& quantity : quantities) {
        QCOMPARE(quantity.value("system").toString(), "http://unitsofmeasure.org");
        QCOMPARE(quantity.value("code").toString(), ucum);
        QVERIFY(quantity.value("value").isDouble());
      }
    }
    QVERIFY(found > 20);
  }

  void inpatientsAreSpreadOverBothWardsWithChartsOverTime_data() {
    QTest::addColumn<quint64>("seed");
    QTest::newRow("demo seed") << kDemoSeed;
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 77") << quint64(77);
  }
  void inpatientsAreSpreadOverBothWardsWithChartsOverTime() {
    QFETCH(quint64, seed);
    const DataSet set = generateSet(options(kDemoPatients, seed));
    QHash<QString, QJsonObject> locations;
    for (const QJsonObject& location : set.ofType("Location")) {
      locations.insert("Location/" + location.value("id").toString(), location);
    }
    QHash<QString, int> inpatientsPerWard;
    const QDateTime now(defaultAnchor(), QTime(0, 0), Qt::UTC);
    for (const QJsonObject& encounter : set.ofType("Encounter")) {
      if (encounter.value("status").toString() != "in-progress") {
        continue;
      }
      QCOMPARE(encounter.value("class").toObject().value("code").toString(), "IMP");
      const QJsonObject bed = locations.value(encounter.value("location")
                                                  .toArray()
                                                  .first()
                                                  .toObject()
                                                  .value("location")
                                                  .toObject()
                                                  .value("reference")
                                                  .toString());
      QCOMPARE(firstCode(bed, "physicalType"), "bd");
      const QString ward = reference(bed, "partOf");
      QCOMPARE(firstCode(locations.value(ward), "physicalType"), "wa");
      ++inpatientsPerWard[ward];

      // The stay's respiratory rates: one per observation set.
      const QString encounterRef = "Encounter/" + encounter.value("id").toString();
      const QDateTime admitted =
          QDateTime::fromString(encounter.value("period").toObject().value("start").toString(), Qt::ISODate);
      QList<QDateTime> sets;
      for (const QJsonObject& observation : set.ofType("Observation")) {
        if (reference(observation, "encounter") == encounterRef &&
            codes(observation.value("code").toObject(), "http://loinc.org").contains("9279-1")) {
          sets << QDateTime::fromString(observation.value("effectiveDateTime").toString(), Qt::ISODate);
        }
      }
      std::sort(sets.begin(), sets.end());
      QVERIFY(sets.size() >= 2);
      QVERIFY(sets.first() > admitted);
      QVERIFY(sets.last() < now);
      QVERIFY(admitted.secsTo(now) >= 24 * 3600 && admitted.secsTo(now) <= 5 * 24 * 3600);
      for (int i = 1; i < sets.size(); ++i) {
        QVERIFY(sets[i - 1].secsTo(sets[i]) <= 12 * 3600);
      }
    }
    QCOMPARE(inpatientsPerWard.size(), 2);
    QCOMPARE(inpatientsPerWard.value(QString("Location/") + kWard7Id) +
                 inpatientsPerWard.value(QString("Location/") + kWard9Id),
             kDemoPatients / 2);
  }

  void someInpatientsDeteriorate() {
    // A deteriorating stay ends with a worse respiratory rate than it began.
    const DataSet& set = demoSet();
    QHash<QString, QList<QPair<QString, int>>> ratesByEncounter;
    for (const QJsonObject& observation : set.ofType("Observation")) {
      if (codes(observation.value("code").toObject(), "http://loinc.org").contains("9279-1")) {
        ratesByEncounter[reference(observation, "encounter")]
            << qMakePair(observation.value("effectiveDateTime").toString(),
                         observation.value("valueQuantity").toObject().value("value").toInt());
      }
    }
    int worsening = 0;
    for (auto rates : ratesByEncounter) {
      std::sort(rates.begin(), rates.end());
      if (rates.size() >= 3 && rates.last().second >= rates.first().second + 5) {
        ++worsening;
      }
    }
    QVERIFY(worsening >= 2);
    bool onOxygen = false;
    for (const QJsonObject& observation : set.ofType("Observation")) {
      onOxygen = onOxygen || firstCode(observation, "code") == "371825009";
    }
    QVERIFY(onOxygen);
  }

  void demoSetHasRestrictedAndIncompleteRecords() {
    const QList<QJsonObject> patients = demoSet().ofType("Patient");
    int restricted = 0;
    int withoutTelecom = 0;
    int withoutAddress = 0;
    for (const QJsonObject& patient : patients) {
      for (const QJsonValue label : patient.value("meta").toObject().value("security").toArray()) {
        if (label.toObject().value("system").toString() ==
                "http://terminology.hl7.org/CodeSystem/v3-Confidentiality" &&
            label.toObject().value("code").toString() == "R") {
          ++restricted;
        }
      }
      withoutTelecom += patient.contains("telecom") ? 0 : 1;
      withoutAddress += patient.contains("address") ? 0 : 1;
    }
    QVERIFY(restricted >= 1);
    QVERIFY(withoutTelecom >= 1);
    QVERIFY(withoutAddress >= 1);
    QVERIFY(restricted < patients.size() / 4);

    QVERIFY(!demoSet().ofType("Flag").isEmpty());
    // Long histories: several past admissions for one patient.
    QHash<QString, int> admissions;
    for (const QJsonObject& encounter : demoSet().ofType("Encounter")) {
      if (encounter.value("class").toObject().value("code").toString() == "IMP") {
        ++admissions[reference(encounter, "subject")];
      }
    }
    QVERIFY(std::any_of(admissions.cbegin(), admissions.cend(), [](int count) { return count >= 4; }));
  }

  void namesIncludeApostrophesHyphensAndAccents() {
    bool apostrophe = false;
    bool hyphen = false;
    bool accent = false;
    for (const QJsonObject& patient : generateSet(options(300, 21)).ofType("Patient")) {
      const QJsonObject name = patient.value("name").toArray().first().toObject();
      const QString text =
          name.value("family").toString() + ' ' + name.value("given").toVariant().toStringList().join(' ');
      apostrophe = apostrophe || text.contains('\'');
      hyphen = hyphen || text.contains('-');
      accent = accent || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7F; });
    }
    QVERIFY(apostrophe);
    QVERIFY(hyphen);
    QVERIFY(accent);
  }

  void dischargeLettersComeAsHtmlAndWellFormedPdf() {
    const QList<QJsonObject> documents = demoSet().ofType("DocumentReference");
    QVERIFY(!documents.isEmpty());
    for (const QJsonObject& document : documents) {
      QCOMPARE(firstCode(document, "type"), "373942005");
      QStringList types;
      for (const QJsonValue content : document.value("content").toArray()) {
        const QJsonObject attachment = content.toObject().value("attachment").toObject();
        types << attachment.value("contentType").toString();
        const QByteArray data = QByteArray::fromBase64(attachment.value("data").toString().toLatin1());
        if (types.last() == "application/pdf") {
          const QString problem = pdfStructureProblem(data);
          QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
          QVERIFY(data.startsWith("<!DOCTYPE html>"));
          QVERIFY(data.contains("Discharge summary"));
        }
      }
      QCOMPARE(types, QStringList({"text/html", "application/pdf"}));
    }
  }

  void pdfRendersAnyText_data() {
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QByteArray>("shown");  // must appear in the content stream
    QTest::newRow("no lines") << QStringList() << 1 << QByteArray("BT");
    QTest::newRow("PDF string delimiters")
        << QStringList{"Ward 7 (Acute) \\ bay"} << 1 << QByteArray("(Ward 7 \\(Acute\\) \\\\ bay)");
    QTest::newRow("Latin-1 accent kept as octal") << QStringList{"Siân"} << 1 << QByteArray("(Si\\342n)");
    QTest::newRow("other accents folded") << QStringList{"Wiśniewski"} << 1 << QByteArray("(Wisniewski)");
    QTest::newRow("en dash") << QStringList{"a – b"} << 1 << QByteArray("(a - b)");
    QTest::newRow("exactly one page") << QStringList(48, "line") << 1 << QByteArray("(line)");
    QTest::newRow("one line more") << QStringList(49, "line") << 2 << QByteArray("(line)");
    QTest::newRow("long line wraps") << QStringList{QString("word ").repeated(40).trimmed()} << 1
                                     << QByteArray("word word");
  }
  void pdfRendersAnyText() {
    QFETCH(QStringList, lines);
    QFETCH(int, pages);
    QFETCH(QByteArray, shown);
    QList<PdfLine> pdfLines;
    for (const QString& line : lines) {
      pdfLines << PdfLine{line, false};
    }
    const QByteArray pdf = MinimalPdf::render(pdfLines);
    const QString problem = pdfStructureProblem(pdf);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(pdf.contains("/Count " + QByteArray::number(pages) + " >>"));
    QVERIFY2(pdf.contains(shown), pdf.constData());
    for (const QByteArray& line : pdf.split('\n')) {
      QVERIFY(line.size() < 256);  // PDF readers may reject longer lines
    }
  }

  void referenceDataNamesEveryDemoPersonaAndRole() {
    const DataSet& set = demoSet();
    QHash<QString, QJsonObject> practitioners;
    for (const QJsonObject& practitioner : set.ofType("Practitioner")) {
      practitioners.insert(practitioner.value("id").toString(), practitioner);
    }
    for (const DemoPersona& persona : kDemoPersonas) {
      const QJsonObject practitioner = practitioners.value(persona.practitionerId);
      QVERIFY2(!practitioner.isEmpty(), persona.key);
      const QJsonObject identifier = practitioner.value("identifier").toArray().first().toObject();
      QCOMPARE(identifier.value("system").toString(), "https://fhir.nhs.uk/Id/sds-user-id");
      QCOMPARE(identifier.value("value").toString(), QString(persona.sdsUserId));
      QCOMPARE(QString(persona.sdsUserId).size(), 12);
    }
    QSet<QString> roles;
    for (const QJsonObject& role : set.ofType("PractitionerRole")) {
      roles << role.value("id").toString();
      QVERIFY(role.value("code")
                  .toArray()
                  .first()
                  .toObject()
                  .value("coding")
                  .toArray()
                  .first()
                  .toObject()
                  .value("code")
                  .toString()
                  .startsWith('R'));
    }
    for (const DemoRole& role : kDemoRoles) {
      QVERIFY2(roles.contains(role.id), role.id);
    }
    QVERIFY(roles.contains(kMedicalRegistrarOnCallId));
    QVERIFY(roles.contains(kOutreachTeamId));
  }

  void tenThousandPatientsGenerate() {
    int bundles = 0;
    qsizetype resources = 0;
    QSet<QString> nhsNumbers;
    generate(options(10000, kDemoSeed), [&](const QJsonObject& bundle) {
      ++bundles;
      for (const QJsonValue entry : bundle.value("entry").toArray()) {
        const QJsonObject resource = entry.toObject().value("resource").toObject();
        ++resources;
        if (resource.value("resourceType").toString() == "Patient") {
          nhsNumbers << resource.value("identifier").toArray().first().toObject().value("value").toString();
        }
      }
    });
    QCOMPARE(bundles, 1 + 200);
    QCOMPARE(nhsNumbers.size(), 10000);
    const double perPatient = double(resources) / 10000;
    QVERIFY2(perPatient >= 15 && perPatient <= 45, qPrintable(QString::number(perPatient)));
  }
};

QTEST_GUILESS_MAIN(TestSynthetic)
#include "tst_synthetic.moc"
