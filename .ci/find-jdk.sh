# Sourced by .ci/run and run.sh: exports JAVA_HOME pointing at the newest JDK >= 21 on this machine.
# Looks at $JAVA_HOME, /usr/lib/jvm/*, /opt/java/* and the java on PATH; needs javac (a JDK, not a JRE).
_jdk_major() { # prints the feature version of the JDK at $1, or 0
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v" || echo 0
}
_best_home="" _best_major=0
_candidates=("${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /usr/local/openjdk*)
if command -v java >/dev/null 2>&1; then
  _candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi
for _home in "${_candidates[@]}"; do
  [[ -n "$_home" && -x "$_home/bin/java" && -x "$_home/bin/javac" ]] || continue
  _major=$(_jdk_major "$_home")
  if (( _major >= 21 && _major > _best_major )); then _best_home=$_home _best_major=$_major; fi
done
if [[ -z "$_best_home" ]]; then
  echo "No JDK >= 21 found (looked at JAVA_HOME, /usr/lib/jvm, /opt/java, PATH). Install one, e.g. Temurin 25." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME=$_best_home
export JAVA_MAJOR=$_best_major
# JDK 23+ warns when libraries (Maven's Guice, Kafka) use sun.misc.Unsafe; expected, so keep the console clean
if (( _best_major >= 23 )); then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
export PATH="$JAVA_HOME/bin:$PATH"
unset _best_home _best_major _candidates _home _major
