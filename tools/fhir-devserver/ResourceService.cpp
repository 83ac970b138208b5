#include "tools/fhir-devserver/ResourceService.h"

#include "core/fhir/OperationOutcome.h"
#include "tools/fhir-devserver/DateRange.h"
#include "tools/fhir-devserver/SearchEngine.h"
#include "tools/fhir-devserver/Storage.h"
#include "tools/fhir-devserver/SubscriptionRules.h"

#include <QUuid>

namespace cw::devserver {

namespace {

QString etagOf(qint64 versionId) {
  return QStringLiteral("W/\"%1\"").arg(versionId);
}

QString historyPath(const QString& type, const QString& id, qint64 versionId) {
  return QStringLiteral("%1/%2/_history/%3").arg(type, id).arg(versionId);
}

// The version an If-Match names: W/"3", "3" or 3. Nothing when unreadable.
std::optional<qint64> ifMatchVersion(QString value) {
  value = value.trimmed();
  if (value.startsWith(u"W/")) {
    value.remove(0, 2);
  }
  if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
    value = value.mid(1, value.size() - 2);
  }
  bool ok = false;
  const qint64 version = value.toLongLong(&ok);
  return ok && version > 0 ? std::optional<qint64>(version) : std::nullopt;
}

}  // namespace

FhirResponse versionResponse(const VersionRecord& version, int status) {
  FhirResponse response;
  response.status = status;
  response.body = version.json;
  response.etag = etagOf(version.versionId);
  response.lastModified = version.updated;
  return response;
}

FhirResponse ResourceService::read(const QString& type, const QString& id) {
  const std::optional<VersionRecord> current = m_storage.latest(type, id);
  if (!current) {
    return FhirResponse::error(404, QStringLiteral("not-found"),
                               QStringLiteral("%1/%2 is not known.").arg(type, id));
  }
  if (current->deleted) {
    FhirResponse gone = FhirResponse::error(
        410, QStringLiteral("deleted"),
        QStringLiteral("%1/%2 was deleted (version %3).").arg(type, id).arg(current->versionId));
    gone.etag = etagOf(current->versionId);
    return gone;
  }
  return versionResponse(*current, 200);
}

FhirResponse ResourceService::vread(const QString& type, const QString& id, qint64 versionId) {
  const std::optional<VersionRecord> found = m_storage.version(type, id, versionId);
  if (!found) {
    return FhirResponse::error(404, QStringLiteral("not-found"),
                               QStringLiteral("%1 is not known.").arg(historyPath(type, id, versionId)));
  }
  if (found->deleted) {
    return FhirResponse::error(
        410, QStringLiteral("deleted"),
        QStringLiteral("%1 is the deletion of %2/%3.").arg(historyPath(type, id, versionId), type, id));
  }
  return versionResponse(*found, 200);
}

FhirResponse ResourceService::create(fhir::Resource resource, const FhirRequest& request) {
  const QString type = resource.resourceType();
  WriteTransaction transaction(m_storage);
  if (!request.ifNoneExist.isEmpty()) {
    const SearchParseResult condition =
        SearchQuery::parse(type, QueryString::parse(request.ifNoneExist.toUtf8()));
    if (!condition.query) {
      return FhirResponse::error(400, QStringLiteral("invalid"),
                                 QStringLiteral("If-None-Exist: ") + condition.error);
    }
    const QList<FoundVersion> existing = m_search.findCurrent(*condition.query, 2);
    if (existing.size() > 1) {
      return FhirResponse::error(
          412, QStringLiteral("duplicate"),
          QStringLiteral("If-None-Exist \"%1\" matches more than one %2.").arg(request.ifNoneExist, type));
    }
    if (existing.size() == 1) {
      const std::optional<VersionRecord> current = m_storage.latest(type, existing.first().id);
      transaction.commit();
      FhirResponse response = versionResponse(*current, 200);
      response.location = historyPath(type, current->id, current->versionId);
      return response;
    }
  }
  const QString id =
      request.assignedId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.assignedId;
  resource.setId(id);
  FhirResponse response = write(std::move(resource), QStringLiteral("POST"), 1, 0, 201, request);
  transaction.commit();
  return response;
}

