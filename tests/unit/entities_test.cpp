// Sentences, mention candidates and entity resolution on short texts written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "knowledge/gazetteer.hpp"
#include "parsers/article_reader.hpp"
#include "parsers/text/mention_finder.hpp"
#include "parsers/text/sentence_splitter.hpp"
#include "resolve/entity_resolver.hpp"
#include "resolve/name_matching.hpp"

namespace {

using parley::model::Entity;
using parley::model::EntityKind;

parley::model::Article read(const std::string& text) {
  parley::model::Article a;
  EXPECT_TRUE(parley::parsers::read_article(text, parley::parsers::InputFormat::text, {}, a).ok());
  return a;
}

std::vector<std::string> sentences(const std::string& text) {
  auto a = read(text);
  auto t = parley::parsers::split_sentences(a);
  std::vector<std::string> out;
  for (const auto& s : t.sentences) out.push_back(parley::model::to_utf8(a.text.substr(s.span.begin, s.span.end - s.span.begin)));
  return out;
}

std::vector<Entity> entities(const std::string& text) {
  auto a = read(text);
  auto t = parley::parsers::split_sentences(a);
  auto c = parley::parsers::find_mention_candidates(a.text, t);
  parley::resolve::resolve_entities(a, c, parley::knowledge::Gazetteer::built_in());
  return a.entities;
}

// The labels of the entities of one kind.
std::set<std::string> labels_of(const std::vector<Entity>& es, parley::model::EntityKind kind) {
  std::set<std::string> labels;
  for (const auto& e : es) {
    if (e.kind == kind) labels.insert(e.label);
  }
  return labels;
}

const Entity* by_key(const std::vector<Entity>& es, const std::string& key) {
  for (const auto& e : es) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

const std::string headline = "Envoys meet\n\n";

}  // namespace

TEST(SentenceSplitter, SurvivesAbbreviationsAndInitials) {
  EXPECT_EQ(sentences(headline + "The U.S. envoy met Dr. Halabi on Sept. 11 in Oman. Jana K. Lind said so. Talks resumed."),
            (std::vector<std::string>{"The U.S. envoy met Dr. Halabi on Sept. 11 in Oman.", "Jana K. Lind said so.",
                                      "Talks resumed."}));
  EXPECT_EQ(sentences(headline + "\"We agree,\" she said. \"Good.\" He left for the U.S. The talks ended."),
            (std::vector<std::string>{"\"We agree,\" she said.", "\"Good.\"", "He left for the U.S.", "The talks ended."}));
  // A period between digits is inside a number or a date; one before a number after a space ends a sentence.
  EXPECT_EQ(sentences(headline + "They met on 04.09.2023 at 12.15 and agreed on 3.5 percent. 12 envoys came."),
            (std::vector<std::string>{"They met on 04.09.2023 at 12.15 and agreed on 3.5 percent.", "12 envoys came."}));
}

TEST(NameMatching, PartsSkeletonsAndSuffixes) {
  using namespace parley::resolve;
  EXPECT_EQ(name_parts("Rami al-Hakim"), (std::vector<std::string>{"rami", "hakim"}));
  EXPECT_EQ(name_parts("Karim Nasser-Haddad"), (std::vector<std::string>{"karim", "nasser", "haddad"}));
  EXPECT_TRUE(same_name_part("youssef", "yusef"));
  EXPECT_FALSE(same_name_part("hakim", "karim"));
  EXPECT_TRUE(is_name_suffix(name_parts("Nasser-Haddad"), name_parts("Karim Nasser Haddad")));
  EXPECT_FALSE(is_name_suffix(name_parts("Karim"), name_parts("Karim Nasser Haddad")));
  EXPECT_TRUE(same_full_name(name_parts("Youssef al-Hakim"), name_parts("Yusef Al-Hakim")));
}

TEST(EntityResolver, TitlesCountriesCapitalsAndSurnames) {
  const auto es = entities(headline +
      "Norwegian Foreign Minister Ingrid Solheim met her Qatari counterpart Khalid Al-Sayed in Doha on Monday. "
      "Solheim said Oslo would host the next round. Washington welcomed the talks, the US Embassy said.");
  const Entity* solheim = by_key(es, "person/ingrid-solheim");
  ASSERT_TRUE(solheim);
  EXPECT_EQ(solheim->label, "Ingrid Solheim");
  EXPECT_EQ(solheim->alt_labels, std::vector<std::string>{"Solheim"});
  EXPECT_EQ(solheim->job_title, "Norwegian Foreign Minister");
  EXPECT_EQ(solheim->affiliation, "country/no");
  const Entity* sayed = by_key(es, "person/khalid-al-sayed");
  ASSERT_TRUE(sayed);
  EXPECT_EQ(sayed->label, "Khalid al-Sayed");
  EXPECT_EQ(sayed->affiliation, "country/qa");
  const Entity* doha = by_key(es, "place/doha");
  ASSERT_TRUE(doha);
  EXPECT_EQ(doha->contained_in, "country/qa");
  const Entity* norway = by_key(es, "country/no");
  ASSERT_TRUE(norway);
  EXPECT_EQ(norway->alt_labels, (std::vector<std::string>{"Norwegian", "Oslo"}));  // a capital acting
  const Entity* us = by_key(es, "country/us");
  ASSERT_TRUE(us);
  EXPECT_EQ(us->wikidata, "Q30");
  EXPECT_TRUE(by_key(es, "org/us-embassy"));
  EXPECT_FALSE(by_key(es, "place/oslo"));
  EXPECT_FALSE(by_key(es, "place/washington-d-c"));
}

TEST(EntityResolver, ASurnameAloneIsScopedToTheArticle) {
  const auto es = entities(headline + "The talks ended on Monday, Haddad told reporters in Amman.");
  const Entity* haddad = by_key(es, "person/haddad");
  ASSERT_TRUE(haddad);
  EXPECT_TRUE(haddad->article_scoped);
  EXPECT_TRUE(by_key(es, "place/amman"));
}

TEST(EntityResolver, OrganizationsByHeadNounAndAcronym) {
  const auto es = entities(headline +
      "The Kenya News Agency (KNA) reported that the Somali foreign ministry had agreed. "
      "KNA said talks in the Gedo region would follow.");
  const Entity* kna = by_key(es, "org/kenya-news-agency");
  ASSERT_TRUE(kna);
  EXPECT_EQ(kna->alt_labels, std::vector<std::string>{"KNA"});
  EXPECT_EQ(kna->mentions.size(), 3u);  // the name, "(KNA)" after it, and "KNA" later
  EXPECT_TRUE(by_key(es, "org/somali-foreign-ministry"));
  EXPECT_TRUE(by_key(es, "country/so"));
  const Entity* gedo = by_key(es, "place/gedo");
  ASSERT_TRUE(gedo);
  EXPECT_EQ(gedo->alt_labels, std::vector<std::string>{"Gedo region"});
}

TEST(EntityResolver, NothingFromGroupWordsOrSentenceStarts) {
  const auto es = entities(headline + "Relations improved after the Islamic Revolution, analysts said. "
                                      "Relations between the two had been frozen.");
  for (const auto& e : es) EXPECT_NE(e.kind, EntityKind::person) << e.label;
}

TEST(Entities, AnOfficeAfterOfBelongsToTheTitleNotTheName) {
  const auto es = entities(headline + "Secretary of State Jana Novak met Chief of Staff Tom Berg in Oman on Monday.");
  const auto* novak = by_key(es, "person/jana-novak");
  ASSERT_NE(novak, nullptr);
  EXPECT_EQ(novak->label, "Jana Novak");
  EXPECT_EQ(novak->job_title, "Secretary of State");
  const auto* berg = by_key(es, "person/tom-berg");
  ASSERT_NE(berg, nullptr);
  EXPECT_EQ(berg->job_title, "Chief of Staff");
  EXPECT_EQ(by_key(es, "person/state-jana-novak"), nullptr);
}

TEST(Entities, CitiesComeFromGeoNamesAndTheArticleSaysWhichOfSeveral) {
  // Tripoli: Libya's capital is the larger, but an article about Lebanon means Lebanon's.
  auto es = entities(headline + "Lebanese officials met envoys in Tripoli on Monday.");
  const auto* tripoli = by_key(es, "place/tripoli");
  ASSERT_NE(tripoli, nullptr);
  EXPECT_EQ(tripoli->contained_in, "country/lb");
  EXPECT_EQ(tripoli->geonames, "266826");
  es = entities(headline + "Envoys met in Tripoli on Monday.");
  ASSERT_NE(by_key(es, "place/tripoli"), nullptr);
  EXPECT_EQ(by_key(es, "place/tripoli")->contained_in, "country/ly");
  // A capital (from the countries) and a well-known city (from the places) are GeoNames cities too.
  es = entities(headline + "Envoys met in Beijing on Monday, and in Shanghai on Tuesday, and sailed the Red Sea.");
  ASSERT_NE(by_key(es, "place/beijing"), nullptr);
  EXPECT_EQ(by_key(es, "place/beijing")->geonames, "1816670");
  ASSERT_NE(by_key(es, "place/shanghai"), nullptr);
  EXPECT_EQ(by_key(es, "place/shanghai")->geonames, "1796236");
  ASSERT_NE(by_key(es, "place/red-sea"), nullptr);
  EXPECT_EQ(by_key(es, "place/red-sea")->geonames, "");
  // "the Helsinki summit": the capital before a meeting noun is where the meeting is.
  es = entities(headline + "Officials prepared the Helsinki summit.");
  ASSERT_NE(by_key(es, "place/helsinki"), nullptr);
  // Without a place cue, a city of 100,000+ still reads as one: "his hometown Xian".
  es = entities(headline + "The envoy visited his hometown Xian with the minister.");
  ASSERT_NE(by_key(es, "place/xi-an"), nullptr);
  EXPECT_EQ(by_key(es, "place/xi-an")->contained_in, "country/cn");
  // A word of a person's name the article gives in full is no city.
  es = entities(headline + "Senator Jana Victoria met the envoy. Victoria said the talks went well.");
  EXPECT_EQ(by_key(es, "place/victoria"), nullptr);
}

TEST(Entities, GazetteerNamesWithLowerCaseWordsOrPossessivesAreFoundWhole) {
  auto es = entities(headline + "Observers of the Intergovernmental Authority on Development met in Djibouti on Monday.");
  const auto* igad = by_key(es, "org/intergovernmental-authority-on-development");
  ASSERT_NE(igad, nullptr);
  EXPECT_EQ(by_key(es, "org/intergovernmental-authority"), nullptr);
  for (const auto& e : es) EXPECT_NE(e.label, "Development");
  es = entities(headline + "Envoys of the Tigray People\u2019s Liberation Front arrived in Pretoria.");
  EXPECT_NE(by_key(es, "org/tigray-people-s-liberation-front"), nullptr);
  // Agreements and crossheads in capitals are no entities.
  es = entities(headline + "The envoys discussed the Minsk Protocol.\n\nTERMS REJECTED\n\nThey left.");
  EXPECT_EQ(by_key(es, "place/minsk-protocol"), nullptr);
  for (const auto& e : es) EXPECT_NE(e.label, "TERMS REJECTED");
}

TEST(Entities, WordsTheArticleWritesInLowerCaseAreNoPersonsName) {
  // A headline in title case, repeated as the body's first line; the body writes "meddling"
  // and "denial" in lower case.
  const std::string heading = "Lind Declares 'Confidence in Both Parties' on Election Meddling, Novak Denial\n\n";
  const auto es = entities(heading + heading + "President Jana Lind spoke of election meddling. Karel Novak issued a denial.\n");
  EXPECT_EQ(by_key(es, "person/election-meddling"), nullptr);
  EXPECT_EQ(by_key(es, "person/novak-denial"), nullptr);
  EXPECT_NE(by_key(es, "person/jana-lind"), nullptr);
}

// "Novak, 62, told reporters": an age between commas says the name before it is a person's; a
// number that can be no age ("Geneva, 5,") does not.
TEST(Entities, AnAgeBetweenCommasMakesAPerson) {
  auto es = entities(headline + "Novak, 62, told reporters the talks went well. The talks were led by Karlsson, 58, a diplomat.");
  bool novak = false, karlsson = false;
  for (const auto& e : es) {
    novak = novak || (e.kind == parley::model::EntityKind::person && e.label == "Novak");
    karlsson = karlsson || (e.kind == parley::model::EntityKind::person && e.label == "Karlsson");
  }
  EXPECT_TRUE(novak);
  EXPECT_TRUE(karlsson);
  es = entities(headline + "Talks were held in Vardenburg, 5, and went well.");
  for (const auto& e : es) EXPECT_NE(e.kind, parley::model::EntityKind::person) << e.label;
}

// "Peace was discussed": the passive's subject is no one who spoke; "Novak was told" and
// "Karlsson was received by" are persons (reporting-verbs.tsv's passive_subject).
TEST(Entities, APassiveVerbOfSayingMakesNoPerson) {
  auto es = entities(headline + "Nothing was agreed. Peace was discussed at length. Novak was told of the plan. Karlsson was received by the king.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  EXPECT_EQ(persons, (std::set<std::string>{"Karlsson", "Novak"}));
}

// "Jeddah hosted talks": a city may host; it is the place, not a government or an institution
// that sits there (reporting-verbs.tsv's venue_subject). "The Kremlin said" is still the institution.
TEST(Entities, ACityThatHostsIsAPlace) {
  auto es = entities(headline + "Jeddah hosted talks between the two sides. Geneva has hosted such talks before. The Kremlin said it was ready.");
  const auto places = labels_of(es, parley::model::EntityKind::place);
  const auto organizations = labels_of(es, parley::model::EntityKind::organization);
  EXPECT_EQ(places, (std::set<std::string>{"Geneva", "Jeddah"}));
  EXPECT_EQ(organizations, (std::set<std::string>{"Kremlin"}));
}

// "We’re told", "I'm told": a contraction is no name, though a verb of saying follows it;
// "O’Brien said" is one.
TEST(Entities, AContractionIsNoPerson) {
  auto es = entities(headline + "We’re told the talks went well. I'm told they did. I’ve heard so. O’Brien said the talks went well.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  EXPECT_EQ(persons, (std::set<std::string>{"O’Brien"}));
}

// "Analysts said": a common noun of English opening the sentence alone is no person, though a
// verb of saying follows; a given name ("Grace") and a surname WordNet knows ("Rice") are.
TEST(Entities, ACommonNounBeforeAVerbOfSayingIsNoPerson) {
  auto es = entities(headline + "Analysts said the talks went well. Experts say they did. Grace said so. Rice said so too.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  EXPECT_EQ(persons, (std::set<std::string>{"Grace", "Rice"}));
}

// No person by the shape of "New Yorkers" (a place's people), "West Mercia" (a compass point
// first), "Page A1" (a digit), "Oculus VR" (capitals last) or "the Data Retention Bill" (a law);
// "Bill Clinton" and "Elizabeth II" are.
TEST(Entities, ShapesThatNameNoPerson) {
  auto es = entities(headline + "New Yorkers welcomed the plan. Officers said West Mercia would help. "
                                "It ran on Page A1 of the paper. The Data Retention Bill passed. Bill Clinton said so. "
                                "Users of Oculus VR met Jana Lind. Queen Elizabeth II said so.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  EXPECT_EQ(persons, (std::set<std::string>{"Bill Clinton", "Elizabeth II", "Jana Lind"}));
}

// "things we learned from Novak interview": one word no gazetteer knows after a preposition of
// place is the person the article names so, decided once every person is known; "in Sinak" with
// no such person is a place. "from Islamist violence": an adjective of politics, neither.
TEST(Entities, AWordAfterAPrepositionOfPlaceIsThePersonOfThatName) {
  auto es = entities(headline + "President Novak spoke. Five things we learned from Novak interview. The envoy arrived in Sinak on Monday. It suffers from Islamist violence.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  const auto places = labels_of(es, parley::model::EntityKind::place);
  EXPECT_EQ(persons, (std::set<std::string>{"Novak"}));
  EXPECT_EQ(places, (std::set<std::string>{"Sinak"}));
}

// "officials in the Novak administration", "the Berg regime": a leader's name (leader-government-
// nouns.tsv), not a place after "in the"; not a compound adjective ("UN-recognized regime").
TEST(Entities, TheLeaderOfAnAdministrationIsAPerson) {
  auto es = entities(headline + "Officials in the Novak administration said so. Sanctions on the Berg regime stay. The UN-recognized administration met.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  const auto places = labels_of(es, parley::model::EntityKind::place);
  EXPECT_EQ(persons, (std::set<std::string>{"Berg", "Novak"}));
  EXPECT_TRUE(places.empty());
}

// "in Hell", "on Photos": one common noun of English no gazetteer knows is no place, though a
// preposition of place stands before it; "in Sinak" is one, and "the Arctic" a gazetteer's.
TEST(Entities, ACommonNounAfterAPrepositionIsNoPlace) {
  auto es = entities(headline + "The envoy arrived in Sinak on Monday. Life there is like living in Hell. Ships sail in the Arctic.");
  const auto places = labels_of(es, parley::model::EntityKind::place);
  EXPECT_EQ(places, (std::set<std::string>{"Arctic", "Sinak"}));
}

// "Mount Cook", "Lake Taupo": places by their first word; "Hurricane Sandy": no one (name-openers.tsv).
TEST(Entities, TheFirstWordOfANameSaysItsKind) {
  auto es = entities(headline + "Climbers scaled Mount Cook. Boats crossed Lake Taupo. Hurricane Sandy hit the coast.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  const auto places = labels_of(es, parley::model::EntityKind::place);
  EXPECT_TRUE(persons.empty());
  EXPECT_EQ(places, (std::set<std::string>{"Lake Taupo", "Mount Cook"}));
}

// "Attorney-General George Brandis": a compound whose last part is a title head is a title.
TEST(Entities, AHyphenatedTitleIsATitle) {
  auto es = entities(headline + "Attorney-General Karel Novak said so. Governor-General Jana Lind agreed.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  EXPECT_EQ(persons, (std::set<std::string>{"Jana Lind", "Karel Novak"}));
}

// "The Prime Minister's Office": the office a title's possessive names is one institution.
TEST(Entities, AnOfficeNamedByATitlesPossessiveIsOneOrganization) {
  const auto es = entities(headline + "The Prime Minister's Office said the talks went well. The President's Office agreed.");
  const auto* pmo = by_key(es, "org/prime-minister-s-office");
  ASSERT_NE(pmo, nullptr);
  EXPECT_EQ(pmo->label, "Prime Minister's Office");
  EXPECT_NE(by_key(es, "org/president-s-office"), nullptr);
  EXPECT_EQ(by_key(es, "org/office"), nullptr);
}

// "The Omani Foreign Ministry ... the Ministry said": a head noun alone is the organization named
// before whose name ends in it; "state TV reported", a kind of body alone, is no entity; a noun
// that alone names an institution ("Parliament") stays one.
TEST(Entities, AnOrganizationsHeadNounAloneIsTheOneNamedBefore) {
  auto es = entities(headline + "The Omani Foreign Ministry hosted the talks. The Ministry said they went well, state TV reported. "
                                "Parliament met later.");
  const auto* ministry = by_key(es, "org/omani-foreign-ministry");
  ASSERT_NE(ministry, nullptr);
  EXPECT_NE(std::find(ministry->alt_labels.begin(), ministry->alt_labels.end(), "Ministry"), ministry->alt_labels.end());
  EXPECT_EQ(by_key(es, "org/ministry"), nullptr);
  EXPECT_EQ(by_key(es, "org/tv"), nullptr);
  EXPECT_NE(by_key(es, "org/parliament"), nullptr);
  // The name's last words, a head among them, are that organization too.
  es = entities(headline + "The Omani Foreign Ministry hosted the talks. The Foreign Ministry said they went well.");
  EXPECT_EQ(by_key(es, "org/foreign-ministry"), nullptr);
  ASSERT_NE(by_key(es, "org/omani-foreign-ministry"), nullptr);
}

// "Senator Jana Lind of Texas said": the name after "of" is not the verb's subject, so no seat of
// an institution that speaks; Texas is a place.
TEST(Entities, ANameAfterOfIsNoSubjectOfTheVerb) {
  const auto es = entities(headline + "Senator Jana Lind of Texas said the talks went well.");
  const auto* texas = by_key(es, "place/texas");
  ASSERT_NE(texas, nullptr);
  EXPECT_EQ(texas->kind, parley::model::EntityKind::place);
  EXPECT_EQ(by_key(es, "org/texas"), nullptr);
  EXPECT_NE(by_key(es, "person/jana-lind"), nullptr);
}

// "Saudi Arabia hosted the talks. The Kingdom said": a state form's noun alone is the country named
// before; with none before, no one (and never a person "Kingdom").
TEST(Entities, AStateFormAloneIsTheCountryNamedBefore) {
  auto es = entities(headline + "Saudi Arabia hosted the talks. The Kingdom said it was ready.");
  const auto* sa = by_key(es, "country/sa");
  ASSERT_NE(sa, nullptr);
  EXPECT_NE(std::find(sa->alt_labels.begin(), sa->alt_labels.end(), "Kingdom"), sa->alt_labels.end());
  for (const auto& e : es) EXPECT_NE(e.kind, parley::model::EntityKind::person) << e.label;
  es = entities(headline + "The Sultanate said it was ready.");
  EXPECT_TRUE(es.empty());
}

TEST(Entities, APatronymicIsLeftOutOfTheKeyLikeAMiddleInitial) {
  const auto es = entities(headline + "President Ivan Petrovich Sidorov met envoys. Ivan Sidorov said the talks went well.");
  const auto* p = by_key(es, "person/ivan-sidorov");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->label, "Ivan Sidorov");
  EXPECT_EQ(by_key(es, "person/ivan-petrovich-sidorov"), nullptr);
}

TEST(Entities, TheSeatOfAnInstitutionThatSpeaksIsTheInstitution) {
  auto es = entities(headline + "\"The talks were useful,\" the White House said. The envoys met at the White House.");
  EXPECT_NE(by_key(es, "org/white-house"), nullptr);   // "the White House said"
  EXPECT_NE(by_key(es, "place/white-house"), nullptr); // "met at the White House"
}

TEST(Entities, AnOrganizationsLabelKeepsItsMinorWordsInLowerCase) {
  // The label was once title-cased throughout ("Federation Of Trade Unions").
  const auto es = entities(headline + "He met members of the Federation of Trade Unions on Monday.");
  const auto* org = by_key(es, "org/federation-of-trade-unions");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->label, "Federation of Trade Unions");
}

TEST(Entities, AnOrganizationOfACountryEndsThereAndThePersonItTitlesFollows) {
  const auto es = entities(headline + "Oman was represented by member of the Supreme Council of Oman Karim Haddad and its envoy.");
  EXPECT_NE(by_key(es, "org/supreme-council-of-oman"), nullptr);
  const auto* p = by_key(es, "person/karim-haddad");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(by_key(es, "org/supreme-council-of-oman-karim-haddad"), nullptr);
}

TEST(Entities, AnOfficeOfSomeonesAffairsBelongsToTheTitle) {
  const auto es = entities(headline + "National Security Council Director of European Affairs Jana Lind attended the lunch.");
  const auto* lind = by_key(es, "person/jana-lind");
  ASSERT_NE(lind, nullptr);
  EXPECT_NE(by_key(es, "org/national-security-council"), nullptr);
}

TEST(Entities, ACountrysLowerCaseMinistryIsAnOrganization) {
  const auto es = entities(headline + "Oman's foreign ministry said the talks were useful.");
  EXPECT_NE(by_key(es, "org/oman-s-foreign-ministry"), nullptr);
  EXPECT_NE(by_key(es, "country/om"), nullptr);
}

TEST(Entities, AHeadlineNamesWhatTheGazetteersKnowAndNoOneElse) {
  // The split and the resolver alone: no pipeline, so the headline is read as the pipeline does.
  auto a = read("Lind Declares Confidence After Visit to Egypt\n\nPresident Jana Lind met envoys in Muscat on Monday.\n");
  const auto body = parley::parsers::split_sentences(a);
  auto candidates = parley::parsers::find_mention_candidates(a.text, body);
  for (auto c : parley::parsers::find_mention_candidates(a.text, parley::parsers::split_headline(a))) {
    c.cues |= parley::model::cue_headline;
    candidates.push_back(c);
  }
  parley::resolve::resolve_entities(a, candidates, parley::knowledge::Gazetteer::built_in());
  EXPECT_NE(by_key(a.entities, "country/eg"), nullptr);       // named in the headline only
  EXPECT_EQ(by_key(a.entities, "person/lind-declares-confidence"), nullptr);
  EXPECT_EQ(by_key(a.entities, "person/lind-declares"), nullptr);
  EXPECT_NE(by_key(a.entities, "person/jana-lind"), nullptr);
}

TEST(Entities, ATitleWordInsideAPlacesNameIsNoTitle) {
  const auto es = entities(headline + "The ministers met at the historic President Lind Hotel on Monday.");
  EXPECT_NE(by_key(es, "place/president-lind-hotel"), nullptr);
  EXPECT_EQ(by_key(es, "place/lind-hotel"), nullptr);
}

TEST(Entities, ACapitalATripGoesToIsAPlaceAndOneTiesGoToIsTheGovernment) {
  auto es = entities(headline + "The minister flew to Oslo on Monday. The talks strengthened ties to Stockholm.");
  const Entity* oslo = by_key(es, "place/oslo");
  ASSERT_NE(oslo, nullptr);  // "flew to Oslo": a place
  EXPECT_EQ(oslo->contained_in, "country/no");
  EXPECT_EQ(by_key(es, "place/stockholm"), nullptr);  // "ties to Stockholm": Sweden's government
  EXPECT_NE(by_key(es, "country/se"), nullptr);
  es = entities(headline + "After her trip to the Kremlin, she spoke of ties to the Kremlin.");
  EXPECT_NE(by_key(es, "place/kremlin"), nullptr);
}

TEST(Entities, WordNetSaysWhatIsNoPersonAndWhichRegionsAndSeasArePlaces) {
  // Title case ending in a common noun, and a war: no one's name by shape alone.
  auto es = entities(headline + "The deal with Universal Studios recalls the Cold War, officials said.");
  EXPECT_EQ(by_key(es, "person/universal-studios"), nullptr);
  EXPECT_EQ(by_key(es, "person/cold-war"), nullptr);
  // A name of that shape whose last word is no common noun still is one.
  es = entities(headline + "The envoy met Ingrid Solheim on Monday.");
  EXPECT_NE(by_key(es, "person/ingrid-solheim"), nullptr);
  // Seas and regions WordNet knows, without a cue before them.
  es = entities(headline + "Tensions in the Andaman Sea and Melanesia dominated the talks.");
  const Entity* sea = by_key(es, "place/andaman-sea");
  ASSERT_NE(sea, nullptr);
  EXPECT_EQ(sea->kind, EntityKind::place);
  EXPECT_NE(by_key(es, "place/melanesia"), nullptr);
  // A one-word mountain is a person's name where the article says so.
  es = entities(headline + "Foreign Minister Logan Ryan arrived. Logan said the talks went well.");
  EXPECT_EQ(by_key(es, "place/logan"), nullptr);
  es = entities(headline + "Climbers on Logan were rescued.");
  EXPECT_NE(by_key(es, "place/logan"), nullptr);
}

TEST(Entities, ADemonymOfTwoCountriesIsTheLargersOne) {
  // "Dominican": of Dominica and of the Dominican Republic, whose capital has the more people.
  const auto es = entities(headline + "Dominican President Danilo Medina met Congolese officials.");
  EXPECT_NE(by_key(es, "country/do"), nullptr);
  EXPECT_EQ(by_key(es, "country/dm"), nullptr);
  EXPECT_NE(by_key(es, "country/cd"), nullptr);
}

TEST(Entities, CommonDemonymsAndAPlaceTheNounBeforeItNames) {
  auto es = entities(headline + "Kyrgyz and Tajik officials met in the Kazakh capital Astana with Uzbek envoys.");
  for (const char* key : {"country/kg", "country/tj", "country/kz", "country/uz"}) EXPECT_NE(by_key(es, key), nullptr) << key;
  const Entity* astana = by_key(es, "place/astana");  // "the Kazakh capital Astana": the city, not the government
  ASSERT_NE(astana, nullptr);
  EXPECT_EQ(astana->contained_in, "country/kz");
  // "secretary of state X": an office, no settlement.
  es = entities(headline + "He met US secretary of state Antony Blinken in Tokyo.");
  EXPECT_NE(by_key(es, "person/antony-blinken"), nullptr);
  EXPECT_EQ(by_key(es, "place/antony-blinken"), nullptr);
}

TEST(Entities, AnOrganizationInsideTheNameOfItsMeeting) {
  auto es = entities(headline + "The ASEAN Summit opened. The 39th Pacific Islands Forum Leaders met, and "
                     "the Thirty-Ninth Pacific Islands Forum was held in Niue. The NATO Foreign Ministers met.");
  EXPECT_NE(by_key(es, "org/association-of-southeast-asian-nations"), nullptr);
  const Entity* pif = by_key(es, "org/pacific-islands-forum");
  ASSERT_NE(pif, nullptr);
  EXPECT_EQ(pif->mentions.size(), 2u);
  EXPECT_NE(by_key(es, "org/north-atlantic-treaty-organization"), nullptr);
  // A name the gazetteer does not know stays what it was.
  es = entities(headline + "The Gulf Friendship Summit opened.");
  EXPECT_EQ(by_key(es, "org/gulf-friendship"), nullptr);
}

TEST(Entities, ARoleForACountryThenThePersonInOneRun) {
  auto es = entities(headline + "Russia sent its special envoy to Syria Alexander Lavrentiev. The UN envoy for Syria "
                     "Geir Pedersen attended.");
  EXPECT_NE(by_key(es, "person/alexander-lavrentiev"), nullptr);
  EXPECT_NE(by_key(es, "person/geir-pedersen"), nullptr);
  EXPECT_NE(by_key(es, "country/sy"), nullptr);
  // Without a role before "to", a country and a name are left as they were.
  es = entities(headline + "Flights to Syria Alexander Lavrentiev said were resumed.");
  EXPECT_EQ(by_key(es, "person/alexander-lavrentiev"), nullptr);
}

TEST(Entities, ATitleOfACountryThenThePersonInOneRun) {
  auto es = entities(headline + "President of Kazakhstan Nursultan Nazarbayev opened the summit. Prime Minister of "
                     "South Africa Cyril Ramaphosa attended.");
  const auto* president = by_key(es, "person/nursultan-nazarbayev");
  ASSERT_NE(president, nullptr);
  EXPECT_EQ(president->job_title, "President of Kazakhstan");
  EXPECT_EQ(president->affiliation, "country/kz");
  const auto* minister = by_key(es, "person/cyril-ramaphosa");
  ASSERT_NE(minister, nullptr);
  EXPECT_EQ(minister->affiliation, "country/za");  // a country of two words
  EXPECT_NE(by_key(es, "country/kz"), nullptr);
  EXPECT_EQ(by_key(es, "person/kazakhstan-nursultan-nazarbayev"), nullptr);
  // A state's formal name, an office and "for" are part of the title.
  es = entities(headline + "President of the Republic of Korea Yoon Suk Yeol met Minister of Foreign Affairs of the Kingdom "
                "of Bahrain Abdullatif bin Rashid Al Zayani and Minister for Foreign Affairs Penny Wong.");
  ASSERT_NE(by_key(es, "person/yoon-suk-yeol"), nullptr);
  EXPECT_EQ(by_key(es, "person/yoon-suk-yeol")->job_title, "President of the Republic of Korea");
  EXPECT_EQ(by_key(es, "person/yoon-suk-yeol")->affiliation, "country/kr");
  ASSERT_NE(by_key(es, "person/abdullatif-bin-rashid-al-zayani"), nullptr);
  EXPECT_EQ(by_key(es, "person/abdullatif-bin-rashid-al-zayani")->affiliation, "country/bh");
  ASSERT_NE(by_key(es, "person/penny-wong"), nullptr);
  EXPECT_EQ(by_key(es, "person/penny-wong")->job_title, "Minister for Foreign Affairs");
  // A portfolio of common nouns, then the name: "Ben" is a noun too.
  es = entities(headline + "Minister for Public Enterprise Ben Micah attended.");
  ASSERT_NE(by_key(es, "person/ben-micah"), nullptr);
  EXPECT_EQ(by_key(es, "person/ben-micah")->job_title, "Minister for Public Enterprise");
  // The office after "of" stays the title's: "Secretary of State".
  es = entities(headline + "Secretary of State Jana Novak attended.");
  ASSERT_NE(by_key(es, "person/jana-novak"), nullptr);
  EXPECT_EQ(by_key(es, "person/jana-novak")->job_title, "Secretary of State");
}

TEST(Entities, AnOfficeAfterOfIsATitleNotAName) {
  auto es = entities(headline + "President Jana Lind met the envoys. \"We agreed,\" the Head of State said. The Chief of Staff said "
                     "nothing.");
  EXPECT_EQ(by_key(es, "person/state"), nullptr);
  EXPECT_EQ(by_key(es, "person/staff"), nullptr);
  es = entities(headline + "Head of State Jana Lind attended.");
  ASSERT_NE(by_key(es, "person/jana-lind"), nullptr);
  EXPECT_EQ(by_key(es, "person/jana-lind")->job_title, "Head of State");
}

TEST(Entities, AGivenNameBeforeAnUnknownWordIsAPerson) {
  // "trump" is a noun of English, so the name's shape alone says nothing; the given name does.
  auto es = entities(headline + "The envoys greeted Melania Trump in the front row.");
  EXPECT_NE(by_key(es, "person/melania-trump"), nullptr);
  // Not where a gazetteer knows a word ("Jordan Valley") or the run is a place ("in X").
  es = entities(headline + "The envoys toured the Jordan Valley and stayed in Victoria Hills.");
  EXPECT_EQ(by_key(es, "person/jordan-valley"), nullptr);
  EXPECT_EQ(by_key(es, "person/victoria-hills"), nullptr);
}

TEST(Entities, ATitleInCapitalsIsATitle) {
  // A lede's first words in capitals: "PRESIDENT Nelson Mandela flew out".
  auto es = entities(headline + "PRESIDENT Jana Lind flew out on Monday. FOREIGN MINISTER Karel Novak stayed.");
  ASSERT_NE(by_key(es, "person/jana-lind"), nullptr);
  ASSERT_NE(by_key(es, "person/karel-novak"), nullptr);
  EXPECT_EQ(by_key(es, "person/karel-novak")->job_title, "FOREIGN MINISTER");
}

TEST(Entities, APlaceOfACountryIsThePlaceAndTheCountry) {
  auto es = entities(headline + "Fighting resumed in the Tigray Region of Ethiopia on Monday.");
  EXPECT_NE(by_key(es, "place/tigray-region"), nullptr);
  EXPECT_NE(by_key(es, "country/et"), nullptr);
  EXPECT_EQ(by_key(es, "place/tigray-region-of-ethiopia"), nullptr);
  // A state's formal name is one name.
  es = entities(headline + "The Republic of Korea and Japan met on Monday.");
  EXPECT_NE(by_key(es, "country/kr"), nullptr);
}

TEST(Entities, TheAfricanUnionsCouncilIsNotTheUnitedNations) {
  const auto es = entities(headline + "The African Union Peace and Security Council met in Addis Ababa on Monday.");
  EXPECT_NE(by_key(es, "org/african-union-peace-and-security-council"), nullptr);
  EXPECT_EQ(by_key(es, "org/un-security-council"), nullptr);
}

TEST(Entities, ACountrysNameWithLowerCaseWordsIsFoundWhole) {
  const auto es = entities(headline + "Observers came from Saint Vincent and the Grenadines and from Bosnia and Herzegovina.");
  EXPECT_NE(by_key(es, "country/vc"), nullptr);
  EXPECT_NE(by_key(es, "country/ba"), nullptr);
  EXPECT_EQ(by_key(es, "person/saint-vincent"), nullptr);
}

TEST(Entities, ACompoundOfCountriesCombiningFormsAndOrganizations) {
  auto es = entities(headline + "Sino-US talks and Franco-German ties were discussed at the EU-China summit.");
  EXPECT_NE(by_key(es, "country/cn"), nullptr);
  EXPECT_NE(by_key(es, "country/us"), nullptr);
  EXPECT_NE(by_key(es, "country/fr"), nullptr);
  EXPECT_NE(by_key(es, "country/de"), nullptr);
  bool eu = false;
  for (const auto& e : es) eu = eu || (e.kind == EntityKind::organization && e.label == "European Union");
  EXPECT_TRUE(eu);
  // A region whose first part is a combining form stays no country: every part must be one.
  es = entities(headline + "The Indo-Pacific strategy was discussed.");
  EXPECT_EQ(by_key(es, "country/in"), nullptr);
}

TEST(Entities, SeatsOfGovernmentAreNoPersons) {
  const auto es = entities(headline + "The Elysee said the talks were useful. Officials met at the Blue House.");
  for (const auto& e : es) EXPECT_NE(e.kind, EntityKind::person) << e.label;
  EXPECT_NE(by_key(es, "place/blue-house"), nullptr);
}

// A verb of meeting after two capitalized words says they name a person, as "said" does, when
// no list knows the given name.
TEST(Entities, AVerbOfMeetingAfterANameSaysItIsAPerson) {
  for (const char* verb : {"greeted", "received", "thanked", "congratulated"}) {
    const auto es = entities(headline + "Kowin Dasaru " + verb + " the visiting delegation at the airport.");
    const Entity* p = by_key(es, "person/kowin-dasaru");
    ASSERT_NE(p, nullptr) << verb;
    EXPECT_EQ(p->kind, EntityKind::person);
  }
  // A place that attends, or a body that holds, is no person: those verbs are no cue.
  const auto es = entities(headline + "Kowin Dasaru attended the session as an observer.");
  EXPECT_EQ(by_key(es, "person/kowin-dasaru"), nullptr);
}

// A list a locative opens is a list of places: "in Oslo, Helsinki and Stockholm"; "flew on to
// Oslo" is a trip too. A name after "in Oslo," that no list continues is not made a place.
TEST(Entities, ThePlacesOfAListALocativeOpensAreAllPlaces) {
  auto es = entities(headline + "The accord was signed in Oslo, Helsinki and Stockholm on Monday.");
  for (const char* key : {"place/oslo", "place/helsinki", "place/stockholm"}) EXPECT_NE(by_key(es, key), nullptr) << key;
  es = entities(headline + "The minister stopped in Copenhagen and then flew on to Oslo.");
  EXPECT_NE(by_key(es, "place/copenhagen"), nullptr);
  EXPECT_NE(by_key(es, "place/oslo"), nullptr);
  // "in Oslo, Stockholm said": the government that speaks after the comma stays Sweden's.
  es = entities(headline + "Asked about the accord signed in Oslo, Stockholm said it was pleased.");
  EXPECT_EQ(by_key(es, "place/stockholm"), nullptr);
  EXPECT_NE(by_key(es, "country/se"), nullptr);
}

// "Mrs Novak" after "Jana Novak" and "Tomas Novak": the honorific says which (given-names.txt).
TEST(Entities, AnHonorificsGenderTellsTwoPersonsOfOneSurnameApart) {
  const auto es = entities(headline + "Ambassador Jana Novak met Ambassador Tomas Novak in Oslo. Mrs Novak said it went well.");
  const Entity* jana = by_key(es, "person/jana-novak");
  ASSERT_NE(jana, nullptr);
  EXPECT_EQ(jana->mentions.size(), 2u);
  const Entity* tomas = by_key(es, "person/tomas-novak");
  ASSERT_NE(tomas, nullptr);
  EXPECT_EQ(tomas->mentions.size(), 1u);
}

// Particles in lower case ("von der", "da", "van") count for none of a name's words: a name of
// two to four words with them is a name by its given name or its verb, as one without them is.
TEST(Entities, NameParticlesCountForNoneOfANamesWords) {
  auto es = entities(headline + "Jana von der Lind and Tomas Berg attended the summit.");
  EXPECT_NE(by_key(es, "person/jana-von-der-lind"), nullptr);
  es = entities(headline + "On Monday, Kowin Adaru Dasaru da Silva said the talks were useful.");
  bool found = false;
  for (const auto& e : es) found = found || (e.kind == EntityKind::person && e.label == "Kowin Adaru Dasaru da Silva");
  EXPECT_TRUE(found);
}

// "the Vardan Sun newspaper": a name right before a noun of outlets (organization-nouns.tsv's
// outlet-after) is an outlet's, without the noun; "news" only before "agency" and its kind.
TEST(Entities, ANameBeforeANounOfOutletsIsAnOutlet) {
  auto es = entities(headline + "The Daily Vardan newspaper reported the talks, as did the Korbel news agency.");
  bool daily = false, agency = false;
  for (const auto& e : es) {
    daily = daily || (e.kind == EntityKind::organization && e.label == "Daily Vardan");
    agency = agency || (e.kind == EntityKind::organization && e.label == "Korbel");
    EXPECT_NE(e.kind, EntityKind::person) << e.label;
  }
  EXPECT_TRUE(daily);
  EXPECT_TRUE(agency);
  es = entities(headline + "Omani Foreign Minister Jana Lind told a Lind news conference nothing.");
  for (const auto& e : es) EXPECT_NE(e.kind, EntityKind::organization) << e.label;
}

// A month is a name where a name stands beside it: "April Dasaru" (a given name, given-names.txt),
// "Jana May" (a surname after one); not "on April 5", "in May", "Since April".
TEST(Entities, AMonthBesideANameIsPartOfIt) {
  auto es = entities(headline + "Ambassador April K. Dasaru met Jana May in Oslo.");
  EXPECT_NE(by_key(es, "person/april-dasaru"), nullptr);
  EXPECT_NE(by_key(es, "person/jana-may"), nullptr);
  es = entities(headline + "Since April Dasaru has refused talks, and in May Lind said so on May 5.");
  for (const auto& e : es) {
    EXPECT_EQ(e.label.find("April"), std::string::npos) << e.label;
    EXPECT_EQ(e.label.find("May"), std::string::npos) << e.label;
  }
}

// An abbreviation of a month or weekday beside a name, with no number by it, is part of the
// name ("Wang Jun", "Jan Dasaru"); by a number it is a date ("on Jun 12").
TEST(Entities, AMonthAbbreviationBesideANameIsPartOfIt) {
  auto es = entities(headline + "Ambassador Wang Jun met Jan Dasaru in Oslo on Jun 12.");
  EXPECT_NE(by_key(es, "person/wang-jun"), nullptr);
  EXPECT_NE(by_key(es, "person/jan-dasaru"), nullptr);
  for (const auto& e : es) EXPECT_EQ(e.label.find("Jun 12"), std::string::npos) << e.label;
}

// "(AFP)" right after an organization's name is that organization's acronym, not the news agency
// a gazetteer knows by it.
TEST(Entities, AnAcronymInParenthesesIsTheNameBeforeIt) {
  const auto es = entities(headline + "The People Alliance (AFP) met in Oslo. The AFP said the talks went well.");
  const auto* alliance = by_key(es, "org/people-alliance");
  ASSERT_NE(alliance, nullptr);
  for (const auto& e : es) EXPECT_EQ(e.label.find("France"), std::string::npos) << e.label;
}

// No one is named after "the": "the MEA said" speaks for a body.
TEST(Entities, ANameAfterTheThatSpeaksIsABody) {
  const auto es = entities(headline + "The MEA said the visit to Oslo went well, and the KPU agreed.");
  const auto* mea = by_key(es, "org/mea");
  ASSERT_NE(mea, nullptr);
  EXPECT_EQ(mea->kind, EntityKind::organization);
  for (const auto& e : es) EXPECT_NE(e.kind, EntityKind::person) << e.label;
}

// A title abbreviated in capitals before a name is no part of it: "PM Dasaru", "EAM Lind".
TEST(Entities, AnAbbreviatedTitleIsNoPartOfTheName) {
  const auto es = entities(headline + "PM Karel Dasaru met EAM Jana Lind in Oslo.");
  EXPECT_NE(by_key(es, "person/karel-dasaru"), nullptr);
  EXPECT_NE(by_key(es, "person/jana-lind"), nullptr);
}

// Holidays WordNet lacks (scripts/wordnet/named-things-supplement.tsv) name no one, an Arabic
// article in them ("al-Fitr") notwithstanding.
TEST(Entities, AHolidayIsNoOne) {
  const auto es = entities(headline + "The leaders marked Eid al-Fitr and Diwali together in Oslo.");
  for (const auto& e : es) EXPECT_NE(e.kind, EntityKind::person) << e.label;
}

// "Mechanism" and "Panel" end the names of institutions as "Commission" does.
TEST(Entities, AMechanismAndAPanelAreInstitutions) {
  const auto es = entities(headline + "The Vardan Verification Mechanism and the UN Panel of Experts reported violations.");
  bool mechanism = false, panel = false;
  for (const auto& e : es) {
    mechanism = mechanism || (e.kind == EntityKind::organization && e.label == "Vardan Verification Mechanism");
    panel = panel || (e.kind == EntityKind::organization && e.label == "UN Panel of Experts");
    EXPECT_NE(e.kind, EntityKind::person) << e.label;
  }
  EXPECT_TRUE(mechanism);
  EXPECT_TRUE(panel);
}

// "Foreign Undersecretary Jana Lind": a title of its own; "Scarborough Shoal", "Mischief Reef":
// places by the feature their last word names (titles.tsv, place-nouns.tsv).
TEST(Entities, MoreTitlesAndFeaturesOfTheSea) {
  auto es = entities(headline + "Foreign Undersecretary Jana Lind said so. Boats sailed near Oskar Shoal and Vela Reef.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  const auto places = labels_of(es, parley::model::EntityKind::place);
  EXPECT_EQ(persons, (std::set<std::string>{"Jana Lind"}));
  EXPECT_EQ(places, (std::set<std::string>{"Oskar Shoal", "Vela Reef"}));
}

// "10:15 AM EST": the words of a time of day after its number are no names (clock-words.tsv).
TEST(Entities, TheWordsOfATimeOfDayAreNoNames) {
  auto es = entities(headline + "July 3, 2024 10:15 AM EST\n\nThe envoys of Oman met in Muscat at 16:00 GMT.");
  std::set<std::string> labels;
  for (const auto& e : es) labels.insert(e.label);
  EXPECT_EQ(labels.count("AM"), 0u);
  EXPECT_EQ(labels.count("AM EST"), 0u);
  EXPECT_EQ(labels.count("EST"), 0u);
  EXPECT_EQ(labels.count("GMT"), 0u);
  EXPECT_EQ(labels.count("Oman"), 1u);
}

// "... of the Communist Party of China Central Committee": what follows the country is the
// institution's own name, not a person named after it; "... of China Yang Jiechi" still is one.
TEST(Entities, AnInstitutionsNameAfterACountryIsNoPerson) {
  auto es = entities(headline + "Jana Lind, member of the Standing Committee of the Political Bureau of the "
                                "Communist Party of China Central Committee, attended.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  EXPECT_EQ(persons, (std::set<std::string>{"Jana Lind"}));
}

// "Roman Catholicism", "Zionism": a doctrine's name is no person's.
TEST(Entities, ADoctrineIsNoPerson) {
  auto es = entities(headline + "The main faiths are Roman Catholicism and Anglicanism, said Jana Lind.");
  const auto persons = labels_of(es, parley::model::EntityKind::person);
  EXPECT_EQ(persons, (std::set<std::string>{"Jana Lind"}));
}

// "the Paris agreement", "the Astana process": a city or capital before a document's noun names
// the document; "the Oman deal" is still Oman's (a country's own name).
TEST(Entities, ACityBeforeADocumentsNounNamesTheDocument) {
  auto es = entities(headline + "Envoys in Oslo upheld the Paris agreement, the Astana process and the Oman deal.");
  std::set<std::string> labels;
  for (const auto& e : es) labels.insert(e.label);
  EXPECT_EQ(labels, (std::set<std::string>{"Oman", "Oslo", "Norway"}));
}

// "held at the Foreign Ministry": an institution named as a meeting's venue is a place; its
// officials ("officials at", "a director at") are still of the organization.
TEST(Entities, AnInstitutionAsAMeetingsVenueIsAPlace) {
  const auto kind_of = [](const std::vector<Entity>& es, const std::string& label) {
    for (const auto& e : es) {
      if (e.label == label) return e.kind;
    }
    return parley::model::EntityKind::country;  // none: no test expects a country
  };
  using parley::model::EntityKind;
  EXPECT_EQ(kind_of(entities(headline + "The talks were held behind closed doors at the Foreign Ministry."), "Foreign Ministry"),
            EntityKind::place);
  EXPECT_EQ(kind_of(entities(headline + "The summit opened at Muscat's Convention Center on Sunday."), "Convention Center"),
            EntityKind::place);
  EXPECT_EQ(kind_of(entities(headline + "Officials at the Foreign Ministry said the talks would resume."), "Foreign Ministry"),
            EntityKind::organization);
  EXPECT_EQ(kind_of(entities(headline + "The talks worried Jana Lind, a director at the Foreign Ministry."), "Foreign Ministry"),
            EntityKind::organization);
}
