// The instance-level FHIR interactions on the storage: read, vread, create
// (also conditional), update (also as create), delete, with versioning,
// If-Match and Prefer handling.
#pragma once

#include "core/fhir/Resource.h"
#include "tools/fhir-devserver/FhirRequest.h"
#include "tools/fhir-devserver/FhirResponse.h"

#include <QString>

namespace cw::devserver {

class SearchEngine;
class Storage;
struct VersionRecord;

class ResourceService {
 public:
  ResourceService(Storage& storage, SearchEngine& search) : m_storage(storage), m_search(search) {}

  FhirResponse read(const QString& type, const QString& id);
  FhirResponse vread(const QString& type, const QString& id, qint64 versionId);
  FhirResponse create(fhir::Resource resource, const FhirRequest& request);
  FhirResponse update(const QString& type, const QString& id, fhir::Resource resource,
                      const FhirRequest& request);
  FhirResponse remove(const QString& type, const QString& id, const FhirRequest& request);

 private:
  // Stamps id and version, indexes and stores; answers per Prefer.
  FhirResponse write(fhir::Resource resource, const QString& method, qint64 versionId, qint64 previousSeq,
                     int status, const FhirRequest& request);
  // Checks If-Match against the current version (which may be absent).
  std::optional<FhirResponse> checkIfMatch(const FhirRequest& request,
                                           const std::optional<VersionRecord>& current, const QString& path);

  Storage& m_storage;
  SearchEngine& m_search;
};

// The response of a stored version: status, ETag, Last-Modified, body.
FhirResponse versionResponse(const VersionRecord& version, int status);

}  // namespace cw::devserver
