#!/usr/bin/env bash
# Builds what is missing, then starts the whole platform locally (see README, "Quick start").
# Ctrl-C stops every process it started.
set -euo pipefail
cd "$(dirname "$0")"
source .ci/find-jdk.sh

jars=(gateway item-catalog-service case-service evaluation-service trading-service hotline-service)
launcher=local-launcher/target/local-launcher-exec.jar
stale=0
for m in "${jars[@]}"; do
  jar="$m/target/$m.jar"
  if [[ ! -f "$jar" ]] || [[ -n $(find "$m/src" "$m/pom.xml" platform-starter/src -newer "$jar" -print -quit 2>/dev/null) ]]; then
    stale=1
  fi
done
[[ -f "$launcher" ]] || stale=1
if (( stale )); then
  echo "Building the platform (first run or sources changed) ..."
  ./mvnw -B -q -ntp -DskipTests package
fi
exec "$JAVA_HOME/bin/java" -jar "$launcher" "$@"
