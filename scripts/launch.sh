# Sourced by ./debattsok and the benchmarks, after scripts/jdk21.sh's pick_jdk21: how the engine's
# jar is started quickly. On JDK 25 or newer, with an AOT cache (JEP 483, 515): the classes a run
# of `debattsok train` used, loaded and linked ahead of time, with their method profiles; made once
# per build of the jar. Elsewhere (or until the cache is made), with a CDS archive of the app's
# classes that the JVM makes at the first run and remakes when the jar changes.

aot_cache() { echo "${1%.jar}.aot"; }

# Whether this JDK makes AOT caches (JDK 25: -XX:AOTCacheOutput).
aot_supported() { [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ] 2>/dev/null; }

# Whether JAR's cache is there and made from it.
aot_ready() { local cache; cache=$(aot_cache "$1"); [ -f "$cache" ] && [ ! "$1" -nt "$cache" ]; }

# aot_train JAR CORPUS: makes JAR's cache by a training run on CORPUS (about 15 s on 2 cores).
# Several callers at once make it once; one that finds it being made returns at once.
aot_train() {
  local jar=$1 cache lock
  cache=$(aot_cache "$jar")
  lock="$cache.lock"
  find "$lock" -maxdepth 0 -mmin +15 -exec rmdir {} \; 2>/dev/null || true # left by a killed run
  mkdir "$lock" 2>/dev/null || return 0
  if "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$cache.tmp" -Xlog:aot*=off -Xlog:cds*=off -jar "$jar" train \
      --corpus "$2" >/dev/null 2>&1; then
    mv -f "$cache.tmp" "$cache"
  else
    rm -f "$cache.tmp" "$cache.tmp.config"
  fi
  rmdir "$lock"
}

# start_flags JAR [COMMAND]: sets JVM_FLAGS, the flags to start JAR with. A `search` runs one query:
# compiled by C1 alone it is done sooner (0.45-0.52 s against 0.70-0.85 s with C2, docs/benchmark.md),
# where a long run (bulk, serve, index) needs C2's faster code. An `index` run is short for all the
# code it compiles, and C2 spent much of it on the per-document code: inlining less deeply, it
# compiles that sooner (17.6-19.8 s against 20.3-22.7 s for the interpellations, docs/benchmark.md).
start_flags() {
  if aot_supported && aot_ready "$1"; then
    JVM_FLAGS=("-XX:AOTCache=$(aot_cache "$1")" -Xlog:aot*=off -Xlog:cds*=off)
    if [ "${2:-}" = search ]; then
      JVM_FLAGS+=(-XX:TieredStopAtLevel=1)
    fi
  else
    # Its notices when the jar has changed and the archive is remade are silenced.
    JVM_FLAGS=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=${1%.jar}.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  if [ "${2:-}" = index ]; then
    JVM_FLAGS+=(-XX:MaxInlineLevel=4 -XX:InlineSmallCode=500)
  fi
}
