# Sourced by ./debattsok and the benchmarks, after scripts/jdk21.sh's pick_jdk21: how the engine's
# jar is started quickly. On JDK 25 or newer, with an AOT cache (JEP 483, 515): the classes a run
# of `debattsok train` used, loaded and linked ahead of time, with their method profiles; made once
# per build of the jar. Elsewhere (or until the cache is made), with a CDS archive of the app's
# classes that the JVM makes at the first run and remakes when the jar changes.

# The caches of a jar: JAR.aot trained on the command line and the web pages, for `serve`; JAR-cli.aot
# trained on the command line alone, for every other command. A cache's classes are all loaded at
# each start, and the web's (Javalin, Jetty) would slow every `search` and `bulk` (docs/benchmark.md).
aot_cache() { echo "${1%.jar}.aot"; }
aot_cli_cache() { echo "${1%.jar}-cli.aot"; }

# Whether this JDK makes AOT caches (JDK 25: -XX:AOTCacheOutput).
aot_supported() { [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; }

# Whether JAR's caches are there and made from it.
aot_ready() {
  local cache
  for cache in "$(aot_cache "$1")" "$(aot_cli_cache "$1")"; do
    [ -f "$cache" ] && [ ! "$1" -nt "$cache" ] || return 1
  done
}

# aot_train JAR CORPUS: makes JAR's caches by two training runs on CORPUS (half a minute or so).
# Several callers at once make them once; one that finds them being made returns at once.
aot_train() {
  local jar=$1 lock
  lock="$(aot_cache "$jar").lock"
  find "$lock" -maxdepth 0 -mmin +15 -exec rmdir {} \; 2>/dev/null || true # left by a killed run
  mkdir "$lock" 2>/dev/null || return 0
  aot_train_one "$jar" "$2" "$(aot_cache "$jar")" && aot_train_one "$jar" "$2" "$(aot_cli_cache "$jar")" --no-web
  rmdir "$lock"
}

# aot_train_one JAR CORPUS CACHE [TRAIN OPTION...]: one training run, its cache kept only if it ran well.
aot_train_one() {
  local jar=$1 corpus=$2 cache=$3
  shift 3
  if "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$cache.tmp" -Xlog:aot*=off -Xlog:cds*=off -jar "$jar" train \
      --corpus "$corpus" "$@" >/dev/null 2>&1; then
    mv -f "$cache.tmp" "$cache"
  else
    rm -f "$cache.tmp" "$cache.tmp.config"
    return 1
  fi
}

# start_flags JAR [COMMAND [ARGUMENT...]]: sets JVM_FLAGS, the flags to start JAR with for that
# command line. A `search`, and a `bulk` of a file of at most SHORT_BULK queries, run on C1 alone:
# C2 compiles for seconds on one of the cores the searches need, and pays that back only in a run
# of tens of thousands of queries (docs/benchmark.md). They also run with the serial collector:
# G1's threads and write barriers cost a short run more than its pauses would save. A `bulk` timed
# with --warmup, of standard input or of a longer file, and `serve`, keep C2's faster code. An
# `index` run is short for all the code it compiles, and C2 spent much of it on the per-document
# code: inlining less deeply, it compiles that sooner (docs/benchmark.md).
SHORT_BULK=10000
start_flags() {
  local jar=$1 command=${2:-}
  shift $(( $# < 2 ? $# : 2 ))
  if aot_supported && aot_ready "$jar"; then
    local cache
    cache=$(if [ "$command" = serve ]; then aot_cache "$jar"; else aot_cli_cache "$jar"; fi)
    JVM_FLAGS=("-XX:AOTCache=$cache" -Xlog:aot*=off -Xlog:cds*=off)
    if [ "$command" = search ] || { [ "$command" = bulk ] && short_bulk "$@"; }; then
      JVM_FLAGS+=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
    fi
  else
    # Its notices when the jar has changed and the archive is remade are silenced.
    JVM_FLAGS=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=${jar%.jar}.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  if [ "$command" = index ]; then
    JVM_FLAGS+=(-XX:MaxInlineLevel=4 -XX:InlineSmallCode=500)
  fi
}

# short_bulk ARGUMENT...: whether a `bulk` command line reads a file of at most SHORT_BULK lines,
# once (the only argument naming a file is the query file: --index names a folder).
short_bulk() {
  local arg lines=0 files=0
  for arg in "$@"; do
    case $arg in --warmup | --warmup=*) return 1 ;; esac
    if [ -f "$arg" ] && [ -r "$arg" ]; then
      files=$((files + 1))
      lines=$((lines + $(head -n $((SHORT_BULK + 1)) "$arg" | wc -l))) # a long file read no further
    fi
  done
  [ "$files" -eq 1 ] && [ "$lines" -le "$SHORT_BULK" ]
}
