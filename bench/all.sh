#!/usr/bin/env bash
# The README's "Measured" figures for the gateway and the case, 好差评 and catalogue scenarios, in one command, against
# a running local platform started as the README says (nothing is started here):
#   rm -rf .local; PLATFORM_RATE_LIMITS=bench TRACING_SAMPLING=0.1 PLATFORM_JVM_OPTS=@$PWD/deploy/jvm.options \
#     EVALUATION_BENCH_INVITATIONS=200000 ./run.sh
# (every rate quota raised, the production JVM options of deploy/jvm.options, production trace sampling, invitations
# for the rating run). Prints, after the commit, the date and the machine:
#   1. gateway vs direct (bench/gateway.sh): each path warmed up, then measured straight to the service and through
#      the gateway; the ratio gateway/direct is comparable across machines;
#   2. the scenarios through the gateway (bench/cases.sh, bench/evaluation.sh, bench/catalog.sh): absolute figures,
#      this machine only, each line after its warm-up.
#   bench/all.sh [connections, 16] [seconds, 20]     BENCH_WARMUP: seconds of warm-up per line (default 60, for C2)
# The hotline (bench/hotline.sh loads a million tickets first) and trading (in its own test infrastructure:
# bench/trading*.sh) run on their own.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-16}
SECONDS_RUN=${2:-20}
export BENCH_WARMUP=${BENCH_WARMUP:-60}

echo "bench/all.sh on commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
bench/gateway.sh "$CONNECTIONS" "$SECONDS_RUN"
echo
echo "scenarios through the gateway: $CONNECTIONS connections (statistics 4), ${BENCH_WARMUP}s warm-up then ${SECONDS_RUN}s measured per line"
printf '%-34s %10s %9s %9s %9s\n' scenario "req/s" "p50 ms" "p99 ms" errors
# HttpBench's lines ("<name> <n> req/s  p50 <ms> ms  p90 ... p99 <ms> ms  max ... (<n> requests, <n> errors)") as one
# table; the close→invitation line of bench/cases.sh as it is; anything a script says on stderr passes through
{
  bench/cases.sh "$CONNECTIONS" "$SECONDS_RUN"
  bench/evaluation.sh "$CONNECTIONS" "$SECONDS_RUN"
  bench/catalog.sh "$CONNECTIONS" "$SECONDS_RUN"
} | awk '
  / req\/s / {
    head = substr($0, 1, index($0, " req/s") - 1); n = split(head, w, " "); rate = w[n]
    name = ""; for (i = 1; i < n; i++) name = name (i > 1 ? " " : "") w[i]
    match($0, /p50 +[0-9.]+/); p50 = substr($0, RSTART + 4, RLENGTH - 4) + 0
    match($0, /p99 +[0-9.]+/); p99 = substr($0, RSTART + 4, RLENGTH - 4) + 0
    match($0, /[0-9]+ errors/); errors = substr($0, RSTART, RLENGTH) + 0
    printf "%-34s %10.0f %9.1f %9.1f %9d\n", name, rate, p50, p99, errors; next }
  /close→invitation/ { sub(/^ +/, ""); printf "%-34s %s\n", "close → rating invitation", $0 }'
