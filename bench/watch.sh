#!/usr/bin/env bash
# Saved searches at scale: how long an index run's matching takes with a thousand saved searches.
# Run from a clone with ../shared beside it:   bench/watch.sh [SEARCHES]
# Indexes the interpellations without the last riksmöte (2023/24), saves the first SEARCHES
# (default 1000) queries of eval/ipq-perf as saved searches, then adds 2023/24 (656 files) and
# indexes again: the run's "Saved searches" line says how many matched and how long matching took.
# Then one new document, and an index run with nothing new: the cost of matching little and nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$root/../shared"
data="$shared/corpus/riksdagen-interpellations/data"
log="$shared/eval/ipq-perf.topics.tsv"
[ -d "$data" ] && [ -f "$log" ] || { echo "needs ../shared (the interpellation corpus and eval/ipq-perf.topics.tsv)" >&2; exit 1; }
searches=${1:-1000}
work=$(mktemp -d /tmp/debattsok-watch.XXXXXX)
. scripts/jdk21.sh
pick_jdk21
ds() { "$JAVA_HOME/bin/java" -jar "$root/target/debattsok.jar" "$@"; }
say() { echo "· $*" >&2; }

say "building"
./mvn21 -q -B -Dstyle.color=never -DskipTests package >&2
mkdir "$work/corpus"
for year in "$data"/*; do
  [ "$(basename "$year")" = 202324 ] || ln -s "$year" "$work/corpus/"
done
say "indexing all but 2023/24"
ds index --corpus "$work/corpus" --index "$work/index" --watches "$work/watches" | head -1
head -n "$searches" "$log" > "$work/searches.tsv"
say "saving $searches searches"
start=$(date +%s.%N)
ds watch import "$work/searches.tsv" --index "$work/index" --watches "$work/watches"
echo "watch import: $(echo "$(date +%s.%N) - $start" | bc) s"
ln -s "$data/202324" "$work/corpus/"
say "indexing 2023/24: matching $searches saved searches against what it writes"
ds index --corpus "$work/corpus" --index "$work/index" --watches "$work/watches" | grep -E "^(Updated|Saved)"
say "indexing one new document (an interpellation of 2023/24 under a new id)"
mkdir "$work/one"
ds export --corpus "$data/202324" 2>/dev/null | head -1 | sed 's/"id":"\([^"]*\)"/"id":"\1-copy"/' > "$work/one/one.jsonl"
ln -s "$work/one" "$work/corpus/one"
ds index --corpus "$work/corpus" --index "$work/index" --watches "$work/watches" | grep -E "^(Updated|Saved)"
say "indexing again, nothing new"
ds index --corpus "$work/corpus" --index "$work/index" --watches "$work/watches" | grep -E "^(Updated|Saved)"
du -sh "$work/watches" | sed 's/^/watches folder: /'
rm -rf "$work"
