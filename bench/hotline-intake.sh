#!/usr/bin/env bash
# Ticket intake alone, against a running local platform (./run.sh; PLATFORM_RATE_LIMITS=bench as for bench/hotline.sh),
# through the gateway, and where its CPU goes: besides req/s and latency it prints, for the measured run, the cores each
# process used and its CPU per intake (ms; from /proc, so Linux only). The calls are bench/hotline.sh's, from
# bench/hotline-intake-body.json (a complaint, every call another caller at another building, so none is merged). It
# stores no tickets first: run bench/hotline.sh once for the million. CPU per intake is the figure to compare before and
# after a change, run on a platform warmed the same way; the throughput moves with the JIT's and MariaDB's warm-up.
#   bench/hotline-intake.sh [connections, 8] [seconds, 20]     BENCH_WARMUP: seconds of warm-up (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
G=${GATEWAY:-http://localhost:8080}
CONNECTIONS=${1:-8}
SECONDS_RUN=${2:-20}
WARMUP=${BENCH_WARMUP:-60}
JAR=local-launcher/target/local-launcher-exec.jar
AGENT=$(curl -sf -X POST "$G/dev/token" -H 'Content-Type: application/json' -d '{"user":"agent1"}' \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/') || { echo "no dev token from $G: is ./run.sh running?" >&2; exit 1; }
INTAKE=$(< bench/hotline-intake-body.json)
declare -A pids=(
  [gateway]=$(pgrep -f "gateway/target/gateway.jar" | head -1)
  [hotline-service]=$(pgrep -f "hotline-service/target/hotline-service.jar" | head -1)
  [mariadb]=$(pgrep -x mariadbd | head -1)
  [kafka+launcher]=$(pgrep -f "local-launcher-exec.jar" | head -1))
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }

echo "ticket intake, commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
echo "closed loop, $CONNECTIONS connections, ${WARMUP}s warm-up then ${SECONDS_RUN}s measured, load generator on the same machine"
BENCH_METHOD=POST BENCH_TOKEN=$AGENT BENCH_BODY="$INTAKE" BENCH_WARMUP=$WARMUP BENCH_START=$(( $(date +%s%N) / 1000 % 80000000 + 10000000 )) \
  "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main=org.example.gov.launcher.bench.HttpBench \
  org.springframework.boot.loader.launch.PropertiesLauncher "ticket intake" "$CONNECTIONS" "$SECONDS_RUN" "$G/api/hotline/tickets" \
  > /tmp/hotline-intake-line &
bench=$!
sleep "$WARMUP"
declare -A before
for name in "${!pids[@]}"; do before[$name]=$(ticks "${pids[$name]}"); done
machine=$(busy)
wait $bench
machine=$(( $(busy) - machine ))
line=$(grep 'req/s' /tmp/hotline-intake-line)
echo "$line"
rate=$(awk '{ for (i = 1; i < NF; i++) if ($(i + 1) == "req/s") print $i }' <<< "$line")
hz=$(getconf CLK_TCK)
printf '%-16s %6s %16s\n' process cores "CPU ms/intake"
for name in gateway hotline-service mariadb kafka+launcher; do
  used=$(( $(ticks "${pids[$name]}") - ${before[$name]} ))
  awk -v n="$name" -v c="$used" -v hz="$hz" -v r="$rate" -v s="$SECONDS_RUN" \
    'BEGIN { printf "%-16s %6.2f %16.3f\n", n, c / hz / s, 1000 * c / hz / (r * s) }'
done
awk -v c="$machine" -v hz="$hz" -v s="$SECONDS_RUN" 'BEGIN { printf "%-16s %6.2f\n", "machine (busy)", c / hz / s }'
