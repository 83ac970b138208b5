#include "smartcard/CardService.h"

#include "smartcard/PcscCardChannel.h"
#include "smartcard/PivCard.h"
#include "smartcard/SmartcardTr.h"

#include <QCryptographicHash>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/rand.h>

namespace cw::smartcard {
namespace {

constexpr int kChallengeBytes = 32;

QByteArray sha256(QByteArrayView bytes) {
  return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool isLoss(CardError::Kind kind) {
  return kind == CardError::Kind::CardRemoved || kind == CardError::Kind::NoCard ||
         kind == CardError::Kind::NoReader || kind == CardError::Kind::ServiceUnavailable ||
         kind == CardError::Kind::Communication;
}

CardError notPiv() {
  return {CardError::Kind::NotPiv, Tr::tr("This card has no PIV application; it is not an NHS smartcard.")};
}

CardholderProof failed(const CardError& error) {
  const bool removed = error.kind == CardError::Kind::CardRemoved || error.kind == CardError::Kind::NoCard;
  return {removed ? CardholderProof::Outcome::CardRemoved : CardholderProof::Outcome::Failed, -1, error};
}

}  // namespace

struct CardService::Session {
  std::unique_ptr<PcscCardChannel> channel;
  std::unique_ptr<PivCard> piv;  // null: the card has no PIV application
  std::optional<CardCertificate> certificate;
};

CardService::CardService(TrustAnchors anchors, const base::Clock& clock)
    : m_verifier(std::move(anchors), clock) {
  m_pool.setMaxThreadCount(1);
  m_pool.setExpiryTimeout(-1);
}

CardService::~CardService() {
  m_pool.waitForDone();
}

QFuture<CardResult<CardInfo>> CardService::readCard(const QString& reader) {
  return QtConcurrent::run(&m_pool, [this, reader] { return doReadCard(reader); });
}

QFuture<CardholderProof> CardService::proveCardholder(const QString& reader, crypto::SecureBytes pin) {
  return QtConcurrent::run(&m_pool, [this, reader, pin = std::move(pin)] { return doProve(reader, pin); });
}

QFuture<CardResult<QByteArray>> CardService::sign(const QString& reader, const QByteArray& message) {
  return QtConcurrent::run(&m_pool, [this, reader, message] { return doSign(reader, message); });
}

CardResult<CardService::Session*> CardService::session(const QString& reader) {
  const auto known = m_sessions.find(reader);
  if (known != m_sessions.end()) {
    if (known->second->channel->isCardPresent()) {
      return known->second.get();
    }
    m_sessions.erase(known);  // the card went (or was swapped): a new card session
  }
  CardResult<std::unique_ptr<PcscCardChannel>> channel = PcscCardChannel::connect(reader);
  if (!channel) {
    return channel.error();
  }
  auto fresh = std::make_unique<Session>();
  fresh->channel = std::move(channel).value();
  auto piv = std::make_unique<PivCard>(*fresh->channel);
  const CardResult<QByteArray> selected = piv->select();
  if (selected) {
    fresh->piv = std::move(piv);
  } else if (selected.error().kind != CardError::Kind::NotPiv) {
    return selected.error();
  }
  Session* result = fresh.get();
  m_sessions[reader] = std::move(fresh);
  return result;
}

CardResult<CardCertificate> CardService::certificate(Session& current) {
  if (current.certificate) {
    return *current.certificate;
  }
  const CardResult<QByteArray> der = current.piv->readCertificate(PivSlot::Authentication);
  if (!der) {
    return der.error();
  }
  CardResult<CardCertificate> parsed = CardCertificate::fromDer(der.value());
  if (parsed) {
    current.certificate = parsed.value();
  }
  return parsed;
}

CardError CardService::dropOnLoss(const QString& reader, const CardError& error) {
  if (isLoss(error.kind)) {
    m_sessions.erase(reader);
  }
  return error;
}

CardResult<CardInfo> CardService::doReadCard(const QString& reader) {
  const CardResult<Session*> current = session(reader);
  if (!current) {
    return current.error();
  }
  Session& card = *current.value();
  CardInfo info;
  info.reader = reader;
  info.atr = card.channel->atr();
  info.isPiv = card.piv != nullptr;
  if (!info.isPiv) {
    return info;
  }
  const CardResult<CardCertificate> certificate9A = certificate(card);
  if (certificate9A) {
    info.certificate = certificate9A.value();
    info.userId = certificate9A->userId();
    info.displayName = certificate9A->displayName();
    info.trust = m_verifier.verify(certificate9A.value());
  } else if (certificate9A.error().kind == CardError::Kind::Malformed) {
    info.trust = TrustResult::Malformed;
  } else {
    return dropOnLoss(reader, certificate9A.error());
  }
  const CardResult<PivCard::Chuid> chuid = card.piv->readChuid();
  if (chuid) {
    info.chuidGuid = chuid->guid;
  } else if (chuid.error().kind != CardError::Kind::NotFound) {
    return dropOnLoss(reader, chuid.error());
  }
  const CardResult<PivCard::PinStatus> pin = card.piv->pinTriesLeft();
  if (!pin) {
    return dropOnLoss(reader, pin.error());
  }
  info.pinVerified = pin->verified;
  info.triesLeft = pin->triesLeft;
  return info;
}

CardholderProof CardService::doProve(const QString& reader, const crypto::SecureBytes& pin) {
  const CardResult<Session*> current = session(reader);
  if (!current) {
    return failed(current.error());
  }
  Session& card = *current.value();
  if (!card.piv) {
    return failed(notPiv());
  }
  const CardResult<CardCertificate> certificate9A = certificate(card);
  if (!certificate9A) {
    return failed(dropOnLoss(reader, certificate9A.error()));
  }
  // Fail closed: no PIN goes to a card whose certificate would not be accepted.
  const TrustResult trust = m_verifier.verify(certificate9A.value());
  if (trust != TrustResult::Trusted) {
    return failed({CardError::Kind::Untrusted, CertificateVerifier::describe(trust)});
  }
  const PivCard::PinVerification verified = card.piv->verifyPin(pin);
  switch (verified.outcome) {
    case PivCard::PinVerification::Outcome::Verified: break;
    case PivCard::PinVerification::Outcome::WrongPin:
      return {CardholderProof::Outcome::WrongPin, verified.triesLeft, {}};
    case PivCard::PinVerification::Outcome::Blocked: return {CardholderProof::Outcome::Blocked, 0, {}};
    case PivCard::PinVerification::Outcome::Failed: return failed(dropOnLoss(reader, verified.error));
  }
  QByteArray challenge(kChallengeBytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(challenge.data()), kChallengeBytes) != 1) {
    return failed({CardError::Kind::Unsupported, Tr::tr("The workstation has no source of random numbers.")});
  }
  const QByteArray digest = sha256(challenge);
  const CardResult<QByteArray> signature = card.piv->sign(certificate9A->keyAlgorithm(), digest);
  if (!signature) {
    return failed(dropOnLoss(reader, signature.error()));
  }
  if (!verifySignature(certificate9A.value(), digest, signature.value())) {
    return failed({CardError::Kind::Untrusted,
                   Tr::tr("The card's signature does not match its certificate; the card may be forged.")});
  }
  return {CardholderProof::Outcome::Verified, -1, {}};
}

CardResult<QByteArray> CardService::doSign(const QString& reader, const QByteArray& message) {
  const CardResult<Session*> current = session(reader);
  if (!current) {
    return current.error();
  }
  Session& card = *current.value();
  if (!card.piv) {
    return notPiv();
  }
  const CardResult<CardCertificate> certificate9A = certificate(card);
  if (!certificate9A) {
    return dropOnLoss(reader, certificate9A.error());
  }
  const CardResult<QByteArray> signature = card.piv->sign(certificate9A->keyAlgorithm(), sha256(message));
  if (!signature) {
    return dropOnLoss(reader, signature.error());
  }
  return signature;
}

}  // namespace cw::smartcard
