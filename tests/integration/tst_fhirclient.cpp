// The FHIR client against the real dev server over HTTP: every interaction a
// module or the sync engine relies on, conflicts, paging while data changes,
// transactions that fail halfway, history, and injected faults. Broken
// answers come from a scripted server, as the dev server never sends them.
#include "core/fhir/Bundle.h"
#include "core/fhir/Json.h"
#include "core/http/FhirClient.h"
#include "core/http/HttpClient.h"
#include "tests/support/AwaitFuture.h"
#include "tests/support/DevServerProcess.h"

#include <QHttpServer>
#include <QSet>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using cw::fhir::Bundle;
using cw::fhir::BundleEntry;
using cw::fhir::BundleRequest;
using cw::fhir::JsonValue;
using cw::fhir::Resource;
using cw::http::FhirClient;
using cw::http::FhirErrorKind;
using cw::http::FhirResult;
using cw::http::HttpClient;

namespace {

// Waits while this thread keeps its event loop running (the scripted server
// lives on it).
template <typename T>
T await(QFuture<T> future) {
  cw::test::finishesWhileServing(future);
  return future.result();
}

Resource patient(const QString& family, const QString& nhsNumber = {}) {
  QByteArray json = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + family.toUtf8() + "\"}]";
  if (!nhsNumber.isEmpty()) {
    json += ",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"" +
            nhsNumber.toUtf8() + "\"}]";
  }
  return *Resource::parse(json + '}').resource;
}

QStringList ids(const Bundle& bundle) {
  QStringList result;
  for (const BundleEntry& entry : bundle.entries()) {
    if (entry.resource && entry.searchMode != QLatin1String("outcome")) {
      result.append(entry.resource->id());
    }
  }
  return result;
}

}  // namespace