FhirResponse ResourceService::update(const QString& type, const QString& id, fhir::Resource resource,
                                     const FhirRequest& request) {
  if (resource.id().isEmpty()) {
    return FhirResponse::error(
        400, QStringLiteral("required"),
        QStringLiteral("An update needs the resource id in the body (\"id\": \"%1\").").arg(id));
  }
  if (resource.id() != id) {
    return FhirResponse::error(400, QStringLiteral("invalid"),
                               QStringLiteral("The body's id \"%1\" does not match the id \"%2\" in the URL.")
                                   .arg(resource.id(), id));
  }
  WriteTransaction transaction(m_storage);
  const std::optional<VersionRecord> current = m_storage.latest(type, id);
  if (std::optional<FhirResponse> failed = checkIfMatch(request, current, type + u'/' + id)) {
    return *failed;
  }
  const bool exists = current && !current->deleted;
  FhirResponse response =
      write(std::move(resource), QStringLiteral("PUT"), current ? current->versionId + 1 : 1,
            current ? current->seq : 0, exists ? 200 : 201, request);
  transaction.commit();
  return response;
}

FhirResponse ResourceService::remove(const QString& type, const QString& id, const FhirRequest& request) {
  WriteTransaction transaction(m_storage);
  const std::optional<VersionRecord> current = m_storage.latest(type, id);
  if (!current) {
    return FhirResponse::error(404, QStringLiteral("not-found"),
                               QStringLiteral("%1/%2 is not known.").arg(type, id));
  }
  if (std::optional<FhirResponse> failed = checkIfMatch(request, current, type + u'/' + id)) {
    return *failed;
  }
  FhirResponse response;
  response.status = 204;
  if (current->deleted) {
    response.etag = etagOf(current->versionId);  // deleting again changes nothing
    return response;
  }
  NewVersion deletion{
      type, id,          current->versionId + 1, m_storage.writeTime(), QStringLiteral("DELETE"), {},
      {},   current->seq};
  m_storage.append(deletion);
  transaction.commit();
  response.etag = etagOf(deletion.versionId);
  response.lastModified = deletion.updated;
  if (request.preferReturn == u"OperationOutcome") {
    response.status = 200;
    response.body =
        fhir::OperationOutcome::make(QStringLiteral("information"), QStringLiteral("informational"),
                                     QStringLiteral("Deleted %1/%2.").arg(type, id))
            .toJson();
  }
  return response;
}

FhirResponse ResourceService::write(fhir::Resource resource, const QString& method, qint64 versionId,
                                    qint64 previousSeq, int status, const FhirRequest& request) {
  const QString type = resource.resourceType();
  if (type == u"Subscription") {
    const QString problem = SubscriptionRules::prepare(resource);
    if (!problem.isEmpty()) {
      return FhirResponse::error(422, QStringLiteral("invalid"), problem);
    }
  }
  const qint64 updated = m_storage.writeTime();
  resource.setVersion(QString::number(versionId), formatInstant(updated));
  const QByteArray json = resource.toJson();
  m_storage.append(NewVersion{type, resource.id(), versionId, updated, method, json, Indexer::index(resource),
                              previousSeq});

  FhirResponse response;
  response.status = status;
  response.etag = etagOf(versionId);
  response.lastModified = updated;
  if (status == 201) {
    response.location = historyPath(type, resource.id(), versionId);
  }
  if (request.preferReturn == u"minimal") {
    return response;
  }
  if (request.preferReturn == u"OperationOutcome") {
    response.body = fhir::OperationOutcome::make(
                        QStringLiteral("information"), QStringLiteral("informational"),
                        QStringLiteral("%1 %2/%3 as version %4.")
                            .arg(status == 201 ? QStringLiteral("Created") : QStringLiteral("Updated"), type,
                                 resource.id())
                            .arg(versionId))
                        .toJson();
    return response;
  }
  response.body = json;
  return response;
}

std::optional<FhirResponse> ResourceService::checkIfMatch(const FhirRequest& request,
                                                          const std::optional<VersionRecord>& current,
                                                          const QString& path) {
  if (request.ifMatch.isEmpty()) {
    return std::nullopt;
  }
  const std::optional<qint64> expected = ifMatchVersion(request.ifMatch);
  if (!expected) {
    return FhirResponse::error(
        400, QStringLiteral("invalid"),
        QStringLiteral("If-Match must name a version, e.g. W/\"3\", not %1.").arg(request.ifMatch));
  }
  if (!current || current->deleted) {
    return FhirResponse::error(
        412, QStringLiteral("conflict"),
        QStringLiteral("If-Match names version %1 of %2, which has no current version.")
            .arg(*expected)
            .arg(path));
  }
  if (*expected != current->versionId) {
    return FhirResponse::error(
        412, QStringLiteral("conflict"),
        QStringLiteral("If-Match names version %1 of %2, but the current version is %3.")
            .arg(*expected)
            .arg(path)
            .arg(current->versionId));
  }
  return std::nullopt;
}

}  // namespace cw::devserver
