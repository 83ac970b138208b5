// _history at system, type or instance level: versions newest first, with
// _since and _count, paged as of the sequence number of the first page.
#pragma once

#include "tools/fhir-devserver/PageCursor.h"
#include "tools/fhir-devserver/QueryString.h"
#include "tools/fhir-devserver/Storage.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw::devserver {

struct HistoryPage {
  std::optional<qint64> total;
  QList<VersionRecord> versions;
  std::optional<PageCursor> next;
};

struct HistoryParseResult;

class HistoryQuery {
 public:
  // Empty `type` means the whole system; empty `id` the whole type.
  static HistoryParseResult parse(const QString& type, const QString& id, const QueryParams& params);

  HistoryPage run(Storage& storage) const;

  const QueryParams& linkParams() const { return m_linkParams; }
  // Where this page starts; nothing on the first page.
  const std::optional<PageCursor>& cursor() const { return m_cursor; }

 private:
  QString m_type;
  QString m_id;
  std::optional<qint64> m_since;
  int m_count = 50;
  std::optional<PageCursor> m_cursor;
  QueryParams m_linkParams;
};

struct HistoryParseResult {
  std::optional<HistoryQuery> query;
  QString error;
};

}  // namespace cw::devserver
