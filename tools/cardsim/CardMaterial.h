// `cardsim init`: writes the demo card material of decision 004 (trust
// anchor, one card file per persona and test card, the demo IdP's
// accounts). Keys are fresh on every run; file names never change.
#pragma once

#include <QDateTime>
#include <QString>

namespace cw::cardsim {

class CardMaterial {
 public:
  // Card certificates are valid from a day before `now` for two years.
  explicit CardMaterial(QDateTime now);

  // Writes into `directory` (created when missing); false with `error` set
  // when a file cannot be written.
  bool write(const QString& directory, QString* error) const;

 private:
  QDateTime m_now;
};

}  // namespace cw::cardsim
