#!/usr/bin/env bash
# Fuzzes each target for N minutes (default 10) with libFuzzer; needs clang and
# libclang-rt-14-dev. New inputs go to a scratch corpus, crashes to fuzz/findings/.
#   fuzz/run.sh [MINUTES] [TARGET...]     TARGET: text_ingest html_ingest pipeline
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
shift || true
targets=("${@:-text_ingest html_ingest pipeline}")
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DPARLEY_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j2 --target fuzz_text_ingest fuzz_html_ingest fuzz_pipeline >/dev/null
mkdir -p fuzz/findings
for target in ${targets[*]}; do
  # Seeds: the articles and pages the tests already hold.
  case $target in
    text_ingest) seeds="examples/articles tests/data/unseen/articles tests/data/provenance" ;;
    html_ingest) seeds="tests/data/html tests/data/unseen/articles" ;;
    *) seeds="examples/articles tests/data/unseen/articles tests/data/provenance tests/data/html" ;;
  esac
  scratch=$(mktemp -d)
  echo "fuzzing $target for $minutes minute(s)"
  # shellcheck disable=SC2086
  ./build-fuzz/fuzz/fuzz_$target "$scratch" $seeds -dict=fuzz/parley.dict \
    -max_total_time=$((minutes * 60)) -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="fuzz/findings/$target-" -print_final_stats=1
  rm -rf "$scratch"
done
