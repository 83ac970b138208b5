#include "tools/cardsim/CardFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cw::cardsim {
namespace {

constexpr int kGuidBytes = 16;
constexpr int kMaxPinTries = 15;  // what 63CX can report

bool isPin(const QByteArray& pin) {
  static const QRegularExpression digits(QStringLiteral("^[0-9]{6,8}$"));
  return digits.match(QString::fromLatin1(pin)).hasMatch();
}

}  // namespace

const PivKey* CardFile::key(quint8 reference) const {
  const auto found = keys.find(reference);
  return found == keys.end() ? nullptr : &found->second;
}

std::optional<CardFile> CardFile::fromJson(const QByteArray& json, QString* error) {
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
  if (!document.isObject()) {
    *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
    return std::nullopt;
  }
  const QJsonObject object = document.object();
  CardFile card;
  card.persona = object.value(QLatin1String("persona")).toString();
  card.atr = QByteArray::fromHex(object.value(QLatin1String("atr")).toString().toLatin1());
  card.pivApplet = object.value(QLatin1String("applet")).toString() != QLatin1String("none");
  card.t0 = object.value(QLatin1String("transport")).toString() == QLatin1String("t0");
  card.pin = object.value(QLatin1String("pin")).toString().toLatin1();
  card.maxTries = object.value(QLatin1String("maxTries")).toInt(-1);
  card.triesLeft = object.value(QLatin1String("triesLeft")).toInt(-1);
  const QJsonObject chuid = object.value(QLatin1String("chuid")).toObject();
  card.chuidGuid = QByteArray::fromHex(chuid.value(QLatin1String("guid")).toString().toLatin1());
  card.chuidExpiry = chuid.value(QLatin1String("expiry")).toString().toLatin1();
  if (card.persona.isEmpty() || card.atr.isEmpty() || !isPin(card.pin) || card.maxTries < 1 ||
      card.maxTries > kMaxPinTries || card.triesLeft < 0 || card.triesLeft > card.maxTries ||
      card.chuidGuid.size() != kGuidBytes || card.chuidExpiry.size() != 8) {
    *error = QStringLiteral(
        "persona, atr, pin (6-8 digits), maxTries (1-15), triesLeft or chuid missing or invalid");
    return std::nullopt;
  }
  const QJsonObject keys = object.value(QLatin1String("keys")).toObject();
  for (auto entry = keys.begin(); entry != keys.end(); ++entry) {
    bool ok = false;
    const uint reference = entry.key().toUInt(&ok, 16);
    if (!ok || (reference != 0x9A && reference != 0x9C && reference != 0x9D && reference != 0x9E)) {
      *error = QStringLiteral("unknown key slot \"%1\"").arg(entry.key());
      return std::nullopt;
    }
    const QJsonObject key = entry.value().toObject();
    QString keyError;
    std::optional<PivKey> pivKey =
        PivKey::fromPem(key.value(QLatin1String("algorithm")).toString(),
                        key.value(QLatin1String("privateKey")).toString().toLatin1(),
                        key.value(QLatin1String("certificate")).toString().toLatin1(), &keyError);
    if (!pivKey) {
      *error = QStringLiteral("key %1: %2").arg(entry.key(), keyError);
      return std::nullopt;
    }
    card.keys.emplace(static_cast<quint8>(reference), std::move(*pivKey));
  }
  return card;
}

std::optional<CardFile> CardFile::load(const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    return std::nullopt;
  }
  std::optional<CardFile> card = fromJson(file.readAll(), error);
  if (!card) {
    *error = QStringLiteral("%1: %2").arg(path, *error);
  }
  return card;
}

}  // namespace cw::cardsim
