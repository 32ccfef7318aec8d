#!/usr/bin/env bash
# The hotline's database-heavy reads on a big city's year, inside the service's own test infrastructure (embedded
# MariaDB, the service over HTTP without the gateway), no running platform needed:
#   1. the work lists on 1,000,000 tickets (TicketListBenchmarkIntegrationTest: the demo tickets copied in bulk,
#      copies older than a month closed; each list 50 warm-up calls, then p50/p99 of 200 calls)
#   2. the monthly statistics and a day's hotspot scan on 200,000 tickets (MonthlyStatisticsBenchmarkTest)
#   bench/hotline-db.sh [tickets]
# Prints the BENCH lines of both. Loading takes minutes; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
TICKETS=${1:-1000000}
echo "hotline database benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
./mvnw -B -ntp -q -pl hotline-service -am verify -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='TicketListBenchmarkIntegrationTest,MonthlyStatisticsBenchmarkTest' -Dbench.tickets="$TICKETS" -Dhotline.bench=true \
  >/dev/null 2>&1 || { echo "the benchmark build failed: see hotline-service/target/surefire-reports" >&2; exit 1; }
grep -h 'BENCH' hotline-service/target/surefire-reports/*Benchmark*-output.txt | sed 's/.*BENCH/BENCH/'
