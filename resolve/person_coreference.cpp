#include "resolve/person_coreference.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "knowledge/sorted_words.hpp"

namespace parley::resolve {

using model::MentionCandidate;

namespace {

// Of the clusters a surname fits, those the mention's honorific ("Mrs Novak": a woman's given
// name) and title ("President Novak": the one titled so) allow; all of them when none would be left.
void narrow_by_gender_and_title(const MentionCandidate& c, const std::vector<PersonCluster>& clusters, std::vector<std::size_t>& fits) {
  const auto keep_if = [&](auto allowed) {
    std::vector<std::size_t> kept;
    for (std::size_t f : fits) {
      if (allowed(clusters[f])) kept.push_back(f);
    }
    if (!kept.empty()) fits = std::move(kept);
  };
  if (c.gender != 0) {
    // A cluster's gender: its given name's, else an honorific one of its mentions had ("First
    // Lady Jill Biden"); 0 when neither says.
    const auto gender_of = [](const PersonCluster& cluster) -> char {
      const std::string_view given = cluster.parts.size() > 1 ? knowledge::given_names().value(cluster.parts.front()) : std::string_view();
      if (given == "m" || given == "f") return given.front();
      for (const MentionCandidate* m : cluster.members) {
        if (m->gender != 0) return m->gender;
      }
      return 0;
    };
    const std::vector<std::size_t> before = fits;
    keep_if([&](const PersonCluster& cluster) { return gender_of(cluster) == c.gender; });
    // None known to be of it: those not known to be of the other ("Mr Biden": not Jill).
    if (fits == before) keep_if([&](const PersonCluster& cluster) { return gender_of(cluster) != (c.gender == 'm' ? 'f' : 'm'); });
  }
  if (!c.title.empty()) {
    const std::string title = ascii_lower(c.title.substr(c.title.rfind(' ') == std::string::npos ? 0 : c.title.rfind(' ') + 1));
    keep_if([&](const PersonCluster& cluster) {
      return std::any_of(cluster.members.begin(), cluster.members.end(),
                         [&](const MentionCandidate* m) { return ascii_lower(m->title).find(title) != std::string::npos; });
    });
  }
}

}  // namespace

std::vector<PersonCluster> cluster_persons(const std::vector<const MentionCandidate*>& persons, NamePartsCache& names) {
  // Longest names first: they found the clusters that shorter forms join.
  std::vector<const MentionCandidate*> ordered = persons;
  std::stable_sort(ordered.begin(), ordered.end(), [&names](const auto* a, const auto* b) {
    return names.parts_of(a->text).size() > names.parts_of(b->text).size();
  });
  std::vector<PersonCluster> clusters;
  // Clusters by the keys of their last and (several parts) first parts: a name is compared
  // with the clusters it may join only.
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_part, by_first_part;
  // And by their middle parts, in either mode: "Lula" of "Luiz Inacio Lula da Silva", "Bagheri" of
  // "Ali Bagheri Kani", a name used alone that is neither first nor last.
  std::unordered_map<std::string, std::vector<std::size_t>> by_middle_part;
  // And, in either mode, by their last parts, for a name that leaves out a middle one.
  std::unordered_map<std::string, std::vector<std::size_t>> by_last_name;
  for (const auto* c : ordered) {
    const auto& parts = names.parts_of(c->text);
    if (parts.empty()) continue;
    std::vector<std::size_t> fits;
    if (ordered.size() < name_scan_limit) {
      for (std::size_t i = 0; i < clusters.size(); ++i) {
        const bool first_part = parts.size() == 1 && clusters[i].parts.size() > 1 &&
                                same_name_part(parts.front(), clusters[i].parts.front());
        if (is_name_suffix(parts, clusters[i].parts) || first_part) fits.push_back(i);
      }
    } else if (auto it = by_last_part.find(name_part_key(parts.back())); it != by_last_part.end()) {
      for (std::size_t i : it->second) {
        if (is_name_suffix(parts, clusters[i].parts)) fits.push_back(i);
      }
    }
    // A single part joins by the family name, last ("Novak") or first ("Liu" of "Liu
    // Jianhong"), or by the given name that names a person in Malay ("Rosnah").
    if (auto it = parts.size() == 1 && ordered.size() >= name_scan_limit ? by_first_part.find(name_part_key(parts.front())) : by_first_part.end();
        it != by_first_part.end()) {
      for (std::size_t i : it->second) {
        if (same_name_part(parts.front(), clusters[i].parts.front())) fits.push_back(i);
      }
    }
    if (fits.empty() && parts.size() == 1) {
      if (auto it = by_middle_part.find(name_part_key(parts.front())); it != by_middle_part.end()) fits = it->second;
    }
    // "Recep Erdogan" of "Recep Tayyip Erdogan": the first and the last part of a longer name.
    if (fits.empty() && parts.size() >= 2) {
      if (auto it = by_last_name.find(name_part_key(parts.back())); it != by_last_name.end()) {
        for (std::size_t i : it->second) {
          if (clusters[i].parts.size() > parts.size() && same_name_part(parts.front(), clusters[i].parts.front()) &&
              same_name_part(parts.back(), clusters[i].parts.back())) {
            fits.push_back(i);
          }
        }
      }
    }
    std::sort(fits.begin(), fits.end());
    fits.erase(std::unique(fits.begin(), fits.end()), fits.end());
    if (fits.size() > 1) narrow_by_gender_and_title(*c, clusters, fits);
    if (fits.size() > 1) {
      // A surname two people share names the one the article names most ("Khan" after
      // "Prime Minister Imran Khan" thrice and "Ambassador Asad Majeed Khan" once); a tie
      // stays unresolved.
      std::size_t most = fits.front(), ties = 0;
      for (std::size_t f : fits) {
        if (clusters[f].members.size() > clusters[most].members.size()) {
          most = f;
          ties = 0;
        } else if (f != most && clusters[f].members.size() == clusters[most].members.size()) {
          ++ties;
        }
      }
      if (ties == 0) fits.assign(1, most);
    }
    if (fits.size() == 1) {
      clusters[fits.front()].members.push_back(c);
    } else if (fits.empty()) {
      if (ordered.size() >= name_scan_limit) {
        by_last_part[name_part_key(parts.back())].push_back(clusters.size());
        if (parts.size() > 1) by_first_part[name_part_key(parts.front())].push_back(clusters.size());
      }
      for (std::size_t k = 1; k + 1 < parts.size(); ++k) by_middle_part[name_part_key(parts[k])].push_back(clusters.size());
      if (parts.size() >= 3) by_last_name[name_part_key(parts.back())].push_back(clusters.size());
      clusters.push_back({parts, {c}});
    }
  }
  return clusters;
}

}  // namespace parley::resolve
