#!/usr/bin/env bash
# Ticket intake alone, against a running local platform (./run.sh; PLATFORM_RATE_LIMITS=bench as for bench/hotline.sh),
# through the gateway, and where its CPU goes (bench/process-cpu.sh: each process's cores and CPU per intake, and the
# gateway's and hotline-service's garbage collections). The calls are bench/hotline.sh's, from
# bench/hotline-intake-body.json (a complaint, every call another caller at another building, so none is merged). It
# stores no tickets first: run bench/hotline.sh once for the million. CPU per intake is the figure to compare before and
# after a change, run on a platform warmed the same way; the throughput moves with the JIT's and MariaDB's warm-up.
#   bench/hotline-intake.sh [connections, 8] [seconds, 20]     BENCH_WARMUP: seconds of warm-up (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
G=${GATEWAY:-http://localhost:8080}
AGENT=$(curl -sf -X POST "$G/dev/token" -H 'Content-Type: application/json' -d '{"user":"agent1"}' \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/') || { echo "no dev token from $G: is ./run.sh running?" >&2; exit 1; }
BENCH_METHOD=POST BENCH_TOKEN=$AGENT BENCH_BODY=$(< bench/hotline-intake-body.json) \
  BENCH_START=$(( $(date +%s%N) / 1000 % 80000000 + 10000000 )) PROCESS_CPU_SERVICE=hotline-service \
  bench/process-cpu.sh "ticket intake" "${1:-8}" "${2:-20}" "$G/api/hotline/tickets"
