#include "engine/compiler/mentions/name_context.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "engine/compiler/lexicon/lexicon.h"
#include "engine/compiler/mentions/name_words.h"
#include "engine/compiler/text/normalize.h"

namespace kg::compiler {

namespace {

// "1 – 0", "3-1": a match score.
bool IsScoreAt(const std::vector<Token>& tokens, size_t k) {
  auto goals = [](const std::string& t) {
    return !t.empty() && t.size() <= 2 && std::all_of(t.begin(), t.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
  };
  const std::string& t = tokens[k].text;
  if (size_t dash = t.find('-'); dash != std::string::npos)
    return goals(t.substr(0, dash)) && goals(t.substr(dash + 1));
  return k + 2 < tokens.size() && goals(t) && goals(tokens[k + 2].text) &&
         (tokens[k + 1].text == "-" || tokens[k + 1].text == "\u2013" || tokens[k + 1].text == "\u2014");
}

// "better known as X", "(born X", ", née X": the words before a person's other name.
bool IntroducesOtherName(const std::vector<Token>& tokens, size_t first) {
  if (first >= 2 && tokens[first - 1].text == "as" && tokens[first - 2].text == "known") return true;
  if (first >= 2 && tokens[first - 1].text == "born" && (tokens[first - 2].text == "(" || tokens[first - 2].text == ","))
    return true;
  return first >= 1 && (tokens[first - 1].text == "née" || tokens[first - 1].text == "nee");
}

}  // namespace

// "was awarded a community service award", "won the regional design prize": an award named
// in lower case after a verb of winning. One or two words ("won an award", "a national award")
// name nothing.
void LowerCaseAwards(const std::vector<Token>& tokens, size_t sentence, std::vector<NameSpan>* names) {
  for (size_t i = 0; i + 3 < tokens.size(); ++i) {
    std::string_view verb = tokens[i].text;  // compared by length first
    if (verb != "awarded" && verb != "won" && verb != "received" && verb != "given" && verb != "presented")
      continue;
    size_t k = i + 1;
    if (tokens[k].text == "with") ++k;
    if (k >= tokens.size() || (tokens[k].text != "a" && tokens[k].text != "an" && tokens[k].text != "the"))
      continue;
    size_t first = ++k;
    while (k < tokens.size() && k - first < 5 &&
           std::islower(static_cast<unsigned char>(tokens[k].text[0])) && !IsAwardFollower(tokens[k].text))
      ++k;
    // Two words at least: "a community contribution award", not "a national award".
    if (k < first + 2 || k >= tokens.size() || !IsAwardFollower(tokens[k].text) ||
        tokens[k].text.find('-') != std::string::npos)
      continue;
    NameSpan span;
    span.sentence = sentence;
    span.first = first;
    span.last = k;
    for (size_t m = first; m <= k; ++m) span.text += (m > first ? " " : "") + tokens[m].text;
    span.type = EntityType::kAward;
    names->push_back(std::move(span));
  }
}

// "the Union of Rationalist Atheists and Agnostics (UAAR)", "CEI (Italian Episcopal
// Conference)": a short form in brackets right after a longer name, or a longer name in
// brackets after its short form, is that name's, whatever language its letters come from.
// `names` holds the sentence's names from `begin` on, in order.
void LinkBracketedShortForms(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names) {
  for (size_t k = begin; k + 1 < names->size(); ++k) {
    NameSpan& a = (*names)[k];
    NameSpan& b = (*names)[k + 1];
    if (b.first != a.last + 2 || tokens[a.last + 1].text != "(" || b.last + 1 >= tokens.size() ||
        tokens[b.last + 1].text != ")" || !a.title.empty() || !b.title.empty())
      continue;
    if (a.first == a.last && b.last > b.first && ShortFormShaped(a.text)) a.short_form_of = b.text;
    if (b.first == b.last && a.last > a.first && ShortFormShaped(b.text)) b.short_form_of = a.text;
  }
}

void InvertedPersonNames(const std::vector<Token>& tokens, size_t sentence, std::vector<bool>* ruled,
                         std::vector<NameSpan>* names) {
  const Lexicon& lex = Lexicon::Get();
  std::vector<NameSpan> found;
  size_t k = 0;
  while (true) {  // "Surname, Given [More]" then "." or "and" and the next author
    if (k + 2 >= tokens.size() || !Capitalised(tokens[k].text) || tokens[k + 1].text != "," ||
        !lex.IsGivenName(tokens[k + 2].text))
      return;
    size_t last = k + 2;
    while (last + 1 < tokens.size() && Capitalised(tokens[last + 1].text) && last < k + 4) ++last;
    if (last + 1 >= tokens.size() || (tokens[last + 1].text != "." && tokens[last + 1].text != "and")) return;
    NameSpan span = SpanOfTokens(tokens, sentence, k, last);
    span.text.clear();
    for (size_t m = k + 2; m <= last; ++m) span.text += tokens[m].text + " ";
    span.written_as = tokens[k].text + ", " + span.text.substr(0, span.text.size() - 1);
    span.text += tokens[k].text;
    span.type = EntityType::kPerson;
    span.cued = true;
    found.push_back(std::move(span));
    if (tokens[last + 1].text == ".") break;
    k = last + 2;
  }
  for (NameSpan& span : found) {
    for (size_t m = span.first; m <= span.last; ++m) (*ruled)[m] = true;
    names->push_back(std::move(span));
  }
}

void LinkOtherNames(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names) {
  for (size_t k = begin + 1; k < names->size(); ++k) {
    NameSpan& other = (*names)[k];
    if (!other.title.empty() || other.last == other.first || !IntroducesOtherName(tokens, other.first) ||
        (other.type && *other.type != EntityType::kPerson))
      continue;
    for (size_t j = k; j-- > begin;) {  // the person named last before it
      const NameSpan& person = (*names)[j];
      if (person.nested || !person.type) continue;
      if (*person.type == EntityType::kPerson && person.last > person.first) {
        other.other_name_of = person.text;
        other.type = EntityType::kPerson;
      }
      break;
    }
  }
}

// "wikiHow", "eBay": a word in lower case with a capital inside, in no dictionary, is a name
// the capitalisation rules never see; an organisation unless it names someone. The sentence's
// names so far start at `begin`; a word one of them holds (the tagger's) is not named twice.
void CamelCaseNames(const std::vector<Token>& tokens, size_t sentence, size_t begin,
                    std::vector<NameSpan>* names) {
  const Lexicon& lex = Lexicon::Get();
  size_t found = names->size();
  for (size_t k = 0; k < tokens.size(); ++k) {
    const std::string& t = tokens[k].text;
    if (t.size() < 4 || !std::islower(static_cast<unsigned char>(t[0]))) continue;
    bool inner_capital = false, letters = true;
    for (size_t c = 1; c < t.size(); ++c) {
      inner_capital |= std::isupper(static_cast<unsigned char>(t[c])) != 0;
      letters &= std::isalpha(static_cast<unsigned char>(t[c])) != 0;
    }
    if (!inner_capital || !letters || lex.IsCommonWord(t)) continue;  // the shape first: it is cheap
    if (std::any_of(names->begin() + begin, names->begin() + found,
                    [&](const NameSpan& n) { return n.first <= k && k <= n.last; }))
      continue;
    NameSpan span;
    span.sentence = sentence;
    span.first = span.last = k;
    span.text = t;
    span.fallback = EntityType::kOrganization;
    names->push_back(std::move(span));
  }
}

// "photographers such as Ansel Adams, Chuck Close, Walker Evans and Helmut Newton": names
// listed together are of one kind. In a coordinated list of three names or more where most are
// of one type, the others take it, unless a title says what they are. `names` holds
// the sentence's names from `begin` on, in order.
void AlignListTypes(const std::vector<Token>& tokens, size_t begin, std::vector<NameSpan>* names) {
  const Lexicon& lex = Lexicon::Get();
  auto separated = [&](const NameSpan& a, const NameSpan& b) {  // only "," / "and" / ", and" between
    if (b.first <= a.last + 1) return false;
    for (size_t k = a.last + 1; k < b.first; ++k)
      if (tokens[k].text != "," && tokens[k].text != "and" && tokens[k].text != "or") return false;
    return b.first - a.last - 1 <= 2;
  };
  for (size_t from = begin; from < names->size();) {
    size_t to = from + 1;
    while (to < names->size() && !(*names)[to].nested && separated((*names)[to - 1], (*names)[to])) ++to;
    // A coordination ends in "and" or "or": "Sochi, Russia, Wikinews interviewed" is none.
    bool coordinated = false;
    for (size_t k = to >= from + 2 ? (*names)[to - 2].last + 1 : 0;
         to >= from + 2 && k < (*names)[to - 1].first; ++k)
      coordinated |= tokens[k].text == "and" || tokens[k].text == "or";
    // "Corvale, Ostavia, Norway On Thursday, ...": places opening a line, the last one a
    // country, are a dateline: places all.
    bool dateline = to - from >= 2 && !coordinated && (*names)[from].first == 0 &&
                    (*names)[to - 1].type == EntityType::kLocation && NamesCountry((*names)[to - 1].text);
    for (size_t k = from; k < to && dateline; ++k)
      dateline =
          (*names)[k].title.empty() && !lex.IsCommonWord((*names)[k].text);  // not "Separately, Portugal ..."
    for (size_t k = from; k < to && dateline; ++k) {
      (*names)[k].type = EntityType::kLocation;
      (*names)[k].cued = true;
    }
    if (to - from >= 3 && coordinated) {
      std::array<size_t, 3> count{};
      for (size_t k = from; k < to; ++k)  // a type, else what an untyped name would be ("at Basel")
        if (auto t = (*names)[k].type ? (*names)[k].type : (*names)[k].fallback;
            t && *t <= EntityType::kLocation)
          ++count[static_cast<size_t>(*t)];
      size_t best = static_cast<size_t>(std::max_element(count.begin(), count.end()) - count.begin());
      // Words with no type of their own ("Basel, Heidelberg, and Strasbourg") take it too.
      if (count[best] >= 2 && count[best] * 2 > to - from)
        for (size_t k = from; k < to; ++k) {
          NameSpan& n = (*names)[k];
          if ((!n.type || *n.type <= EntityType::kLocation) && n.title.empty())
            n.type = static_cast<EntityType>(best);
        }
    }
    from = to;
  }
}

// "Sweden defeated South Korea 1 – 0", "Group F — Sweden 1 – 0 Korea Republic": countries
// named next to a match score are national teams, everywhere in the article.
std::unordered_set<std::string> CountriesAsTeams(const ArticleAnalysis& article) {
  const Lexicon& lex = Lexicon::Get();
  std::unordered_set<std::string> teams;
  for (const auto& sentence : article.sentences) {
    const auto& tokens = sentence.tokens;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (!IsScoreAt(tokens, k)) continue;
      size_t from = k >= 4 ? k - 4 : 0, to = std::min(tokens.size(), k + 7);
      for (size_t i = from; i < to; ++i)
        for (size_t n = 1; n <= 2 && i + n <= to; ++n) {
          std::string name;
          for (size_t m = i; m < i + n; ++m) name += (m > i ? " " : "") + tokens[m].text;
          if (Capitalised(tokens[i].text) && (lex.IsCountryOrRegion(name) || NamesCountry(name)))
            teams.insert(name);
        }
    }
  }
  return teams;
}

std::optional<EntityType> KindOfNoun(const std::string& lower) {
  const Lexicon& lex = Lexicon::Get();
  static const std::unordered_set<std::string> people = {"woman", "man", "girl", "boy", "teenager", "resident",
                                                         "citizen", "native", "mother", "father", "widow", "widower"};
  static const std::unordered_set<std::string> places = {"town", "city", "village", "country", "region", "island",
                                                         "province", "county", "district", "suburb", "capital"};
  if (people.count(lower) || lex.IsOccupation(lower) || lex.Kin(lower)) return EntityType::kPerson;
  if (places.count(lower)) return EntityType::kLocation;
  if (lex.IsOrgNoun(lower)) return EntityType::kOrganization;
  return std::nullopt;
}

std::optional<EntityType> TypeInApposition(const std::vector<Token>& tokens, size_t last) {
  size_t k = last + 1;
  if (k + 2 >= tokens.size() || tokens[k].text != ",") return std::nullopt;
  ++k;
  if (tokens[k].lower != "a" && tokens[k].lower != "an" && tokens[k].lower != "the") return std::nullopt;
  for (size_t end = std::min(tokens.size(), k + 6); ++k < end;) {
    if (k + 1 < tokens.size() && (tokens[k + 1].text == "'" || tokens[k + 1].text == "'s")) {
      k += tokens[k + 1].text == "'" && k + 2 < tokens.size() && tokens[k + 2].text == "s" ? 2 : 1;
      continue;  // "X, the team's coach": the coach, not the team
    }
    if (std::optional<EntityType> kind = KindOfNoun(tokens[k].lower)) return kind;
    if (!std::isalpha(static_cast<unsigned char>(tokens[k].text[0])) ||
        (tokens[k].pos().rfind("NN", 0) == 0 && !Capitalised(tokens[k].text)))
      return std::nullopt;  // another noun heads it: "X, a spokesman's ..."
  }
  return std::nullopt;
}

std::optional<EntityType> TypeBeforeNamed(const std::vector<Token>& tokens, size_t first) {
  if (first < 2 || (tokens[first - 1].text != "named" && tokens[first - 1].text != "called")) return std::nullopt;
  return KindOfNoun(tokens[first - 2].lower);
}

bool HeadOfBodyBefore(const std::vector<Token>& tokens, size_t first) {
  static const std::unordered_set<std::string> heads = {"head", "leader", "chief", "boss", "chairman", "chairwoman",
                                                        "chair", "president", "director", "founder", "secretary",
                                                        "captain", "coach", "manager", "spokesman", "spokeswoman",
                                                        "spokesperson", "commander", "governor", "mayor", "minister"};
  if (first < 4 || tokens[first - 1].text != ",") return false;
  size_t k = first - 2;  // back over the body's name, "the" included
  while (k > 0 && (Capitalised(tokens[k].text) || tokens[k].text == "the")) --k;
  if (k == first - 2 || (tokens[k].text != "of" && tokens[k].text != "for") || k == 0) return false;
  return heads.count(tokens[k - 1].text) > 0;
}

}  // namespace kg::compiler
