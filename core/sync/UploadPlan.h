// Turns the store's waiting journal entries into what one transaction Bundle
// sends: one request per resource (squashed), in reference order, with
// urn:uuid fullUrls and If-None-Exist for creates and If-Match on every
// update and delete.
#pragma once

#include "core/fhir/Bundle.h"
#include "core/store/StoreTypes.h"

#include <QList>
#include <QString>

namespace cw::sync {

// Every waiting change to one resource, sent as one request.
struct ChangeGroup {
  store::ResourceKey key;
  store::Operation operation = store::Operation::Create;  // what the server is asked to do
  QString baseVersionId;                                  // If-Match (updates and deletes)
  std::optional<fhir::Resource> resource;                 // creates and updates
  QList<qint64> sequences;                                // journal entries it settles, in order
  // Created and deleted before it was ever sent: nothing goes to the server.
  bool localOnly = false;
};

// Squashes `pending` (oldest first) into one group per resource, ordered so
// that a create comes before every group that refers to it.
QList<ChangeGroup> planUpload(const QList<store::JournalEntry>& pending);

// The transaction Bundle for `groups` (none of them localOnly); `base` makes
// the fullUrls of updates and deletes. References between creates of the
// same Bundle become urn:uuid references the server rewrites.
fhir::Bundle transactionFor(const QList<ChangeGroup>& groups, const QString& base);

// The server's id, versionId and lastUpdated from one entry of a
// transaction-response (Location/ETag/Last-Modified, or the returned resource).
struct EntryOutcome {
  QString id;
  QString versionId;
  QString lastUpdated;
};
EntryOutcome outcomeOf(const fhir::BundleEntry& entry);

}  // namespace cw::sync
