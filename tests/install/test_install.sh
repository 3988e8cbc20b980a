#!/bin/bash
# `cmake --install` into a throwaway prefix, then a program of a user's own built against it with
# find_package(parley); its output is checked by serdi and must name the article's headline.
# usage: test_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
test -x "$work/prefix/bin/parley"
"$work/prefix/bin/parley" --version | grep -q '^parley '
test -f "$work/prefix/include/parley/pipeline/pipeline.hpp"
test -f "$work/prefix/lib/cmake/parley/parleyConfig.cmake"
cmake -S "$source/tests/install/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" > "$work/configure.log"
cmake --build "$work/consumer" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
article="$source/examples/articles/003_26c8aa09d4939bc8.txt"
LD_LIBRARY_PATH="$work/prefix/lib" "$work/consumer/convert_one" "$article" > "$work/out.ttl" 2> "$work/err.txt"
grep -q '^headline: Iran-U.S. talks on Iraq security to start Tuesday - Iranian diplomat$' "$work/err.txt"
serdi -i turtle -o ntriples "$work/out.ttl" > "$work/out.nt"
grep -q 'schema.org/headline> "Iran-U.S. talks on Iraq security to start Tuesday - Iranian diplomat"@en' "$work/out.nt"
grep -q '<https://corpus.example.org/article.txt>' "$work/out.nt"
# The installed library gives what the command gives.
(cd "$source" && "$work/prefix/bin/parley" convert examples/articles/003_26c8aa09d4939bc8.txt --source-base https://corpus.example.org/) |
  sed 's#<https://corpus.example.org/examples/articles/003_26c8aa09d4939bc8.txt>#<https://corpus.example.org/article.txt>#' > "$work/cli.ttl"
cmp "$work/out.ttl" "$work/cli.ttl"
# The batch API converts a directory and a WARC archive on two threads as the command does.
(cd "$source" && LD_LIBRARY_PATH="$work/prefix/lib" "$work/consumer/convert_dir" examples/articles tests/data/warc) \
  > "$work/batch.nq" 2> "$work/batch.err"
grep -q '^converted: 10, refused: 2, missing: 0$' "$work/batch.err"
grep -q 'tests/data/warc/news-1.0.warc: record 9 (https://news.example.org/2024/05/06/cut): cut short' "$work/batch.err"
(cd "$source" && "$work/prefix/bin/parley" convert -f nquads --jobs 2 -q --source-base https://corpus.example.org/ \
  examples/articles tests/data/warc) > "$work/cli.nq" 2> /dev/null || true
test -s "$work/batch.nq"
cmp "$work/batch.nq" "$work/cli.nq"
serdi -i nquads -o nquads "$work/batch.nq" > /dev/null
echo "install: passed"
