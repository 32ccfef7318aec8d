#!/usr/bin/env bash
# What the gateway costs: the same requests straight to the service and through the gateway, side by side in one run,
# against a running local platform (./run.sh). Prints one table: path, direct req/s and p99, gateway req/s and p99,
# and the ratio gateway/direct (comparable across machines, unlike the absolute figures).
#   bench/gateway.sh [connections] [seconds]
# Each path and target is warmed up for BENCH_WARMUP seconds (default 60: long enough for C2 to compile the hot
# paths) before its measured run. Start the platform as the README's "Measured" section says: rate limits raised
# (PLATFORM_RATE_LIMITS=bench), production JIT (PLATFORM_JVM_OPTS without TieredStopAtLevel=1) and production trace
# sampling (TRACING_SAMPLING=0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
G=${GATEWAY:-http://localhost:8080}
CATALOG=${CATALOG:-http://localhost:8101}
CASES=${CASES:-http://localhost:8102}
CONNECTIONS=${1:-16}
SECONDS_RUN=${2:-20}
export BENCH_WARMUP=${BENCH_WARMUP:-60}
JAR=local-launcher/target/local-launcher-exec.jar
bench() { "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main=org.example.gov.launcher.bench.HttpBench \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@" | grep 'req/s'; }
token() { curl -sf -X POST "$G/dev/token" -H 'Content-Type: application/json' -d "{\"user\":\"$1\"}" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }

ITEM=$(curl -sf "$G/api/catalog/items?size=1" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4 || true)
[[ -n "$ITEM" ]] || { echo "no published item at $G: is ./run.sh running?" >&2; exit 1; }
APPLICANT=$(token applicant1)
CASE=$(curl -sf -X POST "$G/api/cases" -H "Authorization: Bearer $APPLICANT" -H 'Content-Type: application/json' \
  -d "{\"itemId\":\"$ITEM\",\"applicant\":{\"idNumber\":\"11010519491231002X\",\"phone\":\"13800138000\"}}" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')

echo "gateway vs direct, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)),"
echo "closed loop, $CONNECTIONS connections, ${BENCH_WARMUP}s warm-up then ${SECONDS_RUN}s measured per line, load generator on the same machine"
printf '%-34s %12s %10s %12s %10s %7s\n' path "direct req/s" "p99 ms" "gateway req/s" "p99 ms" ratio
row() { # name, path, base-direct, [token]
  local name=$1 path=$2 direct=$3
  local d g
  d=$(BENCH_TOKEN=${4:-} bench "$name direct" "$CONNECTIONS" "$SECONDS_RUN" "$direct$path")
  g=$(BENCH_TOKEN=${4:-} bench "$name gateway" "$CONNECTIONS" "$SECONDS_RUN" "$G$path")
  awk -v name="$name" -v d="$d" -v g="$g" 'BEGIN {
    split(d, a, " req/s"); n = split(a[1], x, " "); dr = x[n]; match(d, /p99 +[0-9.]+/); dp = substr(d, RSTART + 4, RLENGTH - 4) + 0
    split(g, b, " req/s"); n = split(b[1], y, " "); gr = y[n]; match(g, /p99 +[0-9.]+/); gp = substr(g, RSTART + 4, RLENGTH - 4) + 0
    printf "%-34s %12.0f %10.1f %12.0f %10.1f %7.2f\n", name, dr, dp, gr, gp, (dr > 0 ? gr / dr : 0) }'
}
row "GET /api/catalog/items/{id}" "/api/catalog/items/$ITEM" "$CATALOG"
row "GET /api/cases/{id} (JWT)" "/api/cases/$CASE" "$CASES" "$APPLICANT"
