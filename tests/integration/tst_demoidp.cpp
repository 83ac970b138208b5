// The demo identity provider (tools/demo-idp) over real HTTP: the CIS2 shape
// of its discovery document, keys and tokens, the card login driven the way
// the workstation's bridge does it (the test signs the challenge with its own
// fixture keys), and every way a login or an authorization request must be
// refused. Card material comes from CardFixture, not from cardsim.
#include "tests/integration/CardFixture.h"
#include "tests/support/DemoIdpProcess.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TestHttpClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using cw::test::CardFixture;
using cw::test::DemoIdpProcess;
using cw::test::FixtureCard;
using cw::test::HttpHeaders;
using cw::test::HttpReply;
using cw::test::TestHttpClient;

namespace {

const QString kClientId = QStringLiteral("cw-test-client");
const QString kNurseUid = QStringLiteral("555000000101");
const QString kPharmacistUid = QStringLiteral("555000000104");
const QString kAllScopes = QStringLiteral(
    "openid profile email nhsperson associatedorgs nationalrbacaccess selectedrole offline_access");
const HttpHeaders kFormHeaders{{"Content-Type", "application/x-www-form-urlencoded"}};

QByteArray base64Url(const QByteArray& bytes) {
  return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct Pkce {
  QByteArray verifier;
  QByteArray challenge;
};

Pkce makePkce() {
  QByteArray random(32, '\0');
  for (char& byte : random) {
    byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
  }
  const QByteArray verifier = base64Url(random);
  return {verifier, base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256))};
}

QJsonObject role(const QString& id, const QString& org) {
  return {{"person_roleid", id},
          {"person_orgid", id + "-org"},
          {"org_code", org},
          {"role_code", "S0030:G0100:R0570"},
          {"role_name", "\"Clinical\":\"Nursing\":\"Staff Nurse\""},
          {"activities", QJsonArray{"Manage Medications"}},
          {"activity_codes", QJsonArray{"B0428"}}};
}

QJsonObject account(const QString& uid, const QString& given, const QString& family,
                    const QJsonArray& roles) {
  return {{"sub", uid},
          {"cardUid", uid},
          {"name", given + ' ' + family},
          {"given_name", given},
          {"family_name", family},
          {"title", ""},
          {"roles", roles},
          {"orgs", QJsonArray{QJsonObject{{"org_code", "RX1"}, {"org_name", "Demo Hospital"}},
                              QJsonObject{{"org_code", "RX2"}, {"org_name", "Demo Community Trust"}}}}};
}

QJsonObject jwtPart(const QString& token, int index) {
  const QByteArray part = token.section(u'.', index, index).toLatin1();
  return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

QStringList strings(const QJsonValue& array) {
  QStringList result;
  for (const QJsonValue value : array.toArray()) {
    result.append(value.toString());
  }
  return result;
}

QString pageTitle(const HttpReply& reply) {
  static const QRegularExpression heading(QStringLiteral("<h1>([^<]*)</h1>"));
  return heading.match(QString::fromUtf8(reply.body)).captured(1);
}

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded; base64's '+' and '/' must be escaped.
QByteArray formBody(const FormFields& fields) {
  QByteArrayList pairs;
  for (const auto& [name, value] : fields) {
    pairs.append(name.toUtf8() + '=' + QUrl::toPercentEncoding(value));
  }
  return pairs.join('&');
}

// What the interaction page offers the workstation's bridge.
struct LoginPage {
  HttpReply reply;
  QUrl url;
  QUrl action;
  QByteArray challenge;
  QString cardAgent;  // data-card-agent: the workstation's loopback card agent, if any
};

}  // namespace

