#!/usr/bin/env bash
# 好差评 benchmark against a running local platform, through the gateway:
#   1. rating submission (POST /api/evaluations/ratings), closed loop, each request rating a fresh invitation;
#   2. monthly statistics (GET /api/evaluations/statistics?month=...), supervisor, and the public department view.
#   bench/evaluation.sh [connections] [seconds]
# Needs invitations to rate: start the platform with EVALUATION_BENCH_INVITATIONS set (evaluation-service then opens
# that many COMPLETION invitations for applicant1, case ids b0000000-0000-4000-8000-<12-digit n>), e.g.
#   EVALUATION_BENCH_INVITATIONS=60000 ./run.sh
# A run uses ~throughput x (seconds x 1.25 + 3) of them; the script prints the BENCH_START for the next run (or
# restart with more invitations). For the statistics on a province-sized month (1 million ratings), start once with
#   rm -rf .local; EVALUATION_DEMO_SEED=true EVALUATION_DEMO_RATINGS=1000000 ./run.sh
# (the demo seeder spreads them over the past 180 days; STATS_MONTH picks the month to query, default last month).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
G=${GATEWAY:-http://localhost:8080}
CONNECTIONS=${1:-32}
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
  echo "invitation $probe is not open: start the platform with EVALUATION_BENCH_INVITATIONS=60000 (or set BENCH_START)" >&2
  exit 1
fi
echo "$CONNECTIONS connections; ${SECONDS_RUN}s measured after warm-up; ratings from invitation #$START"

BENCH_METHOD=POST BENCH_TOKEN=$APPLICANT BENCH_START=$START \
BENCH_BODY='{"caseId":"b0000000-0000-4000-8000-{{n:%012d}}","stage":"COMPLETION","level":5,"tags":["高效"],"channel":"APP"}' \
  bench "rating submission" "$CONNECTIONS" "$SECONDS_RUN" "$G/api/evaluations/ratings"

MONTH=${STATS_MONTH:-$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)}
BENCH_TOKEN=$SUPERVISOR bench "statistics $MONTH by dept" 4 "$SECONDS_RUN" \
  "$G/api/evaluations/statistics?month=$MONTH&by=DEPARTMENT"
BENCH_TOKEN=$SUPERVISOR bench "statistics $MONTH by staff" 4 "$SECONDS_RUN" \
  "$G/api/evaluations/statistics?month=$MONTH&by=STAFF"
bench "public $MONTH by hall" 4 "$SECONDS_RUN" "$G/api/evaluations/public/statistics?month=$MONTH&by=HALL"
