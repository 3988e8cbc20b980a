#!/bin/bash
# Loads parley's output into a local Virtuoso (Debian's virtuoso-opensource) and prints its
# SPARQL endpoint. The server is virtuoso-t run by this script, never the system service: its
# own ini listens on 127.0.0.1 only, its database lives in --dir.
#
#   scripts/load-virtuoso.sh [--dir DIR] [--sql-port N] [--http-port N] [--graph IRI] OUTPUT...
#   scripts/load-virtuoso.sh --stop [--dir DIR]
#
# Starts the server in DIR (default ./virtuoso-db; created with a fresh database) unless it
# already runs there, then bulk-loads each OUTPUT with ld_dir/rdf_loader_run: N-Quads (.nq)
# and TriG (.trig) keep their graphs (parley's: one per article); Turtle (.ttl), N-Triples
# (.nt) and RDF/XML (.rdf, .xml) go into --graph (default: the file's own file:// IRI).
# Virtuoso 7.2's bulk loader reads no JSON-LD, so a .jsonld output is first turned into
# N-Quads by rdflib's JSON-LD parser (python3-rdflib). Every load_list row must end with
# ll_state 2 and no ll_error, or the script fails naming the file. The SQL account is
# Virtuoso's default dba/dba: the server is for one user on this machine.
set -euo pipefail

dir=virtuoso-db
sql_port=1111
http_port=8890
graph=
stop=0
outputs=()

usage() { sed -n '5,6p' "$0" | sed 's/^# *//' >&2; exit 64; }
die() { echo "load-virtuoso: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=${2:?}; shift 2 ;;
    --sql-port) sql_port=${2:?}; shift 2 ;;
    --http-port) http_port=${2:?}; shift 2 ;;
    --graph) graph=${2:?}; shift 2 ;;
    --stop) stop=1; shift ;;
    -h|--help) usage ;;
    -*) echo "load-virtuoso: unknown option $1" >&2; usage ;;
    *) outputs+=("$1"); shift ;;
  esac
done

command -v virtuoso-t >/dev/null || die "virtuoso-t not found: apt-get install virtuoso-opensource"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
ports_file=$dir/ports

# SQL through isql; isql exits 0 on SQL errors, so its output is checked for them.
sql() {
  local out
  out=$(isql-vt "127.0.0.1:$sql_port" dba dba VERBOSE=OFF BANNER=OFF PROMPT=OFF ECHO=OFF \
        ERRORS=stdout exec="$1" 2>&1) || die "isql failed: $out"
  if grep -q '^\*\*\* Error' <<<"$out"; then die "SQL failed: $1: $out"; fi
  printf '%s\n' "$out"
}

quote() { printf "'%s'" "${1//\'/\'\'}"; }  # an SQL string literal

running() { [ -f "$dir/virtuoso.pid" ] && kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; }

if [ "$stop" = 1 ]; then
  running || { echo "load-virtuoso: no server runs in $dir"; exit 0; }
  [ -f "$ports_file" ] && read -r sql_port http_port < "$ports_file"
  pid=$(cat "$dir/virtuoso.pid")
  isql-vt "127.0.0.1:$sql_port" dba dba exec="shutdown;" >/dev/null 2>&1 || true
  for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fi
  rm -f "$dir/virtuoso.pid"
  echo "load-virtuoso: stopped the server in $dir"
  exit 0
fi

[ ${#outputs[@]} -gt 0 ] || usage
for f in "${outputs[@]}"; do [ -f "$f" ] || die "$f: no such file"; done

if running; then
  [ -f "$ports_file" ] && read -r sql_port http_port < "$ports_file"
else
  mkdir -p "$dir/load" "$dir/www"
  cat > "$dir/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx

[Parameters]
ServerPort        = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DirsAllowed       = $dir/load
; A modest buffer pool: about 170 MB, enough for a few million triples.
NumberOfBuffers   = 20000
MaxDirtyBuffers   = 15000
CaseMode          = 2

[HTTPServer]
ServerPort    = 127.0.0.1:$http_port
ServerRoot    = $dir/www
ServerThreads = 4

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 120
EOF
  echo "$sql_port $http_port" > "$ports_file"
  (cd "$dir" && exec virtuoso-t +configfile "$dir/virtuoso.ini" +foreground > "$dir/server.out" 2>&1) &
  echo $! > "$dir/virtuoso.pid"
  for _ in $(seq 240); do
    isql-vt "127.0.0.1:$sql_port" dba dba exec="status();" >/dev/null 2>&1 && break
    running || die "virtuoso-t exited: $(tail -5 "$dir/server.out")"
    sleep 0.5
  done
  isql-vt "127.0.0.1:$sql_port" dba dba exec="status();" >/dev/null 2>&1 ||
    die "virtuoso-t did not come up on 127.0.0.1:$sql_port"
fi

n=$(find "$dir/load" -type f | wc -l)
for f in "${outputs[@]}"; do
  n=$((n + 1))
  name=$(printf '%04d-%s' "$n" "$(basename "$f")")
  g=${graph:-file://$(realpath "$f")}
  case "$f" in
    *.jsonld)
      name=$name.nq
      /usr/bin/python3 - "$f" "$dir/load/$name" "$g" <<'EOF'
import sys
import rdflib
source, target, graph = sys.argv[1:]
ds = rdflib.ConjunctiveGraph()
# Statements outside any named graph land in the graph named by publicID.
ds.parse(source, format="json-ld", publicID=graph)
ds.serialize(destination=target, format="nquads", encoding="utf-8")
EOF
      ;;
    *) cp -- "$f" "$dir/load/$name" ;;
  esac
  sql "ld_dir($(quote "$dir/load"), $(quote "$name"), $(quote "$g"));" >/dev/null
done
sql "rdf_loader_run(); checkpoint;" >/dev/null
bad=$(sql "select ll_file || ' ' || coalesce(ll_error, 'state ' || cast(ll_state as varchar)) from DB.DBA.load_list where ll_state <> 2 or ll_error is not null;")
[ -z "$bad" ] || die "not loaded: $bad"
echo "SPARQL endpoint: http://127.0.0.1:$http_port/sparql"
