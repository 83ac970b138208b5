// Runs searches against the storage "as of" a sequence number: pages of
// matches in a stable order, totals, _include targets, and single-version
// matching for subscriptions.
#pragma once

#include "tools/fhir-devserver/PageCursor.h"
#include "tools/fhir-devserver/SearchQuery.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cw::devserver {

class Storage;

struct FoundVersion {
  qint64 seq;
  QString type;
  QString id;
  QByteArray json;
};

struct SearchResult {
  std::optional<qint64> total;
  QList<FoundVersion> matches;
  QList<FoundVersion> included;
  std::optional<PageCursor> next;
};

class SearchEngine {
 public:
  explicit SearchEngine(Storage& storage) : m_storage(storage) {}

  // The page `cursor` points at, or the first page (as of now) without one.
  SearchResult run(const SearchQuery& query, const std::optional<PageCursor>& cursor);
  // Up to `limit` live resources matching now (conditional create).
  QList<FoundVersion> findCurrent(const SearchQuery& query, int limit);
  // Whether the version with sequence `seq` matched the query when written.
  bool matchesVersion(const SearchQuery& query, qint64 seq);

 private:
  QList<FoundVersion> resolveIncludes(const SearchQuery& query, const QList<FoundVersion>& matches,
                                      qint64 snapshot);

  Storage& m_storage;
};

}  // namespace cw::devserver
