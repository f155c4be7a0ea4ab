#!/usr/bin/env bash
# The same corpus and query log through a 2-node SolrCloud cluster and through the local index, on
# this machine: indexing (files → SolrJ → 2 shards), bulk search of the perf log, the dev sets'
# figures through both, and a re-run of the indexing. Measurements, not tests. Run from a clone with
# ../shared beside it:   bench/solr.sh [TOPICS QRELS]...   (more relevance sets, e.g. held-out ones
# made by scripts/heldout-eval.py, evaluated through both backends beside the dev sets)
# The cluster is Solr 9.10.1's MiniSolrCloudCluster (2 Jetty nodes and ZooKeeper in one JVM, the
# solr module's test class ClusterForBench), the collection 2 shards × 1 replica.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared="$root/../shared"
corpus="$shared/corpus/riksdagen-interpellations/data"
log="$shared/eval/ipq-perf.topics.tsv"
[ -d "$corpus" ] && [ -f "$log" ] || { echo "needs ../shared (the interpellation corpus and eval/)" >&2; exit 1; }
work=$(mktemp -d /tmp/debattsok-solrbench.XXXXXX)
. scripts/jdk21.sh
pick_jdk21
ds() { "$JAVA_HOME/bin/java" -jar "$root/target/debattsok.jar" "$@"; }
say() { echo "· $*" >&2; }

say "building"
./mvn21 -q -B -Dstyle.color=never -DskipTests package >&2
say "starting a 2-node cluster"
./mvn21 -q -B -Dstyle.color=never -pl solr test -Dtest=ClusterForBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddebattsok.cluster.dir="$work" > "$work/cluster.log" 2>&1 &
trap 'touch "$work/stop"; wait' EXIT
for _ in $(seq 240); do [ -s "$work/zk" ] && break; sleep 1; done
zk=$(cat "$work/zk")
ds solr push --zk "$zk" --shards 2 --replicas 1 >&2

summary() { grep -E "^(Built|Updated) index" | head -1; }
say "indexing through SolrJ"
solr_index=$(ds index --solr "$zk" --corpus "$corpus" --corpus corpus 2>/dev/null | summary)
say "indexing locally"
local_index=$(ds index --index "$work/index" --corpus "$corpus" --corpus corpus 2>/dev/null | summary)
say "indexing through SolrJ again"
solr_again=$(ds index --solr "$zk" --corpus "$corpus" --corpus corpus 2>/dev/null | summary)

line() { grep -E "queries, .* errors" | tail -1; }
say "bulk search, perf log"
solr_bulk=$(ds bulk --solr "$zk" --threads 1 --warmup 1 "$log" 2>&1 >/dev/null | line)
local_bulk=$(ds bulk --index "$work/index" --threads 1 --warmup 1 "$log" 2>&1 >/dev/null | line)
solr_cold=$(ds bulk --solr "$zk" --threads 1 "$log" 2>&1 >/dev/null | line)
local_cold=$(ds bulk --index "$work/index" --threads 1 "$log" 2>&1 >/dev/null | line)

say "relevance through both"
sets=("$shared/eval/ipq-dev.topics.tsv" "$shared/eval/ipq-dev.qrels" "$shared/eval/ipq-dev-prox.topics.tsv"
  "$shared/eval/ipq-dev-prox.qrels" "$@")
evals=""
for ((i = 0; i < ${#sets[@]}; i += 2)); do
  for where in "--solr $zk" "--index $work/index"; do
    evals+=$'\n'"$(basename "${sets[i]}" .topics.tsv), ${where%% *}:"$'\n\n'
    evals+="$(ds eval $where --topics "${sets[i]}" --qrels "${sets[i+1]}" 2>/dev/null)"$'\n'
  done
done

cat <<TABLE
Commit $(git rev-parse --short HEAD), $(date -u +%F), $(nproc) cores; ${corpus#$root/} + corpus/.

| measure | SolrCloud, 2 nodes, 2 shards | local index |
|---|---|---|
| index from the files | $solr_index | $local_index |
| index again, nothing changed | $solr_again | |
| bulk, perf log, 1 thread, warmed | $solr_bulk | $local_bulk |
| bulk, perf log, 1 thread, fresh process | $solr_cold | $local_cold |

Relevance through both (eval):
$evals
TABLE