class TestDemoIdp : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_nurse = m_ca.issue(CardFixture::KeyType::EccP256, kNurseUid, "Grace Adeyemi");
    m_pharmacist = m_ca.issue(CardFixture::KeyType::Rsa2048, kPharmacistUid, "Rhodri Llewelyn");
    m_cards["nurse"] = m_nurse;
    m_cards["unknown"] = m_ca.issue(CardFixture::KeyType::EccP256, "555000000999", "Nobody Known");
    m_cards["expired"] = m_ca.issue(CardFixture::KeyType::EccP256, kNurseUid, "Grace Adeyemi",
                                    now.addYears(-2), now.addYears(-1));
    m_cards["not-yet-valid"] = m_ca.issue(CardFixture::KeyType::EccP256, kNurseUid, "Grace Adeyemi",
                                          now.addDays(1), now.addYears(1));
    m_cards["untrusted"] = m_rogueCa.issue(CardFixture::KeyType::EccP256, kNurseUid, "Grace Adeyemi");
    m_cards["no-uid"] = m_ca.issue(CardFixture::KeyType::EccP256, {}, "Grace Adeyemi");

    const QJsonObject accounts{
        {"accounts", QJsonArray{account(kNurseUid, "Grace", "Adeyemi", {role("555000000101-1", "RX1")}),
                                account(kPharmacistUid, "Rhodri", "Llewelyn",
                                        {role("555000000104-1", "RX1"), role("555000000104-2", "RX2")})}}};
    m_accountsFile = m_files.write("accounts.json", QJsonDocument(accounts).toJson());
    m_trustFile = m_files.write("card-ca.pem", m_ca.caPem());
    m_idp = std::make_unique<DemoIdpProcess>(m_accountsFile, m_trustFile, kClientId);
    QVERIFY2(m_idp->start(), qPrintable(m_idp->error()));
    qInfo("demo IdP printed 'listening' %lld ms after the process started", m_idp->startupMs());

    TestHttpClient client(m_idp->issuer());
    const HttpReply reply = client.get(".well-known/openid-configuration");
    QCOMPARE(reply.status, 200);
    m_discovery = reply.json();
  }

  void badCommandLinesExitWithAMessage_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString accounts = m_accountsFile;
    const QString trust = m_trustFile;
    QTest::newRow("no trust anchor") << QStringList{"--port", "0", "--accounts", accounts, "--client-id", "x"}
                                     << "--trust is required";
    QTest::newRow("port out of range")
        << QStringList{"--port", "65536", "--accounts", accounts, "--trust", trust, "--client-id", "x"}
        << "--port must be a whole number";
    QTest::newRow("unknown option") << QStringList{"--port",      "0",       "--accounts",
                                                   accounts,      "--trust", trust,
                                                   "--client-id", "x",       "--verbose"}
                                    << "Unknown option '--verbose'";
    QTest::newRow("trust file without a certificate")
        << QStringList{"--port", "0", "--accounts", accounts, "--trust", accounts, "--client-id", "x"}
        << "no PEM certificate";
    QTest::newRow("accounts file of the wrong shape")
        << QStringList{"--port",      "0",
                       "--accounts",  m_files.write("bad.json", "{\"accounts\":[{\"sub\":1}]}"),
                       "--trust",     trust,
                       "--client-id", "x"}
        << "\"sub\" must be a non-empty string";
  }

  void badCommandLinesExitWithAMessage() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start("node", QStringList{qEnvironmentVariable("DEMO_IDP")} + arguments);
    QVERIFY(process.waitForFinished(10000));
    const QString output = QString::fromUtf8(process.readAll());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(output.contains(message), qPrintable(output));
  }

  void discoveryHasTheCis2Shape() {
    QCOMPARE(m_discovery["issuer"].toString(), m_idp->issuer().toString());
    const QStringList scopes = strings(m_discovery["scopes_supported"]);
    for (const QString& scope : kAllScopes.split(u' ')) {
      QVERIFY2(scopes.contains(scope), qPrintable(scope));
    }
    const QStringList claims = strings(m_discovery["claims_supported"]);
    for (const char* claim : {"sub", "uid", "nhsid_useruid", "name", "given_name", "family_name", "title",
                              "idassurancelevel", "nhsid_user_orgs", "nhsid_nrbac_roles", "selected_roleid",
                              "acr", "amr", "id_assurance_level", "authentication_assurance_level"}) {
      QVERIFY2(claims.contains(QLatin1String(claim)), claim);
    }
    const QStringList acrValues = strings(m_discovery["acr_values_supported"]);
    QVERIFY(acrValues.contains("AAL3_ANY"));
    QVERIFY(acrValues.contains("AAL2_OR_AAL3_ANY"));
    QCOMPARE(strings(m_discovery["code_challenge_methods_supported"]), QStringList{"S256"});
    QCOMPARE(strings(m_discovery["id_token_signing_alg_values_supported"]), (QStringList{"ES256", "RS256"}));
    QCOMPARE(strings(m_discovery["response_types_supported"]), QStringList{"code"});
    QCOMPARE(strings(m_discovery["token_endpoint_auth_methods_supported"]), QStringList{"none"});
    for (const char* endpoint : {"authorization_endpoint", "token_endpoint", "userinfo_endpoint",
                                 "end_session_endpoint", "jwks_uri"}) {
      QVERIFY2(m_discovery[QLatin1String(endpoint)].toString().startsWith(m_idp->issuer().toString() + '/'),
               endpoint);
    }
  }

  void jwksHasPublicEs256AndRs256KeysWithKid() {
    const QJsonArray keys = jwks();
    QStringList algorithms;
    for (const QJsonValue key : keys) {
      QVERIFY(!key["kid"].toString().isEmpty());
      QCOMPARE(key["use"].toString(), QStringLiteral("sig"));
      QVERIFY2(!key.toObject().contains("d"), "a private key member is published");
      algorithms.append(key["alg"].toString());
    }
    algorithms.sort();
    QCOMPARE(algorithms, (QStringList{"ES256", "RS256"}));
  }

  void interactionPageCarriesAFreshChallenge() {
    TestHttpClient browser;
    const LoginPage page = openLoginPage(browser, makePkce());
    QCOMPARE(page.reply.status, 200);
    QVERIFY(page.reply.body.contains("<form id=\"card-login\""));
    QCOMPARE(page.challenge.size(), 43);  // base64url of 32 bytes
    QCOMPARE(page.action.path(), page.url.path() + "/card");
    QVERIFY(page.reply.body.contains("Sign in from the Clinical Workstation with your smartcard."));
    const QByteArray policy = page.reply.header("Content-Security-Policy");
    QVERIFY2(policy.contains("script-src 'nonce-") && policy.contains("default-src 'self'"),
             policy.constData());
    QVERIFY(!page.reply.body.contains("src=\"http"));

    const HttpReply again = browser.sendTo("GET", page.url);
    QCOMPARE(again.status, 200);
    QVERIFY(!again.body.contains(page.challenge));
  }

  // A sign-in in the system browser (redirect URI with a loopback port) gets
  // the workstation's card agent at that origin, and only there may the page
  // connect; the embedded browser's portless redirect gets no agent.
  void loginPageNamesTheLoopbackCardAgent_data() {
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("cardAgent");
    QTest::newRow("system browser") << "http://127.0.0.1:53682/callback"
                                    << "http://127.0.0.1:53682";
    QTest::newRow("embedded browser") << "http://127.0.0.1/callback"
                                      << "";
  }

  void loginPageNamesTheLoopbackCardAgent() {
    QFETCH(QString, redirectUri);
    QFETCH(QString, cardAgent);
    TestHttpClient browser;
    const LoginPage page = openLoginPage(browser, makePkce(), redirectUri);
    QCOMPARE(page.reply.status, 200);
    QCOMPARE(page.cardAgent, cardAgent);
    const QByteArray policy = page.reply.header("Content-Security-Policy");
    if (cardAgent.isEmpty()) {
      QVERIFY2(!policy.contains("connect-src"), policy.constData());
    } else {
      QVERIFY2(policy.contains("connect-src 'self' " + cardAgent.toUtf8() + ";"), policy.constData());
    }
  }

  void cardLoginYieldsCis2Tokens_data() {
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<int>("roles");
    QTest::addColumn<QString>("selectedRole");
    QTest::newRow("ECC card, one role: preselected")
        << "nurse"
        << "http://127.0.0.1:53682/callback" << 1 << "555000000101-1";
    // Any loopback port is accepted (RFC 8252 §7.3).
    QTest::newRow("RSA card, two roles: no preselection")
        << "pharmacist"
        << "http://127.0.0.1:61999/callback" << 2 << QString();
  }

  void cardLoginYieldsCis2Tokens() {
    QFETCH(QString, card);
    QFETCH(QString, redirectUri);
    QFETCH(int, roles);
    QFETCH(QString, selectedRole);
    const FixtureCard& signer = card == "nurse" ? m_nurse : m_pharmacist;
    TestHttpClient browser;
    const Pkce pkce = makePkce();
    const LoginPage page = openLoginPage(browser, pkce, redirectUri);
    const HttpReply posted = postCard(browser, page, signer, signChallenge(signer, page.challenge));
    QCOMPARE(posted.status, 303);
    const QUrl callback = followToRedirect(browser, posted, redirectUri);
    const QUrlQuery answer(callback);
    QCOMPARE(answer.queryItemValue("state"), QStringLiteral("state-1"));
    QCOMPARE(answer.queryItemValue("iss", QUrl::FullyDecoded), m_idp->issuer().toString());
    const QString code = answer.queryItemValue("code");
    QVERIFY2(!code.isEmpty(), qPrintable(callback.toString()));

    const HttpReply tokenReply = exchangeCode(code, pkce.verifier, redirectUri);
    QCOMPARE(tokenReply.status, 200);
    const QJsonObject tokens = tokenReply.json();
    QCOMPARE(tokens["expires_in"].toInt(), 600);
    QVERIFY(!tokens["refresh_token"].toString().isEmpty());

    const QString idToken = tokens["id_token"].toString();
    const QJsonObject header = jwtPart(idToken, 0);
    QCOMPARE(header["alg"].toString(), QStringLiteral("ES256"));
    QVERIFY(keyIds().contains(header["kid"].toString()));
    const QJsonObject claims = jwtPart(idToken, 1);
    const QString uid = card == "nurse" ? kNurseUid : kPharmacistUid;
    QCOMPARE(claims["iss"].toString(), m_idp->issuer().toString());
    QCOMPARE(claims["aud"].toString(), kClientId);
    QCOMPARE(claims["sub"].toString(), uid);
    QCOMPARE(claims["nonce"].toString(), QStringLiteral("nonce-1"));
    QCOMPARE(claims["acr"].toString(), QStringLiteral("AAL3_ANY"));
    QCOMPARE(strings(claims["amr"]), QStringList{"N3_SMARTCARD"});
    QCOMPARE(claims["id_assurance_level"].toString(), QStringLiteral("3"));
    QCOMPARE(claims["authentication_assurance_level"].toString(), QStringLiteral("3"));
    QCOMPARE(claims["exp"].toInteger() - claims["iat"].toInteger(), 600);
    QCOMPARE(claims["selected_roleid"].toString(), selectedRole);
    QVERIFY(!claims.contains("nhsid_nrbac_roles"));  // UserInfo only, as in CIS2

    TestHttpClient api;
    const QByteArray bearer = "Bearer " + tokens["access_token"].toString().toLatin1();
    const HttpReply userInfo =
        api.sendTo("GET", QUrl(m_discovery["userinfo_endpoint"].toString()), {}, {{"Authorization", bearer}});
    QCOMPARE(userInfo.status, 200);
    const QJsonObject user = userInfo.json();
    QCOMPARE(user["sub"].toString(), uid);
    QCOMPARE(user["uid"].toString(), uid);
    QCOMPARE(user["nhsid_useruid"].toString(), uid);
    QCOMPARE(user["idassurancelevel"].toString(), QStringLiteral("3"));
    QCOMPARE(user["nhsid_user_orgs"].toArray().size(), 2);
    const QJsonArray userRoles = user["nhsid_nrbac_roles"].toArray();
    QCOMPARE(userRoles.size(), roles);
    QCOMPARE(userRoles[0]["role_code"].toString(), QStringLiteral("S0030:G0100:R0570"));
    QCOMPARE(strings(userRoles[0]["activity_codes"]), QStringList{"B0428"});

    const HttpReply refreshed = tokenRequest({{"grant_type", "refresh_token"},
                                              {"refresh_token", tokens["refresh_token"].toString()},
                                              {"client_id", kClientId}});
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!refreshed.json()["access_token"].toString().isEmpty());
  }

  void signedInBrowserGetsACodeWithoutCardOrConsent() {
    TestHttpClient browser;
    const QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
    const LoginPage page = openLoginPage(browser, makePkce(), redirectUri);
    const HttpReply posted = postCard(browser, page, m_nurse, signChallenge(m_nurse, page.challenge));
    QVERIFY(!followToRedirect(browser, posted, redirectUri).isEmpty());

    QUrlQuery again = authorizationQuery(makePkce(), redirectUri);
    again.removeQueryItem("prompt");
    QUrl url(m_discovery["authorization_endpoint"].toString());
    url.setQuery(again);
    const QUrl callback = followToRedirect(browser, browser.sendTo("GET", url), redirectUri);
    QVERIFY2(QUrlQuery(callback).hasQueryItem("code"), qPrintable(callback.toString()));
  }

  void endSessionReturnsToAnyLoopbackPort() {
    TestHttpClient browser;
    const QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
    const Pkce pkce = makePkce();
    const LoginPage page = openLoginPage(browser, pkce, redirectUri);
    const HttpReply posted = postCard(browser, page, m_nurse, signChallenge(m_nurse, page.challenge));
    const QString code = QUrlQuery(followToRedirect(browser, posted, redirectUri)).queryItemValue("code");
    const QString idToken = exchangeCode(code, pkce.verifier, redirectUri).json()["id_token"].toString();

    QUrl endSession(m_discovery["end_session_endpoint"].toString());
    endSession.setQuery(
        QUrlQuery{{"id_token_hint", idToken}, {"post_logout_redirect_uri", "http://127.0.0.1:61000/"}});
    const HttpReply confirm = browser.sendTo("GET", endSession);
    QCOMPARE(confirm.status, 200);
    static const QRegularExpression form(
        QStringLiteral("action=\"([^\"]+)\"><input type=\"hidden\" name=\"xsrf\" value=\"([^\"]+)\""));
    const QRegularExpressionMatch match = form.match(QString::fromUtf8(confirm.body));
    QVERIFY2(match.hasMatch(), confirm.body.constData());
    const HttpReply done =
        browser.sendTo("POST", QUrl(match.captured(1)),
                       formBody({{"xsrf", match.captured(2)}, {"logout", "yes"}}), kFormHeaders);
    QCOMPARE(done.status, 303);
    QCOMPARE(done.header("Location"), QByteArray("http://127.0.0.1:61000/"));
  }

  void cardFailuresAreRefusedWithoutLogin_data() {
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("origin");  // empty: the issuer's own
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QByteArray>("certificate");  // empty: the card's own
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("title");
    const QString none;
    QTest::newRow("unknown card") << "unknown"
                                  << "unknown" << none << none << QByteArray() << 403 << "Unknown card";
    QTest::newRow("CA that is not a trust anchor")
        << "untrusted"
        << "untrusted" << none << none << QByteArray() << 403 << "Untrusted certificate";
    QTest::newRow("certificate expired a year ago")
        << "expired"
        << "expired" << none << none << QByteArray() << 403 << "Expired certificate";
    QTest::newRow("certificate valid from tomorrow")
        << "not-yet-valid"
        << "not-yet-valid" << none << none << QByteArray() << 403 << "Expired certificate";
    QTest::newRow("no UID in the subject")
        << "no-uid"
        << "no-uid" << none << none << QByteArray() << 403 << "No user id on the card";
    QTest::newRow("signed by another key")
        << "nurse"
        << "unknown" << none << none << QByteArray() << 403 << "Bad signature";
    QTest::newRow("signed for another origin")
        << "nurse"
        << "nurse"
        << "http://127.0.0.1:1" << none << QByteArray() << 403 << "Bad signature";
    QTest::newRow("ECC signature labelled RS256")
        << "nurse"
        << "nurse" << none << "RS256" << QByteArray() << 403 << "Bad signature";
    QTest::newRow("algorithm not offered")
        << "nurse"
        << "nurse" << none << "HS256" << QByteArray() << 400 << "The card answer could not be read";
    QTest::newRow("certificate not base64")
        << "nurse"
        << "nurse" << none << none << QByteArray("not base64!") << 400 << "The card answer could not be read";
    QTest::newRow("certificate not DER")
        << "nurse"
        << "nurse" << none << none << QByteArray("AAAA") << 400 << "The card answer could not be read";
  }

  void cardFailuresAreRefusedWithoutLogin() {
    QFETCH(QString, card);
    QFETCH(QString, signer);
    QFETCH(QString, origin);
    QFETCH(QString, algorithm);
    QFETCH(QByteArray, certificate);
    QFETCH(int, status);
    QFETCH(QString, title);
    TestHttpClient browser;
    const LoginPage page = openLoginPage(browser, makePkce());
    FixtureCard presented = m_cards.value(card);
    presented.key = m_cards.value(signer).key;
    if (!algorithm.isEmpty()) {
      presented.algorithm = algorithm;
    }
    const QByteArray signature = signChallenge(presented, page.challenge, origin);
    const HttpReply refused = postCard(browser, page, presented, signature, certificate);
    QCOMPARE(refused.status, status);
    QCOMPARE(pageTitle(refused), title);
    QVERIFY(refused.header("Location").isEmpty());
    QVERIFY(refused.body.contains("role=\"alert\""));
    // Still not signed in: the interaction asks for the card again.
    const HttpReply again = browser.sendTo("GET", page.url);
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("id=\"card-login\""));
  }

  void replayedChallengeIsRefused() {
    TestHttpClient browser;
    const LoginPage page = openLoginPage(browser, makePkce());
    const QByteArray signature = signChallenge(m_nurse, page.challenge);
    QCOMPARE(postCard(browser, page, m_nurse, signature).status, 303);
    const HttpReply replayed = postCard(browser, page, m_nurse, signature);
    QCOMPARE(replayed.status, 400);
    QCOMPARE(pageTitle(replayed), QStringLiteral("Stale challenge"));
    QVERIFY(replayed.header("Location").isEmpty());
  }

  void challengeOfAReloadedPageNoLongerWorks() {
    TestHttpClient browser;
    const LoginPage first = openLoginPage(browser, makePkce());
    QCOMPARE(browser.sendTo("GET", first.url).status, 200);  // a new challenge replaces the first
    const HttpReply refused = postCard(browser, first, m_nurse, signChallenge(m_nurse, first.challenge));
    QCOMPARE(refused.status, 403);
    QCOMPARE(pageTitle(refused), QStringLiteral("Bad signature"));
  }

  void interactionWithoutItsBrowserIsRefused() {
    TestHttpClient browser;
    const LoginPage page = openLoginPage(browser, makePkce());
    TestHttpClient otherBrowser;  // no interaction cookie
    const HttpReply refused = otherBrowser.sendTo("GET", page.url);
    QCOMPARE(refused.status, 400);
    QCOMPARE(pageTitle(refused), QStringLiteral("Sign-in request expired"));
  }

  void authorizationRequestsWithoutProperPkceAreRefused_data() {
    QTest::addColumn<QString>("method");  // "-": no code_challenge at all
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("error");
    const QString loopback = QStringLiteral("http://127.0.0.1:53682/callback");
    QTest::newRow("missing PKCE") << "-" << loopback << "invalid_request";
    QTest::newRow("plain PKCE") << "plain" << loopback << "invalid_request";
    QTest::newRow("non-loopback redirect") << "S256"
                                           << "http://example.org:53682/callback"
                                           << "invalid_redirect_uri";
    QTest::newRow("https redirect") << "S256"
                                    << "https://127.0.0.1:53682/callback"
                                    << "invalid_redirect_uri";
    QTest::newRow("unregistered path") << "S256"
                                       << "http://127.0.0.1:53682/other"
                                       << "invalid_redirect_uri";
  }

  void authorizationRequestsWithoutProperPkceAreRefused() {
    QFETCH(QString, method);
    QFETCH(QString, redirectUri);
    QFETCH(QString, error);
    QUrlQuery query = authorizationQuery(makePkce(), redirectUri);
    if (method == "-") {
      query.removeQueryItem("code_challenge");
      query.removeQueryItem("code_challenge_method");
    } else {
      query.removeQueryItem("code_challenge_method");
      query.addQueryItem("code_challenge_method", method);
    }
    TestHttpClient browser;
    QUrl url(m_discovery["authorization_endpoint"].toString());
    url.setQuery(query);
    const HttpReply reply = browser.sendTo("GET", url);
    if (reply.status == 303) {
      // The redirect URI is valid, so the error goes back to the client.
      const QUrl location(QString::fromUtf8(reply.header("Location")));
      QVERIFY(location.toString().startsWith(redirectUri));
      QCOMPARE(QUrlQuery(location).queryItemValue("error"), error);
      QVERIFY(!QUrlQuery(location).hasQueryItem("code"));
    } else {
      // The redirect URI is not the client's: an error page, no redirect.
      QCOMPARE(reply.status, 400);
      QVERIFY2(reply.body.contains(error.toUtf8()), reply.body.constData());
      QVERIFY(reply.header("Location").isEmpty());
    }
  }

  void codeNeedsItsVerifier() {
    TestHttpClient browser;
    const QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
    const LoginPage page = openLoginPage(browser, makePkce(), redirectUri);
    const HttpReply posted = postCard(browser, page, m_nurse, signChallenge(m_nurse, page.challenge));
    const QString code = QUrlQuery(followToRedirect(browser, posted, redirectUri)).queryItemValue("code");
    QVERIFY(!code.isEmpty());
    const HttpReply refused = exchangeCode(code, makePkce().verifier, redirectUri);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json()["error"].toString(), QStringLiteral("invalid_grant"));
  }

  // Last: by now the log has seen codes, states and tokens in queries and bodies.
  void requestLogHasPathsWithoutQueries() {
    const std::optional<QStringList> requests = m_idp->requests();
    QVERIFY(requests.has_value());
    QVERIFY(requests->contains("GET /.well-known/openid-configuration"));
    QVERIFY(requests->contains("GET /authorize"));
    QVERIFY(requests->contains("POST /access_token"));
    QVERIFY(requests->contains("GET /userinfo"));
    for (const QString& request : *requests) {
      QVERIFY2(!request.contains(u'?') && !request.contains("state") && !request.contains("code"),
               qPrintable(request));
    }
    QCOMPARE(requests->constLast(), QStringLiteral("GET /__test/requests"));
  }

 private:
  QJsonArray jwks() {
    TestHttpClient client;
    const HttpReply reply = client.sendTo("GET", QUrl(m_discovery["jwks_uri"].toString()));
    return reply.json()["keys"].toArray();
  }

  QStringList keyIds() {
    QStringList ids;
    for (const QJsonValue key : jwks()) {
      ids.append(key["kid"].toString());
    }
    return ids;
  }

  QUrlQuery authorizationQuery(const Pkce& pkce, const QString& redirectUri) const {
    return QUrlQuery{{"client_id", kClientId},
                     {"response_type", "code"},
                     {"scope", kAllScopes},
                     {"redirect_uri", redirectUri},
                     {"state", "state-1"},
                     {"nonce", "nonce-1"},
                     {"prompt", "login"},
                     {"acr_values", "AAL3_ANY"},
                     {"code_challenge", QString::fromLatin1(pkce.challenge)},
                     {"code_challenge_method", "S256"}};
  }

  // Authorization request in `browser`, then the interaction page it leads to.
  LoginPage openLoginPage(TestHttpClient& browser, const Pkce& pkce,
                          const QString& redirectUri = QStringLiteral("http://127.0.0.1:53682/callback")) {
    QUrl url(m_discovery["authorization_endpoint"].toString());
    url.setQuery(authorizationQuery(pkce, redirectUri));
    const HttpReply started = browser.sendTo("GET", url);
    LoginPage page;
    page.url = m_idp->issuer().resolved(QUrl(QString::fromUtf8(started.header("Location"))));
    page.reply = browser.sendTo("GET", page.url);
    static const QRegularExpression form(
        QStringLiteral("<form id=\"card-login\" data-challenge=\"([A-Za-z0-9_-]+)\" method=\"post\" "
                       "action=\"([^\"]+)\"(?: data-card-agent=\"([^\"]+)\")?>"));
    const QRegularExpressionMatch match = form.match(QString::fromUtf8(page.reply.body));
    page.challenge = match.captured(1).toLatin1();
    page.action = m_idp->issuer().resolved(QUrl(match.captured(2)));
    page.cardAgent = match.captured(3);
    return page;
  }

  // What the workstation's card signs: the challenge bound to the page's origin.
  QByteArray signChallenge(const FixtureCard& card, const QByteArray& challenge,
                           const QString& origin = {}) const {
    const QString boundTo = origin.isEmpty() ? m_idp->issuer().toString() : origin;
    return CardFixture::sign(card, "cw-card-login\n" + boundTo.toUtf8() + '\n' + challenge);
  }

  HttpReply postCard(TestHttpClient& browser, const LoginPage& page, const FixtureCard& card,
                     const QByteArray& signature, const QByteArray& certificate = {}) {
    const QByteArray presented = certificate.isEmpty() ? card.certificateDer.toBase64() : certificate;
    return browser.sendTo("POST", page.action,
                          formBody({{"certificate", QString::fromLatin1(presented)},
                                    {"signature", QString::fromLatin1(signature.toBase64())},
                                    {"algorithm", card.algorithm}}),
                          kFormHeaders);
  }

  // Follows the IdP's redirects, never the client's: returns the redirect to `redirectUri`.
  QUrl followToRedirect(TestHttpClient& browser, HttpReply reply, const QString& redirectUri) {
    for (int hop = 0; hop < 5; ++hop) {
      const QUrl location = m_idp->issuer().resolved(QUrl(QString::fromUtf8(reply.header("Location"))));
      if (location.toString().startsWith(redirectUri)) {
        return location;
      }
      if (reply.status != 303 && reply.status != 302) {
        break;
      }
      reply = browser.sendTo("GET", location);
    }
    return {};
  }

  HttpReply tokenRequest(const FormFields& fields) {
    TestHttpClient client;
    return client.sendTo("POST", QUrl(m_discovery["token_endpoint"].toString()), formBody(fields),
                         kFormHeaders);
  }

  HttpReply exchangeCode(const QString& code, const QByteArray& verifier, const QString& redirectUri) {
    return tokenRequest({{"grant_type", "authorization_code"},
                         {"code", code},
                         {"redirect_uri", redirectUri},
                         {"client_id", kClientId},
                         {"code_verifier", QString::fromLatin1(verifier)}});
  }

  cw::test::TestFiles m_files;
  CardFixture m_ca{QStringLiteral("Demo Card CA")};
  // Same name as the trust anchor, other key: only the signature tells them apart.
  CardFixture m_rogueCa{QStringLiteral("Demo Card CA")};
  FixtureCard m_nurse;
  FixtureCard m_pharmacist;
  QHash<QString, FixtureCard> m_cards;
  QString m_accountsFile;
  QString m_trustFile;
  std::unique_ptr<DemoIdpProcess> m_idp;
  QJsonObject m_discovery;
};

QTEST_GUILESS_MAIN(TestDemoIdp)
#include "tst_demoidp.moc"
