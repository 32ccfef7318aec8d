#!/usr/bin/env bash
# Issue 15's open-data target: the OCDS release feed p99 < 100 ms with 10,000 lots, inside trading-service's own test
# infrastructure (embedded MariaDB and Kafka, no running platform needed): OcdsFeedBenchmarkTest announces one project,
# bulk-inserts 10,000 one-lot processes of two releases each from its release, then times 1000 requests over HTTP of
# each: the newest page, a page at a random position, a record package (200 warm-up requests before each series).
#   bench/trading-ocds.sh [lots]
# Prints the BENCH lines. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
LOTS=${1:-10000}
echo "trading OCDS feed benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
./mvnw -B -ntp -q -pl trading-service -am test -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='OcdsFeedBenchmarkTest' -Dbench.lots="$LOTS" -Dtrading.bench=true \
  >/dev/null 2>&1 || { echo "the benchmark build failed: see trading-service/target/surefire-reports" >&2; exit 1; }
grep -h 'BENCH' trading-service/target/surefire-reports/*OcdsFeedBenchmarkTest-output.txt | sed 's/.*BENCH/BENCH/'
