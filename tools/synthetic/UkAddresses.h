// Home addresses and phone numbers that look real but are not: Welsh-border
// towns with their postcode districts, random inward codes, and the Ofcom
// ranges reserved for drama (07700 900xxx, 01632 960xxx).
#pragma once

#include "tools/synthetic/Random.h"

#include <QString>
#include <QStringList>

namespace cw::synthetic {

struct UkAddress {
  QStringList lines;  // house and street, sometimes a flat or village line
  QString city;
  QString district;  // county
  QString postalCode;
};

class UkAddresses {
 public:
  static UkAddress draw(Random& random);
  static QString mobileNumber(Random& random);
  static QString landlineNumber(Random& random);
};

}  // namespace cw::synthetic
