// A FHIR Bundle: its entries (with their request and response parts), paging
// links, and resolution of references between entries (urn:uuid, relative,
// absolute) and into contained resources.
#pragma once

#include "core/fhir/Resource.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw::fhir {

struct BundleRequest {
  QString method;  // GET, POST, PUT, DELETE, PATCH
  QString url;
  QString ifMatch;
  QString ifNoneExist;
};

struct BundleResponse {
  QString status;  // e.g. "201 Created"
  QString location;
  QString etag;
  QString lastModified;
  std::optional<Resource> outcome;
  int statusCode() const;  // the leading number, 0 when absent
};

struct BundleEntry {
  QString fullUrl;
  std::optional<Resource> resource;
  QString resourceError;  // why `resource` is empty although the entry had one
  std::optional<BundleRequest> request;
  std::optional<BundleResponse> response;
  QString searchMode;  // "match", "include", "outcome" or empty
};

class Bundle {
 public:
  // Nothing unless `resource` is a Bundle.
  static std::optional<Bundle> from(const Resource& resource);
  // An empty Bundle of `type` ("searchset", "transaction-response", ...).
  static Bundle create(const QString& type);

  QString type() const { return m_resource.element(u"type").toString(); }
  std::optional<qint64> total() const { return m_resource.element(u"total").toInteger(); }
  void setTotal(qint64 total);

  // The url of link `relation` ("next", "self" ...), empty when absent.
  QString link(QStringView relation) const;
  // The same, read straight from a Bundle's JSON text without reading its
  // entries: a download can ask for the next page while it reads this one.
  static QString peekLink(const QByteArray& json, QStringView relation);
  void addLink(const QString& relation, const QString& url);

  // Every entry; an entry whose resource is unreadable keeps its place with
  // resourceError set, so one bad resource never hides the others.
  QList<BundleEntry> entries() const;
  void addEntry(const BundleEntry& entry);

  // The entry `reference` points at, as written in the entry with
  // `fromFullUrl` (relative references resolve against that entry's base).
  std::optional<BundleEntry> resolve(QStringView reference, QStringView fromFullUrl = {}) const;

  const Resource& resource() const { return m_resource; }
  QByteArray toJson() const { return m_resource.toJson(); }

 private:
  explicit Bundle(Resource resource) : m_resource(std::move(resource)) {}

  Resource m_resource;
};

}  // namespace cw::fhir
