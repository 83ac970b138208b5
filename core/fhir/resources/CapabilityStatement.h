// A server's CapabilityStatement (GET /metadata): what sync may rely on, such
// as type history for deletions, conditional create, search parameters and
// the websocket endpoint for subscriptions.
#pragma once

#include "core/fhir/resources/ResourceView.h"

#include <QMap>
#include <QUrl>

namespace cw::fhir {

struct CapabilityResource {
  QString type = {};
  QStringList interactions = {};        // read, vread, update, create, search-type, history-type ...
  QMap<QString, QString> searchParams;  // name -> type (token, date, reference ...)
  std::optional<bool> conditionalCreate = {};
  QString versioning = {};  // no-version, versioned, versioned-update

  static CapabilityResource read(const JsonValue& json);
};

class CapabilityStatement final : public ResourceView<CapabilityStatement> {
 public:
  static constexpr QStringView kResourceType = u"CapabilityStatement";

  QString fhirVersion() const { return string(u"fhirVersion"); }
  // What the server (rest.mode = server) offers; a client-mode rest is ignored.
  QList<CapabilityResource> resources() const;
  std::optional<CapabilityResource> capability(QStringView type) const;
  QStringList systemInteractions() const;  // transaction, batch, search-system, history-system
  // The websocket end-point, possibly relative to the server base; empty when
  // the server offers none.
  QUrl websocketUrl() const;

  bool supports(QStringView type, QStringView interaction) const;
  // Declared for the type, or for all types at rest level (_id, _lastUpdated).
  bool supportsSearchParam(QStringView type, QStringView name) const;
  bool supportsSystemInteraction(QStringView name) const;

 private:
  using ResourceView::ResourceView;
  friend ResourceView;

  JsonValue serverRest() const;
};

}  // namespace cw::fhir
