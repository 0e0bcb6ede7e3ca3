// src/service/generated_names.cpp — the name and postcode lists of generated data: real common
// names at the head, syllable-made rare names in the tail, drawn with Zipf-like frequencies.
#include "service/generated_names.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <span>
#include <string_view>

#include "domain/identifiers.hpp"

namespace frontdoor::service {

namespace {

// The commonest names of children in England and Wales, commonest first, with the spellings and
// transliterations families use.
constexpr std::string_view kBoys[] = {
    "Muhammad", "Noah",    "Oliver",      "George",   "Leo",    "Arthur",   "Oscar",    "Theodore",
    "Freddie",  "Theo",    "Archie",      "Henry",    "Jack",   "Charlie",  "Thomas",   "Luca",
    "Alfie",    "Finley",  "Teddy",       "Albie",    "Tommy",  "Jacob",    "Joshua",   "Edward",
    "Rory",     "William", "Harry",       "James",    "Reggie", "Lucas",    "Isaac",    "Alexander",
    "Ezra",     "Hudson",  "Roman",       "Jude",     "Elijah", "Max",      "Louie",    "Ethan",
    "Jayden",   "Samuel",  "Daniel",      "Mason",    "Ronnie", "Sonny",    "Adam",     "Ali",
    "Mohammed", "Mohamed", "Ibrahim",     "Yusuf",    "Kacper", "Jakub",    "Liam",     "Dylan",
    "Riley",    "Kai",     "Jaden",       "Matthew",  "Joseph", "Benjamin", "Harrison", "Michael",
    "Robert",   "Richard", "Christopher", "Nicholas", "Aiden",  "Tyler",    "Kayden",   "Zain"};
constexpr std::string_view kGirls[] = {
    "Olivia",   "Amelia",    "Isla",      "Lily",      "Ivy",       "Florence",  "Freya",
    "Poppy",    "Ava",       "Elsie",     "Isabella",  "Sophia",    "Bonnie",    "Sienna",
    "Willow",   "Evelyn",    "Daisy",     "Evie",      "Grace",     "Ella",      "Charlotte",
    "Rosie",    "Mia",       "Emily",     "Harper",    "Maya",      "Matilda",   "Phoebe",
    "Sofia",    "Ada",       "Aisha",     "Zara",      "Maryam",    "Fatima",    "Hannah",
    "Katie",    "Jessica",   "Elizabeth", "Sophie",    "Chloe",     "Ruby",      "Millie",
    "Lola",     "Layla",     "Amelie",    "Maisie",    "Eliza",     "Erin",      "Niamh",
    "Zofia",    "Amira",     "Priya",     "Chantelle", "Abigail",   "Scarlett",  "Hallie",
    "Luna",     "Margot",    "Ellie",     "Rebecca",   "Katherine", "Catherine", "Victoria",
    "Samantha", "Alexandra", "Margaret",  "Zoë",       "Chloé",     "Siân",      "Aoife",
    "Nia"};
// Family names: the commonest in England and Wales, then names of the communities a council
// serves, with apostrophes, particles and accents as they are written.
constexpr std::string_view kFamilies[] = {
    "Smith",     "Jones",      "Williams", "Taylor",       "Brown",    "Davies",     "Evans",
    "Wilson",    "Thomas",     "Johnson",  "Roberts",      "Robinson", "Thompson",   "Wright",
    "Walker",    "White",      "Edwards",  "Hughes",       "Green",    "Hall",       "Lewis",
    "Harris",    "Clarke",     "Patel",    "Jackson",      "Wood",     "Turner",     "Martin",
    "Cooper",    "Hill",       "Ward",     "Morris",       "Moore",    "Clark",      "Lee",
    "King",      "Baker",      "Harrison", "Morgan",       "Allen",    "James",      "Scott",
    "Phillips",  "Watson",     "Davis",    "Parker",       "Price",    "Bennett",    "Young",
    "Griffiths", "Mitchell",   "Kelly",    "Cook",         "Carter",   "Richardson", "Bailey",
    "Collins",   "Bell",       "Shaw",     "Murphy",       "Miller",   "Cox",        "Richards",
    "Khan",      "Marshall",   "Anderson", "Simpson",      "Ellis",    "Adams",      "Singh",
    "Begum",     "Ali",        "Hussain",  "Ahmed",        "Rahman",   "Campbell",   "Nowak",
    "Kowalski",  "Wiśniewski", "Okafor",   "Mensah",       "Owusu",    "Adeyemi",    "Nguyen",
    "Chen",      "Wang",       "O'Brien",  "O'Connor",     "O'Neill",  "McDonald",   "MacLeod",
    "D'Souza",   "de Souza",   "da Silva", "van der Berg", "Murray",   "Reid",       "Stewart",
    "Graham",    "Kennedy",    "Lloyd",    "Jenkins",      "Owen",     "Chapman",    "Webb",
    "Stevens",   "Mills",      "Holmes",   "Lynch",        "Fox",      "Rose",       "Hunt",
    "Palmer",    "Mason",      "Dixon",    "Gray",         "Knight",   "Hunter",     "Butler",
    "Russell",   "Barnes",     "Kaur",     "Mahmood",      "Iqbal",    "Akhtar",     "Abdi",
    "Mohamed",   "Osman",      "Yilmaz",   "Kaya",         "Popescu",  "Horvat",     "Petrov"};
// Postcode areas, the busiest first.
constexpr std::string_view kAreas[] = {
    "B",  "M",  "L",  "LS", "S",  "SO", "PO", "NE", "BS", "CF", "NG", "LE", "CV", "WV",
    "BD", "HU", "ST", "DE", "PL", "EX", "BN", "CT", "ME", "RM", "IG", "E",  "N",  "SE",
    "SW", "W",  "NW", "CR", "BR", "DA", "TN", "GU", "RG", "OX", "MK", "LU", "SS", "CM"};
constexpr std::string_view kUnitLetters = "ABDEFGHJLNPQRSTUWXYZ";  // as Royal Mail uses them
constexpr std::string_view kStreetKinds[] = {"Road", "Street", "Close",   "Avenue",
                                             "Lane", "Way",    "Gardens", "Crescent"};

//! Syllable-made names: every onset with every vowel, coda and ending, in a fixed order.
std::vector<std::string> Syllabled(std::initializer_list<std::string_view> onsets,
                                   std::initializer_list<std::string_view> vowels,
                                   std::initializer_list<std::string_view> codas,
                                   std::initializer_list<std::string_view> endings) {
  std::vector<std::string> names;
  for (auto onset : onsets)
    for (auto vowel : vowels)
      for (auto coda : codas)
        for (auto ending : endings)
          names.push_back(std::string(onset) + std::string(vowel) + std::string(coda) +
                          std::string(ending));
  return names;
}

//! The head list, then the tail in an order mixed by `random` (so rank says nothing of
//! spelling), without repeats.
std::vector<std::string> HeadThenTail(std::span<const std::string_view> head,
                                      std::vector<std::string> tail, std::uint64_t seed) {
  std::vector<std::string> names(head.begin(), head.end());
  std::set<std::string> seen(names.begin(), names.end());
  std::mt19937_64 random(seed);
  for (std::size_t index = tail.size(); index > 1; --index)
    std::swap(tail[index - 1], tail[random() % index]);
  for (auto& name : tail) {
    if (seen.insert(name).second) names.push_back(std::move(name));
  }
  return names;
}

}  // namespace

HeavyTailedList::HeavyTailedList(std::vector<std::string> names, double exponent)
    : names_(std::move(names)) {
  double total = 0;
  for (std::size_t rank = 0; rank < names_.size(); ++rank) {
    total += 1.0 / std::pow(double(rank + 1), exponent);
    cumulative_.push_back(total);
  }
  for (double& share : cumulative_) share /= total;
}

const std::string& HeavyTailedList::Draw(std::mt19937_64& random) const {
  const double point = double(random() >> 11) * 0x1.0p-53;
  const auto found = std::upper_bound(cumulative_.begin(), cumulative_.end(), point);
  return names_[std::min<std::size_t>(std::size_t(found - cumulative_.begin()), names_.size() - 1)];
}

// Exponents chosen for a heavier head than England and Wales's: measured on a generated million,
// the commonest given name is about 4% of a sex's children (Muhammad; about 2% in the country)
// and the commonest family name about 2.5% of everyone (Smith; about 1.3%), so common names are
// harder to tell apart than in a council's records, not easier.
GeneratedNames::GeneratedNames()
    : boys_(HeadThenTail(kBoys,
                         Syllabled({"Al",  "Bren", "Cal", "Dar", "Ed",  "Fin", "Gar", "Jor", "Kel",
                                    "Lor", "Mar",  "Nol", "Or",  "Ran", "Sol", "Tal", "Wil", "Zan",
                                    "Ash", "Ben",  "Cor", "Dex", "El",  "Har", "Ty",  "Rey"},
                                   {"", "a", "e", "i", "o", "u"}, {""},
                                   {"an", "en", "ion", "us", "o", "ey", "ar", "iel", "ek", "win",
                                    "ton", "ric"}),
                         1),
            0.75),
      girls_(HeadThenTail(kGirls,
                          Syllabled({"Al",  "Bre", "Cal", "Dar", "El",  "Fay", "Ge",  "Jo",  "Kel",
                                     "Lor", "Mar", "Nel", "Or",  "Ros", "Sol", "Tal", "Wyn", "Zar",
                                     "Am",  "Bel", "Cor", "Del", "Es",  "Han", "Ty",  "Ra"},
                                    {"", "a", "e", "i", "o", "y"}, {""},
                                    {"a", "ia", "elle", "ine", "ey", "yn", "issa", "ette", "ie",
                                     "ara", "ona", "een"}),
                          2),
             0.75),
      families_(
          HeadThenTail(kFamilies,
                       Syllabled({"B",  "Br", "C",  "Ch", "D", "Dr", "F",  "G", "Gr", "H",
                                  "J",  "K",  "L",  "M",  "N", "P",  "Pr", "R", "S",  "Sh",
                                  "St", "T",  "Th", "Tr", "V", "W",  "Wh", "Y", "Bl", "Cr"},
                                 {"a", "e", "i", "o", "u", "ea"},
                                 {"b", "d", "g", "l", "m", "n", "r", "s", "t", "v", "ck", "nd"},
                                 {"ley",   "ton",   "ford", "wood",  "well",  "by",    "field",
                                  "ham",   "worth", "more", "combe", "hurst", "stone", "bridge",
                                  "croft", "dale",  "wick", "er",    "son",   "ing"}),
                       3),
          0.8),
      areas_({std::begin(kAreas), std::end(kAreas)}, 0.5) {}

std::string GeneratedNames::GivenName(std::mt19937_64& random, bool female) const {
  return (female ? girls_ : boys_).Draw(random);
}

std::string GeneratedNames::FamilyName(std::mt19937_64& random) const {
  // About one family in fifty has a double-barrelled name.
  if (random() % 50 == 0) return families_.Draw(random) + "-" + families_.Draw(random);
  return families_.Draw(random);
}

std::string GeneratedNames::Postcode(std::mt19937_64& random) const {
  // Twenty districts an area, ten sectors a district, twenty units a sector: 168,000 postcodes.
  const std::string& area = areas_.Draw(random);
  const int district = 1 + int(random() % 20);
  const int sector = int(random() % 10);
  const int unit = int(random() % 20);
  std::string postcode = area + std::to_string(district) + " " + std::to_string(sector);
  postcode += kUnitLetters[std::size_t(unit)];
  postcode += kUnitLetters[std::size_t((unit * 7 + sector) % 20)];
  return postcode;
}

std::string GeneratedNames::Street(std::mt19937_64& random) const {
  return std::to_string(1 + random() % 200) + " " + families_[random() % 400] + " " +
         std::string(kStreetKinds[random() % std::size(kStreetKinds)]);
}

std::string NhsNumberFromSerial(std::int64_t& serial) {
  for (;;) {
    const std::string digits = std::to_string(400'000'000 + serial++);
    int sum = 0;
    for (std::size_t index = 0; index < 9; ++index) sum += (digits[index] - '0') * int(10 - index);
    int check = 11 - sum % 11;
    if (check == 11) check = 0;
    if (check != 10) return digits + char('0' + check);
  }
}

std::string UpnFromSerial(std::int64_t serial) {
  std::string digits = std::to_string(serial % 1'000'000'000);
  const std::string rest = "852" + std::string(9 - digits.size(), '0') + digits;
  return *domain::UpnCheckLetter(rest) + rest;
}

}  // namespace frontdoor::service
