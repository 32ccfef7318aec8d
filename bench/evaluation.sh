#!/usr/bin/env bash
# 好差评 benchmark against a running local platform, through the gateway:
#   1. rating submission (POST /api/evaluations/ratings), closed loop, each request rating a fresh invitation;
#   2. monthly statistics (GET /api/evaluations/statistics?month=...), supervisor, and the public hall view.
#   bench/evaluation.sh [connections, 16] [seconds, 20]
# Start the platform with the JVMs compiling as in production (./run.sh alone keeps them on the quick-starting C1
# compiler, about half as fast) and with invitations to rate (evaluation-service then opens that many COMPLETION
# invitations for applicant1, case ids b0000000-0000-4000-8000-<12-digit n>):
#   PLATFORM_RATE_LIMITS=bench PLATFORM_JVM_OPTS=@$PWD/deploy/jvm.options \
#     EVALUATION_BENCH_INVITATIONS=200000 ./run.sh
# The rating run warms up for BENCH_WARMUP seconds (default 90: C2 needs that long on a path) before it measures, and
# uses ~throughput x (warm-up + seconds) invitations; the script prints the BENCH_START for the next run.
# The statistics part times the report for STATS_MONTH (default last month) on whatever data the platform has (the
# demo's ~6,000 ratings). A province-sized month (1 million ratings) takes long to load into the local platform, so
# that benchmark loads a test MariaDB instead, times the live aggregation, rolls the month up and times the reports:
#   ./mvnw -pl evaluation-service test -Dtest=DemoDataSeederIntegrationTest -Dbench.ratings=1000000 \
#     -Dsurefire.failIfNoSpecifiedTests=false      (prints BENCH lines; needs `./mvnw -DskipTests install` once)
# The gateway's rate limits would refuse a benchmark from one user/address (429): start the platform with
#   PLATFORM_RATE_LIMITS=bench ./run.sh   (every quota raised to 1,000,000/s; the limiter itself stays on)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
G=${GATEWAY:-http://localhost:8080}
CONNECTIONS=${1:-16}
SECONDS_RUN=${2:-20}
JAR=local-launcher/target/local-launcher-exec.jar
run_class() { local cls=$1; shift; "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main="$cls" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"; }
bench() { run_class org.example.gov.launcher.bench.HttpBench "$@"; }
token() { curl -sf -X POST "$G/dev/token" -H 'Content-Type: application/json' -d "{\"user\":\"$1\"}" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }

APPLICANT=$(token applicant1) || { echo "no token from $G/dev/token: is ./run.sh running?" >&2; exit 1; }
SUPERVISOR=$(token supervisor1)
START=${BENCH_START:-0}
probe=$(printf 'b0000000-0000-4000-8000-%012d' "$START")
if ! curl -sf "$G/api/evaluations/invitations?caseId=$probe" -H "Authorization: Bearer $APPLICANT" | grep -q '"OPEN"'; then
  echo "invitation $probe is not open: start the platform with EVALUATION_BENCH_INVITATIONS=200000 (or set BENCH_START)" >&2
  exit 1
fi
if pgrep -f 'evaluation-service.jar' >/dev/null && pgrep -af 'evaluation-service.jar' | grep -q 'TieredStopAtLevel=1'; then
  echo "note: the services run with -XX:TieredStopAtLevel=1 (C1 only); see the comment at the top for production JIT" >&2
fi
WARMUP=${BENCH_WARMUP:-90}
echo "$CONNECTIONS connections; ${SECONDS_RUN}s measured after ${WARMUP}s of warm-up; ratings from invitation #$START"

BENCH_WARMUP=$WARMUP BENCH_METHOD=POST BENCH_TOKEN=$APPLICANT BENCH_START=$START \
BENCH_BODY='{"caseId":"b0000000-0000-4000-8000-{{n:%012d}}","stage":"COMPLETION","level":5,"tags":["高效"],"channel":"APP"}' \
  bench "rating submission" "$CONNECTIONS" "$SECONDS_RUN" "$G/api/evaluations/ratings"

MONTH=${STATS_MONTH:-$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)}
# one request per grouping first: the time a supervisor waits for a report nobody asked for before
for by in MONTH DEPARTMENT HALL ITEM STAFF CHANNEL; do
  printf 'statistics %s by %-10s one request: ' "$MONTH" "$by"
  curl -sf -o /tmp/gov-stats.json -w '%{time_total} s' "$G/api/evaluations/statistics?month=$MONTH&by=$by" \
    -H "Authorization: Bearer $SUPERVISOR"
  echo "  (total $(grep -o '"total":{.*' /tmp/gov-stats.json | grep -o '"ratings":[0-9]*' | head -1))"
done
BENCH_TOKEN=$SUPERVISOR bench "statistics $MONTH by dept" 4 "$SECONDS_RUN" \
  "$G/api/evaluations/statistics?month=$MONTH&by=DEPARTMENT"
BENCH_TOKEN=$SUPERVISOR bench "statistics $MONTH by staff" 4 "$SECONDS_RUN" \
  "$G/api/evaluations/statistics?month=$MONTH&by=STAFF"
bench "public $MONTH by hall" 4 "$SECONDS_RUN" "$G/api/evaluations/public/statistics?month=$MONTH&by=HALL"
