#include "resolve/meeting_identity.hpp"

#include <algorithm>
#include <vector>

#include "model/identity.hpp"

namespace parley::resolve {

void MeetingIdentity::name(MeetingDraft& d) {
  using model::EntityKind;
  model::Event& e = d.event;
  const auto& text = reports_.article().text;
  std::vector<std::string> isos, countries;
  // The key's countries: those of the report that dates the meeting, less the country the
  // meeting is held in, which reports name or leave out as they go ("talks in Iraq").
  // A lunch of the day's meeting, where nothing else is said, is where the meeting is.
  if (e.place.empty() && d.context && d.dated_sentence == d.context->dated_sentence) e.place = d.context->event.place;
  const auto* place = reports_.entity(e.place);
  const std::string host_country = place ? place->contained_in : std::string();
  bool host_named = false;
  for (const auto& m : reports_.actors_in(reports_.sentence(d.dated_sentence))) {
    const auto& en = reports_.index().entity(m);
    // One of several meetings of the report: its own countries only.
    if (d.one_of_several && !has_actor(d, en.key)) continue;
    const bool located = m.span.begin >= 3 && text.compare(m.span.begin - 3, 3, U"in ") == 0;
    if (en.kind == EntityKind::country && en.key == host_country && !located) host_named = true;
    if (en.kind == EntityKind::country && en.key != host_country && !located) {
      const std::string iso = model::country_iso(en.key);
      if (std::find(isos.begin(), isos.end(), iso) == isos.end()) isos.push_back(iso);
    }
  }
  // "British negotiators will meet in London": the host is the one country there is.
  if (isos.empty() && host_named) isos.push_back(model::country_iso(host_country));
  std::sort(isos.begin(), isos.end());
  for (const auto& iso : isos) countries.push_back(reports_.label_of(model::country_key(iso)));
  if (isos.empty()) {
    for (const auto& key : e.actors) {
      if (!model::country_iso(key).empty()) countries.push_back(reports_.label_of(key));
    }
  }
  std::sort(countries.begin(), countries.end());
  // The label is made from what the key is made from, so a meeting several articles report
  // has one label: the countries and the date.
  std::string who;
  for (const auto& c : countries) who += (who.empty() ? "" : "\u2013") + c;
  if (who.empty() && !e.actors.empty()) who = reports_.label_of(e.actors.front());
  std::string noun = isos.empty() || !e.date ? std::string(model::event_kind_info(d.kind).label_noun) : "meeting";
  if (!d.own_occasion.empty()) {
    // "lunch", "delegation-level meeting"; a signing, at a ceremony or not, says "signing".
    const std::string kind_noun(model::event_kind_info(d.kind).label_noun);
    noun = d.format || d.apart ? d.own_occasion + " meeting" : kind_noun == "meeting" ? d.own_occasion : kind_noun;
  }
  e.label = (who.empty() ? std::string() : who + " ") + noun;
  if (e.date) e.label += ", " + e.date->lexical();
  std::string key;
  if (e.date && !isos.empty()) {
    key = model::event_key(*e.date, isos);
    if (!d.own_occasion.empty()) key += "-" + d.own_occasion;
  }
  // Two meetings of one day between the same countries that nothing tells apart: the second
  // is known within its article only, rather than one IRI with two labels.
  if (e.actors.empty()) return;  // dropped: it takes no IRI from a meeting kept
  if (!key.empty() && keys_.insert(key).second) {
    e.key = key;
  } else {
    // Numbered by the sentence that first reports it; a second meeting first reported there
    // too ("a one-on-one meeting before delegation-level talks") gets "-2".
    const std::string scoped = model::scoped_event_key(d.first_sentence + 1);
    e.key = scoped;
    for (int n = 2; !keys_.insert(e.key).second; ++n) e.key = scoped + "-" + std::to_string(n);
    e.article_scoped = true;
  }
}

}  // namespace parley::resolve
