// One demo card as decision 004 stores it (DIR/cards/<persona>.json): ATR,
// transport, PIN, tries, CHUID and the keys of slots 9A and 9D.
#pragma once

#include "tools/cardsim/PivKey.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

namespace cw::cardsim {

struct CardFile {
  QString persona;
  QByteArray atr;
  bool pivApplet = true;  // false: "applet": "none"
  bool t0 = false;        // "transport": "t0"
  QByteArray pin;
  int triesLeft = 3;
  int maxTries = 3;
  QByteArray chuidGuid;           // 16 bytes
  QByteArray chuidExpiry;         // "YYYYMMDD"
  std::map<quint8, PivKey> keys;  // by key reference, e.g. 0x9A

  const PivKey* key(quint8 reference) const;

  static std::optional<CardFile> fromJson(const QByteArray& json, QString* error);
  static std::optional<CardFile> load(const QString& path, QString* error);
};

}  // namespace cw::cardsim
