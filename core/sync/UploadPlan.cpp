#include "core/sync/UploadPlan.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace cw::sync {
namespace {

// The business identifier the store gives every local create (decision 005).
constexpr QLatin1String kUuidSystem("urn:ietf:rfc:3986");

QString businessIdentifier(const fhir::Resource& resource) {
  for (const fhir::JsonValue& identifier : resource.element(u"identifier").items()) {
    if (identifier[u"system"].toString() == kUuidSystem) {
      return identifier[u"value"].toString();
    }
  }
  return {};
}

QString relative(const store::ResourceKey& key) {
  return key.type + u'/' + key.id;
}

QString urnFor(const store::ResourceKey& key) {
  return QStringLiteral("urn:uuid:") + key.id;
}

// The JSON string `"Type/id"` of each create in the Bundle becomes
// `"urn:uuid:id"`. Local ids are UUIDs, so a quoted match is a reference.
fhir::Resource withUrnReferences(const fhir::Resource& resource, const QList<ChangeGroup>& creates) {
  QByteArray json = resource.toJson();
  bool changed = false;
  for (const ChangeGroup& create : creates) {
    const QByteArray from = '"' + relative(create.key).toUtf8() + '"';
    if (json.contains(from)) {
      json.replace(from, '"' + urnFor(create.key).toUtf8() + '"');
      changed = true;
    }
  }
  if (!changed) {
    return resource;
  }
  fhir::ResourceParseResult parsed = fhir::Resource::parse(json);
  return parsed.ok() ? *parsed.resource : resource;
}

QString etagVersion(QString etag) {
  etag = etag.trimmed();
  if (etag.startsWith(QLatin1String("W/"))) {
    etag = etag.mid(2);
  }
  if (etag.size() >= 2 && etag.startsWith(u'"') && etag.endsWith(u'"')) {
    etag = etag.mid(1, etag.size() - 2);
  }
  return etag;
}

}  // namespace

QList<ChangeGroup> planUpload(const QList<store::JournalEntry>& pending) {
  QList<ChangeGroup> groups;
  QHash<QString, qsizetype> byKey;
  for (const store::JournalEntry& entry : pending) {
    const QString path = relative(entry.key);
    auto found = byKey.constFind(path);
    if (found == byKey.constEnd()) {
      ChangeGroup group;
      group.key = entry.key;
      group.operation = entry.operation;
      group.baseVersionId = entry.baseVersionId;
      byKey.insert(path, groups.size());
      groups.append(group);
      found = byKey.constFind(path);
    }
    ChangeGroup& group = groups[*found];
    group.sequences.append(entry.seq);
    group.resource = entry.resource;
    if (entry.operation == store::Operation::Delete) {
      group.localOnly = group.operation == store::Operation::Create;
      group.operation = group.localOnly ? store::Operation::Create : store::Operation::Delete;
      group.resource.reset();
    }
  }

  // Reference order: depth first, each group after the creates it refers to;
  // otherwise journal order. A cycle keeps journal order (one Bundle carries it).
  QHash<QString, qsizetype> creates;
  for (qsizetype i = 0; i < groups.size(); ++i) {
    if (groups[i].operation == store::Operation::Create && !groups[i].localOnly) {
      creates.insert(relative(groups[i].key), i);
    }
  }
  QList<ChangeGroup> ordered;
  QSet<qsizetype> visited;
  std::function<void(qsizetype)> visit = [&](qsizetype index) {
    if (visited.contains(index)) {
      return;
    }
    visited.insert(index);
    if (groups[index].resource) {
      const QByteArray json = groups[index].resource->toJson();
      for (auto it = creates.cbegin(); it != creates.cend(); ++it) {
        if (it.value() != index && json.contains('"' + it.key().toUtf8() + '"')) {
          visit(it.value());
        }
      }
    }
    ordered.append(groups[index]);
  };
  for (qsizetype i = 0; i < groups.size(); ++i) {
    visit(i);
  }
  return ordered;
}

fhir::Bundle transactionFor(const QList<ChangeGroup>& groups, const QString& base) {
  QList<ChangeGroup> creates;
  for (const ChangeGroup& group : groups) {
    if (group.operation == store::Operation::Create) {
      creates.append(group);
    }
  }
  fhir::Bundle bundle = fhir::Bundle::create(QStringLiteral("transaction"));
  for (const ChangeGroup& group : groups) {
    fhir::BundleEntry entry;
    fhir::BundleRequest request;
    const QString ifMatch =
        group.baseVersionId.isEmpty() ? QString() : QStringLiteral("W/\"%1\"").arg(group.baseVersionId);
    switch (group.operation) {
      case store::Operation::Create: {
        entry.fullUrl = urnFor(group.key);
        fhir::Resource resource = withUrnReferences(*group.resource, creates);
        resource.removeElement(u"id");
        resource.removeElement(u"meta");
        const QString identifier = businessIdentifier(resource);
        request = {QStringLiteral("POST"), group.key.type, {}, {}};
        if (!identifier.isEmpty()) {
          request.ifNoneExist = QStringLiteral("identifier=%1|%2").arg(kUuidSystem, identifier);
        }
        entry.resource = resource;
        break;
      }
      case store::Operation::Update:
        entry.fullUrl = base + u'/' + relative(group.key);
        entry.resource = withUrnReferences(*group.resource, creates);
        request = {QStringLiteral("PUT"), relative(group.key), ifMatch, {}};
        break;
      case store::Operation::Delete:
        entry.fullUrl = base + u'/' + relative(group.key);
        request = {QStringLiteral("DELETE"), relative(group.key), ifMatch, {}};
        break;
    }
    entry.request = request;
    bundle.addEntry(entry);
  }
  return bundle;
}

EntryOutcome outcomeOf(const fhir::BundleEntry& entry) {
  EntryOutcome outcome;
  if (entry.response) {
    // "Type/id/_history/vid", relative or absolute.
    const QStringList parts = entry.response->location.split(u'/', Qt::SkipEmptyParts);
    const qsizetype history = parts.indexOf(QStringLiteral("_history"));
    if (history >= 1) {
      outcome.id = parts.at(history - 1);
      outcome.versionId = parts.value(history + 1);
    } else if (parts.size() >= 2) {
      outcome.id = parts.last();
    }
    if (!entry.response->etag.isEmpty()) {
      outcome.versionId = etagVersion(entry.response->etag);
    }
    outcome.lastUpdated = entry.response->lastModified;
  }
  if (entry.resource) {
    if (!entry.resource->id().isEmpty()) {
      outcome.id = entry.resource->id();
    }
    if (!entry.resource->versionId().isEmpty()) {
      outcome.versionId = entry.resource->versionId();
    }
    if (!entry.resource->lastUpdated().isEmpty()) {
      outcome.lastUpdated = entry.resource->lastUpdated();
    }
  }
  return outcome;
}

}  // namespace cw::sync
