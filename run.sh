#!/usr/bin/env bash
# Builds what is missing, then starts the whole platform locally (see README, "Quick start").
# Ctrl-C stops every process it started.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/find-jdk.sh

# Rebuild when a jar is missing or any source or pom is newer than the oldest jar.
jars=(gateway item-catalog-service case-service evaluation-service trading-service hotline-service)
paths=(local-launcher/target/local-launcher-exec.jar)
for m in "${jars[@]}"; do paths+=("$m/target/$m.jar"); done
stale=0
for jar in "${paths[@]}"; do
  if [[ ! -f "$jar" ]] || [[ -n $(find pom.xml ./*/pom.xml ./*/src contracts/events -newer "$jar" -type f -print -quit 2>/dev/null) ]]; then
    stale=1
    break
  fi
done
if (( stale )); then
  echo "Building the platform (first run or sources changed) ..."
  ./mvnw -B -q -ntp -DskipTests package
fi
# JDK 23+ warns about Kafka's use of sun.misc.Unsafe unless told it is expected
opts=()
(( JAVA_MAJOR >= 23 )) && opts+=(--sun-misc-unsafe-memory-access=allow)
exec "$JAVA_HOME/bin/java" "${opts[@]}" -jar local-launcher/target/local-launcher-exec.jar "$@"
