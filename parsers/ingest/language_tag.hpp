#pragma once
// Language tags as pages give them (<html lang>, Content-Language, og:locale), made BCP 47.
#include <string>
#include <string_view>

namespace parley::parsers::html {

// A BCP 47 language tag in its usual case ("pt_BR" and "PT-br" give "pt-BR"), or "" when
// value is not one.
std::string language_tag(std::string_view value);

}  // namespace parley::parsers::html
