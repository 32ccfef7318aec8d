#!/usr/bin/env bash
# Hotline benchmarks against a running local platform (./run.sh), through the gateway:
#   1. ticket intake (POST /api/hotline/tickets as agent1; every call another caller, so none is merged as a repeat)
#   2. the supervisor's work list (GET /api/hotline/tickets as supervisor1, first page and an overdue filter)
#   3. Open311 GET requests.json (the default window, a status filter, and .xml), when the route answers: as clients
#      poll them (the same lists again, mostly from the service's 10-second list cache; accepting gzip, then not) and
#      each list new (accepting gzip)
# with LOAD tickets stored first (default 1,000,000: the demo tickets copied in bulk by bench/HotlineTicketLoader,
# a year of them in every state; loaded once, a second run finds them).
#   bench/hotline.sh [connections] [seconds]
# The gateway's rate limits would refuse a benchmark from one user/address (429): start the platform with
#   PLATFORM_RATE_LIMITS=bench ./run.sh   (every quota raised to 1,000,000/s; the limiter itself stays on)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
G=${GATEWAY:-http://localhost:8080}
CONNECTIONS=${1:-32}
SECONDS_RUN=${2:-20}
LOAD=${LOAD:-1000000}
JAR=local-launcher/target/local-launcher-exec.jar
run_class() { local cls=$1; shift; "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main="$cls" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"; }
bench() { run_class org.example.gov.launcher.bench.HttpBench "$@"; }
token() { curl -sf -X POST "$G/dev/token" -H 'Content-Type: application/json' -d "{\"user\":\"$1\"}" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }

AGENT=$(token agent1) || { echo "no dev token from $G: is ./run.sh running?" >&2; exit 1; }
SUPERVISOR=$(token supervisor1)
# the demo seed runs in the background after start-up: wait until hotline-service says it is done before copying
LOG=${PLATFORM_DATA_DIR:-.local}/logs/hotline-service.log
for _ in $(seq 1 90); do
  grep -q 'Demo data' "$LOG" 2>/dev/null && break
  sleep 2
done
run_class org.example.gov.launcher.bench.HotlineTicketLoader "$LOAD"
echo "$CONNECTIONS connections; ${SECONDS_RUN}s measured after warm-up; $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"

# a complaint about a leaking flat in 福田 from caller 139xxxxxxxx, each call another caller (no 重复件 merge) at another
# building (as a city's calls are: every call at one spot would make each intake weigh all the others as duplicates);
# bench/hotline-intake.sh sends the same
INTAKE=$(< bench/hotline-intake-body.json)
BENCH_METHOD=POST BENCH_TOKEN=$AGENT BENCH_BODY="$INTAKE" BENCH_START=$(( $(date +%s) % 50000000 )) \
  bench "ticket intake" "$CONNECTIONS" "$SECONDS_RUN" "$G/api/hotline/tickets"

BENCH_TOKEN=$SUPERVISOR bench "supervisor work list" "$CONNECTIONS" "$SECONDS_RUN" \
  "$G/api/hotline/tickets?size=20" "$G/api/hotline/tickets?size=20&overdue=true" "$G/api/hotline/tickets?size=20&status=HANDLING"

if curl -sf -o /dev/null "$G/open311/v2/services.json?jurisdiction_id=440300"; then
  # as clients poll them: browsers, curl --compressed, FixMyStreet's LWP and most HTTP libraries accept gzip, and a kept
  # list is gzipped once (a tenth of its half megabyte through the gateway); then the same without gzip
  BENCH_HEADER='Accept-Encoding: gzip' bench "Open311 GET requests" "$CONNECTIONS" "$SECONDS_RUN" \
    "$G/open311/v2/requests.json?jurisdiction_id=440300" "$G/open311/v2/requests.json?jurisdiction_id=440300&status=open" \
    "$G/open311/v2/requests.xml?jurisdiction_id=440300"
  bench "Open311 GET, no gzip" "$CONNECTIONS" "$SECONDS_RUN" \
    "$G/open311/v2/requests.json?jurisdiction_id=440300" "$G/open311/v2/requests.json?jurisdiction_id=440300&status=open" \
    "$G/open311/v2/requests.xml?jurisdiction_id=440300"
  # the same lists with a start_date unique to each request (nanoseconds from the counter): never found in the
  # hotline's 10-second list cache, so every one is read and rendered anew — what a list the cache has not seen costs
  FROM=$(TZ=Asia/Shanghai date -d '90 days ago' +%F)
  BENCH_HEADER='Accept-Encoding: gzip' bench "Open311 GET, each list new" "$CONNECTIONS" "$SECONDS_RUN" \
    "$G/open311/v2/requests.json?jurisdiction_id=440300&start_date=${FROM}T00:00:00.{{n:%09d}}%2B08:00" \
    "$G/open311/v2/requests.json?jurisdiction_id=440300&status=open&start_date=${FROM}T00:00:00.{{n:%09d}}%2B08:00" \
    "$G/open311/v2/requests.xml?jurisdiction_id=440300&start_date=${FROM}T00:00:00.{{n:%09d}}%2B08:00"
else
  echo "Open311 GET requests: $G/open311/v2 does not answer, skipped"
fi
