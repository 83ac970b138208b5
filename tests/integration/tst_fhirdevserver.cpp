// The FHIR dev server as clients use it, over real HTTP: every interaction,
// versioning and conditional rules, transactions (atomic, urn:uuid
// rewriting) and batches, the search parameter table, stable paging while
// data changes, history with deletes, and every error answer. Garbage input
// must never take the server down.
#include "tests/support/DevServerProcess.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestHttpClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <csignal>

using cw::test::HttpHeaders;
using cw::test::HttpReply;

namespace {

QByteArray compact(const QJsonObject& object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// "Type/id" of each entry whose search mode is `mode`.
QStringList entryPaths(const QJsonObject& bundle, const QString& mode) {
  QStringList paths;
  for (const QJsonValue entry : bundle.value("entry").toArray()) {
    if (entry["search"]["mode"].toString() == mode) {
      const QJsonObject resource = entry["resource"].toObject();
      paths.append(resource["resourceType"].toString() + "/" + resource["id"].toString());
    }
  }
  return paths;
}

QString link(const QJsonObject& bundle, const QString& relation) {
  for (const QJsonValue item : bundle.value("link").toArray()) {
    if (item["relation"].toString() == relation) {
      return item["url"].toString();
    }
  }
  return {};
}

QJsonObject entry(const QString& method, const QString& url, const QJsonObject& resource = {},
                  const QString& fullUrl = {}) {
  QJsonObject request{{"method", method}, {"url", url}};
  QJsonObject result{{"request", request}};
  if (!resource.isEmpty()) {
    result["resource"] = resource;
  }
  if (!fullUrl.isEmpty()) {
    result["fullUrl"] = fullUrl;
  }
  return result;
}

QJsonObject bundle(const QString& type, const QJsonArray& entries) {
  return {{"resourceType", "Bundle"}, {"type", type}, {"entry", entries}};
}

QJsonObject patient(const QString& identifier, const QString& family = "Test") {
  return {{"resourceType", "Patient"},
          {"identifier", QJsonArray{QJsonObject{{"system", "urn:test:id"}, {"value", identifier}}}},
          {"name", QJsonArray{QJsonObject{{"family", family}}}}};
}

}  // namespace

class TestFhirDevServer : public QObject {
  Q_OBJECT

 private:
  cw::test::DevServerProcess m_server{{"--max-body-mb", "1"}};
  cw::test::TestHttpClient m_http;

  // Creates `resource` with POST and returns the server's copy.
  QJsonObject create(const QJsonObject& resource) {
    const HttpReply reply = m_http.send("POST", resource["resourceType"].toString(), compact(resource));
    if (reply.status != 201) {
      qWarning("create failed: %d %s", reply.status, reply.body.constData());
    }
    return reply.json();
  }

  // Every page of a search or history, following next links as given.
  QList<QJsonObject> allPages(const QString& first) {
    QList<QJsonObject> pages;
    QString url = first;
    while (!url.isEmpty() && pages.size() < 100) {
      const HttpReply reply = m_http.get(url);
      if (reply.status != 200) {
        qWarning("page failed: %d %s", reply.status, reply.body.constData());
        break;
      }
      pages.append(reply.json());
      url = link(pages.last(), "next");
    }
    return pages;
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http.setBase(m_server.base());
    // The data the search table runs against: ids start "s-", and codes and
    // systems are chosen so that no other test's resources match.
    QFile data(QFINDTESTDATA("../fixtures/devserver/search-data.json"));
    QVERIFY(data.open(QIODevice::ReadOnly));
    const HttpReply loaded = m_http.send("POST", "", data.readAll());
    QVERIFY2(loaded.status == 200, loaded.body.constData());
    QCOMPARE(loaded.json()["type"].toString(), QString("transaction-response"));
  }

  void capabilityStatementTellsTheTruth() {
    const HttpReply reply = m_http.get("metadata");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/fhir+json"));
    const QJsonObject statement = reply.json();
    QCOMPARE(statement["resourceType"].toString(), QString("CapabilityStatement"));
    QCOMPARE(statement["fhirVersion"].toString(), QString("4.0.1"));
    QVERIFY(statement["format"].toArray().contains("json"));
    const QJsonObject rest = statement["rest"][0].toObject();
    QStringList system;
    for (const QJsonValue interaction : rest["interaction"].toArray()) {
      system.append(interaction["code"].toString());
    }
    QCOMPARE(system, QStringList({"transaction", "batch", "history-system"}));
    const QJsonObject websocket = rest["extension"][0].toObject();
    QCOMPARE(websocket["url"].toString(),
             QString("http://hl7.org/fhir/StructureDefinition/capabilitystatement-websocket"));
    QCOMPARE(websocket["valueUri"].toString(),
             QString("ws://127.0.0.1:%1/websocket").arg(m_server.base().port()));

    const QStringList interactions{"read",         "vread",  "update",     "delete", "history-instance",
                                   "history-type", "create", "search-type"};
    QStringList types;
    for (const QJsonValue resource : rest["resource"].toArray()) {
      const QString type = resource["type"].toString();
      types.append(type);
      QStringList codes;
      for (const QJsonValue interaction : resource["interaction"].toArray()) {
        codes.append(interaction["code"].toString());
      }
      QCOMPARE(codes, interactions);
      QCOMPARE(resource["versioning"].toString(), QString("versioned"));
      QCOMPARE(resource["conditionalCreate"].toBool(), true);
      // Every parameter and include it lists is one the server accepts.
      for (const QJsonValue param : resource["searchParam"].toArray()) {
        const QString name = param["name"].toString();
        const QString kind = param["type"].toString();
        const QString value = kind == "date" ? "2024" : kind == "reference" ? "Patient/x" : "x";
        const HttpReply search = m_http.get(QString("%1?%2=%3&_count=0").arg(type, name, value));
        QVERIFY2(search.status == 200, qPrintable(type + "?" + name + ": " + search.body));
      }
      for (const QJsonValue include : resource["searchInclude"].toArray()) {
        const HttpReply search = m_http.get(QString("%1?_include=%2&_count=1").arg(type, include.toString()));
        QVERIFY2(search.status == 200, qPrintable(include.toString() + ": " + search.body));
      }
    }
    for (const char* used : {"Patient", "Observation", "Encounter", "Condition", "MedicationRequest",
                             "MedicationAdministration", "Task", "Communication", "DocumentReference",
                             "AuditEvent", "Flag", "PractitionerRole", "Subscription"}) {
      QVERIFY2(types.contains(used), used);
    }
  }

