// src/domain/name_matching.cpp — normalising, sound-alike keys, edit distance and variant groups
// for names.
#include "domain/name_matching.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

// Latin letters with accents, as UTF-8, and the plain letter they fold to.
struct Fold {
  std::string_view accented;
  char plain;
};
constexpr Fold kFolds[] = {
    {"à", 'a'}, {"á", 'a'}, {"â", 'a'}, {"ã", 'a'}, {"ä", 'a'}, {"å", 'a'}, {"ç", 'c'}, {"è", 'e'},
    {"é", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"ì", 'i'}, {"í", 'i'}, {"î", 'i'}, {"ï", 'i'}, {"ñ", 'n'},
    {"ò", 'o'}, {"ó", 'o'}, {"ô", 'o'}, {"õ", 'o'}, {"ö", 'o'}, {"ø", 'o'}, {"ù", 'u'}, {"ú", 'u'},
    {"û", 'u'}, {"ü", 'u'}, {"ý", 'y'}, {"ÿ", 'y'}, {"À", 'a'}, {"Á", 'a'}, {"Â", 'a'}, {"Ä", 'a'},
    {"Ç", 'c'}, {"È", 'e'}, {"É", 'e'}, {"Ê", 'e'}, {"Ë", 'e'}, {"Í", 'i'}, {"Ï", 'i'}, {"Ñ", 'n'},
    {"Ó", 'o'}, {"Ö", 'o'}, {"Ø", 'o'}, {"Ú", 'u'}, {"Ü", 'u'}, {"ł", 'l'}, {"Ł", 'l'}, {"ś", 's'},
    {"š", 's'}, {"Š", 's'}, {"ž", 'z'}, {"Ž", 'z'}, {"č", 'c'}, {"Č", 'c'}, {"ć", 'c'}, {"ń", 'n'},
    {"ą", 'a'}, {"ę", 'e'}, {"ő", 'o'}, {"ű", 'u'}, {"ğ", 'g'}, {"ş", 's'}, {"ı", 'i'},
};

std::vector<std::string> Parts(const std::string& normalised) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start < normalised.size()) {
    size_t end = normalised.find(' ', start);
    if (end == std::string::npos) end = normalised.size();
    if (end > start) parts.push_back(normalised.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

char SoundGroup(char letter) {
  switch (letter) {
    case 'b':
    case 'f':
    case 'p':
    case 'v':
      return '1';
    case 'c':
    case 'g':
    case 'j':
    case 'k':
    case 'q':
    case 's':
    case 'x':
    case 'z':
      return '2';
    case 'd':
    case 't':
      return '3';
    case 'l':
      return '4';
    case 'm':
    case 'n':
      return '5';
    case 'r':
      return '6';
    default:
      return '0';  // vowels, h, w, y: not coded
  }
}

NameAgreement ComparePart(const NameForms::Form& a, const NameForms::Form& b,
                          const NameVariants& variants) {
  if (a.letters == b.letters) return NameAgreement::kExact;
  if (variants.AreVariants(a.letters, b.letters)) return NameAgreement::kVariant;
  if (a.key == b.key) return NameAgreement::kSoundsAlike;
  const int allowed = std::min(a.letters.size(), b.letters.size()) <= 4 ? 1 : 2;
  if (EditDistance(a.letters, b.letters) <= allowed) return NameAgreement::kSpelledClose;
  return NameAgreement::kNone;
}

}  // namespace

NameVariants NameVariants::FromText(std::string_view text) {
  NameVariants variants;
  int group = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    for (const std::string& name : Parts(NormaliseName(line))) {
      auto& groups = variants.groups_[name];
      if (groups.empty() || groups.back() != group) groups.push_back(group);
    }
    ++group;
  }
  return variants;
}

bool NameVariants::AreVariants(const std::string& a, const std::string& b) const {
  const auto first = groups_.find(a);
  const auto second = groups_.find(b);
  if (first == groups_.end() || second == groups_.end()) return false;
  // Both lists are in ascending order.
  const auto& one = first->second;
  const auto& other = second->second;
  for (auto a = one.begin(), b = other.begin(); a != one.end() && b != other.end();) {
    if (*a == *b) return true;
    *a < *b ? ++a : ++b;
  }
  return false;
}

std::string NormaliseName(std::string_view name) {
  std::string normalised;
  bool pending_space = false;
  for (size_t byte_idx = 0; byte_idx < name.size();) {
    const char letter = name[byte_idx];
    char plain = 0;
    size_t width = 1;
    if (letter >= 'A' && letter <= 'Z') {
      plain = char(letter - 'A' + 'a');
    } else if (letter >= 'a' && letter <= 'z') {
      plain = letter;
    } else if (static_cast<unsigned char>(letter) >= 0x80) {
      for (const Fold& fold : kFolds) {
        if (name.substr(byte_idx).starts_with(fold.accented)) {
          plain = fold.plain;
          width = fold.accented.size();
          break;
        }
      }
      if (!plain) {  // another character: skip the whole UTF-8 sequence
        width = 1;
        while (byte_idx + width < name.size() &&
               (static_cast<unsigned char>(name[byte_idx + width]) & 0xC0) == 0x80)
          ++width;
      }
    } else if (letter == '\'' || letter == '.') {
      // O'Neill is oneill; St. John is st john.
    } else {
      pending_space = !normalised.empty();
    }
    if (plain) {
      if (pending_space) normalised += ' ';
      pending_space = false;
      normalised += plain;
    }
    byte_idx += width;
  }
  return normalised;
}

