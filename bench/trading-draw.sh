#!/usr/bin/env bash
# Issue 15's draw target: a committee draw from a pool of 10,000 experts < 200 ms, inside trading-service's own test
# infrastructure (embedded MariaDB and Kafka, no running platform needed): CommitteeDrawBenchmarkTest bulk-inserts the
# pool, then times the service's whole draw on 30 lots and the pool read + draw alone 200 times (after warm-ups).
#   bench/trading-draw.sh [experts]
# Prints the BENCH lines. Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
EXPERTS=${1:-10000}
echo "trading committee draw benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
./mvnw -B -ntp -q -pl trading-service -am test -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='CommitteeDrawBenchmarkTest' -Dbench.experts="$EXPERTS" -Dtrading.bench=true \
  >/dev/null 2>&1 || { echo "the benchmark build failed: see trading-service/target/surefire-reports" >&2; exit 1; }
grep -h 'BENCH' trading-service/target/surefire-reports/*CommitteeDrawBenchmarkTest-output.txt | sed 's/.*BENCH/BENCH/'
