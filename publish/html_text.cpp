#include "publish/html_text.hpp"

namespace parley::publish {

std::string thousands(std::uint64_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string html_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string relative_url(std::string_view from, std::string_view to) {
  // The directories both paths share, then one "../" for each of from's own.
  std::size_t common = 0;
  for (std::size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i) {
    if (from[i] == '/') common = i + 1;
  }
  std::string out;
  for (std::size_t i = common; i < from.size(); ++i) {
    if (from[i] == '/') out += "../";
  }
  out.append(to.substr(common));
  if (out.empty() || out[0] == '#') out.insert(0, "./");
  // A first segment with a colon would read as a scheme.
  const auto colon = out.find(':');
  if (colon != std::string::npos && out.find('/') > colon) out.insert(0, "./");
  return out;
}

void PrefixNames::add(std::string name, std::string iri) {
  for (const auto& prefix : prefixes_) {
    if (prefix.first == name) return;
  }
  prefixes_.emplace_back(std::move(name), std::move(iri));
}

std::string PrefixNames::compact(std::string_view iri) const {
  for (const auto& [name, ns] : prefixes_) {
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0) {
      const std::string_view local = iri.substr(ns.size());
      if (local.find_first_of("/#?") == std::string_view::npos) return name + ":" + std::string(local);
    }
  }
  return std::string(iri);
}

}  // namespace parley::publish
