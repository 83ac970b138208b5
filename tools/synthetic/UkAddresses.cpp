#include "tools/synthetic/UkAddresses.h"

#include <array>

namespace cw::synthetic {
namespace {

struct Area {
  const char* town;
  const char* county;
  const char* outward;  // postcode district
};

// Most patients live near the trust on the English-Welsh border; a few come
// from further away.
constexpr std::array kAreas{
    Area{"Chester", "Cheshire", "CH1"},
    Area{"Chester", "Cheshire", "CH2"},
    Area{"Chester", "Cheshire", "CH3"},
    Area{"Chester", "Cheshire", "CH4"},
    Area{"Ellesmere Port", "Cheshire", "CH65"},
    Area{"Mold", "Flintshire", "CH7"},
    Area{"Wrexham", "Wrexham", "LL11"},
    Area{"Wrexham", "Wrexham", "LL12"},
    Area{"Wrexham", "Wrexham", "LL13"},
    Area{"Llangollen", "Denbighshire", "LL20"},
    Area{"Oswestry", "Shropshire", "SY10"},
    Area{"Oswestry", "Shropshire", "SY11"},
    Area{"Shrewsbury", "Shropshire", "SY1"},
    Area{"Shrewsbury", "Shropshire", "SY3"},
    Area{"Aberystwyth", "Ceredigion", "SY23"},
    Area{"Liverpool", "Merseyside", "L15"},
    Area{"Manchester", "Greater Manchester", "M14"},
    Area{"Cardiff", "South Glamorgan", "CF14"},
    Area{"London", "Greater London", "E17"},
};

constexpr std::array kStreets{
    "Church Lane",  "Station Road",    "High Street",   "Heol y Parc", "Ffordd yr Orsaf", "Victoria Road",
    "Mill Lane",    "St Mary's Close", "Queen's Drive", "Bryn Awelon", "Watergate Row",   "Castle Street",
    "Y Stryd Fawr", "Lôn Goch",        "Orchard Way",   "Kingsway",    "Brook Street",    "Maes-y-Dre"};

constexpr std::array kVillages{"Saltney", "Gresford", "Rossett", "Pentre", "Llay", "Higher Kinnerton"};

// Letters Royal Mail uses in the inward code ("3QT"): no C, I, K, M, O or V.
constexpr char kInwardLetters[] = "ABDEFGHJLNPQRSTUWXYZ";

QString inwardCode(Random& random) {
  const auto letter = [&random]() {
    return QLatin1Char(kInwardLetters[random.below(sizeof(kInwardLetters) - 1)]);
  };
  QString code = QString::number(random.between(0, 9));
  code += letter();
  code += letter();
  return code;
}

QString digits(Random& random, int count) {
  QString text;
  for (int i = 0; i < count; ++i) {
    text += QLatin1Char(static_cast<char>('0' + random.between(0, 9)));
  }
  return text;
}

}  // namespace

UkAddress UkAddresses::draw(Random& random) {
  const Area& area = random.pick(kAreas);
  UkAddress address;
  const QString street = QString::fromUtf8(random.pick(kStreets));
  if (random.percent(15)) {
    address.lines << QStringLiteral("Flat %1").arg(random.between(1, 24));
  }
  address.lines << QStringLiteral("%1 %2").arg(random.between(1, 180)).arg(street);
  if (random.percent(20)) {
    address.lines << QString::fromUtf8(random.pick(kVillages));
  }
  address.city = QString::fromUtf8(area.town);
  address.district = QString::fromUtf8(area.county);
  address.postalCode = QString::fromUtf8(area.outward) + QLatin1Char(' ') + inwardCode(random);
  return address;
}

QString UkAddresses::mobileNumber(Random& random) {
  return QStringLiteral("07700 900") + digits(random, 3);
}

QString UkAddresses::landlineNumber(Random& random) {
  return QStringLiteral("01632 960") + digits(random, 3);
}

}  // namespace cw::synthetic
