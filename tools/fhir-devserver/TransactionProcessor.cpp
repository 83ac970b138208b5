#include "tools/fhir-devserver/TransactionProcessor.h"

#include "tools/fhir-devserver/BundleBuilder.h"
#include "tools/fhir-devserver/ResourceService.h"
#include "tools/fhir-devserver/SearchEngine.h"
#include "tools/fhir-devserver/Storage.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

namespace cw::devserver {

struct TransactionProcessor::Item {
  qsizetype index = 0;
  FhirRequest request;
  QString fullUrl;
  QString problem;  // why the entry cannot run at all
  FhirResponse response;
};

namespace {

using fhir::JsonValue;

// Whether any "reference" below `value` is a mapped fullUrl. Reading
// without copying keeps bundles that need no rewriting cheap.
bool refersTo(const JsonValue& value, const QHash<QString, QString>& fullUrls) {
  if (value.isArray()) {
    return std::any_of(value.items().cbegin(), value.items().cend(),
                       [&](const JsonValue& item) { return refersTo(item, fullUrls); });
  }
  if (!value.isObject()) {
    return false;
  }
  return std::any_of(value.members().cbegin(), value.members().cend(), [&](const fhir::JsonMember& member) {
    return member.key == u"reference" && member.value.isString() ? fullUrls.contains(member.value.toString())
                                                                 : refersTo(member.value, fullUrls);
  });
}

// Replaces every "reference" whose value is a mapped fullUrl; untouched
// subtrees keep their exact source text.
void rewriteReferences(JsonValue& value, const QHash<QString, QString>& fullUrls) {
  if (value.isArray()) {
    JsonValue rebuilt = JsonValue::array();
    for (JsonValue item : value.items()) {
      rewriteReferences(item, fullUrls);
      rebuilt.append(item);
    }
    value = rebuilt;
    return;
  }
  for (const QString& key : value.keys()) {
    JsonValue child = value[key];
    if (!refersTo(child, fullUrls) && !(key == u"reference" && fullUrls.contains(child.toString()))) {
      continue;
    }
    if (key == u"reference" && child.isString()) {
      child = JsonValue::fromString(fullUrls.value(child.toString()));
    } else {
      rewriteReferences(child, fullUrls);
    }
    value.insert(key, child);
  }
}

int processingRank(const QString& method) {
  static const QStringList kOrder = {QStringLiteral("DELETE"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                     QStringLiteral("GET")};
  return static_cast<int>(kOrder.indexOf(method));
}

QString describe(const FhirRequest& request) {
  QString url = request.path;
  if (!request.query.isEmpty()) {
    url += u'?' + QString::fromUtf8(QueryString::encode(request.query));
  }
  return request.method + u' ' + url;
}

// "Type/id" of a resource-level path, or empty.
QString identityOf(const FhirRequest& request) {
  const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
  return segments.size() == 2 && request.query.isEmpty() ? segments.join(u'/') : QString();
}

QString fullUrlOf(const FhirResponse& response, const FhirRequest& request, const QString& base) {
  QString path = response.location.section(QStringLiteral("/_history/"), 0, 0);
  if (path.isEmpty() && request.method != u"POST") {
    path = identityOf(request);
  }
  return path.isEmpty() ? QString() : base + u'/' + path;
}

}  // namespace

FhirResponse TransactionProcessor::process(const fhir::Bundle& bundle, const FhirRequest& outer,
                                           const QString& base) {
  const QString type = bundle.type();
  if (type != u"batch" && type != u"transaction") {
    return FhirResponse::error(
        400, QStringLiteral("invalid"),
        QStringLiteral("POST to the base takes a batch or transaction Bundle, not \"%1\".").arg(type));
  }
  QList<Item> items;
  const QList<fhir::BundleEntry> entries = bundle.entries();
  for (qsizetype i = 0; i < entries.size(); ++i) {
    const fhir::BundleEntry& entry = entries.at(i);
    Item item;
    item.index = i;
    item.fullUrl = entry.fullUrl;
    item.request.preferReturn = outer.preferReturn.isEmpty() ? QStringLiteral("minimal") : outer.preferReturn;
    item.request.lenient = outer.lenient;
    if (!entry.request || entry.request->method.isEmpty() || entry.request->url.isEmpty()) {
      item.problem = QStringLiteral("The entry has no request.method and request.url.");
    } else if (!entry.resourceError.isEmpty()) {
      item.problem = entry.resourceError;
    } else {
      QString url = entry.request->url;
      if (url.startsWith(base + u'/')) {
        url = url.mid(base.size() + 1);
      }
      if (url.contains(QStringLiteral("://"))) {
        item.problem = QStringLiteral("request.url \"%1\" is not on this server.").arg(url);
      } else if (url.section(u'?', 0, 0).remove(u'/').isEmpty()) {
        item.problem = QStringLiteral("A Bundle inside a batch or transaction is not processed.");
      }
      const qsizetype question = url.indexOf(u'?');
      item.request.method = entry.request->method.toUpper();
      if ((item.request.method == u"POST" || item.request.method == u"PUT") && !entry.resource) {
        item.problem = QStringLiteral("A %1 entry needs a resource.").arg(item.request.method);
      }
      item.request.path = question < 0 ? url : url.left(question);
      if (question >= 0) {
        item.request.query = QueryString::parse(url.mid(question + 1).toUtf8());
      }
      item.request.resource = entry.resource;
      item.request.ifMatch = entry.request->ifMatch;
      item.request.ifNoneExist = entry.request->ifNoneExist;
    }
    items.append(item);
  }
  return type == u"batch" ? batch(items, base) : transaction(items, base);
}

FhirResponse TransactionProcessor::batch(QList<Item>& items, const QString& base) {
  for (Item& item : items) {
    if (!item.problem.isEmpty()) {
      item.response = FhirResponse::error(400, QStringLiteral("invalid"), item.problem);
    } else {
      try {
        item.response = m_dispatch(item.request);
      } catch (const sqlite::SqlError& error) {
        item.response =
            FhirResponse::error(500, QStringLiteral("exception"), QString::fromUtf8(error.what()));
      }
    }
  }
  return answer(QStringLiteral("batch-response"), items, base);
}

const TransactionProcessor::Item* TransactionProcessor::assignIds(QList<Item>& items,
                                                                  QHash<QString, QString>& fullUrls) {
  for (Item& item : items) {
    const FhirRequest& request = item.request;
    if (request.method == u"PUT" && !item.fullUrl.isEmpty()) {
      fullUrls.insert(item.fullUrl, identityOf(request));
    }
    if (request.method != u"POST" || !request.resource) {
      continue;
    }
    const QString type = request.resource->resourceType();
    if (!request.ifNoneExist.isEmpty()) {
      const SearchParseResult condition =
          SearchQuery::parse(type, QueryString::parse(request.ifNoneExist.toUtf8()));
      if (!condition.query) {
        item.response = FhirResponse::error(400, QStringLiteral("invalid"),
                                            QStringLiteral("ifNoneExist: ") + condition.error);
        return &item;
      }
      const QList<FoundVersion> existing = m_search.findCurrent(*condition.query, 2);
      if (existing.size() > 1) {
        item.response = FhirResponse::error(
            412, QStringLiteral("duplicate"),
            QStringLiteral("ifNoneExist \"%1\" matches more than one %2.").arg(request.ifNoneExist, type));
        return &item;
      }
      if (existing.size() == 1) {
        const std::optional<VersionRecord> current = m_storage.latest(type, existing.first().id);
        item.response = versionResponse(*current, 200);
        item.response.location =
            QStringLiteral("%1/%2/_history/%3").arg(type, current->id).arg(current->versionId);
        item.request.method.clear();  // nothing left to do
        if (!item.fullUrl.isEmpty()) {
          fullUrls.insert(item.fullUrl, type + u'/' + current->id);
        }
        continue;
      }
    }
    item.request.ifNoneExist.clear();
    item.request.assignedId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!item.fullUrl.isEmpty()) {
      fullUrls.insert(item.fullUrl, type + u'/' + item.request.assignedId);
    }
  }
  return nullptr;
}

FhirResponse TransactionProcessor::transaction(QList<Item>& items, const QString& base) {
  auto failure = [](const Item& item, const FhirResponse& cause) {
    const auto [code, diagnostics] = cause.issue();
    FhirResponse response = FhirResponse::error(
        cause.status, code,
        QStringLiteral("Transaction failed at Bundle.entry[%1] (%2), nothing was stored: %3")
            .arg(item.index)
            .arg(describe(item.request), diagnostics),
        QStringLiteral("Bundle.entry[%1]").arg(item.index));
    return response;
  };

  QHash<QString, qsizetype> touched;
  for (const Item& item : items) {
    if (!item.problem.isEmpty()) {
      return failure(item, FhirResponse::error(400, QStringLiteral("invalid"), item.problem));
    }
    if (processingRank(item.request.method) < 0) {
      return failure(item,
                     FhirResponse::error(
                         400, QStringLiteral("not-supported"),
                         QStringLiteral("%1 is not supported in a transaction.").arg(item.request.method)));
    }
    const QString identity = item.request.method == u"GET" ? QString() : identityOf(item.request);
    if (!identity.isEmpty()) {
      if (touched.contains(identity)) {
        return failure(item, FhirResponse::error(400, QStringLiteral("invalid"),
                                                 QStringLiteral("Bundle.entry[%1] already changes %2.")
                                                     .arg(touched.value(identity))
                                                     .arg(identity)));
      }
      touched.insert(identity, item.index);
    }
  }

  WriteTransaction scope(m_storage);
  QList<Item*> order;
  for (Item& item : items) {
    order.append(&item);
  }
  std::stable_sort(order.begin(), order.end(), [](const Item* a, const Item* b) {
    return processingRank(a->request.method) < processingRank(b->request.method);
  });
  const auto firstWrite = std::find_if(order.cbegin(), order.cend(),
                                       [](const Item* item) { return item->request.method != u"DELETE"; });
  QHash<QString, QString> fullUrls;
  for (auto next = order.cbegin(); next != order.cend(); ++next) {
    Item* item = *next;
    // After the deletes, so conditional creates no longer find what they removed.
    if (next == firstWrite) {
      if (const Item* failed = assignIds(items, fullUrls)) {
        return failure(*failed, failed->response);
      }
      pointAtAssignedIds(items, fullUrls);
    }
    if (item->request.method.isEmpty()) {
      continue;  // a conditional create that found its resource
    }
    item->response = m_dispatch(item->request);
    if (item->response.status >= 400) {
      return failure(*item, item->response);
    }
  }
  scope.commit();
  return answer(QStringLiteral("transaction-response"), items, base);
}

void TransactionProcessor::pointAtAssignedIds(QList<Item>& items, const QHash<QString, QString>& fullUrls) {
  if (fullUrls.isEmpty()) {
    return;
  }
  for (Item& item : items) {
    if (item.request.resource && refersTo(item.request.resource->json(), fullUrls)) {
      JsonValue json = item.request.resource->json();
      rewriteReferences(json, fullUrls);
      item.request.resource = fhir::Resource::fromJson(json).resource;
    }
  }
}

FhirResponse TransactionProcessor::answer(const QString& type, const QList<Item>& items,
                                          const QString& base) {
  QList<ResponseEntry> responses;
  for (const Item& item : items) {
    const bool read = item.request.method == u"GET";
    responses.append({item.response, fullUrlOf(item.response, item.request, base),
                      read || item.request.preferReturn != u"minimal"});
  }
  FhirResponse response;
  response.body = BundleBuilder(base).responses(type, responses);
  return response;
}

}  // namespace cw::devserver
