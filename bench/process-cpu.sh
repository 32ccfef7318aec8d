#!/usr/bin/env bash
# One closed-loop load (HttpBench, same arguments and BENCH_* variables) against the running local platform, and
# where its CPU goes: besides req/s and latency it prints, for the measured run, the cores each process used, its CPU
# per request (ms; from /proc, so Linux only) and, for the gateway and the service named by PROCESS_CPU_SERVICE
# (default hotline-service), the garbage collections during the run (jstat). CPU per request is the figure to compare
# before and after a change, on a platform warmed the same way.
#   bench/process-cpu.sh <name> <connections> <seconds> <url>...      BENCH_WARMUP: seconds of warm-up (default 60)
#   e.g. BENCH_TOKEN=... bench/process-cpu.sh "work list" 32 20 "http://localhost:8080/api/hotline/tickets?size=20"
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
[[ $# -ge 4 ]] || { sed -n '2,8p' "$0" >&2; exit 2; }
NAME=$1 CONNECTIONS=$2 SECONDS_RUN=$3
shift 3
WARMUP=${BENCH_WARMUP:-60}
SERVICE=${PROCESS_CPU_SERVICE:-hotline-service}
JAR=local-launcher/target/local-launcher-exec.jar
declare -A pids=(
  [gateway]=$(pgrep -f "gateway/target/gateway.jar" | head -1)
  [$SERVICE]=$(pgrep -f "$SERVICE/target/$SERVICE.jar" | head -1)
  [mariadb]=$(pgrep -x mariadbd | head -1)
  [kafka+launcher]=$(pgrep -f "local-launcher-exec.jar" | head -1))
for name in "${!pids[@]}"; do
  [[ -n "${pids[$name]}" ]] || { echo "no $name process: is ./run.sh running?" >&2; exit 1; }
done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# young and full collections and their seconds so far (jstat -gcutil: YGC YGCT FGC FGCT)
gc() { "$JAVA_HOME/bin/jstat" -gcutil "$1" | awk 'NR == 2 { print $7, $8, $9, $10 }'; }

echo "$NAME, commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
echo "closed loop, $CONNECTIONS connections, ${WARMUP}s warm-up then ${SECONDS_RUN}s measured, load generator on the same machine"
out=$(mktemp)
BENCH_WARMUP=$WARMUP "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main=org.example.gov.launcher.bench.HttpBench \
  org.springframework.boot.loader.launch.PropertiesLauncher "$NAME" "$CONNECTIONS" "$SECONDS_RUN" "$@" > "$out" &
bench=$!
sleep "$WARMUP"
declare -A before gc_before
for name in "${!pids[@]}"; do before[$name]=$(ticks "${pids[$name]}"); done
for name in gateway "$SERVICE"; do gc_before[$name]=$(gc "${pids[$name]}"); done
machine=$(busy)
wait $bench
machine=$(( $(busy) - machine ))
line=$(grep 'req/s' "$out")
rm -f "$out"
echo "$line"
rate=$(awk '{ for (i = 1; i < NF; i++) if ($(i + 1) == "req/s") print $i }' <<< "$line")
hz=$(getconf CLK_TCK)
printf '%-16s %6s %15s %26s\n' process cores "CPU ms/request" "GC young / full (seconds)"
for name in gateway "$SERVICE" mariadb kafka+launcher; do
  used=$(( $(ticks "${pids[$name]}") - ${before[$name]} ))
  collections=""
  if [[ -n "${gc_before[$name]:-}" ]]; then
    collections=$(echo "${gc_before[$name]} $(gc "${pids[$name]}")" \
      | awk '{ printf "%d (%.2f) / %d (%.2f)", $5 - $1, $6 - $2, $7 - $3, $8 - $4 }')
  fi
  awk -v n="$name" -v c="$used" -v hz="$hz" -v r="$rate" -v s="$SECONDS_RUN" -v g="$collections" \
    'BEGIN { printf "%-16s %6.2f %15.3f %26s\n", n, c / hz / s, 1000 * c / hz / (r * s), g }'
done
awk -v c="$machine" -v hz="$hz" -v s="$SECONDS_RUN" 'BEGIN { printf "%-16s %6.2f\n", "machine (busy)", c / hz / s }'
