#pragma once
// Web server configuration for content negotiation: an entity IRI answers Turtle or JSON-LD to
// a client that asks for it (Accept), and its HTML page to a browser.
#include <string>

namespace parley::publish {

// nginx: the map of Accept to a file extension, for the http {} block.
std::string nginx_http_config();
// nginx: the media types and the location, for the server {} block whose root is the folder
// (site_path: the path of the IRI the folder is served at, "/" or "/data/").
std::string nginx_server_config(const std::string& site_path);
// Apache: .htaccess at the top of the folder (mod_rewrite, mod_mime, mod_headers).
std::string apache_htaccess();

}  // namespace parley::publish
