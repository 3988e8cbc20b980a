#!/bin/bash
# The batch benchmark: one generated corpus of SIZE_MB megabytes (bench/generate_corpus.py),
# and on it, medians of RUNS runs (default 3):
#   floors   cat of the corpus; serdi reading parley's own N-Quads and writing them again
#   parley   --jobs 1 and --jobs $(nproc) for nquads, ntriples, turtle and rdfxml
# with MB/s (of input), triples/s (as parley's summary counts them), peak RSS
# (/usr/bin/time -v) and the ratio of each time to the serdi floor.
#
#   bench/run.sh SIZE_MB [PARLEY]     (PARLEY defaults to build/cli/parley)
#
# Not a test: it measures. The corpus and outputs go to a temporary directory, removed after.
set -euo pipefail

size=${1:?usage: bench/run.sh SIZE_MB [PARLEY]}
root=$(cd "$(dirname "$0")/.." && pwd)
parley=$(realpath "${2:-$root/build/cli/parley}")
runs=${RUNS:-3}
jobs=$(nproc)
work=$(mktemp -d "${TMPDIR:-/tmp}/parley-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT

for tool in serdi /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (apt-get install serdi time python3)" >&2; exit 1; }
done
[ -x "$parley" ] || { echo "bench: no parley at $parley (build it first)" >&2; exit 1; }

/usr/bin/python3 "$root/bench/generate_corpus.py" "$work/corpus" "$size" >&2
bytes=$(du -sb --apparent-size "$work/corpus" | cut -f1)
mb=$(python3 -c "print($bytes / 1e6)")

# measure NAME COMMAND...: the median wall time and peak RSS of RUNS runs; stderr of the last
# run kept in $work/last.err (parley's summary line).
measure() {
  local name=$1
  shift
  local times=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$work/time.txt" "$@" 2> "$work/last.err" > /dev/null
    times+=("$(awk '/Elapsed \(wall clock\)/ {n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time.txt")")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")")
  done
  local t r
  t=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  r=$(printf '%s\n' "${rss[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$name $t $r"
}

triples_of() { grep -o '[0-9,]* triples' "$work/last.err" | tr -d ', triples' || echo 0; }

declare -A time rss trip
read -r _ time[cat] rss[cat] < <(measure cat find "$work/corpus" -type f -exec cat {} +)
"$parley" convert "$work/corpus" -q -f nquads -j "$jobs" -o "$work/parley.nq"
nq_triples=$(wc -l < "$work/parley.nq")
read -r _ time[serdi] rss[serdi] < <(measure serdi serdi -i nquads -o nquads "$work/parley.nq")
for syntax in nquads ntriples turtle rdfxml; do
  for j in 1 "$jobs"; do
    read -r _ time[$syntax.$j] rss[$syntax.$j] < <(measure "$syntax.$j" "$parley" convert "$work/corpus" -f "$syntax" -j "$j" -o /dev/null)
    trip[$syntax.$j]=$(triples_of)
  done
done

floor=${time[serdi]}
row() {  # name seconds rss_kb triples
  python3 - "$@" "$mb" "$floor" <<'EOF'
import sys
name, seconds, rss, triples, mb, floor = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4] or 0), float(sys.argv[5]), float(sys.argv[6])
tps = "%.0f" % (triples / seconds) if triples else "-"
print("| %s | %.2f | %.1f | %s | %.0f | %.2fx |" % (name, seconds, mb / seconds if seconds else 0, tps, rss / 1024, seconds / floor))
EOF
}
echo
echo "corpus: $(find "$work/corpus" -type f | wc -l) articles, $mb MB; $nq_triples N-Quads statements; $runs runs, medians; $(nproc) cores"
echo
echo "| run | seconds | MB/s | triples/s | peak RSS MB | time / serdi floor |"
echo "| --- | --- | --- | --- | --- | --- |"
row "cat (floor)" "${time[cat]}" "${rss[cat]}" ""
row "serdi N-Quads to N-Quads (floor)" "${time[serdi]}" "${rss[serdi]}" "$nq_triples"
for syntax in nquads ntriples turtle rdfxml; do
  for j in 1 "$jobs"; do
    row "parley -f $syntax --jobs $j" "${time[$syntax.$j]}" "${rss[$syntax.$j]}" "${trip[$syntax.$j]}"
  done
done
python3 - "${time[nquads.1]}" "${time[nquads.$jobs]}" "$floor" "$jobs" <<'EOF'
import sys
one, many, floor, jobs = map(float, sys.argv[1:])
print()
print("nquads --jobs 1 / serdi floor: %.2fx (target at most 3x)" % (one / floor))
print("nquads --jobs %d speed-up over --jobs 1: %.2fx (target at least 1.8x on 2 cores)" % (jobs, one / many))
EOF
