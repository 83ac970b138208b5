// R4 websocket subscriptions on the real dev server, the way HAPI FHIR does
// them: a requested websocket Subscription becomes active; a client binds a
// socket to it and gets "ping <id>" for each matching create, update and
// delete, and nothing for changes that do not match.
#include "tests/support/DevServerProcess.h"
#include "tests/support/TestHttpClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <optional>

using cw::test::HttpReply;

namespace {

QByteArray compact(const QJsonObject& object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject subscription(const QString& criteria, const QString& channel = "websocket") {
  return {{"resourceType", "Subscription"},
          {"status", "requested"},
          {"reason", "test"},
          {"criteria", criteria},
          {"channel", QJsonObject{{"type", channel}}}};
}

QJsonObject reference(const QString& target) {
  return {{"reference", target}};
}

// A websocket client that keeps every text frame it receives, in order.
class SocketProbe {
 public:
  SocketProbe() {
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived,
                     [this](const QString& message) { m_messages.append(message); });
  }

  bool open(const QUrl& url) {
    m_socket.open(url);
    return waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; });
  }

  void send(const QString& message) { m_socket.sendTextMessage(message); }

  // The next frame, or nothing when none comes within 10 s (a hung server).
  std::optional<QString> next() {
    if (!waitFor([this] { return !m_messages.isEmpty(); })) {
      return std::nullopt;
    }
    return m_messages.takeFirst();
  }

  bool waitUntilClosed() {
    return waitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; });
  }

  // After a change, proves no frame came for it: a bound socket answers any
  // message, and that answer arrives after any ping sent before it.
  std::optional<QString> nextAfterSync() {
    send("sync");
    return next();
  }

 private:
  template <typename Condition>
  bool waitFor(Condition condition) {
    const QDeadlineTimer deadline(10000);
    while (!condition() && !deadline.hasExpired()) {
      QTest::qWait(5);
    }
    return condition();
  }

  QWebSocket m_socket;
  QStringList m_messages;
};

}  // namespace

class TestDevServerSubscriptions : public QObject {
  Q_OBJECT

 private:
  cw::test::DevServerProcess m_server;
  cw::test::TestHttpClient m_http;
  QUrl m_websocket;

  QString createSubscription(const QString& criteria) {
    const HttpReply reply = m_http.send("POST", "Subscription", compact(subscription(criteria)));
    if (reply.status != 201 || reply.json()["status"].toString() != "active") {
      qWarning("subscription not active: %d %s", reply.status, reply.body.constData());
    }
    return reply.json()["id"].toString();
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    m_http.setBase(m_server.base());
    const QJsonObject rest = m_http.get("metadata").json()["rest"][0].toObject();
    m_websocket = QUrl(rest["extension"][0]["valueUri"].toString());
    QCOMPARE(m_websocket.path(), QString("/websocket"));
  }

  void pingsOnlyForMatchingChanges_data() {
    QTest::addColumn<QString>("criteria");
    QTest::addColumn<QJsonObject>("matching");
    QTest::addColumn<QJsonObject>("other");
    QTest::newRow("observations of a patient") << "Observation?patient=Patient/sub-p1"
                                               << QJsonObject{{"resourceType", "Observation"},
                                                              {"status", "final"},
                                                              {"code", QJsonObject{{"text", "hr"}}},
                                                              {"subject", reference("Patient/sub-p1")}}
                                               << QJsonObject{{"resourceType", "Observation"},
                                                              {"status", "final"},
                                                              {"code", QJsonObject{{"text", "hr"}}},
                                                              {"subject", reference("Patient/sub-p2")}};
    QTest::newRow("tasks of a role") << "Task?owner=PractitionerRole/sub-r1"
                                     << QJsonObject{{"resourceType", "Task"},
                                                    {"status", "requested"},
                                                    {"intent", "order"},
                                                    {"owner", reference("PractitionerRole/sub-r1")}}
                                     << QJsonObject{{"resourceType", "Task"},
                                                    {"status", "requested"},
                                                    {"intent", "order"},
                                                    {"owner", reference("PractitionerRole/sub-r2")}};
    QTest::newRow("two parameters") << "Communication?recipient=PractitionerRole/sub-r1&status=in-progress"
                                    << QJsonObject{{"resourceType", "Communication"},
                                                   {"status", "in-progress"},
                                                   {"recipient",
                                                    QJsonArray{reference("PractitionerRole/sub-r1")}}}
                                    << QJsonObject{
                                           {"resourceType", "Communication"},
                                           {"status", "completed"},
                                           {"recipient", QJsonArray{reference("PractitionerRole/sub-r1")}}};
  }

