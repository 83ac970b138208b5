#include "core/sync/SyncEngine.h"

#include "core/fhir/OperationOutcome.h"
#include "core/fhir/Reference.h"
#include "core/http/FhirClient.h"
#include "core/store/Store.h"
#include "core/sync/ServerCapabilities.h"
#include "core/sync/SyncStatus.h"
#include "core/sync/SyncTr.h"
#include "core/sync/UploadPlan.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace cw::sync {

Q_LOGGING_CATEGORY(lcSync, "cw.sync")

namespace {

constexpr QLatin1String kReferenceScope("reference");

bool isTransient(const http::FhirError& error) {
  using K = http::FhirErrorKind;
  return error.kind == K::Network || error.kind == K::ServerError || error.kind == K::RateLimited ||
         error.kind == K::BadResponse;
}

QDateTime instant(const QString& text) {
  return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// "Type/id" from a history entry's request url or fullUrl.
QString idFromPath(const QString& path, const QString& type) {
  const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
  const qsizetype at = parts.lastIndexOf(type);
  return at >= 0 ? parts.value(at + 1) : QString();
}

// Server time is the only clock a watermark may use (fhir.md §4.4); this
// keeps the latest lastUpdated a page carried.
void advance(QString& watermark, const QString& candidate) {
  if (!candidate.isEmpty() && (watermark.isEmpty() || instant(candidate) > instant(watermark))) {
    watermark = candidate;
  }
}

fhir::JsonValue withoutMeta(const fhir::Resource& resource) {
  fhir::JsonValue json = resource.json();
  json.remove(u"meta");
  return json;
}

// The watermark scope of one search of a patient set: the set's name and the
// patients that search names. A watermark shared by a set's searches would
// let the newest record one search met hide the older records of the next.
// A search whose patients change downloads their history from the start (the
// store skips the versions it already holds).
QString scopeOf(const QString& setName, QStringList patientIds) {
  patientIds.sort();
  const QByteArray digest =
      QCryptographicHash::hash(patientIds.join(u',').toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
  return setName + u'#' + QString::fromLatin1(digest);
}

// Location ids per Encounter search, like patients per query.
constexpr int kLocationsPerQuery = kPatientsPerQuery;

// The search that selects a patient set's resources of `type`.
QUrlQuery patientQuery(const QString& type, const QStringList& patientIds) {
  QUrlQuery query;
  query.addQueryItem(patientParameter(type), patientIds.join(u','));
  return query;
}

}  // namespace

using PageFuture = QFuture<http::FhirResult<fhir::Bundle>>;

// One search of a download: `type` matching `query`, since the watermark of
// (`scope`, type) when it has a scope.
struct Search {
  QString type;
  QString scope;
  QUrlQuery query;
};

class SyncEngine::Run {
 public:
  Run(SyncEngine& engine) : m_engine(engine), m_store(engine.m_store), m_client(engine.m_client) {
    const QMutexLocker lock(&engine.m_patientSetsMutex);
    m_sets = engine.m_patientSets;
  }

  SyncReport execute() {
    const http::FhirResult<fhir::Resource> statement =
        retried<fhir::Resource>([&] { return m_client.capabilities(); });
    if (!statement.ok()) {
      return failed(statement.error);
    }
    m_capabilities = ServerCapabilities::from(*statement.value);
    {
      const QMutexLocker lock(&m_engine.m_capabilitiesMutex);
      m_engine.m_capabilities = m_capabilities;
    }
    if (!m_capabilities.hasTransactions()) {
      m_report.serverLacks.append(QStringLiteral("transaction"));
    }
    // Deletions first: what the download then fetches is at least as new.
    for (const QString& type : allTypes()) {
      if (!m_capabilities.hasTypeHistory(type)) {
        m_report.serverLacks.append(QStringLiteral("history-type:") + type);
        continue;
      }
      if (!downloadDeletions(type)) {
        return m_report;
      }
    }
    // Reference data first: a ward's beds are Locations, and the ward search
    // names them.
    QList<Search> referenceSearches;
    for (const QString& type : m_engine.m_options.referenceTypes) {
      referenceSearches.append({type, kReferenceScope, {}});
    }
    if (!downloadAll(referenceSearches)) {
      return m_report;
    }
    QList<PatientSet> wardSets;
    for (const QString& wardId : m_engine.m_options.wardLocationIds) {
      std::optional<PatientSet> ward = wardSet(wardId);
      if (!ward) {
        return m_report;
      }
      wardSets.append(*ward);
    }
    {
      const QMutexLocker lock(&m_engine.m_patientSetsMutex);
      m_engine.m_wardSets = wardSets;
    }
    m_sets += wardSets;
    QList<Search> patientSearches;
    for (const PatientSet& set : m_sets) {
      for (qsizetype from = 0; from < set.patientIds.size(); from += kPatientsPerQuery) {
        const QStringList ids = set.patientIds.mid(from, kPatientsPerQuery);
        for (const QString& type : m_engine.m_options.patientTypes) {
          patientSearches.append({type, scopeOf(set.name, ids), patientQuery(type, ids)});
        }
      }
    }
    if (!downloadAll(patientSearches)) {
      return m_report;
    }
    if (!reconcileIfDue() || !upload() || !uploadAudit()) {
      return m_report;
    }
    return m_report;
  }

 private:
  QStringList allTypes() const {
    QStringList types = m_engine.m_options.patientTypes + m_engine.m_options.referenceTypes;
    types.removeDuplicates();
    return types;
  }

  void publish() { Q_EMIT m_engine.progress(m_report.counts); }

  SyncReport& failed(const http::FhirError& error) {
    qCWarning(lcSync) << "sync stopped: server error" << error.httpStatus << static_cast<int>(error.kind);
    m_report.error = Tr::tr(
                         "The sync stopped because the FHIR server did not answer as expected (%1). "
                         "Changes wait in the offline cache and go with the next sync.")
                         .arg(error.message);
    return m_report;
  }

  SyncReport& storeFailed(const QString& error) {
    m_report.error = Tr::tr("The sync stopped because the offline cache could not be written: %1").arg(error);
    return m_report;
  }

  // Requests the server may not have processed (busy, network gone, a
  // dropped connection) are tried again after a jittered exponential wait.
  // Every request the engine sends is safe to repeat: reads, conditional
  // creates, If-Match updates and deletes (a 412 after a lost answer is
  // recognised in resolvePreconditionFailed).
  template <typename T, typename Send>
  http::FhirResult<T> retried(Send send) {
    const SyncOptions& options = m_engine.m_options;
    http::FhirResult<T> result;
    for (int attempt = 0; attempt < options.attempts; ++attempt) {
      if (attempt > 0) {
        const auto base = options.initialBackoff * (1 << (attempt - 1));
        QThread::msleep(
            static_cast<unsigned long>(base.count() * (1.0 + QRandomGenerator::global()->generateDouble())));
      }
      result = send().result();
      if (result.ok() || !isTransient(result.error)) {
        return result;
      }
    }
    return result;
  }

  bool downloadDeletions(const QString& type) {
    const QString watermark = m_store.watermark(store::kDeletionHistoryScope, type);
    QDateTime since;
    if (!watermark.isEmpty()) {
      since = instant(watermark).addSecs(-m_engine.m_options.overlap.count());
    }
    // Without a watermark the first download fetches the current state, so
    // only the newest history entry is needed: it starts the watermark.
    const int count = watermark.isEmpty() ? 1 : m_engine.m_options.pageSize;
    http::FhirResult<fhir::Bundle> page =
        retried<fhir::Bundle>([&] { return m_client.history(type, {}, since, count); });
    QString newest = watermark;
    QSet<QString> seen;
    QList<store::ResourceKey> deletions;
    while (true) {
      if (!page.ok()) {
        failed(page.error);
        return false;
      }
      // Newest first: only the newest entry of each id says what it is now.
      for (const fhir::BundleEntry& entry : page.value->entries()) {
        if (!entry.response || !entry.request) {
          continue;
        }
        advance(newest, entry.response->lastModified);
        QString id = idFromPath(entry.request->url, type);
        if (id.isEmpty()) {
          id = idFromPath(entry.fullUrl, type);
        }
        if (id.isEmpty() || seen.contains(id)) {
          continue;
        }
        seen.insert(id);
        if (entry.request->method == u"DELETE") {
          deletions.append({type, id});
        }
      }
      const QString next = page.value->link(u"next");
      if (watermark.isEmpty() || next.isEmpty()) {
        break;
      }
      page = retried<fhir::Bundle>([&] { return m_client.page(next); });
    }
    if (newest.isEmpty() && deletions.isEmpty()) {
      return true;
    }
    const store::PageResult applied =
        m_store.applyServerPage({}, watermark.isEmpty() ? QList<store::ResourceKey>() : deletions,
                                store::Watermark{store::kDeletionHistoryScope, type, newest});
    if (!applied.ok()) {
      storeFailed(applied.error);
      return false;
    }
    m_report.counts.deleted += applied.deleted;
    m_report.counts.conflicts += applied.conflicts;
    publish();
    return true;
  }

  // A ward's in-patients are whoever the server has in an in-progress
  // Encounter on the ward or one of its beds now, so the search is whole
  // every run rather than since a watermark. An Encounter the cache still
  // shows on the ward but the search no longer returns (discharged, moved)
  // is read again, so the cached ward list does not keep a patient who left.
  std::optional<PatientSet> wardSet(const QString& wardId) {
    const QString encounterType = QStringLiteral("Encounter");
    PatientSet set{QStringLiteral("ward:") + wardId, {}};
    if (!m_capabilities.serves(encounterType)) {
      return set;
    }
    const QStringList locations = QStringList{wardId} + m_store.childLocationIds(wardId);
    QList<fhir::Resource> encounters;
    for (qsizetype from = 0; from < locations.size(); from += kLocationsPerQuery) {
      QUrlQuery query;
      query.addQueryItem(QStringLiteral("status"), QStringLiteral("in-progress"));
      query.addQueryItem(QStringLiteral("location"), locations.mid(from, kLocationsPerQuery).join(u','));
      if (!download({encounterType, {}, query}, &encounters)) {
        return std::nullopt;
      }
    }
    QSet<QString> onWard;
    for (const fhir::Resource& encounter : encounters) {
      onWard.insert(encounter.id());
      const std::optional<fhir::Reference> subject =
          fhir::Reference::parse(encounter.element(u"subject")[u"reference"].toString());
      if (subject && subject->resourceType() == u"Patient" && !set.patientIds.contains(subject->id())) {
        set.patientIds.append(subject->id());
      }
    }
    for (const store::WardEntry& entry : m_store.wardList(wardId)) {
      // An Encounter on the ward and a bed is listed once per location.
      if (onWard.contains(entry.encounter.id())) {
        continue;
      }
      onWard.insert(entry.encounter.id());
      if (!refresh({encounterType, entry.encounter.id()})) {
        return std::nullopt;
      }
    }
    return set;
  }

  // The server's current version of one resource into the cache, or its
  // deletion when the server no longer has it.
  bool refresh(const store::ResourceKey& key) {
    const http::FhirResult<fhir::Resource> current =
        retried<fhir::Resource>([&] { return m_client.read(key.type, key.id); });
    const bool gone = current.error.kind == http::FhirErrorKind::Gone ||
                      current.error.kind == http::FhirErrorKind::NotFound;
    if (!current.ok() && !gone) {
      failed(current.error);
      return false;
    }
    const store::PageResult applied =
        current.ok() ? m_store.applyServerPage({*current.value}, {}) : m_store.applyServerPage({}, {key});
    if (!applied.ok()) {
      storeFailed(applied.error);
      return false;
    }
    m_report.counts.downloaded += applied.stored;
    m_report.counts.deleted += applied.deleted;
    m_report.counts.conflicts += applied.conflicts;
    publish();
    return true;
  }

  // The searches in order. Each one's first page is requested while the one
  // before stores its last page, so the server's time and the cache's overlap
  // from one search to the next as they do between the pages of one search.
  bool downloadAll(const QList<Search>& searches) {
    QList<Search> served;
    std::copy_if(searches.cbegin(), searches.cend(), std::back_inserter(served),
                 [this](const Search& search) { return m_capabilities.serves(search.type); });
    std::optional<PageFuture> started;
    for (qsizetype i = 0; i < served.size(); ++i) {
      const Search* following = i + 1 < served.size() ? &served.at(i + 1) : nullptr;
      if (!download(served.at(i), nullptr, std::exchange(started, std::nullopt), following, &started)) {
        return false;
      }
    }
    return true;
  }

  // What a search's first page asks: with a scope, what changed since its
  // watermark (less the overlap), oldest first.
  QUrlQuery firstPageQuery(const Search& search, const QString& watermark) const {
    const SyncOptions& options = m_engine.m_options;
    QUrlQuery query = search.query;
    if (!watermark.isEmpty()) {
      const QDateTime from = instant(watermark).addSecs(-options.overlap.count());
      query.addQueryItem(QStringLiteral("_lastUpdated"),
                         QStringLiteral("ge") + from.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!search.scope.isEmpty()) {
      query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
    }
    query.addQueryItem(QStringLiteral("_count"), QString::number(options.pageSize));
    return query;
  }

  QString watermarkOf(const Search& search) const {
    return search.scope.isEmpty() ? QString() : m_store.watermark(search.scope, search.type);
  }

  // Pages of one search into the store. With a scope, what changed since its
  // watermark, which then advances; without, the whole current result, also
  // handed back in `fetched`. `started` is its first page when already asked
  // for; the first page of `following` is asked for while the last page is
  // stored, and handed back in `followingStarted`.
  bool download(const Search& search, QList<fhir::Resource>* fetched = nullptr,
                std::optional<PageFuture> started = std::nullopt, const Search* following = nullptr,
                std::optional<PageFuture>* followingStarted = nullptr) {
    if (!m_capabilities.serves(search.type)) {
      return true;
    }
    const QString& type = search.type;
    const QString& scope = search.scope;
    QString watermark = watermarkOf(search);
    const QUrlQuery query = firstPageQuery(search, watermark);
    http::FhirResult<fhir::Bundle> page = retried<fhir::Bundle>(
        [&] { return started ? *std::exchange(started, std::nullopt) : m_client.search(type, query); });
    QString committed = watermark;
    while (true) {
      if (!page.ok()) {
        failed(page.error);
        return false;
      }
      QList<fhir::Resource> resources;
      for (const fhir::BundleEntry& entry : page.value->entries()) {
        if (entry.resource && entry.resource->resourceType() == type && entry.searchMode != u"outcome") {
          advance(watermark, entry.resource->lastUpdated());
          resources.append(*entry.resource);
        }
      }
      if (fetched != nullptr) {
        fetched->append(resources);
      }
      // Links are opaque and followed exactly as the server wrote them. The
      // next page is on its way while this one is stored, so the server's
      // time and the cache's overlap instead of adding up.
      const QString next = page.value->link(u"next");
      bool prefetched = !next.isEmpty();
      const PageFuture ahead = prefetched ? m_client.page(next) : PageFuture();
      if (next.isEmpty() && following != nullptr) {
        *followingStarted =
            m_client.search(following->type, firstPageQuery(*following, watermarkOf(*following)));
      }
      // A watermark written again unchanged, or an empty page, would cost a
      // synced commit for nothing, and an incremental run meets one in nearly
      // every search (the overlap re-reads its newest resources).
      const bool moved = !scope.isEmpty() && watermark != committed;
      if (!resources.isEmpty() || moved) {
        const store::PageResult applied = m_store.applyServerPage(
            resources, {}, moved ? std::optional(store::Watermark{scope, type, watermark}) : std::nullopt);
        if (!applied.ok()) {
          storeFailed(applied.error);
          return false;
        }
        committed = watermark;
        m_report.counts.downloaded += applied.stored;
        m_report.counts.conflicts += applied.conflicts;
        publish();
      }
      if (next.isEmpty()) {
        return true;
      }
      page = retried<fhir::Bundle>(
          [&] { return std::exchange(prefetched, false) ? ahead : m_client.page(next); });
    }
  }

  // After the download, so everything the cache holds from the server is at
  // least as new as the listing compared with it, and before the upload, so
  // no create is sent between the two.
  bool reconcileIfDue() {
    const SyncOptions& options = m_engine.m_options;
    if (options.reconcileEvery <= 0) {
      return true;
    }
    if (m_engine.m_runsUntilReconcile > 0) {
      --m_engine.m_runsUntilReconcile;
      return true;
    }
    m_alreadyInConflict.clear();
    for (const store::Conflict& conflict : m_store.conflicts()) {
      if (!conflict.server) {
        m_alreadyInConflict.insert(conflict.key.type + u'/' + conflict.key.id);
      }
    }
    for (const QString& type : options.patientTypes) {
      if (!m_capabilities.serves(type) || m_capabilities.hasTypeHistory(type)) {
        continue;
      }
      for (const PatientSet& set : m_sets) {
        for (qsizetype from = 0; from < set.patientIds.size(); from += kPatientsPerQuery) {
          const QStringList ids = set.patientIds.mid(from, kPatientsPerQuery);
          if (!reconcile(type, patientQuery(type, ids), m_store.serverIds(type, ids))) {
            return false;
          }
        }
      }
    }
    for (const QString& type : options.referenceTypes) {
      if (m_capabilities.serves(type) && !m_capabilities.hasTypeHistory(type) &&
          !reconcile(type, {}, m_store.serverIds(type))) {
        return false;
      }
    }
    m_engine.m_runsUntilReconcile = options.reconcileEvery - 1;
    return true;
  }

  // A server without type history cannot say what it deleted; the ids it
  // still holds can. Only a complete listing may delete: a page that fails
  // stops the run, and a listing shorter than the server's own total deletes
  // nothing. Local changes to a resource the server dropped become a
  // conflict (the store's rule for every server deletion), never lost.
  bool reconcile(const QString& type, QUrlQuery query, const QStringList& held) {
    if (held.isEmpty()) {
      return true;
    }
    query.addQueryItem(QStringLiteral("_elements"), QStringLiteral("id"));
    query.addQueryItem(QStringLiteral("_count"), QString::number(m_engine.m_options.idPageSize));
    http::FhirResult<fhir::Bundle> page = retried<fhir::Bundle>([&] { return m_client.search(type, query); });
    if (!page.ok() && page.error.httpStatus == 400) {
      // A strict server that does not take _elements: whole resources carry the ids too.
      query.removeAllQueryItems(QStringLiteral("_elements"));
      page = retried<fhir::Bundle>([&] { return m_client.search(type, query); });
    }
    const std::optional<qint64> total = page.ok() ? page.value->total() : std::nullopt;
    QSet<QString> onServer;
    while (true) {
      if (!page.ok()) {
        failed(page.error);
        return false;
      }
      for (const fhir::BundleEntry& entry : page.value->entries()) {
        if (entry.resource && entry.resource->resourceType() == type && entry.searchMode != u"outcome") {
          onServer.insert(entry.resource->id());
        }
      }
      const QString next = page.value->link(u"next");
      if (next.isEmpty()) {
        break;
      }
      page = retried<fhir::Bundle>([&] { return m_client.page(next); });
    }
    if (total && onServer.size() < *total) {
      qCWarning(lcSync) << "id listing of" << type << "ended short of the server's total; nothing removed";
      return true;
    }
    QList<store::ResourceKey> gone;
    for (const QString& id : held) {
      if (!onServer.contains(id) && !m_alreadyInConflict.contains(type + u'/' + id)) {
        gone.append({type, id});
      }
    }
    if (gone.isEmpty()) {
      return true;
    }
    const store::PageResult applied = m_store.applyServerPage({}, gone);
    if (!applied.ok()) {
      storeFailed(applied.error);
      return false;
    }
    m_report.counts.deleted += applied.deleted;
    m_report.counts.conflicts += applied.conflicts;
    publish();
    return true;
  }

  bool upload() {
    const int batch = qMax(1, m_engine.m_options.uploadBatch);
    // After a whole transaction was refused, its groups go one per Bundle so
    // the one at fault is found and parked and the others still go. A failed
    // transaction changed nothing (all or nothing), so resending is safe.
    int singlesLeft = 0;
    while (true) {
      QSet<QString> conflicted;
      for (const store::Conflict& conflict : m_store.conflicts()) {
        conflicted.insert(conflict.key.type + u'/' + conflict.key.id);
      }
      QList<ChangeGroup> groups;
      for (const ChangeGroup& group : planUpload(m_store.pendingChanges())) {
        // A change whose resource waits for the user to resolve a conflict
        // stays where it is until they do.
        if (!conflicted.contains(group.key.type + u'/' + group.key.id)) {
          groups.append(group);
        }
      }
      if (groups.isEmpty()) {
        return true;
      }
      QList<ChangeGroup> sending;
      for (const ChangeGroup& group : groups) {
        if (group.localOnly) {
          if (!markSent(group, {})) {
            return false;
          }
          continue;
        }
        sending.append(group);
        if (sending.size() >= (singlesLeft > 0 ? 1 : batch)) {
          break;
        }
      }
      if (sending.isEmpty()) {
        continue;
      }
      const fhir::Bundle bundle = transactionFor(sending, m_client.base().toString());
      const http::FhirResult<fhir::Bundle> response =
          retried<fhir::Bundle>([&] { return m_client.transaction(bundle); });
      singlesLeft = qMax(0, singlesLeft - 1);
      if (response.ok()) {
        if (!settle(sending, *response.value)) {
          return false;
        }
        continue;
      }
      if (isTransient(response.error) || response.error.kind == http::FhirErrorKind::Unauthorized ||
          response.error.kind == http::FhirErrorKind::Cancelled) {
        failed(response.error);
        return false;
      }
      if (sending.size() > 1) {
        singlesLeft = static_cast<int>(sending.size());
        continue;
      }
      if (!refused(sending.first(), response.error)) {
        return false;
      }
    }
  }

  // The transaction went through: each entry's answer settles its group.
  bool settle(const QList<ChangeGroup>& sent, const fhir::Bundle& response) {
    const QList<fhir::BundleEntry> entries = response.entries();
    for (qsizetype i = 0; i < sent.size(); ++i) {
      const int status = i < entries.size() && entries[i].response ? entries[i].response->statusCode() : 0;
      if (status == 0) {
        // No answer for this entry: nothing is known, so it stays waiting.
        http::FhirError error;
        error.kind = http::FhirErrorKind::BadResponse;
        error.message = QStringLiteral("transaction-response without an answer for entry %1").arg(i);
        failed(error);
        return false;
      }
      const fhir::BundleEntry& entry = entries[i];
      // A server whose transactions are not atomic answers per entry.
      if (status >= 400) {
        http::FhirError error;
        error.httpStatus = status;
        error.kind =
            status == 412 || status == 409 ? http::FhirErrorKind::Conflict : http::FhirErrorKind::Invalid;
        error.outcome = entry.response ? entry.response->outcome : std::nullopt;
        if (!refused(sent[i], error)) {
          return false;
        }
        continue;
      }
      if (!markSent(sent[i], outcomeOf(entry))) {
        return false;
      }
    }
    return true;
  }

  bool markSent(const ChangeGroup& group, const EntryOutcome& outcome) {
    for (const qint64 seq : group.sequences) {
      const store::StoreResult result =
          m_store.markSent(seq, outcome.id, outcome.versionId, outcome.lastUpdated);
      if (!result.ok()) {
        storeFailed(result.error);
        return false;
      }
    }
    if (!group.localOnly) {
      m_report.counts.uploaded += static_cast<int>(group.sequences.size());
      publish();
    }
    return true;
  }

  bool refused(const ChangeGroup& group, const http::FhirError& error) {
    if (error.kind == http::FhirErrorKind::Conflict) {
      return resolvePreconditionFailed(group);
    }
    if (group.operation == store::Operation::Delete &&
        (error.kind == http::FhirErrorKind::NotFound || error.kind == http::FhirErrorKind::Gone)) {
      return markSent(group, {});
    }
    const fhir::Resource outcome = error.outcome.value_or(
        fhir::OperationOutcome::make(QStringLiteral("error"), QStringLiteral("processing"),
                                     QStringLiteral("HTTP %1").arg(error.httpStatus)));
    qCInfo(lcSync) << "parked a change the server refused:" << group.key.type << error.httpStatus;
    for (const qint64 seq : group.sequences) {
      const store::StoreResult result = m_store.park(seq, outcome);
      if (!result.ok()) {
        storeFailed(result.error);
        return false;
      }
    }
    m_report.counts.failures += static_cast<int>(group.sequences.size());
    publish();
    return true;
  }

  // 412: someone else changed the resource, or our own earlier attempt got
  // through and its answer was lost. The server's current version tells.
  bool resolvePreconditionFailed(const ChangeGroup& group) {
    const http::FhirResult<fhir::Resource> current =
        retried<fhir::Resource>([&] { return m_client.read(group.key.type, group.key.id); });
    const bool gone = current.error.kind == http::FhirErrorKind::Gone ||
                      current.error.kind == http::FhirErrorKind::NotFound;
    if (!current.ok() && !gone) {
      failed(current.error);
      return false;
    }
    if (group.operation == store::Operation::Delete && gone) {
      return markSent(group, {});
    }
    if (group.operation == store::Operation::Update && current.ok() && group.resource &&
        withoutMeta(*current.value) == withoutMeta(*group.resource)) {
      return markSent(group, {current.value->id(), current.value->versionId(), current.value->lastUpdated()});
    }
    const store::StoreResult result =
        m_store.addConflict(group.key, current.ok() ? current.value : std::nullopt);
    if (!result.ok()) {
      storeFailed(result.error);
      return false;
    }
    ++m_report.counts.conflicts;
    publish();
    return true;
  }

  // AuditEvents have no business identifier to make a create conditional, so
  // a batch whose answer is lost may be sent again; a duplicate audit record
  // is the safe side of losing one.
  bool uploadAudit() {
    while (true) {
      const QList<store::QueuedAudit> queued = m_store.pendingAudit(m_engine.m_options.uploadBatch * 4);
      if (queued.isEmpty()) {
        return true;
      }
      fhir::Bundle bundle = fhir::Bundle::create(QStringLiteral("batch"));
      for (const store::QueuedAudit& audit : queued) {
        fhir::BundleEntry entry;
        entry.resource = audit.event;
        entry.request = fhir::BundleRequest{QStringLiteral("POST"), QStringLiteral("AuditEvent"), {}, {}};
        bundle.addEntry(entry);
      }
      const http::FhirResult<fhir::Bundle> response =
          retried<fhir::Bundle>([&] { return m_client.transaction(bundle); });
      if (!response.ok()) {
        failed(response.error);
        return false;
      }
      QList<qint64> sent;
      const QList<fhir::BundleEntry> entries = response.value->entries();
      for (qsizetype i = 0; i < queued.size(); ++i) {
        const int status = i < entries.size() && entries[i].response ? entries[i].response->statusCode() : 0;
        if (status >= 200 && status < 300) {
          sent.append(queued[i].seq);
        }
      }
      if (sent.isEmpty()) {
        m_report.error = Tr::tr("The FHIR server refused the audit records; they wait in the offline cache.");
        return false;
      }
      const store::StoreResult marked = m_store.markAuditSent(sent);
      if (!marked.ok()) {
        storeFailed(marked.error);
        return false;
      }
      m_report.counts.auditSent += static_cast<int>(sent.size());
      publish();
    }
  }

  SyncEngine& m_engine;
  store::Store& m_store;
  http::FhirClient& m_client;
  ServerCapabilities m_capabilities;
  SyncReport m_report;
  QList<PatientSet> m_sets;           // copied at the start, then the wards' sets
  QSet<QString> m_alreadyInConflict;  // "Type/id" the server has deleted, waiting for the user
};

SyncEngine::SyncEngine(store::Store& store, http::FhirClient& client, SyncOptions options, QObject* parent)
    : QObject(parent),
      m_store(store),
      m_client(client),
      m_options(std::move(options)),
      m_patientSets(m_options.patientSets) {
  qRegisterMetaType<SyncCounts>();
  qRegisterMetaType<SyncReport>();
}

void SyncEngine::addPatients(const QString& setName, const QStringList& patientIds) {
  const QMutexLocker lock(&m_patientSetsMutex);
  auto set = std::find_if(m_patientSets.begin(), m_patientSets.end(),
                          [&](const PatientSet& candidate) { return candidate.name == setName; });
  if (set == m_patientSets.end()) {
    set = m_patientSets.insert(m_patientSets.end(), PatientSet{setName, {}});
  }
  for (const QString& id : patientIds) {
    if (!id.isEmpty() && !set->patientIds.contains(id)) {
      set->patientIds.append(id);
    }
  }
}

QList<PatientSet> SyncEngine::patientSets() const {
  const QMutexLocker lock(&m_patientSetsMutex);
  return m_patientSets + m_wardSets;
}

void SyncEngine::reportTo(SyncStatus* status) {
  const auto showWaiting = [this, status] {
    status->setPendingChanges(static_cast<int>(m_store.stats().changesWaiting));
  };
  connect(this, &SyncEngine::started, status, [status] { status->setState(SyncStatus::State::Syncing); });
  connect(this, &SyncEngine::progress, status,
          [status](const SyncCounts& counts) { status->setCounts(counts); });
  connect(this, &SyncEngine::finished, status, [status, showWaiting](const SyncReport& report) {
    status->setCounts(report.counts);
    status->setState(report.ok() ? SyncStatus::State::Idle : SyncStatus::State::Failed);
    showWaiting();
  });
  connect(&m_store, &store::Store::syncCountsChanged, status, showWaiting);
  showWaiting();
}

SyncReport SyncEngine::runOnce() {
  if (m_running.exchange(true)) {
    SyncReport busy;
    busy.error = Tr::tr("A sync is already running.");
    return busy;
  }
  Q_EMIT started();
  SyncReport report = Run(*this).execute();
  m_running = false;
  qCInfo(lcSync) << "sync finished: downloaded" << report.counts.downloaded << "deleted"
                 << report.counts.deleted << "uploaded" << report.counts.uploaded << "conflicts"
                 << report.counts.conflicts << "failures" << report.counts.failures
                 << (report.ok() ? "ok" : "failed");
  Q_EMIT finished(report);
  return report;
}

QFuture<SyncReport> SyncEngine::start() {
  return QtConcurrent::run([this] { return runOnce(); });
}

std::optional<ServerCapabilities> SyncEngine::capabilities() const {
  const QMutexLocker lock(&m_capabilitiesMutex);
  return m_capabilities;
}

}  // namespace cw::sync