  void createReadUpdateVread() {
    const QByteArray body =
        R"({"resourceType":"Patient","meta":{"tag":[{"system":"urn:test","code":"kept"}],"versionId":"99"},)"
        R"("identifier":[{"system":"urn:test:id","value":"crud-1"}],"id":"ignored-on-create",)"
        R"("extension":[{"url":"urn:test:weight","valueDecimal":1.50}],"_unknownElement":{"kept":true}})";
    const HttpReply created = m_http.send("POST", "Patient", body);
    QCOMPARE(created.status, 201);
    const QJsonObject resource = created.json();
    const QString id = resource["id"].toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(id != "ignored-on-create");
    QCOMPARE(created.header("Location"),
             (m_server.base().toString() + "/Patient/" + id + "/_history/1").toUtf8());
    QCOMPARE(created.header("ETag"), QByteArray("W/\"1\""));
    QVERIFY(!created.header("Last-Modified").isEmpty());
    QCOMPARE(resource["meta"]["versionId"].toString(), QString("1"));
    QVERIFY(resource["meta"]["lastUpdated"].toString().endsWith("Z"));
    QCOMPARE(resource["meta"]["tag"][0]["code"].toString(), QString("kept"));
    // Untouched elements keep their exact text: the decimal stays 1.50.
    QVERIFY2(created.body.contains(R"("valueDecimal":1.50)"), created.body.constData());
    QVERIFY(created.body.contains(R"("_unknownElement":{"kept":true})"));

    const HttpReply read = m_http.get("Patient/" + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body, created.body);
    QCOMPARE(read.header("ETag"), QByteArray("W/\"1\""));

    QJsonObject changed = resource;
    changed["active"] = true;
    const HttpReply updated =
        m_http.send("PUT", "Patient/" + id, compact(changed), {{"If-Match", "W/\"1\""}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.header("ETag"), QByteArray("W/\"2\""));
    QCOMPARE(updated.json()["meta"]["versionId"].toString(), QString("2"));

    const HttpReply stale = m_http.send("PUT", "Patient/" + id, compact(changed), {{"If-Match", "W/\"1\""}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.json()["resourceType"].toString(), QString("OperationOutcome"));
    QVERIFY(stale.json()["issue"][0]["diagnostics"].toString().contains("current version is 2"));

    const HttpReply first = m_http.get("Patient/" + id + "/_history/1");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body, created.body);
    QCOMPARE(m_http.get("Patient/" + id + "/_history/2").json()["active"].toBool(), true);
    QCOMPARE(m_http.get("Patient/" + id + "/_history/3").status, 404);
  }

  void updateCreatesUnknownIdAndChecksIds() {
    QJsonObject resource = patient("upsert-1");
    resource["id"] = "upsert-1";
    const HttpReply created = m_http.send("PUT", "Patient/upsert-1", compact(resource));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("Location"),
             (m_server.base().toString() + "/Patient/upsert-1/_history/1").toUtf8());
    QCOMPARE(m_http.get("Patient/upsert-1").status, 200);

    const HttpReply mismatch = m_http.send("PUT", "Patient/other-id", compact(resource));
    QCOMPARE(mismatch.status, 400);
    QVERIFY(mismatch.json()["issue"][0]["diagnostics"].toString().contains("does not match"));
    const HttpReply missing = m_http.send("PUT", "Patient/upsert-1", compact(patient("upsert-1")));
    QCOMPARE(missing.status, 400);
    // If-Match on an id that does not exist cannot hold.
    resource["id"] = "upsert-2";
    QCOMPARE(m_http.send("PUT", "Patient/upsert-2", compact(resource), {{"If-Match", "W/\"1\""}}).status,
             412);
  }

  void deleteLeavesTombstoneInHistory() {
    const QString id = create(patient("delete-1"))["id"].toString();
    const HttpReply deleted = m_http.send("DELETE", "Patient/" + id);
    QCOMPARE(deleted.status, 204);
    QCOMPARE(deleted.header("ETag"), QByteArray("W/\"2\""));
    const HttpReply gone = m_http.get("Patient/" + id);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.json()["resourceType"].toString(), QString("OperationOutcome"));
    QCOMPARE(m_http.get("Patient/" + id + "/_history/1").status, 200);
    QCOMPARE(m_http.get("Patient/" + id + "/_history/2").status, 410);
    QCOMPARE(m_http.send("DELETE", "Patient/" + id).status, 204);  // nothing more to delete
    QCOMPARE(m_http.send("DELETE", "Patient/never-existed").status, 404);
    QCOMPARE(m_http.get(QString("Patient?identifier=urn:test:id|delete-1")).json()["total"].toInt(), 0);