std::string PhoneticKey(std::string_view name) {
  const std::string letters = NormaliseName(name);
  // Spellings that sound alike are rewritten to one spelling first.
  std::string spoken;
  for (size_t char_idx = 0; char_idx < letters.size(); ++char_idx) {
    const char letter = letters[char_idx];
    const char next = char_idx + 1 < letters.size() ? letters[char_idx + 1] : '\0';
    if (letter == ' ') continue;
    if (letter == 'p' && next == 'h') {
      spoken += 'f';
      ++char_idx;
    } else if (letter == 'c' && (next == 'e' || next == 'i' || next == 'y')) {
      spoken += 's';
    } else if (letter == 'c' || letter == 'q') {
      spoken += 'k';
    } else if (letter == 'y') {
      spoken += 'i';
    } else if (letter == 'z') {
      spoken += 's';
    } else {
      spoken += letter;
    }
  }
  if (spoken.empty()) return {};
  // First sound kept as a letter; the rest coded by sound group, vowels dropped, runs merged.
  std::string key(1, spoken[0]);
  char previous = SoundGroup(spoken[0]);
  for (size_t char_idx = 1; char_idx < spoken.size(); ++char_idx) {
    const char group = SoundGroup(spoken[char_idx]);
    if (group != '0' && group != previous) key += group;
    if (spoken[char_idx] != 'h' && spoken[char_idx] != 'w') previous = group;
  }
  return key;
}

namespace {

// Optimal string alignment: Levenshtein plus swaps of neighbouring letters. Three rows of the
// table are enough (this one, the one before and the one before that), each b.size() + 1 long.
int AlignmentCost(std::string_view a, std::string_view b, int* before_last, int* last, int* row) {
  for (size_t b_idx = 0; b_idx <= b.size(); ++b_idx) last[b_idx] = int(b_idx);
  for (size_t a_idx = 1; a_idx <= a.size(); ++a_idx) {
    row[0] = int(a_idx);
    for (size_t b_idx = 1; b_idx <= b.size(); ++b_idx) {
      const int change = a[a_idx - 1] == b[b_idx - 1] ? 0 : 1;
      row[b_idx] = std::min({last[b_idx] + 1, row[b_idx - 1] + 1, last[b_idx - 1] + change});
      if (a_idx > 1 && b_idx > 1 && a[a_idx - 1] == b[b_idx - 2] && a[a_idx - 2] == b[b_idx - 1])
        row[b_idx] = std::min(row[b_idx], before_last[b_idx - 2] + 1);
    }
    std::swap(before_last, last);
    std::swap(last, row);
  }
  return last[b.size()];
}

}  // namespace

int EditDistance(std::string_view a, std::string_view b) {
  // Names are short: their rows fit on the stack.
  constexpr size_t kShort = 64;
  if (b.size() < kShort) {
    std::array<int, kShort> before_last, last, row;
    return AlignmentCost(a, b, before_last.data(), last.data(), row.data());
  }
  std::vector<int> before_last(b.size() + 1), last(b.size() + 1), row(b.size() + 1);
  return AlignmentCost(a, b, before_last.data(), last.data(), row.data());
}

NameForms FormsOf(std::string_view name) {
  NameForms forms;
  forms.whole.letters = NormaliseName(name);
  if (forms.whole.letters.empty() && !Trim(name).empty()) {
    // A name with no Latin letters (يوسف): compared as written, so the same name agrees with
    // itself. Its sound-alike key is itself too: sounding alike is measured in Latin letters.
    forms.whole = {Trim(name), Trim(name)};
    forms.joined = forms.whole.letters;
    forms.parts.push_back(forms.whole);
    return forms;
  }
  forms.whole.key = PhoneticKey(forms.whole.letters);
  forms.joined = forms.whole.letters;
  std::erase(forms.joined, ' ');
  for (std::string& part : Parts(forms.whole.letters)) {
    std::string key = PhoneticKey(part);
    forms.parts.push_back({std::move(part), std::move(key)});
  }
  return forms;
}

NameAgreement CompareNames(const NameForms& a, const NameForms& b, const NameVariants& variants) {
  if (a.whole.letters.empty() || b.whole.letters.empty()) return NameAgreement::kNone;
  NameAgreement best = ComparePart(a.whole, b.whole, variants);
  if (best == NameAgreement::kExact) return best;
  // Joined forms ("mary jane" and "maryjane") and single parts of multi-part names.
  if (a.joined == b.joined) return NameAgreement::kExact;
  if (a.parts.size() == 1 && b.parts.size() == 1) return best;  // the parts are the wholes
  for (const auto& part_a : a.parts) {
    for (const auto& part_b : b.parts) best = std::min(best, ComparePart(part_a, part_b, variants));
  }
  return best;
}

NameAgreement CompareNames(std::string_view a, std::string_view b, const NameVariants& variants) {
  return CompareNames(FormsOf(a), FormsOf(b), variants);
}

}  // namespace frontdoor::domain
