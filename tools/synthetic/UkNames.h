// Names as they appear on UK patient lists: English, Welsh, Scottish and
// Irish, South Asian, West African, East Asian and Polish, with the
// apostrophes, hyphens, particles and accents that break naive code.
#pragma once

#include "tools/synthetic/Random.h"

#include <QString>
#include <QStringList>

namespace cw::synthetic {

enum class Gender { Male, Female, Other, Unknown };

struct PersonName {
  QString prefix;  // empty for children
  QStringList given;
  QString family;

  QString text() const;  // "Mrs Siân Eluned O'Brien"
};

class UkNames {
 public:
  static PersonName draw(Random& random, Gender gender, int ageYears);
};

}  // namespace cw::synthetic