  void pingsOnlyForMatchingChanges() {
    QFETCH(QString, criteria);
    QFETCH(QJsonObject, matching);
    QFETCH(QJsonObject, other);
    const QString id = createSubscription(criteria);
    QVERIFY(!id.isEmpty());
    SocketProbe socket;
    QVERIFY(socket.open(m_websocket));
    socket.send("bind " + id);
    QCOMPARE(socket.next(), std::optional<QString>("bound " + id));

    const HttpReply unrelated = m_http.send("POST", other["resourceType"].toString(), compact(other));
    QCOMPARE(unrelated.status, 201);
    QVERIFY(socket.nextAfterSync().value_or("").startsWith("error Unexpected client message"));

    const HttpReply created = m_http.send("POST", matching["resourceType"].toString(), compact(matching));
    QCOMPARE(created.status, 201);
    QCOMPARE(socket.next(), std::optional<QString>("ping " + id));

    const QString path = matching["resourceType"].toString() + "/" + created.json()["id"].toString();
    QCOMPARE(m_http.send("PUT", path, compact(created.json())).status, 200);
    QCOMPARE(socket.next(), std::optional<QString>("ping " + id));
    QCOMPARE(m_http.send("DELETE", path).status, 204);
    QCOMPARE(socket.next(), std::optional<QString>("ping " + id));

    // A change that moves the other resource into the criteria pings too.
    QJsonObject moved = matching;
    moved["id"] = unrelated.json()["id"].toString();
    QCOMPARE(
        m_http.send("PUT", other["resourceType"].toString() + "/" + moved["id"].toString(), compact(moved))
            .status,
        200);
    QCOMPARE(socket.next(), std::optional<QString>("ping " + id));
    QVERIFY(socket.nextAfterSync().value_or("").startsWith("error Unexpected client message"));
  }

  void bindTakesTheSubscriptionReferenceForm() {
    const QString id = createSubscription("Flag?patient=Patient/sub-p1");
    SocketProbe socket;
    QVERIFY(socket.open(m_websocket));
    socket.send("hello");  // ignored before a bind, as HAPI does
    socket.send("bind Subscription/" + id);
    QCOMPARE(socket.next(), std::optional<QString>("bound " + id));
  }

  void bindToWhatIsNotAnActiveWebsocketSubscriptionFails_data() {
    QTest::addColumn<QString>("id");
    QTest::newRow("unknown id") << "no-such-subscription";
    const HttpReply restHook =
        m_http.send("POST", "Subscription", compact(subscription("Observation?patient=x", "rest-hook")));
    QCOMPARE(restHook.json()["status"].toString(), QString("error"));
    QTest::newRow("rest-hook") << restHook.json()["id"].toString();
    QJsonObject off = subscription("Observation?patient=x");
    off["status"] = "off";
    QTest::newRow("off") << m_http.send("POST", "Subscription", compact(off)).json()["id"].toString();
  }

  void bindToWhatIsNotAnActiveWebsocketSubscriptionFails() {
    QFETCH(QString, id);
    SocketProbe socket;
    QVERIFY(socket.open(m_websocket));
    socket.send("bind " + id);
    const std::optional<QString> answer = socket.next();
    QVERIFY(answer.has_value());
    QVERIFY2(answer->startsWith("error ") && answer->contains(id), qPrintable(*answer));
    QVERIFY(socket.waitUntilClosed());
  }

  void deletingTheSubscriptionStopsPings() {
    const QString id = createSubscription("Observation?patient=Patient/sub-p3");
    SocketProbe socket;
    QVERIFY(socket.open(m_websocket));
    socket.send("bind " + id);
    QCOMPARE(socket.next(), std::optional<QString>("bound " + id));
    QCOMPARE(m_http.send("DELETE", "Subscription/" + id).status, 204);
    const QJsonObject observation{{"resourceType", "Observation"},
                                  {"status", "final"},
                                  {"code", QJsonObject{{"text", "hr"}}},
                                  {"subject", reference("Patient/sub-p3")}};
    QCOMPARE(m_http.send("POST", "Observation", compact(observation)).status, 201);
    QVERIFY(socket.nextAfterSync().value_or("").startsWith("error Unexpected client message"));
  }

  void criteriaMustBeASearchTheServerRuns_data() {
    QTest::addColumn<QString>("criteria");
    QTest::newRow("unknown parameter") << "Observation?favourite=1";
    QTest::newRow("unknown type") << "Nonsense?patient=1";
    QTest::newRow("bad date") << "Observation?date=soon";
    QTest::newRow("empty") << "";
  }

  void criteriaMustBeASearchTheServerRuns() {
    QFETCH(QString, criteria);
    const HttpReply reply = m_http.send("POST", "Subscription", compact(subscription(criteria)));
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.json()["issue"][0]["diagnostics"].toString().contains("criteria"));
  }

  void otherPathsAreNotUpgraded() {
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy failed(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(QUrl(m_websocket.toString().replace("/websocket", "/fhir/Patient")));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() + disconnected.count() > 0, 10000);
    QCOMPARE(connected.count(), 0);
  }
};

QTEST_GUILESS_MAIN(TestDevServerSubscriptions)
#include "tst_devserver_subscriptions.moc"
