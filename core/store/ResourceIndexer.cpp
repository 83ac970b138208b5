#include "core/store/ResourceIndexer.h"

#include "core/fhir/DateTime.h"
#include "core/fhir/NhsNumber.h"
#include "core/fhir/Reference.h"

#include <QUuid>

#include <algorithm>

namespace cw::store {
namespace {

using fhir::JsonValue;

// Where each resource type keeps the time it is about, newest first in the
// record: the first element present wins; meta.lastUpdated is the fallback.
constexpr const char16_t* kClinicalTimePaths[][2] = {
    {u"effectiveDateTime", nullptr},
    {u"effectivePeriod", u"start"},
    {u"effectiveInstant", nullptr},
    {u"authoredOn", nullptr},
    {u"recordedDate", nullptr},
    {u"onsetDateTime", nullptr},
    {u"period", u"start"},
    {u"occurrenceDateTime", nullptr},
    {u"issued", nullptr},
    {u"date", nullptr},
    {u"sent", nullptr},
    {u"recorded", nullptr},
};

std::optional<qint64> instant(const JsonValue& value, bool end = false) {
  const fhir::DateTime dateTime = fhir::DateTime::read(value);
  const std::optional<QDateTime> bound = end ? dateTime.end() : dateTime.start();
  if (!bound) {
    return std::nullopt;
  }
  return bound->toMSecsSinceEpoch();
}

std::optional<qint64> clinicalTime(const fhir::Resource& resource) {
  for (const auto& path : kClinicalTimePaths) {
    const JsonValue& first = resource.element(QStringView(path[0]));
    const JsonValue& value = path[1] == nullptr ? first : first[QStringView(path[1])];
    if (const std::optional<qint64> time = instant(value)) {
      return time;
    }
  }
  return instant(resource.element(u"meta")[u"lastUpdated"]);
}

void addTokens(const fhir::Resource& resource, QList<TokenRow>& tokens) {
  for (const JsonValue& identifier : resource.element(u"identifier").items()) {
    const QString system = identifier[u"system"].toString();
    QString value = identifier[u"value"].toString();
    if (system == QLatin1String(fhir::kNhsNumberSystem)) {
      // Only valid NHS numbers are findable by NHS number, in digit form.
      const std::optional<fhir::NhsNumber> number = fhir::NhsNumber::parse(value);
      if (!number) {
        continue;
      }
      value = number->digits();
    }
    if (!value.isEmpty()) {
      tokens.append({QStringLiteral("identifier"), system, value});
    }
  }
  const QString status = resource.element(u"status").toString();
  if (!status.isEmpty()) {
    tokens.append({QStringLiteral("status"), QString(), status});
  }
}

// Scores and assessments (Observation category survey) are few per patient
// and found by code: the NEWS2 module reads a patient's SpO2 scale decisions
// this way. No other Observation's code is queried, and indexing them all
// would halve the download rate (decision 005), so only these are indexed.
void addSurveyCodes(const fhir::Resource& resource, QList<TokenRow>& tokens) {
  const auto isSurvey = [](const JsonValue& category) {
    const auto& codings = category[u"coding"].items();
    return std::any_of(codings.begin(), codings.end(), [](const JsonValue& coding) {
      return coding[u"code"].toString() == QLatin1String("survey");
    });
  };
  const auto& categories = resource.element(u"category").items();
  if (!std::any_of(categories.begin(), categories.end(), isSurvey)) {
    return;
  }
  for (const JsonValue& coding : resource.element(u"code")[u"coding"].items()) {
    const QString code = coding[u"code"].toString();
    if (!code.isEmpty()) {
      tokens.append({QStringLiteral("code"), coding[u"system"].toString(), code});
    }
  }
}

void addPatientRows(const fhir::Resource& resource, IndexRows& rows) {
  for (const JsonValue& name : resource.element(u"name").items()) {
    const QString family = foldForSearch(name[u"family"].toString());
    if (!family.isEmpty()) {
      rows.strings.append({QStringLiteral("family"), family});
    }
    for (const JsonValue& given : name[u"given"].items()) {
      const QString folded = foldForSearch(given.toString());
      if (!folded.isEmpty()) {
        rows.strings.append({QStringLiteral("given"), folded});
      }
    }
  }
  const JsonValue& birthDate = resource.element(u"birthDate");
  const std::optional<qint64> start = instant(birthDate);
  const std::optional<qint64> end = instant(birthDate, true);
  if (start && end) {
    rows.dates.append({QStringLiteral("birthdate"), *start, *end});
  }
}

void addReferences(const QString& name, const JsonValue& value, QList<ReferenceRow>& references, int depth) {
  // Deep enough for every reference R4 defines; contained resources are
  // skipped by the caller (their references point inside the resource).
  if (depth > 12) {
    return;
  }
  if (value.isArray()) {
    for (const JsonValue& item : value.items()) {
      addReferences(name, item, references, depth + 1);
    }
    return;
  }
  if (!value.isObject()) {
    return;
  }
  for (const fhir::JsonMember& member : value.members()) {
    if (member.key == QLatin1String("reference") && member.value.isString()) {
      const std::optional<fhir::Reference> reference = fhir::Reference::parse(member.value.toString());
      if (reference && reference->kind() == fhir::Reference::Kind::Relative) {
        references.append({name, reference->resourceType(), reference->id()});
      }
    } else {
      addReferences(name, member.value, references, depth + 1);
    }
  }
}

// Index rows cost more than anything else a download stores, so the cache
// keeps only those its own queries read: the ward list (an Encounter's
// subject and location, a bed's partOf) and, for ids the server gives a local
// create, every reference to a local id. Local ids are UUIDs (Store::write);
// a server whose ids are UUIDs too only makes more rows than needed.
bool isReadByTheCache(const ReferenceRow& reference) {
  static const QStringList kQueried = {QStringLiteral("subject"), QStringLiteral("location"),
                                       QStringLiteral("partOf")};
  return kQueried.contains(reference.name) || !QUuid::fromString(reference.targetId).isNull();
}

}  // namespace

QString foldForSearch(QStringView text) {
  const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
  QString folded;
  folded.reserve(decomposed.size());
  for (const QChar c : decomposed) {
    if (c.isLetterOrNumber()) {
      folded.append(c.toCaseFolded());
    }
  }
  return folded;
}

IndexRows indexResource(const fhir::Resource& resource) {
  IndexRows rows;
  addTokens(resource, rows.tokens);
  const QString type = resource.resourceType();
  if (type == QLatin1String("Patient")) {
    addPatientRows(resource, rows);
  } else if (type == QLatin1String("Observation")) {
    addSurveyCodes(resource, rows.tokens);
  }
  for (const fhir::JsonMember& member : resource.json().members()) {
    if (member.key != QLatin1String("contained") && member.key != QLatin1String("meta")) {
      addReferences(member.key, member.value, rows.references, 0);
    }
  }
  if (type != QLatin1String("Patient")) {
    for (const ReferenceRow& reference : rows.references) {
      // Task names its patient in "for": escalation Tasks join the patient's record.
      const bool namesThePatient = reference.name == QLatin1String("subject") ||
                                   reference.name == QLatin1String("patient") ||
                                   (reference.name == QLatin1String("for") && type == QLatin1String("Task"));
      if (namesThePatient && reference.targetType == QLatin1String("Patient")) {
        rows.compartmentPatientId = reference.targetId;
        rows.clinicalTime = clinicalTime(resource);
        break;
      }
    }
  }
  rows.references.removeIf([](const ReferenceRow& reference) { return !isReadByTheCache(reference); });
  return rows;
}

}  // namespace cw::store
