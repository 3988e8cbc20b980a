#include "parsers/text/name_lexicon.hpp"

#include <algorithm>
#include <initializer_list>

#include "parsers/page/config.hpp"

namespace parley::parsers::lexicon {

namespace {

bool in(std::u32string_view word, std::initializer_list<std::u32string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::u32string_view without_period(std::u32string_view w) {
  return !w.empty() && w.back() == U'.' ? w.substr(0, w.size() - 1) : w;
}

}  // namespace

bool is_title_head(std::u32string_view w) {
  // Plurals too: "the U.S. and Iranian Ambassadors Jana Novak and ..."
  if (w.size() > 3 && w.back() == U's' && w != U"Ambassadors-at-large" && is_title_head(w.substr(0, w.size() - 1))) {
    return true;
  }
  return in(w, {U"President", U"Minister", U"Ambassador", U"Secretary", U"Secretary-General",
                U"Spokesman", U"Spokeswoman", U"Spokesperson", U"King", U"Queen", U"Prince",
                U"Princess", U"Emir", U"Sheikh", U"Sultan", U"Ayatollah", U"Shah", U"Chancellor",
                U"Envoy", U"Senator", U"Sen", U"Rep", U"Representative", U"Governor", U"Mayor",
                U"Chairman", U"Chairwoman", U"Speaker", U"Director", U"Commander", U"Gen",
                U"General", U"Lt", U"Col", U"Colonel", U"Major", U"Admiral", U"Adm", U"Capt",
                U"Captain", U"Sgt", U"Judge", U"Justice", U"Pope", U"Cardinal", U"Bishop",
                U"Rabbi", U"Imam", U"Mullah", U"Cleric", U"Leader", U"Premier", U"Counselor",
                U"Counsellor", U"Adviser", U"Advisor", U"Ambassador-at-large", U"Negotiator",
                U"Diplomat", U"Delegate", U"Vice-President", U"Correspondent", U"Editor",
                U"Professor", U"Prof", U"Dr", U"Chief", U"Official", U"FM", U"PM"});
}

bool is_title_word(std::u32string_view w) {
  return is_title_head(w) ||
         in(w, {U"Vice", U"Prime", U"Foreign", U"Defense", U"Defence", U"Interior", U"Finance",
                U"Deputy", U"Crown", U"Special", U"Supreme", U"Former", U"Acting", U"Grand",
                U"Assistant", U"Under", U"Undersecretary", U"National", U"Security", U"Oil",
                U"Economy", U"Trade", U"Energy", U"Justice", U"Health", U"Education",
                U"Intelligence", U"Army", U"Navy", U"Military", U"Senior", U"Top", U"Chief",
                U"Executive", U"Presidential", U"Royal"});
}

bool is_honorific(std::u32string_view w) {
  return in(without_period(w), {U"Mr", U"Mrs", U"Ms", U"Dr", U"Prof", U"Sir", U"Dame", U"Mme"});
}

bool is_role_noun(std::u32string_view w) {
  return in(w, {U"spokesman", U"spokeswoman", U"spokesperson", U"counterpart", U"minister",
                U"ambassador", U"envoy", U"president", U"adviser", U"advisor", U"counselor",
                U"counsellor", U"minister-counselor", U"delegate", U"correspondent", U"analyst",
                U"official", U"leader", U"chief", U"cleric", U"commander", U"diplomat",
                U"negotiator", U"secretary", U"premier", U"king", U"prince", U"director",
                U"chairman", U"aide", U"lawmaker", U"senator", U"reporter", U"editor",
                U"journalist", U"professor", U"researcher", U"expert", U"mediator", U"emir",
                U"ayatollah", U"general", U"colonel", U"governor", U"mayor", U"speaker",
                U"representative", U"premier", U"head", U"man"});
}

bool is_reporting_verb(std::u32string_view w) {
  return in(w, {U"said", U"says", U"say", U"told", U"tells", U"added", U"adds", U"stressed",
                U"confirmed", U"noted", U"insisted", U"warned", U"announced", U"explained",
                U"replied", U"declared", U"argued", U"acknowledged", U"denied", U"claimed",
                U"urged", U"asked", U"wrote", U"tweeted", U"reported", U"quoted", U"stated",
                U"emphasized", U"emphasised", U"underlined", U"welcomed", U"hosted", U"met",
                U"visited", U"headed", U"chaired", U"accused", U"called", U"expressed",
                U"sat", U"described", U"criticized", U"criticised", U"urges", U"warns",
                U"believes", U"hopes", U"wants", U"agreed", U"pledged", U"proposed"});
}

bool is_verb_adverb(std::u32string_view w) {
  return in(w, {U"also", U"has", U"had", U"have", U"was", U"later", U"then", U"previously",
                U"earlier", U"further", U"again", U"reportedly", U"had"});
}

bool is_locative_preposition(std::u32string_view w) {
  // Not "to": "ties to Tehran" and "refer it to Washington" name governments, not places.
  return in(w, {U"in", U"at", U"from", U"near", U"outside", U"inside", U"into",
                U"across", U"around", U"via", U"toward", U"towards", U"throughout", U"within",
                U"In", U"At", U"From", U"Near", U"Outside", U"Inside"});
}

bool is_name_particle(std::u32string_view w) {
  return in(w, {U"bin", U"ibn", U"bint", U"van", U"von", U"de", U"der", U"den", U"du", U"da",
                U"dos", U"del", U"della", U"di", U"la", U"le", U"ben", U"abu", U"al", U"el", U"des"});
}

bool has_arabic_article_prefix(std::u32string_view w) {
  for (std::u32string_view prefix : {U"al-", U"el-", U"ad-", U"as-", U"ash-", U"at-", U"ar-",
                                     U"an-", U"az-", U"ul-", U"bin-", U"abu-"}) {
    if (w.size() > prefix.size() && w.substr(0, prefix.size()) == prefix) {
      return is_upper(w[prefix.size()]);  // "al-Hakim", "al-Ṭāhir"
    }
  }
  return false;
}

bool is_organization_head(std::u32string_view w) {
  return in(w, {U"Ministry", U"Embassy", U"Consulate", U"Agency", U"Party", U"Front", U"Council",
                U"Committee", U"Commission", U"Organization", U"Organisation", U"Union",
                U"Movement", U"Army", U"Corps", U"Brigade", U"Brigades", U"Guard", U"Guards",
                U"Forces", U"Bank", U"Institute", U"University", U"Court", U"Parliament",
                U"Assembly", U"Association", U"League", U"Office", U"Department", U"Authority",
                U"Company", U"Corporation", U"Foundation", U"Federation", U"Fund", U"Alliance",
                U"Coalition", U"Service", U"Police", U"Navy", U"Times", U"Post", U"Herald",
                U"Journal", U"Television", U"TV", U"Radio", U"Network", U"Channel", U"Mission",
                U"Secretariat", U"Cabinet", U"Senate", U"Congress", U"Majlis", U"Knesset",
                U"Group", U"Center", U"Centre", U"Tribunal", U"Board", U"Bureau", U"Club"});
}

bool is_lowercase_organization_head(std::u32string_view w) {
  return in(w, {U"embassy", U"consulate", U"ministry"});
}

bool is_ministry_modifier(std::u32string_view w) {
  return in(w, {U"foreign", U"interior", U"defence", U"defense", U"finance", U"justice",
                U"health", U"education", U"trade", U"oil", U"information", U"economy"});
}

bool is_organization_role_noun(std::u32string_view w) {
  return in(w, {U"broadcaster", U"newspaper", U"daily", U"weekly", U"agency", U"channel",
                U"television", U"radio", U"network", U"militia", U"party", U"movement", U"group",
                U"outlet", U"website", U"bloc"});
}

bool is_area_descriptor(std::u32string_view w) {
  return in(w, {U"region", U"province", U"district", U"governorate", U"area", U"neighbourhood",
                U"neighborhood"});
}

bool is_place_head(std::u32string_view w) {
  return in(w, {U"Zone", U"Gulf", U"Sea", U"Ocean", U"Strait", U"Straits", U"Square", U"Palace",
                U"Mosque", U"Street", U"Avenue", U"Province", U"District", U"Valley", U"Mountains",
                U"Mountain", U"Island", U"Islands", U"Bay", U"River", U"Lake", U"Desert",
                U"Peninsula", U"Heights", U"Airport", U"Hotel", U"Building", U"Camp", U"Base",
                U"Bridge", U"Canal", U"Plain", U"Coast", U"Region", U"Governorate", U"Shrine",
                U"Compound", U"Hall", U"Tower", U"Park", U"Strip", U"Bank", U"Port", U"Harbor",
                U"Harbour", U"Crossing", U"Border", U"Residence", U"Hills", U"Dam", U"Pass"});
}

bool is_lowercase_place_head(std::u32string_view w) {
  return in(w, {U"mosque", U"shrine", U"palace", U"airport", U"square", U"hotel", U"compound",
                U"camp", U"bridge", U"province", U"district", U"governorate", U"region",
                U"neighbourhood", U"neighborhood", U"refinery", U"port", U"building", U"dam"});
}

bool is_settlement_noun(std::u32string_view w) {
  return in(w, {U"city", U"town", U"village", U"district", U"province", U"region", U"capital",
                U"port", U"neighbourhood", U"neighborhood", U"suburb", U"area", U"governorate",
                U"island", U"state"});
}

bool is_determiner(std::u32string_view w) {
  return in(w, {U"the", U"a", U"an", U"his", U"her", U"its", U"their", U"our", U"The", U"A",
                U"An", U"His", U"Her", U"Its", U"Their"});
}

bool is_function_word(std::u32string_view w) {
  return in(w, {U"The", U"A", U"An", U"But", U"And", U"Or", U"In", U"On", U"At", U"It", U"He",
                U"She", U"They", U"We", U"I", U"You", U"His", U"Her", U"Their", U"Its", U"Our",
                U"This", U"That", U"These", U"Those", U"After", U"Before", U"When", U"While",
                U"As", U"If", U"Although", U"However", U"According", U"Some", U"All", U"Both",
                U"None", U"There", U"Here", U"What", U"Who", U"Why", U"How",
                U"Where", U"Which", U"From", U"For", U"With", U"By", U"To", U"Of", U"Since",
                U"Despite", U"During", U"Under", U"Over", U"About", U"Meanwhile", U"Also",
                U"Such", U"Many", U"Most", U"Several", U"Other", U"Another", U"Each", U"Every",
                U"No", U"Not", U"Only", U"Even", U"Yet", U"So", U"Then", U"Now", U"Still",
                U"Asked", U"Speaking", U"Earlier", U"Later", U"Last", U"Next", U"Former",
                U"Two", U"Three", U"Four", U"Five", U"One", U"First", U"Second", U"Third",
                U"Thank", U"Dear", U"Both", U"Neither", U"Either", U"Instead", U"Thus", U"Let",
                U"Although", U"Excellency", U"Majesty", U"Highness"});
}

bool is_meeting_noun(std::u32string_view w) {
  return in(w, {U"talks", U"negotiations", U"consultations", U"round", U"rounds", U"summit",
                U"discussions", U"meeting", U"meetings", U"conference", U"visit", U"visits",
                U"trip", U"session", U"dialogue"});
}

bool is_calendar_word(std::u32string_view w) {
  return in(without_period(w),
            {U"January", U"February", U"March", U"April", U"May", U"June", U"July", U"August",
             U"September", U"October", U"November", U"December", U"Jan", U"Feb", U"Mar",
             U"Apr", U"Jun", U"Jul", U"Aug", U"Sep", U"Sept", U"Oct", U"Nov", U"Dec", U"Monday",
             U"Tuesday", U"Wednesday", U"Thursday", U"Friday", U"Saturday", U"Sunday"});
}

}  // namespace parley::parsers::lexicon
