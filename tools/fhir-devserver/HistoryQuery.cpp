#include "tools/fhir-devserver/HistoryQuery.h"

#include "tools/fhir-devserver/DateRange.h"
#include "tools/fhir-devserver/SearchQuery.h"

namespace cw::devserver {

HistoryParseResult HistoryQuery::parse(const QString& type, const QString& id, const QueryParams& params) {
  HistoryQuery query;
  query.m_type = type;
  query.m_id = id;
  for (const auto& [name, value] : params) {
    if (name == u"_cursor") {
      query.m_cursor = PageCursor::decode(value);
      if (!query.m_cursor) {
        return {std::nullopt,
                QStringLiteral("The paging link is not one this server wrote; start again from the "
                               "first page.")};
      }
      continue;
    }
    query.m_linkParams.append({name, value});
    if (name == u"_since") {
      const std::optional<DateRange> since = DateRange::parse(value);
      if (!since) {
        return {
            std::nullopt,
            QStringLiteral("_since must be an instant, e.g. 2024-05-01T10:00:00Z, not \"%1\".").arg(value)};
      }
      query.m_since = since->low;
    } else if (name == u"_count") {
      bool ok = false;
      const int count = value.toInt(&ok);
      if (!ok || count < 1) {
        return {std::nullopt,
                QStringLiteral("_count must be a whole number of 1 or more, not \"%1\".").arg(value)};
      }
      query.m_count = std::min(count, SearchQuery::kMaxCount);
    } else if (name != u"_format" && name != u"_pretty") {
      return {std::nullopt,
              QStringLiteral("History does not support the parameter \"%1\" (only _since and _count).")
                  .arg(name)};
    }
  }
  return {std::move(query), QString()};
}

HistoryPage HistoryQuery::run(Storage& storage) const {
  HistoryPage page;
  const qint64 snapshot = m_cursor ? m_cursor->snapshot : storage.lastSequence();
  QString where = QStringLiteral("v.seq <= ?");
  QVariantList binds{snapshot};
  if (!m_type.isEmpty()) {
    where += QStringLiteral(" AND v.type = ?");
    binds.append(m_type);
  }
  if (!m_id.isEmpty()) {
    where += QStringLiteral(" AND v.id = ?");
    binds.append(m_id);
  }
  if (m_since) {
    where += QStringLiteral(" AND v.updated >= ?");
    binds.append(*m_since);
  }
  if (m_cursor) {
    if (m_cursor->total >= 0) {
      page.total = m_cursor->total;
    }
  } else {
    auto count = storage.database().statement(
        QStringLiteral("SELECT count(*) FROM version v WHERE %1").arg(where).toUtf8());
    count->bindAll(binds);
    count->next();
    page.total = count->int64(0);
    count->reset();
  }
  if (m_cursor) {
    where += QStringLiteral(" AND v.seq < ?");
    binds.append(m_cursor->lastSeq);
  }
  auto rows = storage.database().statement(
      QStringLiteral(
          "SELECT v.seq, v.type, v.id, v.vid, v.updated, v.method, v.deleted, b.json FROM version v "
          "LEFT JOIN body b ON b.seq = v.seq WHERE %1 ORDER BY v.seq DESC LIMIT %2")
          .arg(where)
          .arg(m_count + 1)
          .toUtf8());
  rows->bindAll(binds);
  while (rows->next()) {
    if (page.versions.size() == m_count) {
      const qint64 lastSeq = page.versions.constLast().seq;
      page.next = PageCursor{snapshot, page.total.value_or(-1), lastSeq, lastSeq};
      break;
    }
    page.versions.append(VersionRecord{rows->int64(0), rows->text(1), rows->text(2), rows->int64(3),
                                       rows->int64(4), rows->text(5), rows->int64(6) != 0, rows->bytes(7)});
  }
  rows->reset();
  return page;
}

}  // namespace cw::devserver
