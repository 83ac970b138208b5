#include "tools/synthetic/UkNames.h"

#include <array>
#include <span>

namespace cw::synthetic {
namespace {

// Names drawn from one heritage at a time, so a patient's given and family
// names belong together.
struct Heritage {
  int weight;  // out of 100
  std::span<const char* const> male;
  std::span<const char* const> female;
  std::span<const char* const> family;
};

constexpr std::array<const char*, 15> kEnglishMale{"Oliver", "George",  "Harry",   "Jack",    "Thomas",
                                                   "James",  "William", "Peter",   "David",   "Brian",
                                                   "Keith",  "Derek",   "Michael", "Stephen", "Bartholomew"};
constexpr std::array<const char*, 16> kEnglishFemale{
    "Margaret", "Elizabeth", "Joan",     "Olivia",  "Amelia", "Isla",    "Emily",     "Jessica",
    "Sophie",   "Susan",     "Patricia", "Dorothy", "Doreen", "Maureen", "Mary-Jane", "Zoë"};
constexpr std::array<const char*, 12> kEnglishFamily{"Smith",    "Taylor",          "Brown",   "Wilson",
                                                     "Thompson", "Walker",          "Wright",  "Green",
                                                     "Hall",     "Ashworth-Clarke", "St John", "Fitzgerald"};

constexpr std::array<const char*, 8> kWelshMale{"Llewelyn", "Dafydd",   "Rhys", "Aled",
                                                "Ioan",     "Gruffydd", "Iolo", "Emrys"};
constexpr std::array<const char*, 8> kWelshFemale{"Siân",   "Gwenllian", "Ffion",  "Cerys",
                                                  "Bethan", "Angharad",  "Eluned", "Nia"};
constexpr std::array<const char*, 14> kWelshFamily{
    "Jones", "Williams",  "Davies",    "Evans",    "Thomas",  "Roberts",     "Hughes",
    "Lewis", "Pritchard", "Prydderch", "Llewelyn", "ap Rhys", "Wynne-Jones", "Hughes-Parry"};

constexpr std::array<const char*, 5> kGaelicMale{"Ciarán", "Seán", "Ruairidh", "Hamish", "Callum"};
constexpr std::array<const char*, 5> kGaelicFemale{"Siobhán", "Niamh", "Aoife", "Róisín", "Eilidh"};
constexpr std::array<const char*, 6> kGaelicFamily{"O'Brien",    "O'Sullivan", "O'Connor",
                                                   "McAllister", "MacLeod",    "Campbell"};

constexpr std::array<const char*, 5> kSouthAsianMale{"Mohammed", "Imran", "Arjun", "Ravi", "Harpreet"};
constexpr std::array<const char*, 5> kSouthAsianFemale{"Aisha", "Fatima", "Priya", "Anjali", "Harpreet"};
constexpr std::array<const char*, 10> kSouthAsianFamily{"Patel",     "Khan", "Begum", "Singh",   "Ahmed",
                                                        "Chowdhury", "Shah", "Iqbal", "D'Souza", "de Souza"};

constexpr std::array<const char*, 4> kWestAfricanMale{"Kwame", "Tunde", "Oluwaseun", "Chidi"};
constexpr std::array<const char*, 4> kWestAfricanFemale{"Chiamaka", "Adaeze", "Abena", "Folake"};
constexpr std::array<const char*, 5> kWestAfricanFamily{"Okafor", "Adeyemi", "Mensah", "Okonkwo", "Boateng"};

constexpr std::array<const char*, 3> kEastAsianMale{"Wei", "Jun", "Minh"};
constexpr std::array<const char*, 3> kEastAsianFemale{"Mei", "Xiu", "Lan"};
constexpr std::array<const char*, 4> kEastAsianFamily{"Chen", "Wong", "Li", "Nguyen"};

constexpr std::array<const char*, 3> kPolishMale{"Piotr", "Tomasz", "Jakub"};
constexpr std::array<const char*, 3> kPolishFemale{"Zofia", "Agnieszka", "Katarzyna"};
constexpr std::array<const char*, 4> kPolishFamily{"Nowak", "Kowalczyk", "Wójcik", "Mazur"};

constexpr std::array kHeritages{
    Heritage{44, kEnglishMale, kEnglishFemale, kEnglishFamily},
    Heritage{20, kWelshMale, kWelshFemale, kWelshFamily},
    Heritage{10, kGaelicMale, kGaelicFemale, kGaelicFamily},
    Heritage{10, kSouthAsianMale, kSouthAsianFemale, kSouthAsianFamily},
    Heritage{6, kWestAfricanMale, kWestAfricanFemale, kWestAfricanFamily},
    Heritage{4, kEastAsianMale, kEastAsianFemale, kEastAsianFamily},
    Heritage{6, kPolishMale, kPolishFemale, kPolishFamily},
};

constexpr std::array<const char*, 8> kNeutralGiven{"Alex",  "Sam",   "Jordan", "Charlie",
                                                   "Rowan", "Robin", "Ellis",  "Morgan"};

constexpr std::array kFemalePrefixes{"Mrs", "Ms", "Miss"};

const Heritage& drawHeritage(Random& random) {
  int draw = static_cast<int>(random.below(100));
  for (const Heritage& heritage : kHeritages) {
    if (draw < heritage.weight) {
      return heritage;
    }
    draw -= heritage.weight;
  }
  return kHeritages.front();
}

QString drawPrefix(Random& random, Gender gender, int ageYears) {
  if (ageYears < 18 || gender == Gender::Unknown) {
    return {};
  }
  if (random.percent(4)) {
    return QStringLiteral("Dr");
  }
  switch (gender) {
    case Gender::Male: return QStringLiteral("Mr");
    case Gender::Female: return QString::fromUtf8(random.pick(kFemalePrefixes));
    case Gender::Other: return QStringLiteral("Mx");
    case Gender::Unknown: break;
  }
  return {};
}

QString drawGiven(Random& random, const Heritage& heritage, Gender gender) {
  switch (gender) {
    case Gender::Male: return QString::fromUtf8(random.pick(heritage.male));
    case Gender::Female: return QString::fromUtf8(random.pick(heritage.female));
    case Gender::Other:
    case Gender::Unknown: break;
  }
  return QString::fromUtf8(random.pick(kNeutralGiven));
}

}  // namespace

QString PersonName::text() const {
  QStringList parts;
  if (!prefix.isEmpty()) {
    parts << prefix;
  }
  parts << given << family;
  return parts.join(QLatin1Char(' '));
}

PersonName UkNames::draw(Random& random, Gender gender, int ageYears) {
  const Heritage& heritage = drawHeritage(random);
  PersonName name;
  name.prefix = drawPrefix(random, gender, ageYears);
  name.given << drawGiven(random, heritage, gender);
  if (random.percent(40)) {
    const QString middle = drawGiven(random, heritage, gender);
    if (middle != name.given.first()) {
      name.given << middle;
    }
  }
  name.family = QString::fromUtf8(random.pick(heritage.family));
  return name;
}

}  // namespace cw::synthetic
