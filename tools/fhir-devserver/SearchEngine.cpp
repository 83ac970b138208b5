#include "tools/fhir-devserver/SearchEngine.h"

#include "tools/fhir-devserver/Storage.h"

#include <QSet>

namespace cw::devserver {

namespace {

// A version is live as of snapshot S when written by then, not yet replaced
// then, and not a delete. Binds: type, S, S.
constexpr char kLiveAsOf[] =
    "v.type = ? AND v.deleted = 0 AND v.seq <= ? AND (v.superseded IS NULL OR v.superseded > ?)";

// The value a page is ordered by. Resources without the date sort last
// either way.
QString sortKey(const SearchSort& sort, const Storage& storage) {
  switch (sort.key) {
    case SearchSort::Key::Sequence: return QStringLiteral("v.seq");
    case SearchSort::Key::LastUpdated: return QStringLiteral("v.updated");
    case SearchSort::Key::Parameter:
      return QStringLiteral("COALESCE((SELECT %1 FROM idx_date d WHERE d.seq = v.seq AND d.param = %2), %3)")
          .arg(sort.descending ? QStringLiteral("MAX(d.high)") : QStringLiteral("MIN(d.low)"))
          .arg(storage.parameterId(sort.parameter))
          .arg(sort.descending ? QStringLiteral("(-9223372036854775807 - 1)")
                               : QStringLiteral("9223372036854775807"));
  }
  return {};
}

QVariantList liveBinds(const QString& type, qint64 snapshot) {
  return {type, snapshot, snapshot};
}

}  // namespace

SearchResult SearchEngine::run(const SearchQuery& query, const std::optional<PageCursor>& cursor) {
  SearchResult result;
  const qint64 snapshot = cursor ? cursor->snapshot : m_storage.lastSequence();
  QVariantList binds = liveBinds(query.resourceType(), snapshot);
  const QString where =
      QLatin1String(kLiveAsOf) + QStringLiteral(" AND ") + query.condition(m_storage, binds);

  if (cursor) {
    if (cursor->total >= 0) {
      result.total = cursor->total;
    }
  } else if (query.wantsTotal() || query.countOnly()) {
    auto count = m_storage.database().statement(
        QStringLiteral("SELECT count(*) FROM version v WHERE %1").arg(where).toUtf8());
    count->bindAll(binds);
    count->next();
    result.total = count->int64(0);
    count->reset();
  }
  if (query.countOnly()) {
    return result;
  }

  const SearchSort& sort = query.sort();
  const QString key = sortKey(sort, m_storage);
  const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
  QString page =
      QStringLiteral("SELECT v.seq, v.id, %1, b.json FROM version v JOIN body b ON b.seq = v.seq WHERE %2")
          .arg(key, where);
  if (cursor) {
    if (sort.key == SearchSort::Key::Sequence) {
      page += QStringLiteral(" AND v.seq > ?");
      binds.append(cursor->lastSeq);
    } else {
      const QString comparison = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
      page += QStringLiteral(" AND (%1, v.seq) %2 (?, ?)").arg(key, comparison);
      binds.append(cursor->lastKey);
      binds.append(cursor->lastSeq);
    }
  }
  page += sort.key == SearchSort::Key::Sequence
              ? QStringLiteral(" ORDER BY v.seq")
              : QStringLiteral(" ORDER BY %1%2, v.seq%2").arg(key, direction);
  page += QStringLiteral(" LIMIT %1").arg(query.count() + 1);

  auto rows = m_storage.database().statement(page.toUtf8());
  rows->bindAll(binds);
  qint64 lastKey = 0;
  while (rows->next()) {
    if (result.matches.size() == query.count()) {
      const FoundVersion& last = result.matches.constLast();
      result.next = PageCursor{snapshot, result.total.value_or(-1), lastKey, last.seq};
      break;
    }
    result.matches.append({rows->int64(0), query.resourceType(), rows->text(1), rows->bytes(3)});
    lastKey = rows->int64(2);
  }
  rows->reset();
  result.included = resolveIncludes(query, result.matches, snapshot);
  return result;
}

QList<FoundVersion> SearchEngine::resolveIncludes(const SearchQuery& query,
                                                  const QList<FoundVersion>& matches, qint64 snapshot) {
  QList<QPair<QString, QString>> targets;
  QSet<QString> seen;
  for (const FoundVersion& match : matches) {
    seen.insert(match.type + u'/' + match.id);
  }
  for (const SearchInclude& include : query.includes()) {
    for (const FoundVersion& match : matches) {
      auto references = m_storage.database().statement(
          "SELECT target_type, target_id FROM idx_reference WHERE seq = ?1 AND param = ?2");
      references->bind(1, match.seq).bind(2, m_storage.parameterId(include.parameter));
      while (references->next()) {
        const QString type = references->text(0);
        const QString id = references->text(1);
        if ((include.targetType.isEmpty() || include.targetType == type) &&
            !seen.contains(type + u'/' + id)) {
          seen.insert(type + u'/' + id);
          targets.append({type, id});
        }
      }
    }
  }
  QList<FoundVersion> included;
  for (const auto& [type, id] : targets) {
    auto target = m_storage.database().statement(
        QByteArray("SELECT v.seq, b.json FROM version v JOIN body b ON b.seq = v.seq WHERE ") + kLiveAsOf +
        " AND v.id = ?");
    target->bindAll(liveBinds(type, snapshot)).bindText(4, id);
    if (target->next()) {
      included.append({target->int64(0), type, id, target->bytes(1)});
    }
    target->reset();
  }
  return included;
}

QList<FoundVersion> SearchEngine::findCurrent(const SearchQuery& query, int limit) {
  QVariantList binds = liveBinds(query.resourceType(), m_storage.lastSequence());
  const QString sql =
      QStringLiteral(
          "SELECT v.seq, v.id, b.json FROM version v JOIN body b ON b.seq = v.seq WHERE %1 AND %2 LIMIT %3")
          .arg(QLatin1String(kLiveAsOf), query.condition(m_storage, binds))
          .arg(limit);
  auto rows = m_storage.database().statement(sql.toUtf8());
  rows->bindAll(binds);
  QList<FoundVersion> found;
  while (rows->next()) {
    found.append({rows->int64(0), query.resourceType(), rows->text(1), rows->bytes(2)});
  }
  rows->reset();
  return found;
}

bool SearchEngine::matchesVersion(const SearchQuery& query, qint64 seq) {
  QVariantList binds = liveBinds(query.resourceType(), seq);
  binds.append(seq);
  const QString sql = QStringLiteral("SELECT 1 FROM version v WHERE %1 AND v.seq = ? AND %2")
                          .arg(QLatin1String(kLiveAsOf), query.condition(m_storage, binds));
  auto row = m_storage.database().statement(sql.toUtf8());
  row->bindAll(binds);
  const bool matched = row->next();
  row->reset();
  return matched;
}

}  // namespace cw::devserver