class TestFhirClient : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

  void capabilitiesDescribeTheServer() {
    const auto result = await(client().capabilities());
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.value->resourceType(), QStringLiteral("CapabilityStatement"));
    QCOMPARE(result.value->element(u"fhirVersion").toString(), QStringLiteral("4.0.1"));
  }

  void createReadAndVreadKeepUnknownElementsExactly() {
    const QByteArray extension = "{\"url\":\"http://example.org/fhir/unknown\",\"valueDecimal\":1.50}";
    const Resource sent = *Resource::parse("{\"resourceType\":\"Patient\",\"extension\":[" + extension +
                                           "],\"name\":[{\"family\":\"Exact\"}]}")
                               .resource;
    const auto created = await(client().create(sent));
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QVERIFY(created.value->created);
    QCOMPARE(created.value->resource.versionId(), QStringLiteral("1"));
    const QString id = created.value->resource.id();
    QVERIFY(!id.isEmpty());

    const auto read = await(client().read(QStringLiteral("Patient"), id));
    QVERIFY2(read.ok(), qPrintable(read.error.message));
    QVERIFY2(read.value->toJson().contains(extension), read.value->toJson());

    const auto vread = await(client().vread(QStringLiteral("Patient"), id, QStringLiteral("1")));
    QVERIFY2(vread.ok(), qPrintable(vread.error.message));
    QCOMPARE(vread.value->id(), id);
  }

  void conditionalCreateFindsTheFirstOne() {
    const Resource sent = patient(QStringLiteral("Conditional"), QStringLiteral("9990000018"));
    const QString condition = QStringLiteral("identifier=https://fhir.nhs.uk/Id/nhs-number|9990000018");
    const auto first = await(client().create(sent, condition));
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(first.value->created);
    const auto retry = await(client().create(sent, condition));
    QVERIFY2(retry.ok(), qPrintable(retry.error.message));
    QVERIFY(!retry.value->created);
    QCOMPARE(retry.value->resource.id(), first.value->resource.id());
  }

  void updateWithAStaleVersionIsAConflict() {
    const auto created = await(client().create(patient(QStringLiteral("Versioned"))));
    QVERIFY(created.ok());
    Resource mine = created.value->resource;
    mine.setElement(QStringLiteral("active"), JsonValue::fromBool(true));
    const auto updated = await(client().update(mine, QStringLiteral("1")));
    QVERIFY2(updated.ok(), qPrintable(updated.error.message));
    QCOMPARE(updated.value->resource.versionId(), QStringLiteral("2"));

    // Someone else's copy, still based on version 1.
    Resource theirs = created.value->resource;
    theirs.setElement(QStringLiteral("active"), JsonValue::fromBool(false));
    const auto conflict = await(client().update(theirs, QStringLiteral("1")));
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error.kind, FhirErrorKind::Conflict);
    QCOMPARE(conflict.error.httpStatus, 412);
    QVERIFY(conflict.error.outcome.has_value());
    QVERIFY(!conflict.error.message.isEmpty());

    // Nothing was overwritten.
    const auto read = await(client().read(QStringLiteral("Patient"), mine.id()));
    QCOMPARE(read.value->element(u"active").toBool(), std::optional<bool>(true));
  }

  void deleteLeavesATombstoneInHistory() {
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto created = await(client().create(patient(QStringLiteral("Deleted"))));
    QVERIFY(created.ok());
    const QString id = created.value->resource.id();
    const auto removed = await(client().remove(QStringLiteral("Patient"), id, QStringLiteral("1")));
    QVERIFY2(removed.ok(), qPrintable(removed.error.message));

    const auto read = await(client().read(QStringLiteral("Patient"), id));
    QCOMPARE(read.error.kind, FhirErrorKind::Gone);

    for (const QString& type : {QStringLiteral("Patient"), QString()}) {
      const auto history = await(client().history(type, QString(), before));
      QVERIFY2(history.ok(), qPrintable(history.error.message));
      bool sawDelete = false;
      for (const BundleEntry& entry : history.value->entries()) {
        if (entry.request && entry.request->method == QLatin1String("DELETE") &&
            entry.request->url.endsWith(u'/' + id)) {
          sawDelete = !entry.resource.has_value();
        }
      }
      QVERIFY2(sawDelete, qPrintable(QStringLiteral("no delete in history of '%1'").arg(type)));
    }
    const auto instance = await(client().history(QStringLiteral("Patient"), id, QDateTime()));
    QVERIFY(instance.ok());
    QCOMPARE(instance.value->entries().size(), 2);
  }

  void pagingStaysConsistentWhileDataChanges() {
    const QString family = QStringLiteral("Paging");
    for (int i = 0; i < 25; ++i) {
      QVERIFY(await(client().create(patient(family))).ok());
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("family"), family);
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("10"));
    auto page = await(client().search(QStringLiteral("Patient"), query));
    QVERIFY2(page.ok(), qPrintable(page.error.message));
    QCOMPARE(page.value->total(), std::optional<qint64>(25));
    QStringList seen = ids(*page.value);
    QCOMPARE(seen.size(), 10);

    // Changes between pages: a new match, and an update to one already seen.
    QVERIFY(await(client().create(patient(family))).ok());
    Resource changed = *await(client().read(QStringLiteral("Patient"), seen.first())).value;
    changed.setElement(QStringLiteral("active"), JsonValue::fromBool(true));
    QVERIFY(await(client().update(changed, changed.versionId())).ok());

    int pages = 1;
    while (!page.value->link(u"next").isEmpty()) {
      page = await(client().page(page.value->link(u"next")));
      QVERIFY2(page.ok(), qPrintable(page.error.message));
      seen += ids(*page.value);
      ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25);  // no duplicates, no gaps
  }

  void searchAllDeliversEveryPageInOrder() {
    const QString family = QStringLiteral("AllPages");
    for (int i = 0; i < 23; ++i) {
      QVERIFY(await(client().create(patient(family))).ok());
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("family"), family);
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("5"));
    query.addQueryItem(QStringLiteral("_sort"), QStringLiteral("_lastUpdated"));
    QStringList seen;
    int pages = 0;
    const auto error = QtConcurrent::run([&] {
                         return client().searchAll(QStringLiteral("Patient"), query, [&](const Bundle& page) {
                           seen += ids(page);
                           ++pages;
                           return true;
                         });
                       }).result();
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(pages, 5);
    QCOMPARE(seen.size(), 23);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 23);

    // The caller can stop early; nothing more is delivered.
    int delivered = 0;
    const auto stopped = QtConcurrent::run([&] {
                           return client().searchAll(QStringLiteral("Patient"), query, [&](const Bundle&) {
                             ++delivered;
                             return false;
                           });
                         }).result();
    QVERIFY(!stopped.isError());
    QCOMPARE(delivered, 1);
  }

  void searchValuesAreEncodedExactly() {
    // '+' in a time zone must reach the server as '+', not a space.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_lastUpdated"), QStringLiteral("gt2000-01-01T00:00:00+01:00"));
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("1"));
    const auto page = await(client().search(QStringLiteral("Patient"), query));
    QVERIFY2(page.ok(), qPrintable(page.error.message));
    QVERIFY(page.value->total().value_or(0) > 0);
  }

  void transactionRewritesUrnReferences() {
    Bundle bundle = Bundle::create(QStringLiteral("transaction"));
    const QString patientUrn = QStringLiteral("urn:uuid:3f0c3b8e-7d1c-4f0e-9d2a-0c9e7f3b1a11");
    bundle.addEntry({patientUrn,
                     patient(QStringLiteral("Transaction")),
                     {},
                     BundleRequest{"POST", "Patient", {}, {}},
                     std::nullopt,
                     {}});
    const Resource observation =
        *Resource::parse(
             "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"Pulse\"},"
             "\"subject\":{\"reference\":\"" +
             patientUrn.toUtf8() + "\"},\"valueQuantity\":{\"value\":72,\"unit\":\"/min\"}}")
             .resource;
    bundle.addEntry({QStringLiteral("urn:uuid:8a1d1c55-0b7e-4d8b-a0f3-6c0f3c7e2b22"),
                     observation,
                     {},
                     BundleRequest{"POST", "Observation", {}, {}},
                     std::nullopt,
                     {}});

    const auto response = await(client().transaction(bundle));
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.value->type(), QStringLiteral("transaction-response"));
    const QList<BundleEntry> entries = response.value->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].response->statusCode(), 201);
    const QString patientPath = entries[0].response->location.section(QStringLiteral("/_history"), 0, 0);
    const QString observationId =
        entries[1].response->location.section(QStringLiteral("/_history"), 0, 0).section(u'/', -1);
    const auto stored = await(client().read(QStringLiteral("Observation"), observationId));
    QVERIFY2(stored.ok(), qPrintable(stored.error.message));
    QVERIFY2(patientPath.endsWith(stored.value->element(u"subject")[u"reference"].toString()),
             qPrintable(patientPath));
  }

  void transactionThatFailsHalfwayChangesNothing() {
    const QString family = QStringLiteral("Atomic");
    Bundle bundle = Bundle::create(QStringLiteral("transaction"));
    bundle.addEntry({QStringLiteral("urn:uuid:0d5b7a6e-1111-4c1e-9b55-2f7f0e3c4d01"),
                     patient(family),
                     {},
                     BundleRequest{"POST", "Patient", {}, {}},
                     std::nullopt,
                     {}});
    // An update of a resource that does not match its URL: the server refuses it.
    Resource mismatched = patient(family);
    mismatched.setId(QStringLiteral("one-id"));
    bundle.addEntry(
        {QString(), mismatched, {}, BundleRequest{"PUT", "Patient/another-id", {}, {}}, std::nullopt, {}});

    const auto response = await(client().transaction(bundle));
    QVERIFY(!response.ok());
    QCOMPARE(response.error.kind, FhirErrorKind::Invalid);
    QVERIFY(!response.error.message.isEmpty());

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("family"), family);
    const auto search = await(client().search(QStringLiteral("Patient"), query));
    QVERIFY(search.ok());
    QCOMPARE(search.value->total(), std::optional<qint64>(0));
  }

  void serverErrorsCarryTheOperationOutcome() {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("no-such-parameter"), QStringLiteral("x"));
    const auto search = await(client().search(QStringLiteral("Patient"), query));
    QCOMPARE(search.error.kind, FhirErrorKind::Invalid);
    QCOMPARE(search.error.httpStatus, 400);
    QVERIFY2(search.error.message.contains(QStringLiteral("no-such-parameter")),
             qPrintable(search.error.message));

    const auto missing = await(client().read(QStringLiteral("Patient"), QStringLiteral("does-not-exist")));
    QCOMPARE(missing.error.kind, FhirErrorKind::NotFound);
  }

  void faultsAreRetriedUntilTheyClear() {
    // 30% of requests answer 429 with Retry-After: 1, 20% 503, 10% drop the
    // connection unprocessed: searches still succeed within the retry policy.
    cw::test::DevServerProcess faulty(
        {QStringLiteral("--faults"), QStringLiteral("429:retry-after=1@0.3,503@0.2,drop@0.1,seed=7")});
    QVERIFY2(faulty.start(), qPrintable(faulty.error()));
    HttpClient http;
    FhirClient fhir(faulty.base(), http);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("_count"), QStringLiteral("1"));
    int succeeded = 0;
    int requestsSent = 0;
    for (int i = 0; i < 10; ++i) {
      succeeded += await(fhir.search(QStringLiteral("Patient"), query)).ok() ? 1 : 0;
      cw::http::HttpRequest get;
      get.url = QUrl(faulty.base().toString() + QStringLiteral("/Patient?_count=1"));
      const cw::http::HttpResponse raw = await(http.send(get));
      succeeded += raw.ok() ? 1 : 0;
      requestsSent += raw.attempts;
    }
    QVERIFY2(succeeded >= 19, qPrintable(QString::number(succeeded)));
    QVERIFY2(requestsSent > 10, "the faults were not injected, so nothing was retried");
  }

  void brokenAnswersAreClearErrors_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray(
                                      "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[")
                               << "could not be read";
    QTest::newRow("html") << QByteArray("<html>Gateway</html>") << "could not be read";
    QTest::newRow("wrong type") << QByteArray("{\"resourceType\":\"Patient\",\"id\":\"x\"}")
                                << "Expected a Bundle resource but got Patient";
  }
  void brokenAnswersAreClearErrors() {
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QHttpServer broken;
    broken.route(QStringLiteral("/fhir/Patient"), [body] { return body; });
    const quint16 port = broken.listen(QHostAddress::LocalHost, 0);
    HttpClient http;
    FhirClient fhir(QUrl(QStringLiteral("http://127.0.0.1:%1/fhir").arg(port)), http);
    const auto result = await(fhir.search(QStringLiteral("Patient"), {}));
    QCOMPARE(result.error.kind, FhirErrorKind::BadResponse);
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
  }

  void pagingLinksElsewhereAreNotFollowed() {
    const auto result = await(client().page(QStringLiteral("https://elsewhere.example/fhir/Patient?page=2")));
    QCOMPARE(result.error.kind, FhirErrorKind::BadResponse);
    const QString sibling = m_server.base().toString() + QStringLiteral("x/Patient");  // /fhirx is not /fhir
    QCOMPARE(await(client().page(sibling)).error.kind, FhirErrorKind::BadResponse);
  }

 private:
  FhirClient& client() {
    if (!m_client) {
      m_client = std::make_unique<FhirClient>(m_server.base(), m_http);
    }
    return *m_client;
  }

  cw::test::DevServerProcess m_server;
  HttpClient m_http;
  std::unique_ptr<FhirClient> m_client;
};

QTEST_GUILESS_MAIN(TestFhirClient)
#include "tst_fhirclient.moc"