    const QJsonObject history = m_http.get("Patient/" + id + "/_history").json();
    QCOMPARE(history["type"].toString(), QString("history"));
    const QJsonArray entries = history["entry"].toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0]["request"]["method"].toString(), QString("DELETE"));
    QCOMPARE(entries[0]["request"]["url"].toString(), "Patient/" + id);
    QVERIFY(!entries[0].toObject().contains("resource"));
    QCOMPARE(entries[0]["response"]["etag"].toString(), QString("W/\"2\""));
    QCOMPARE(entries[1]["request"]["method"].toString(), QString("POST"));
    QCOMPARE(entries[1]["resource"]["id"].toString(), id);
    QCOMPARE(entries[1]["response"]["status"].toString(), QString("201 Created"));

    // Updating a deleted resource brings it back as a new version.
    QJsonObject again = patient("delete-1");
    again["id"] = id;
    const HttpReply restored = m_http.send("PUT", "Patient/" + id, compact(again));
    QCOMPARE(restored.status, 201);
    QCOMPARE(restored.header("ETag"), QByteArray("W/\"3\""));
  }

  void conditionalCreate() {
    const HttpHeaders once{{"If-None-Exist", "identifier=urn:test:id|cond-1"}};
    const HttpReply first = m_http.send("POST", "Patient", compact(patient("cond-1")), once);
    QCOMPARE(first.status, 201);
    const HttpReply second = m_http.send("POST", "Patient", compact(patient("cond-1")), once);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json()["id"].toString(), first.json()["id"].toString());
    QCOMPARE(m_http.get("Patient?identifier=urn:test:id|cond-1").json()["total"].toInt(), 1);

    create(patient("cond-2"));
    create(patient("cond-2"));
    const HttpReply several = m_http.send("POST", "Patient", compact(patient("cond-2")),
                                          {{"If-None-Exist", "identifier=urn:test:id|cond-2"}});
    QCOMPARE(several.status, 412);
    QCOMPARE(several.json()["resourceType"].toString(), QString("OperationOutcome"));
    QCOMPARE(m_http.get("Patient?identifier=cond-2").json()["total"].toInt(), 2);
  }

  void preferReturn_data() {
    QTest::addColumn<QByteArray>("prefer");
    QTest::addColumn<QString>("bodyType");  // empty: no body
    QTest::newRow("default") << QByteArray() << "Patient";
    QTest::newRow("representation") << QByteArray("return=representation") << "Patient";
    QTest::newRow("minimal") << QByteArray("return=minimal") << "";
    QTest::newRow("OperationOutcome") << QByteArray("return=OperationOutcome") << "OperationOutcome";
  }

  void preferReturn() {
    QFETCH(QByteArray, prefer);
    QFETCH(QString, bodyType);
    HttpHeaders headers;
    if (!prefer.isEmpty()) {
      headers.append({"Prefer", prefer});
    }
    const HttpReply created = m_http.send("POST", "Patient", compact(patient("prefer")), headers);
    QCOMPARE(created.status, 201);
    QVERIFY(!created.header("Location").isEmpty());
    QCOMPARE(created.header("ETag"), QByteArray("W/\"1\""));
    if (bodyType.isEmpty()) {
      QVERIFY(created.body.isEmpty());
    } else {
      QCOMPARE(created.json()["resourceType"].toString(), bodyType);
    }
  }

  void transactionRewritesUrnReferences() {
    const QString existing = create(patient("tx-existing"))["id"].toString();
    QJsonObject conditional = entry("POST", "Patient", patient("tx-existing"), "urn:uuid:existing");
    conditional["request"] = QJsonObject{
        {"method", "POST"}, {"url", "Patient"}, {"ifNoneExist", "identifier=urn:test:id|tx-existing"}};
    const QJsonObject observation{{"resourceType", "Observation"},
                                  {"status", "final"},
                                  {"code", QJsonObject{{"text", "tx"}}},
                                  {"subject", QJsonObject{{"reference", "urn:uuid:new-patient"}}},
                                  {"performer", QJsonArray{QJsonObject{{"reference", "urn:uuid:existing"}}}}};
    const QJsonObject encounter{{"resourceType", "Encounter"},
                                {"id", "tx-enc"},
                                {"status", "finished"},
                                {"class", QJsonObject{{"code", "AMB"}}},
                                {"subject", QJsonObject{{"reference", "urn:uuid:new-patient"}}}};
    const QJsonObject request = bundle(
        "transaction", {entry("POST", "Observation", observation, "urn:uuid:obs"),
                        entry("PUT", "Encounter/tx-enc", encounter, "urn:uuid:enc"),
                        entry("POST", "Patient", patient("tx-new"), "urn:uuid:new-patient"), conditional});
    const HttpReply reply = m_http.send("POST", "", compact(request), {{"Prefer", "return=representation"}});
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject response = reply.json();
    QCOMPARE(response["type"].toString(), QString("transaction-response"));
    const QJsonArray entries = response["entry"].toArray();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries[0]["response"]["status"].toString(), QString("201 Created"));
    QCOMPARE(entries[1]["response"]["status"].toString(), QString("201 Created"));
    QCOMPARE(entries[2]["response"]["status"].toString(), QString("201 Created"));
    QCOMPARE(entries[3]["response"]["status"].toString(), QString("200 OK"));
    QCOMPARE(entries[3]["resource"]["id"].toString(), existing);
    const QString newPatient = entries[2]["resource"]["id"].toString();
    QVERIFY(
        entries[2]["response"]["location"].toString().startsWith("Patient/" + newPatient + "/_history/1"));
    QCOMPARE(entries[2]["response"]["etag"].toString(), QString("W/\"1\""));
    QVERIFY(!entries[2]["response"]["lastModified"].toString().isEmpty());

    const QString observationId = entries[0]["resource"]["id"].toString();
    const QJsonObject stored = m_http.get("Observation/" + observationId).json();
    QCOMPARE(stored["subject"]["reference"].toString(), "Patient/" + newPatient);
    QCOMPARE(stored["performer"][0]["reference"].toString(), "Patient/" + existing);
    QCOMPARE(m_http.get("Encounter/tx-enc").json()["subject"]["reference"].toString(),
             "Patient/" + newPatient);
  }

  // DELETE, then POST, then PUT, then GET, whatever the entry order.
  void transactionRunsInFhirOrder() {
    QJsonObject old = patient("tx-order");
    old["id"] = "tx-order-old";
    QCOMPARE(m_http.send("PUT", "Patient/tx-order-old", compact(old)).status, 201);
    QJsonObject conditional = entry("POST", "Patient", patient("tx-order"));
    conditional["request"] = QJsonObject{
        {"method", "POST"}, {"url", "Patient"}, {"ifNoneExist", "identifier=urn:test:id|tx-order"}};
    QJsonObject added = patient("tx-order-new");
    added["id"] = "tx-order-new";
    const QJsonObject request = bundle(
        "transaction", {entry("GET", "Patient/tx-order-new"), entry("PUT", "Patient/tx-order-new", added),
                        conditional, entry("DELETE", "Patient/tx-order-old")});
    const HttpReply reply = m_http.send("POST", "", compact(request));
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonArray entries = reply.json()["entry"].toArray();
    QCOMPARE(entries[0]["response"]["status"].toString(), QString("200 OK"));  // after the PUT
    QCOMPARE(entries[0]["resource"]["id"].toString(), QString("tx-order-new"));
    QCOMPARE(entries[1]["response"]["status"].toString(), QString("201 Created"));
    // After the DELETE, so the old resource no longer counts as existing.
    QCOMPARE(entries[2]["response"]["status"].toString(), QString("201 Created"));
    QVERIFY(!entries[2]["response"]["location"].toString().contains("tx-order-old"));
    QCOMPARE(entries[3]["response"]["status"].toString(), QString("204 No Content"));
  }

  void transactionFailingHalfwayStoresNothing_data() {
    QTest::addColumn<QJsonObject>("failing");
    QTest::addColumn<int>("status");
    QJsonObject stale = patient("tx-stale");
    stale["id"] = "tx-stale";
    QJsonObject staleEntry = entry("PUT", "Patient/tx-stale", stale);
    staleEntry["request"] =
        QJsonObject{{"method", "PUT"}, {"url", "Patient/tx-stale"}, {"ifMatch", "W/\"7\""}};
    QTest::newRow("If-Match mismatch") << staleEntry << 412;
    QTest::newRow("read of unknown id") << entry("GET", "Patient/tx-nobody") << 404;
    QTest::newRow("unsupported type")
        << entry("POST", "Basic", QJsonObject{{"resourceType", "Basic"}}) << 404;
    QJsonObject wrongId = patient("tx-wrong");
    wrongId["id"] = "other";
    QTest::newRow("id mismatch") << entry("PUT", "Patient/tx-wrong", wrongId) << 400;
    QTest::newRow("no request") << QJsonObject{{"resource", patient("tx-x")}} << 400;
  }

  void transactionFailingHalfwayStoresNothing() {
    QFETCH(QJsonObject, failing);
    QFETCH(int, status);
    const QString tag = QString("tx-fail-%1").arg(QTest::currentDataTag()).replace(' ', '-');
    QJsonObject updated = patient(tag);
    updated["id"] = "tx-fail-put";
    QJsonObject kept = patient(tag + "-kept");
    kept["id"] = "tx-fail-kept";
    QVERIFY(m_http.send("PUT", "Patient/tx-fail-kept", compact(kept)).status < 300);
    const QJsonObject observation{
        {"resourceType", "Observation"},
        {"status", "final"},
        {"code", QJsonObject{{"text", tag}}},
        {"identifier", QJsonArray{QJsonObject{{"system", "urn:test:id"}, {"value", tag}}}},
        {"subject", QJsonObject{{"reference", "urn:uuid:p"}}}};
    // The failing entry comes after writes that must all be undone.
    const QJsonObject request = bundle(
        "transaction",
        {entry("POST", "Patient", patient(tag), "urn:uuid:p"), entry("PUT", "Patient/tx-fail-put", updated),
         entry("DELETE", "Patient/tx-fail-kept"), failing, entry("POST", "Observation", observation)});
    const HttpReply reply = m_http.send("POST", "", compact(request));
    QCOMPARE(reply.status, status);
    const QJsonObject outcome = reply.json();
    QCOMPARE(outcome["resourceType"].toString(), QString("OperationOutcome"));
    QVERIFY2(outcome["issue"][0]["diagnostics"].toString().contains("Bundle.entry[3]"),
             reply.body.constData());
    QCOMPARE(outcome["issue"][0]["expression"][0].toString(), QString("Bundle.entry[3]"));
    QCOMPARE(m_http.get("Patient?identifier=urn:test:id|" + tag).json()["total"].toInt(), 0);
    QCOMPARE(m_http.get("Patient/tx-fail-put").status, 404);
    QCOMPARE(m_http.get("Patient/tx-fail-kept").status, 200);
    QCOMPARE(m_http.get("Observation?identifier=urn:test:id|" + tag).json()["total"].toInt(), 0);
  }

  void batchAnswersEachEntry() {
    const QString existing = create(patient("batch-existing"))["id"].toString();
    QJsonObject stale = patient("batch-existing");
    stale["id"] = existing;
    QJsonObject staleEntry = entry("PUT", "Patient/" + existing, stale);
    staleEntry["request"] =
        QJsonObject{{"method", "PUT"}, {"url", "Patient/" + existing}, {"ifMatch", "W/\"5\""}};
    const QJsonObject request =
        bundle("batch", {entry("POST", "Patient", patient("batch-new")), entry("GET", "Patient/batch-nobody"),
                         staleEntry, entry("POST", "Patient", QJsonObject{{"resourceType", "NotAType"}}),
                         entry("GET", "Patient/" + existing),
                         entry("GET", "Patient?identifier=urn:test:id|batch-existing")});
    const HttpReply reply = m_http.send("POST", "", compact(request));
    QCOMPARE(reply.status, 200);
    const QJsonObject response = reply.json();
    QCOMPARE(response["type"].toString(), QString("batch-response"));
    const QJsonArray entries = response["entry"].toArray();
    QCOMPARE(entries.size(), 6);
    const QStringList statuses{"201", "404", "412", "400", "200", "200"};
    for (int i = 0; i < statuses.size(); ++i) {
      const QJsonObject result = entries[i]["response"].toObject();
      QVERIFY2(result["status"].toString().startsWith(statuses[i] + " "), qPrintable(QString::number(i)));
      const bool failed = statuses[i].startsWith('4');
      QCOMPARE(result["outcome"]["resourceType"].toString(),
               failed ? QString("OperationOutcome") : QString());
    }
    QVERIFY(entries[0]["response"]["location"].toString().startsWith("Patient/"));
    QCOMPARE(entries[0]["response"]["etag"].toString(), QString("W/\"1\""));
    QCOMPARE(entries[4]["resource"]["id"].toString(), existing);
    QCOMPARE(entries[5]["resource"]["type"].toString(), QString("searchset"));
    QCOMPARE(m_http.get("Patient?identifier=urn:test:id|batch-new").json()["total"].toInt(), 1);
  }

  void search_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("ordered");
    const QString mine = "&identifier=urn:test:search|";
    auto row = [](const QString& query, const QStringList& expected, bool ordered = false) {
      QTest::newRow(qPrintable(query)) << query << expected << ordered;
    };
    row("Patient?name=zyxwo", {"Patient/s-p1"});  // "Zyxwöller": accents and case ignored
    row("Patient?name=ZYXW", {"Patient/s-p1", "Patient/s-p2"});
    row("Patient?family=zyxwa", {"Patient/s-p2"});
    row("Patient?given=ana", {"Patient/s-p1", "Patient/s-p2"});
    row("Patient?given=maria", {"Patient/s-p1"});
    row("Patient?given=ana&family=zyxwa", {"Patient/s-p2"});
    row("Patient?name:exact=Zyxwald", {"Patient/s-p2"});
    row("Patient?name:exact=zyxwald", {});
    row("Patient?name:contains=XWÖ", {"Patient/s-p1"});
    row("Patient?identifier=urn:test:search|9000000001", {"Patient/s-p1"});
    row("Patient?identifier=9000000003", {"Patient/s-p3"});
    row("Patient?identifier=urn:test:mrn|MRN-2", {"Patient/s-p2"});
    row("Patient?identifier=urn:test:other|9000000001", {});
    row("Patient?identifier=urn:test:search|", {"Patient/s-p1", "Patient/s-p2", "Patient/s-p3"});
    row("Patient?birthdate=1970" + mine, {"Patient/s-p1", "Patient/s-p3"});
    row("Patient?birthdate=1970-05-01" + mine, {"Patient/s-p1"});
    row("Patient?birthdate=ge1970-06-01" + mine, {"Patient/s-p2", "Patient/s-p3"});
    row("Patient?birthdate=lt1970-06" + mine, {"Patient/s-p1"});
    row("Patient?birthdate=le1970-05-01" + mine, {"Patient/s-p1"});
    row("Patient?birthdate=gt1971-01-31" + mine, {});
    row("Patient?birthdate=ne1970-05-01" + mine, {"Patient/s-p2", "Patient/s-p3"});
    row("Patient?gender=male" + mine, {"Patient/s-p2"});
    row("Patient?_id=s-p1,s-p3", {"Patient/s-p1", "Patient/s-p3"});
    row("Patient?_lastUpdated=gt2000-01-01&_id=s-p2", {"Patient/s-p2"});
    row("Patient?_lastUpdated=lt2000&_id=s-p2", {});
    row("Observation?patient=Patient/s-p1", {"Observation/s-o1", "Observation/s-o2"});
    row("Observation?patient=s-p1", {"Observation/s-o1", "Observation/s-o2"});
    row("Observation?subject=Patient/s-p2", {"Observation/s-o3"});
    row("Observation?subject:Patient=s-p2", {"Observation/s-o3"});
    row("Observation?patient=Practitioner/s-pr1", {});
    row("Observation?code=http://loinc.org|8867-4", {"Observation/s-o1", "Observation/s-o3"});
    row("Observation?code=364075005", {"Observation/s-o1"});
    row("Observation?code=http://loinc.org|8867-4,http://loinc.org|9279-1",
        {"Observation/s-o1", "Observation/s-o2", "Observation/s-o3"});
    row("Observation?code:not=http://loinc.org|8867-4&patient=s-p1", {"Observation/s-o2"});
    row("Observation?category=vital-signs&patient=s-p1", {"Observation/s-o1", "Observation/s-o2"});
    row("Observation?category=laboratory", {"Observation/s-o3"});
    row("Observation?status=preliminary", {"Observation/s-o3"});
    row("Observation?encounter=Encounter/s-e1", {"Observation/s-o1"});
    row("Observation?date=2024-05&patient=s-p1", {"Observation/s-o1", "Observation/s-o2"});
    row("Observation?date=2024-05-03&patient=s-p1", {"Observation/s-o2"});
    row("Observation?date=2024-05-03T08:30:00%2B01:00&patient=s-p1", {"Observation/s-o2"});
    row("Observation?date=2024-05-03T07:30:00Z&patient=s-p1", {"Observation/s-o2"});
    row("Observation?date=gt2024-05-01T10:00:00Z&patient=s-p1", {"Observation/s-o2"});
    row("Observation?date=ge2024-05-01T10:00:00Z&patient=s-p1", {"Observation/s-o1", "Observation/s-o2"});
    row("Observation?date=lt2024-05-01T10:00:01Z&patient=s-p1", {"Observation/s-o1"});
    row("Observation?date=2024-06&code=http://loinc.org|8867-4", {"Observation/s-o3"});
    row("Observation?date=2024-06-01&code=http://loinc.org|8867-4", {});  // the period is longer than the day
    row("Observation?date=ap2024-06-01&code=http://loinc.org|8867-4", {"Observation/s-o3"});
    row("Encounter?date=2024-05&patient=s-p1", {"Encounter/s-e1"});
    row("Encounter?date=le2024-05-02&patient=s-p1", {"Encounter/s-e1"});
    row("Encounter?date=gt2024-05-04T12:00:00Z&patient=s-p1", {});
    row("Encounter?location=Location/s-loc1", {"Encounter/s-e1"});
    row("Encounter?practitioner=s-pr1", {"Encounter/s-e1"});
    row("Encounter?class=IMP&patient=s-p1", {"Encounter/s-e1"});
    row("Condition?date=2010&patient=s-p1", {"Condition/s-c1"});
    row("Condition?date=2024-05-02&patient=s-p1", {"Condition/s-c1"});
    row("Condition?date=2023&patient=s-p2", {"Condition/s-c2"});
    row("Condition?code=http://snomed.info/sct|38341003", {"Condition/s-c1"});
    row("MedicationRequest?medication=Medication/s-m1", {"MedicationRequest/s-mr1"});
    row("MedicationRequest?code=https://dmd.nhs.uk|456", {"MedicationRequest/s-mr2"});
    row("MedicationRequest?status=active&patient=s-p1", {"MedicationRequest/s-mr1"});
    row("MedicationAdministration?date=2024-05-02&patient=s-p1", {"MedicationAdministration/s-ma1"});
    row("Task?owner=PractitionerRole/s-role1", {"Task/s-t1"});
    row("Task?owner=Practitioner/s-pr1", {"Task/s-t2"});
    row("Task?date=2024-05&owner=PractitionerRole/s-role1", {"Task/s-t1"});
    row("Task?status=completed&owner=s-pr1", {"Task/s-t2"});
    row("Communication?recipient=PractitionerRole/s-role1", {"Communication/s-cm1"});
    row("Communication?sender=Practitioner/s-pr1", {"Communication/s-cm1"});
    row("Communication?date=2024-05-02&patient=s-p1", {"Communication/s-cm1"});
    row("DocumentReference?date=2024-05-03&patient=s-p1", {"DocumentReference/s-d1"});
    row("AuditEvent?date=2024-05-05&agent=Practitioner/s-pr1", {"AuditEvent/s-a1"});
    row("AuditEvent?patient=s-p1", {"AuditEvent/s-a1"});
    row("Flag?date=ap2024-06&patient=s-p1", {"Flag/s-f1"});
    row("Flag?date=gt2030-01-01&patient=s-p1", {"Flag/s-f1"});  // no end: still active
    row("Flag?date=lt2023&patient=s-p1", {});
    row("PractitionerRole?practitioner=Practitioner/s-pr1", {"PractitionerRole/s-role1"});
    row("PractitionerRole?location=s-loc1", {"PractitionerRole/s-role1"});
    row("Location?name=ward zyx", {"Location/s-loc1"});
    row("Location?organization=s-org1", {"Location/s-loc1"});
    row("Practitioner?family=zyxd", {"Practitioner/s-pr1"});
    row("AllergyIntolerance?patient=s-p1", {"AllergyIntolerance/s-al1"});
    row("Observation?patient=s-p1&_sort=date", {"Observation/s-o1", "Observation/s-o2"}, true);
    row("Observation?patient=s-p1&_sort=-date", {"Observation/s-o2", "Observation/s-o1"}, true);
    row("Observation?code=http://loinc.org|8867-4,http://loinc.org|9279-1&_sort=-date",
        {"Observation/s-o3", "Observation/s-o2", "Observation/s-o1"}, true);
    row("Patient?identifier=urn:test:search|&_sort=_lastUpdated",
        {"Patient/s-p1", "Patient/s-p2", "Patient/s-p3"}, true);
    row("Patient?identifier=urn:test:search|&_sort=-_lastUpdated",
        {"Patient/s-p3", "Patient/s-p2", "Patient/s-p1"}, true);
  }

  void search() {
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(bool, ordered);
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
      const qsizetype question = query.indexOf('?');
      const HttpReply reply =
          method == "GET"
              ? m_http.get(query)
              : m_http.send("POST", query.left(question) + "/_search", query.mid(question + 1).toUtf8(),
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
      QVERIFY2(reply.status == 200, reply.body.constData());
      const QJsonObject result = reply.json();
      QCOMPARE(result["type"].toString(), QString("searchset"));
      QCOMPARE(result["total"].toInt(-1), expected.size());
      QStringList found = entryPaths(result, "match");
      if (!ordered) {
        found.sort();
      }
      QCOMPARE(found, expected);
      QVERIFY(!link(result, "self").isEmpty());
    }
  }

  void include_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("matches");
    QTest::addColumn<QStringList>("included");
    QTest::newRow("Observation:subject")
        << "Observation?patient=s-p1&_include=Observation:subject"
        << QStringList{"Observation/s-o1", "Observation/s-o2"} << QStringList{"Patient/s-p1"};
    QTest::newRow("MedicationRequest:medication")
        << "MedicationRequest?patient=s-p1&_include=MedicationRequest:medication"
        << QStringList{"MedicationRequest/s-mr1"} << QStringList{"Medication/s-m1"};
    QTest::newRow("PractitionerRole:practitioner")
        << "PractitionerRole?_id=s-role1&_include=PractitionerRole:practitioner"
        << QStringList{"PractitionerRole/s-role1"} << QStringList{"Practitioner/s-pr1"};
    QTest::newRow("Encounter:location") << "Encounter?_id=s-e1&_include=Encounter:location"
                                        << QStringList{"Encounter/s-e1"} << QStringList{"Location/s-loc1"};
    QTest::newRow("Task:owner") << "Task?_id=s-t1,s-t2&_include=Task:owner"
                                << QStringList{"Task/s-t1", "Task/s-t2"}
                                << QStringList{"Practitioner/s-pr1", "PractitionerRole/s-role1"};
    QTest::newRow("two includes")
        << "Observation?_id=s-o1&_include=Observation:subject&_include=Observation:encounter"
        << QStringList{"Observation/s-o1"} << QStringList{"Encounter/s-e1", "Patient/s-p1"};
    QTest::newRow("target type filter")
        << "Observation?patient=s-p1&_include=Observation:subject:Practitioner"
        << QStringList{"Observation/s-o1", "Observation/s-o2"} << QStringList{};
  }

  void include() {
    QFETCH(QString, query);
    QFETCH(QStringList, matches);
    QFETCH(QStringList, included);
    const HttpReply reply = m_http.get(query);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QStringList foundMatches = entryPaths(reply.json(), "match");
    QStringList foundIncluded = entryPaths(reply.json(), "include");
    foundMatches.sort();
    foundIncluded.sort();
    QCOMPARE(foundMatches, matches);
    QCOMPARE(foundIncluded, included);
    QCOMPARE(reply.json()["total"].toInt(), matches.size());  // includes are not counted
  }

  void summaryCountAndTotal() {
    const QJsonObject count = m_http.get("Observation?patient=s-p1&_summary=count").json();
    QCOMPARE(count["total"].toInt(), 2);
    QVERIFY(!count.contains("entry"));
    const QJsonObject noTotal = m_http.get("Observation?patient=s-p1&_total=none").json();
    QVERIFY(!noTotal.contains("total"));
    QCOMPARE(noTotal["entry"].toArray().size(), 2);
    const QJsonObject zero = m_http.get("Observation?patient=s-p1&_count=0").json();
    QCOMPARE(zero["total"].toInt(), 2);
    QVERIFY(!zero.contains("entry"));
  }

  void unsupportedParameterIsNamedOrIgnoredWhenLenient_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown parameter") << "Patient?favourite-colour=blue"
                                       << "favourite-colour";
    QTest::newRow("unsupported modifier") << "Patient?name:phonetic=smith"
                                          << ":phonetic";
    QTest::newRow("chained") << "Observation?subject.name=smith"
                             << "subject.name";
    QTest::newRow("unsupported _summary") << "Patient?_summary=text"
                                          << "_summary=text";
    QTest::newRow("sort by token") << "Patient?_sort=gender"
                                   << "gender";
    QTest::newRow("revinclude") << "Patient?_revinclude=Observation:subject"
                                << "_revinclude";
  }

  void unsupportedParameterIsNamedOrIgnoredWhenLenient() {
    QFETCH(QString, query);
    QFETCH(QString, named);
    const HttpReply strict = m_http.get(query);
    QCOMPARE(strict.status, 400);
    QVERIFY2(strict.json()["issue"][0]["diagnostics"].toString().contains(named), strict.body.constData());
    const HttpReply lenient = m_http.get(query, {{"Prefer", "handling=lenient"}});
    QCOMPARE(lenient.status, 200);
    const QJsonArray entries = lenient.json()["entry"].toArray();
    QVERIFY(!entries.isEmpty());
    const QJsonObject outcome = entries.last().toObject();
    QCOMPARE(outcome["search"]["mode"].toString(), QString("outcome"));
    QCOMPARE(outcome["resource"]["resourceType"].toString(), QString("OperationOutcome"));
    QVERIFY(outcome["resource"]["issue"][0]["diagnostics"].toString().contains(named));
  }

  void pagingStaysConsistentWhileDataChanges_data() {
    QTest::addColumn<QString>("sort");
    QTest::newRow("default order") << "";
    QTest::newRow("_lastUpdated") << "&_sort=_lastUpdated";
    QTest::newRow("-_lastUpdated") << "&_sort=-_lastUpdated";
    QTest::newRow("-date") << "&_sort=-date";
  }

  void pagingStaysConsistentWhileDataChanges() {
    QFETCH(QString, sort);
    const QString subject = QString("Patient/pg-%1").arg(QTest::currentDataTag()).remove(' ').remove('_');
    auto observation = [&](int minute) {
      return QJsonObject{
          {"resourceType", "Observation"},
          {"status", "final"},
          {"code",
           QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", "urn:test:paging"}, {"code", "pg"}}}}}},
          {"subject", QJsonObject{{"reference", subject}}},
          {"effectiveDateTime", QString("2020-01-01T00:%1:00Z").arg(minute, 2, 10, QChar('0'))}};
    };
    QJsonArray entries;
    for (int i = 0; i < 25; ++i) {
      entries.append(entry("POST", "Observation", observation(i)));
    }
    QCOMPARE(m_http.send("POST", "", compact(bundle("batch", entries))).status, 200);

    const QString first = "Observation?subject=" + subject + "&_count=10" + sort;
    const QJsonObject page1 = m_http.get(first).json();
    QCOMPARE(page1["total"].toInt(), 25);
    const QStringList firstIds = entryPaths(page1, "match");
    QCOMPARE(firstIds.size(), 10);
    const QString next = link(page1, "next");
    QVERIFY(!next.isEmpty());

    // Between pages: update a resource already served and one not yet served,
    // create new matches and delete one not yet served.
    const QStringList everything = [&] {
      QStringList ids;
      for (const QJsonObject& page : allPages(first)) {
        ids += entryPaths(page, "match");
      }
      return ids;
    }();
    QCOMPARE(everything.size(), 25);
    for (const QString& path : {firstIds.first(), everything.at(22)}) {
      QJsonObject resource = m_http.get(path).json();
      resource["status"] = "amended";
      QCOMPARE(m_http.send("PUT", path, compact(resource)).status, 200);
    }
    for (int i = 30; i < 33; ++i) {
      create(observation(i));
    }
    QCOMPARE(m_http.send("DELETE", everything.at(24)).status, 204);

    QStringList seen = firstIds;
    for (const QJsonObject& page : allPages(next)) {
      QCOMPARE(page["total"].toInt(), 25);
      seen += entryPaths(page, "match");
    }
    QCOMPARE(seen, everything);  // no duplicates, no gaps, same order
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 25);

    // A new search sees the changes.
    QCOMPARE(m_http.get(first).json()["total"].toInt(), 27);
  }

  void historyWithSinceShowsDeletes() {
    QJsonObject a = patient("hist-a");
    a["id"] = "hist-a";
    QJsonObject b = patient("hist-b");
    b["id"] = "hist-b";
    QCOMPARE(m_http.send("PUT", "Patient/hist-a", compact(a)).status, 201);
    QCOMPARE(m_http.send("PUT", "Patient/hist-b", compact(b)).status, 201);
    QJsonObject marker = patient("hist-marker");
    marker["id"] = "hist-marker";
    const QString since =
        m_http.send("PUT", "Patient/hist-marker", compact(marker)).json()["meta"]["lastUpdated"].toString();
    b["active"] = false;
    QCOMPARE(m_http.send("PUT", "Patient/hist-b", compact(b)).status, 200);
    QCOMPARE(m_http.send("DELETE", "Patient/hist-a").status, 204);

    for (const QString& path : {QString("_history"), QString("Patient/_history")}) {
      const QJsonObject history = m_http.get(path + "?_since=" + since).json();
      QCOMPARE(history["type"].toString(), QString("history"));
      const QJsonArray entries = history["entry"].toArray();
      QVERIFY(entries.size() >= 3);
      // Newest first: the delete, then the update, then the marker.
      QCOMPARE(entries[0]["request"]["method"].toString(), QString("DELETE"));
      QCOMPARE(entries[0]["request"]["url"].toString(), QString("Patient/hist-a"));
      QVERIFY(!entries[0].toObject().contains("resource"));
      QCOMPARE(entries[0]["response"]["etag"].toString(), QString("W/\"2\""));
      QCOMPARE(entries[1]["request"]["method"].toString(), QString("PUT"));
      QCOMPARE(entries[1]["resource"]["id"].toString(), QString("hist-b"));
      QCOMPARE(entries[1]["response"]["status"].toString(), QString("200 OK"));
      QCOMPARE(entries[2]["resource"]["id"].toString(), QString("hist-marker"));
      for (const QJsonValue item : entries) {
        QVERIFY(item["response"]["lastModified"].toString() >= since);
      }
      QCOMPARE(history["total"].toInt(), entries.size());
    }

    const QList<QJsonObject> pages = allPages("Patient/hist-b/_history?_count=1");
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0]["total"].toInt(), 2);
    QCOMPARE(pages[0]["entry"][0]["response"]["etag"].toString(), QString("W/\"2\""));
    QCOMPARE(pages[1]["entry"][0]["response"]["etag"].toString(), QString("W/\"1\""));
    QCOMPARE(m_http.get("Patient/hist-nobody/_history").status, 404);
    QCOMPARE(m_http.get("_history?_since=yesterday").status, 400);
  }

  void errorsAreOperationOutcomes_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("diagnostics");
    const QByteArray json = "application/fhir+json";
    const QByteArray good = compact(patient("errors"));
    QTest::newRow("invalid JSON") << QByteArray("POST") << "Patient"
                                  << QByteArray(R"({"resourceType":"Patient",)") << json << 400 << "at byte";
    QTest::newRow("not an object") << QByteArray("POST") << "Patient" << QByteArray("[]") << json << 400
                                   << "object";
    QTest::newRow("wrong type in body")
        << QByteArray("POST") << "Patient" << QByteArray(R"({"resourceType":"Observation"})") << json << 400
        << "Observation";
    QTest::newRow("unknown type in body")
        << QByteArray("POST") << "Patient" << QByteArray(R"({"resourceType":"Nonsense"})") << json << 400
        << "Nonsense";
    QTest::newRow("empty body") << QByteArray("POST") << "Patient" << QByteArray() << json << 400
                                << "no body";
    QTest::newRow("unknown type") << QByteArray("GET") << "Nonsense" << QByteArray() << QByteArray() << 404
                                  << "Nonsense";
    QTest::newRow("unknown type by id")
        << QByteArray("GET") << "Nonsense/1" << QByteArray() << QByteArray() << 404 << "Nonsense";
    QTest::newRow("type not stored") << QByteArray("GET") << "Basic" << QByteArray() << QByteArray() << 404
                                     << "Basic";
    QTest::newRow("text/plain") << QByteArray("POST") << "Patient" << good << QByteArray("text/plain") << 415
                                << "text/plain";
    QTest::newRow("xml") << QByteArray("PUT") << "Patient/errors" << good
                         << QByteArray("application/fhir+xml") << 415 << "application/fhir+xml";
    QTest::newRow("latin-1 charset") << QByteArray("POST") << "Patient" << good
                                     << QByteArray("application/fhir+json; charset=iso-8859-1") << 415
                                     << "UTF-8";
    QTest::newRow("search form as JSON") << QByteArray("POST") << "Patient/_search" << QByteArray("name=x")
                                         << json << 415 << "x-www-form-urlencoded";
    QTest::newRow("PATCH") << QByteArray("PATCH") << "Patient/errors" << QByteArray("[]")
                           << QByteArray("application/json-patch+json") << 405 << "PATCH";
    QTest::newRow("DELETE on type") << QByteArray("DELETE") << "Patient" << QByteArray() << QByteArray()
                                    << 405 << "DELETE";
    QTest::newRow("POST on instance")
        << QByteArray("POST") << "Patient/errors" << good << json << 405 << "POST";
    QTest::newRow("PUT on base") << QByteArray("PUT") << "" << good << json << 405 << "PUT";
    QTest::newRow("not found") << QByteArray("GET") << "Patient/nobody-here" << QByteArray() << QByteArray()
                               << 404 << "Patient/nobody-here";
    QTest::newRow("invalid id") << QByteArray("GET") << "Patient/bad!id" << QByteArray() << QByteArray()
                                << 400 << "bad!id";
    QTest::newRow("bad version") << QByteArray("GET") << "Patient/errors/_history/x" << QByteArray()
                                 << QByteArray() << 404 << "version";
    QTest::newRow("operation") << QByteArray("GET") << "Patient/$everything" << QByteArray() << QByteArray()
                               << 404 << "$everything";
    QTest::newRow("negative _count") << QByteArray("GET") << "Patient?_count=-1" << QByteArray()
                                     << QByteArray() << 400 << "_count";
    QTest::newRow("bad date") << QByteArray("GET") << "Patient?birthdate=soon" << QByteArray() << QByteArray()
                              << 400 << "birthdate";
    QTest::newRow("bad prefix") << QByteArray("GET") << "Patient?birthdate=xx2020" << QByteArray()
                                << QByteArray() << 400 << "prefix";
    QTest::newRow("too many values") << QByteArray("GET") << "Patient?_id=" + QStringList(600, "x").join(',')
                                     << QByteArray() << QByteArray() << 400 << "values";
    QTest::newRow("too many parameters")
        << QByteArray("GET") << "Patient?" + QStringList(101, "name=a").join('&') << QByteArray()
        << QByteArray() << 400 << "at most 100";
    QTest::newRow("forged cursor") << QByteArray("GET") << "Patient?_cursor=bm90LWEtY3Vyc29y" << QByteArray()
                                   << QByteArray() << 400 << "paging link";
    QTest::newRow("not a bundle at base") << QByteArray("POST") << "" << good << json << 400 << "Bundle";
    QTest::newRow("searchset at base")
        << QByteArray("POST") << "" << compact(bundle("searchset", QJsonArray())) << json << 400
        << "searchset";
    QTest::newRow("too large") << QByteArray("POST") << "Patient"
                               << QByteArray(qsizetype(1536) * 1024, ' ') + good << json << 413 << "bytes";
  }

  void errorsAreOperationOutcomes() {
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, diagnostics);
    HttpHeaders headers;
    if (!contentType.isEmpty()) {
      headers.append({"Content-Type", contentType});
    }
    const HttpReply reply = m_http.send(method, path, body, headers);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.header("Content-Type").startsWith("application/fhir+json"));
    const QJsonObject outcome = reply.json();
    QCOMPARE(outcome["resourceType"].toString(), QString("OperationOutcome"));
    QCOMPARE(outcome["issue"][0]["severity"].toString(), QString("error"));
    QVERIFY2(outcome["issue"][0]["diagnostics"].toString().contains(diagnostics), reply.body.constData());
    if (status == 405) {
      QVERIFY(!reply.header("Allow").isEmpty());
    }
  }

  void acceptsJsonWithCharset() {
    const HttpReply reply = m_http.send("POST", "Patient", compact(patient("charset")),
                                        {{"Content-Type", "application/json; charset=UTF-8"}});
    QCOMPARE(reply.status, 201);
  }

  // The binary's life cycle: demo data goes only into an empty database, and
  // a stop by SIGTERM or SIGINT is clean and keeps everything.
  void restartKeepsDataAndSeedsOnlyAnEmptyDatabase() {
    const cw::test::TestFiles files;
    auto start = [&](QProcess& process) {
      process.start(qEnvironmentVariable("FHIR_DEVSERVER"),
                    {"--port", "0", "--data", files.path("data"), "--seed", "demo"});
      while (process.waitForReadyRead(20000)) {
        const QByteArray line = process.readLine().trimmed();
        if (line.startsWith("listening ")) {
          return QUrl(QString::fromUtf8(line.mid(10)));
        }
      }
      return QUrl();
    };
    QString created;
    for (const int signal : {SIGTERM, SIGINT}) {
      QProcess process;
      const QUrl base = start(process);
      QVERIFY2(base.isValid(), process.readAllStandardError().constData());
      cw::test::TestHttpClient http(base);
      if (created.isEmpty()) {
        QCOMPARE(http.get("Patient?_summary=count").json()["total"].toInt(), 40);
        created = http.send("POST", "Patient", compact(patient("restart"))).json()["id"].toString();
      } else {
        QCOMPARE(http.get("Patient?_summary=count").json()["total"].toInt(), 41);
        QCOMPARE(http.get("Patient/" + created).header("ETag"), QByteArray("W/\"1\""));
      }
      ::kill(static_cast<pid_t>(process.processId()), signal);
      QVERIFY(process.waitForFinished(10000));
      QCOMPARE(process.exitStatus(), QProcess::NormalExit);
      QCOMPARE(process.exitCode(), 0);
    }
  }

  // Deterministic garbage: paths, query strings and bodies a broken or
  // hostile client might send. Every answer must be a 2xx or 4xx, and the
  // server must still serve afterwards.
  void garbageNeverKillsTheServer() {
    QRandomGenerator random(20240501);
    auto bytes = [&](int maxLength) {
      QByteArray data(random.bounded(maxLength + 1), Qt::Uninitialized);
      for (char& c : data) {
        c = static_cast<char>(random.bounded(256));
      }
      return data;
    };
    auto pick = [&](const QStringList& items) {
      return items.at(random.bounded(static_cast<int>(items.size())));
    };
    const QStringList paths{"",
                            "Patient",
                            "Patient/x",
                            "Patient/x/_history",
                            "Patient/x/_history/1",
                            "_history",
                            "metadata",
                            "Observation/_search",
                            "Patient/_history",
                            "Bundle",
                            "Patient/x/_history/1/extra",
                            "..",
                            "%2e%2e/etc",
                            "Task",
                            "Subscription"};
    const QStringList names{"_count",   "_sort", "_include",   "_summary",        "_total",       "_cursor",
                            "_id",      "name",  "identifier", "birthdate",       "_lastUpdated", "patient",
                            "code:not", "date",  "name:exact", "subject:Patient", "_since"};
    const QByteArray valid = compact(patient("garbage"));
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    const QList<QByteArray> methods{"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"};
    QSet<int> statuses;
    for (int i = 0; i < 300; ++i) {
      QString path = pick(paths);
      if (random.bounded(4) == 0) {
        path += "/" + QString::fromLatin1(bytes(20).toPercentEncoding());
      }
      QStringList query;
      for (int j = random.bounded(4); j > 0; --j) {
        const QByteArray value = random.bounded(2) ? bytes(30) : QByteArray("ge2020|x,y\\,z");
        query.append(pick(names) + "=" + QString::fromLatin1(value.toPercentEncoding()));
      }
      if (!query.isEmpty()) {
        path += "?" + query.join('&');
      }
      QByteArray body;
      switch (random.bounded(5)) {
        case 0: body = bytes(2000); break;
        case 1: body = valid.left(random.bounded(static_cast<int>(valid.size()))); break;
        case 2: body = deep; break;
        case 3:
          body =
              "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"request\":"
              "{\"method\":\"PUT\",\"url\":\"" +
              bytes(10).toPercentEncoding() + "\"},\"resource\":" + valid + "}]}";
          break;
        default: body = valid; break;
      }
      const QByteArray& method = methods.at(random.bounded(static_cast<int>(methods.size())));
      const HttpReply reply =
          m_http.send(method, path, method == "GET" || method == "HEAD" ? QByteArray() : body);
      statuses.insert(reply.status);
      QVERIFY2(reply.status >= 200 && reply.status < 500,
               qPrintable(QString("%1 %2 -> %3 %4").arg(method, path).arg(reply.status).arg(reply.body)));
    }
    QVERIFY(statuses.contains(400));

    // Not even HTTP.
    for (int i = 0; i < 20; ++i) {
      QTcpSocket socket;
      socket.connectToHost(m_server.base().host(), static_cast<quint16>(m_server.base().port()));
      QVERIFY(socket.waitForConnected(5000));
      socket.write(i % 2 ? bytes(4000)
                         : QByteArray("GET /fhir/metadata HTTP/1.1\r\nContent-Length: -5\r\n\r\n"));
      socket.waitForBytesWritten(5000);
      socket.abort();
    }
    QCOMPARE(m_http.get("metadata").status, 200);
    QCOMPARE(m_http.get("Patient/s-p1").status, 200);
  }
};

QTEST_GUILESS_MAIN(TestFhirDevServer)
#include "tst_fhirdevserver.moc"
