# Sourced by ./mvn21 and ./debattsok: points JAVA_HOME at a JDK 21 or newer.
# Lucene 10 needs Java 21, while many machines still default to Java 17. We keep the user's
# JAVA_HOME when it is new enough, otherwise take the newest JDK found under /usr/lib/jvm
# (or /Library/Java/JavaVirtualMachines on macOS), otherwise say plainly what to install.

java_major() { # $1 = a java binary; prints its feature version, e.g. 17 or 25
  # Every JDK has a 'release' file beside bin/; reading it is instant, starting java is not.
  local release version
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$release" | head -n 1)
    if [ "$version" = 1 ]; then version=8; fi
    if [ -n "$version" ]; then echo "$version"; return; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

pick_jdk21() {
  local candidate best="" best_major=0 major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Debattsök needs a JDK 21 or newer, and none was found (JAVA_HOME or /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
