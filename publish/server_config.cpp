#include "publish/server_config.hpp"

namespace parley::publish {

std::string nginx_http_config() {
  return R"(# parley: content negotiation for a published dataset; include in the http {} block.
# The first pattern that matches the Accept header names the file an entity IRI answers with
# (id/person/x -> id/person/x.ttl); browsers, which ask for text/html, get x.html.
map $http_accept $parley_ext {
    default                   html;
    "~*text/turtle"           ttl;
    "~*application/ld\+json"  jsonld;
}
)";
}

std::string nginx_server_config(const std::string& site_path) {
  return "# parley: include in the server {} block whose root is the published folder.\n"
         "# Debian's mime.types has no ttl or jsonld, so the types are declared here.\n"
         "types {\n"
         "    text/html              html;\n"
         "    text/css               css;\n"
         "    text/javascript        js;\n"
         "    application/json       json;\n"
         "    image/svg+xml          svg;\n"
         "    image/png              png;\n"
         "    text/turtle            ttl;\n"
         "    application/ld+json    jsonld;\n"
         "    application/n-quads    nq;\n"
         "    application/rdf+xml    rdf;\n"
         "    application/gzip       gz;\n"
         "    text/vnd.graphviz      dot;\n"
         "}\n"
         "charset utf-8;\n"
         "charset_types text/turtle application/ld+json application/n-quads application/rdf+xml text/css "
         "text/javascript application/json image/svg+xml;\n"
         "# The folder's records (.parley-site, .parley-inputs: paths on the machine that published)\n"
         "# are not for the web.\n"
         "location ~ /\\.parley- {\n"
         "    return 404;\n"
         "}\n"
         "location " + site_path + " {\n"
         "    index index.html;\n"
         "    add_header Vary Accept;\n"
         "    try_files $uri.$parley_ext $uri.html $uri $uri/ =404;\n"
         "}\n";
}

std::string apache_htaccess() {
  return R"(# parley: content negotiation for a published dataset (mod_rewrite, mod_mime, mod_headers).
AddType text/turtle .ttl
AddType application/ld+json .jsonld
AddType application/n-quads .nq
AddType application/rdf+xml .rdf
AddType image/svg+xml .svg
AddDefaultCharset utf-8
Options -MultiViews
DirectoryIndex index.html
<IfModule mod_headers.c>
  Header append Vary Accept
</IfModule>
RewriteEngine On
# The folder's records (.parley-site, .parley-inputs) are not for the web.
RewriteRule (^|/)\.parley- - [R=404,L]
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteCond %{REQUEST_FILENAME}.ttl -f
RewriteRule ^(.+)$ $1.ttl [L]
RewriteCond %{HTTP_ACCEPT} application/ld\+json
RewriteCond %{REQUEST_FILENAME}.jsonld -f
RewriteRule ^(.+)$ $1.jsonld [L]
RewriteCond %{REQUEST_FILENAME} !-f
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteRule ^(.+)$ $1.html [L]
)";
}

}  // namespace parley::publish
