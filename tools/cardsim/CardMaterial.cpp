#include "tools/cardsim/CardMaterial.h"

#include "tools/cardsim/CertificateIssuer.h"
#include "tools/cardsim/RbacCatalogue.h"
#include "tools/synthetic/DemoPersonas.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/rand.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace cw::cardsim {
namespace {

constexpr char kAtr[] = "3BF81300008131FE15597562696B657934D4";
constexpr char kPin[] = "123456";
constexpr int kMaxTries = 3;
constexpr int kCardYears = 2;

enum class Trait { Normal, Blocked, Expired, Untrusted, NotPiv, NoRoles, Mismatch, T0 };

// One card to write: a persona's, or a test card with its own identity.
struct Card {
  QString name;
  QString userId;
  QString given;
  QString family;
  QString title;
  const char* practitionerId = "";  // the persona's roles; empty for test cards
  PivKey::Algorithm signingAlgorithm = PivKey::Algorithm::EccP256;
  Trait trait = Trait::Normal;
};

struct TestCard {
  const char* name;
  const char* userId;
  const char* family;
  Trait trait;
};

// Test cards have user ids of their own in 55500000019x; `mismatch`'s IdP
// account answers with 555000000199 instead of its card's id.
constexpr std::array kTestCards{
    TestCard{"blocked", "555000000191", "Blocked", Trait::Blocked},
    TestCard{"expired", "555000000192", "Expired", Trait::Expired},
    TestCard{"untrusted", "555000000193", "Untrusted", Trait::Untrusted},
    TestCard{"not-piv", "555000000194", "NotPiv", Trait::NotPiv},
    TestCard{"no-roles", "555000000195", "NoRoles", Trait::NoRoles},
    TestCard{"mismatch", "555000000196", "Mismatch", Trait::Mismatch},
};
constexpr char kMismatchSub[] = "555000000199";

std::vector<Card> allCards() {
  std::vector<Card> cards;
  for (const synthetic::DemoPersona& persona : synthetic::kDemoPersonas) {
    Card card{QString::fromUtf8(persona.key),    QString::fromLatin1(persona.sdsUserId),
              QString::fromUtf8(persona.given),  QString::fromUtf8(persona.family),
              QString::fromUtf8(persona.prefix), persona.practitionerId};
    if (card.name == QLatin1String("pharmacist")) {
      card.signingAlgorithm = PivKey::Algorithm::Rsa2048;
    }
    cards.push_back(card);
    if (card.name == QLatin1String("ward-nurse")) {
      card.name = QStringLiteral("t0-nurse");
      card.trait = Trait::T0;
      cards.push_back(card);
    }
  }
  for (const TestCard& test : kTestCards) {
    cards.push_back(Card{QString::fromLatin1(test.name),
                         QString::fromLatin1(test.userId),
                         QStringLiteral("Test"),
                         QString::fromLatin1(test.family),
                         {},
                         "",
                         PivKey::Algorithm::EccP256,
                         test.trait});
  }
  return cards;
}

QString randomHex(int bytes) {
  QByteArray random(bytes, Qt::Uninitialized);
  if (RAND_bytes(reinterpret_cast<unsigned char*>(random.data()), bytes) != 1) {
    throw std::runtime_error("RAND_bytes");
  }
  return QString::fromLatin1(random.toHex().toUpper());
}

bool writePrivate(const QString& path, const QByteArray& content, QString* error) {
  QFile file(path);
  // Owner-only before any content: the card files hold private keys.
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
      file.write(content) != content.size() || !file.flush()) {
    *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
  }
  return true;
}

QJsonObject keyJson(const CertificateIssuer& issuer, PivKey::Algorithm algorithm,
                    const CertificateIssuer::Subject& subject, const QDateTime& notBefore,
                    const QDateTime& notAfter, const char* keyUsage) {
  const PkeyPtr key = CertificateIssuer::generateKey(algorithm);
  const X509Ptr certificate = issuer.issue(key.get(), subject, notBefore, notAfter, keyUsage);
  return QJsonObject{
      {QStringLiteral("algorithm"),
       algorithm == PivKey::Algorithm::EccP256 ? QStringLiteral("ecc-p256") : QStringLiteral("rsa-2048")},
      {QStringLiteral("privateKey"), QString::fromLatin1(CertificateIssuer::privateKeyPem(key.get()))},
      {QStringLiteral("certificate"),
       QString::fromLatin1(CertificateIssuer::certificatePem(certificate.get()))}};
}

QJsonArray rolesOf(const Card& card) {
  QJsonArray roles;
  if (card.trait == Trait::NoRoles) {
    return roles;
  }
  if (qstrlen(card.practitionerId) == 0) {
    // A test card's account gets one nurse role at the trust, with role
    // and membership ids derived from its user id.
    roles.append(RbacCatalogue::role({QStringLiteral("5550000011") + card.userId.right(2),
                                      QStringLiteral("5550000021") + card.userId.right(2),
                                      QString::fromLatin1(synthetic::kDemoOrganizations[0].odsCode),
                                      QStringLiteral("R8001")}));
    return roles;
  }
  for (const synthetic::DemoRole& role : synthetic::kDemoRoles) {
    if (qstrcmp(role.practitionerId, card.practitionerId) != 0 || qstrlen(role.sdsRoleProfileId) == 0) {
      continue;
    }
    QString orgCode;
    for (const synthetic::DemoOrganization& organization : synthetic::kDemoOrganizations) {
      if (qstrcmp(organization.id, role.organizationId) == 0) {
        orgCode = QString::fromLatin1(organization.odsCode);
      }
    }
    const QString roleId = QString::fromLatin1(role.sdsRoleProfileId);
    roles.append(RbacCatalogue::role({roleId, QStringLiteral("5550000021") + roleId.right(2), orgCode,
                                      QString::fromLatin1(role.jobRoleCode)}));
  }
  return roles;
}

