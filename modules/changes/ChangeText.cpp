#include "modules/changes/ChangeText.h"

#include "core/fhir/Datatypes.h"
#include "core/fhir/DateTime.h"
#include "core/fhir/OperationOutcome.h"
#include "core/store/ResourceIndexer.h"
#include "core/ui/BannerText.h"
#include "core/ui/PatientBannerFacts.h"
#include "modules/changes/ChangesTr.h"

namespace cw::changes {
namespace {

// The element that names what a resource is about, for the types a ward
// workstation changes; anything else is named by its type and id.
QString subjectText(const fhir::Resource& resource) {
  if (resource.resourceType() == u"Patient") {
    const fhir::JsonValue& names = resource.element(u"name");
    return names.size() > 0 ? ui::bannerName(fhir::HumanName::read(names.at(0))) : QString();
  }
  for (const QStringView element : {u"code", u"medicationCodeableConcept", u"type"}) {
    const QString text = fhir::CodeableConcept::read(resource.element(element)).displayText();
    if (!text.isEmpty()) {
      return text;
    }
  }
  return {};
}

QString quoted(const QString& text) {
  return QString::fromUtf8(fhir::JsonValue::fromString(text).toJson());
}

// Numbers go out as their stored text, so "37.50" is never shown as "37.5".
void writeIndented(const fhir::JsonValue& value, int depth, QString& out) {
  const QString inner((depth + 1) * 2, u' ');
  if (value.isObject() && value.size() > 0) {
    out += u"{\n";
    const QList<fhir::JsonMember>& members = value.members();
    for (qsizetype i = 0; i < members.size(); ++i) {
      out += inner + quoted(members.at(i).key) + QStringLiteral(": ");
      writeIndented(members.at(i).value, depth + 1, out);
      out += i + 1 < members.size() ? u",\n" : u"\n";
    }
    out += QString(depth * 2, u' ') + u'}';
  } else if (value.isArray() && value.size() > 0) {
    out += u"[\n";
    const QList<fhir::JsonValue>& items = value.items();
    for (qsizetype i = 0; i < items.size(); ++i) {
      out += inner;
      writeIndented(items.at(i), depth + 1, out);
      out += i + 1 < items.size() ? u",\n" : u"\n";
    }
    out += QString(depth * 2, u' ') + u']';
  } else {
    out += QString::fromUtf8(value.toJson());
  }
}

}  // namespace

QString resourceTitle(const store::ResourceKey& key, const std::optional<fhir::Resource>& resource) {
  const QString subject = resource ? subjectText(*resource) : QString();
  if (subject.isEmpty()) {
    return key.type + u'/' + key.id;
  }
  return key.type + QStringLiteral(": ") + subject;
}

QString patientText(const store::Store& store, const std::optional<fhir::Resource>& resource) {
  if (!resource) {
    return {};
  }
  // The same rule the store uses to put a resource in a patient's record.
  const QString patientId = resource->resourceType() == u"Patient"
                                ? resource->id()
                                : store::indexResource(*resource).compartmentPatientId;
  if (patientId.isEmpty()) {
    return Tr::tr("Not in a patient's record");
  }
  const std::optional<ui::BannerFacts> facts = ui::loadBannerFacts(store, patientId, QDate::currentDate());
  if (!facts) {
    return Tr::tr("Patient not in this cache");
  }
  return facts->name + QStringLiteral(" · ") + ui::nhsNumberText(*facts);
}

ReadableResource readableResource(const fhir::Resource& resource) {
  ReadableResource readable;
  readable.text = QStringLiteral("{\n");
  const QList<fhir::JsonMember>& members = resource.json().members();
  for (qsizetype i = 0; i < members.size(); ++i) {
    const int firstLine = static_cast<int>(readable.text.count(u'\n'));
    readable.text += QStringLiteral("  ") + quoted(members.at(i).key) + QStringLiteral(": ");
    writeIndented(members.at(i).value, 1, readable.text);
    readable.spans.append({members.at(i).key, firstLine, static_cast<int>(readable.text.count(u'\n'))});
    readable.text += i + 1 < members.size() ? u",\n" : u"\n";
  }
  readable.text += u'}';
  return readable;
}

QStringList differingElements(const fhir::Resource& local, const fhir::Resource& server) {
  QStringList keys = local.json().keys();
  for (const QString& key : server.json().keys()) {
    if (!keys.contains(key)) {
      keys.append(key);
    }
  }
  QStringList differing;
  for (const QString& key : keys) {
    if (key != u"meta" && !(local.element(key) == server.element(key))) {
      differing.append(key);
    }
  }
  return differing;
}

QString outcomeText(const std::optional<fhir::Resource>& outcome) {
  const std::optional<fhir::OperationOutcome> read =
      outcome ? fhir::OperationOutcome::from(*outcome) : std::nullopt;
  QStringList lines;
  if (read) {
    for (const fhir::OutcomeIssue& issue : read->issues()) {
      QStringList parts;
      if (!issue.diagnostics.isEmpty()) {
        parts.append(issue.diagnostics);
      }
      if (!issue.detailsText.isEmpty() && issue.detailsText != issue.diagnostics) {
        parts.append(issue.detailsText);
      }
      if (parts.isEmpty()) {
        parts.append(Tr::tr("Refused with no explanation (code: %1).").arg(issue.code));
      }
      lines.append(parts.join(QStringLiteral(" — ")));
    }
  }
  if (lines.isEmpty()) {
    return Tr::tr("The server gave no reason.");
  }
  return lines.join(u'\n');
}

QString operationText(store::Operation operation) {
  switch (operation) {
    case store::Operation::Create: return Tr::tr("New");
    case store::Operation::Update: return Tr::tr("Changed");
    case store::Operation::Delete: return Tr::tr("Deleted");
  }
  return {};
}

QString whenText(const QDateTime& when) {
  return ui::bannerDateTime(fhir::DateTime::fromDateTime(when));
}

}  // namespace cw::changes