QJsonArray orgsOf(const QJsonArray& roles) {
  QJsonArray orgs;
  QStringList seen;
  for (const QJsonValue& role : roles) {
    const QString code = role.toObject().value(QLatin1String("org_code")).toString();
    if (seen.contains(code)) {
      continue;
    }
    seen.append(code);
    for (const synthetic::DemoOrganization& organization : synthetic::kDemoOrganizations) {
      if (code == QLatin1String(organization.odsCode)) {
        orgs.append(QJsonObject{{QStringLiteral("org_code"), code},
                                {QStringLiteral("org_name"), QString::fromUtf8(organization.name)}});
      }
    }
  }
  return orgs;
}

QJsonObject accountOf(const Card& card) {
  const QJsonArray roles = rolesOf(card);
  return QJsonObject{{QStringLiteral("sub"),
                      card.trait == Trait::Mismatch ? QString::fromLatin1(kMismatchSub) : card.userId},
                     {QStringLiteral("cardUid"), card.userId},
                     {QStringLiteral("name"), card.given + QLatin1Char(' ') + card.family},
                     {QStringLiteral("given_name"), card.given},
                     {QStringLiteral("family_name"), card.family},
                     {QStringLiteral("title"), card.title},
                     {QStringLiteral("roles"), roles},
                     {QStringLiteral("orgs"), orgsOf(roles)}};
}

}  // namespace

CardMaterial::CardMaterial(QDateTime now) : m_now(std::move(now)) {}

bool CardMaterial::write(const QString& directory, QString* error) const {
  const QDir root(directory);
  for (const QString& sub : {QStringLiteral("trust"), QStringLiteral("cards"), QStringLiteral("idp")}) {
    if (!root.mkpath(sub)) {
      *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(root.filePath(sub)));
      return false;
    }
  }
  try {
    const QDateTime created = m_now.addDays(-1);
    const CertificateIssuer trusted(QStringLiteral("Clinical Workstation Demo Card CA"), created);
    const CertificateIssuer untrusted(QStringLiteral("Clinical Workstation Untrusted Card CA"), created);
    if (!writePrivate(root.filePath(QStringLiteral("trust/card-ca.pem")),
                      CertificateIssuer::certificatePem(trusted.certificate()), error)) {
      return false;
    }
    QJsonArray accounts;
    for (const Card& card : allCards()) {
      const bool expired = card.trait == Trait::Expired;
      const QDateTime notBefore = expired ? m_now.addYears(-3) : created;
      const QDateTime notAfter = expired ? m_now.addYears(-1) : m_now.addYears(kCardYears);
      const CertificateIssuer& issuer = card.trait == Trait::Untrusted ? untrusted : trusted;
      const CertificateIssuer::Subject subject{card.userId, card.given + QLatin1Char(' ') + card.family};
      const QJsonObject json{
          {QStringLiteral("persona"), card.name},
          {QStringLiteral("atr"), QString::fromLatin1(kAtr)},
          {QStringLiteral("applet"),
           card.trait == Trait::NotPiv ? QStringLiteral("none") : QStringLiteral("piv")},
          {QStringLiteral("transport"),
           card.trait == Trait::T0 ? QStringLiteral("t0") : QStringLiteral("t1")},
          {QStringLiteral("pin"), QString::fromLatin1(kPin)},
          {QStringLiteral("triesLeft"), card.trait == Trait::Blocked ? 0 : kMaxTries},
          {QStringLiteral("maxTries"), kMaxTries},
          {QStringLiteral("chuid"),
           QJsonObject{{QStringLiteral("guid"), randomHex(16)},
                       {QStringLiteral("expiry"), notAfter.toString(QStringLiteral("yyyyMMdd"))}}},
          {QStringLiteral("keys"),
           QJsonObject{{QStringLiteral("9A"), keyJson(issuer, card.signingAlgorithm, subject, notBefore,
                                                      notAfter, "digitalSignature")},
                       {QStringLiteral("9D"), keyJson(issuer, PivKey::Algorithm::EccP256, subject, notBefore,
                                                      notAfter, "keyAgreement")}}}};
      if (!writePrivate(root.filePath(QStringLiteral("cards/%1.json").arg(card.name)),
                        QJsonDocument(json).toJson(), error)) {
        return false;
      }
      // The T=0 card is the ward nurse's: her account already covers it.
      if (card.trait != Trait::T0) {
        accounts.append(accountOf(card));
      }
    }
    return writePrivate(root.filePath(QStringLiteral("idp/accounts.json")),
                        QJsonDocument(QJsonObject{{QStringLiteral("accounts"), accounts}}).toJson(), error);
  } catch (const std::runtime_error& failure) {
    *error = QStringLiteral("OpenSSL failed in %1").arg(QString::fromLatin1(failure.what()));
    return false;
  }
}

}  // namespace cw::cardsim
