#!/usr/bin/env bash
# Case benchmarks against a running local platform (./run.sh), through the gateway:
#   1. case submission (POST /api/cases as applicant1), closed loop
#   2. public progress query (case number + query code, no token), closed loop over 200 cases
#   3. close → consumed: the time from a clerk's closure answer to the rating invitation that evaluation-service
#      opens from gov.case.closed.v1 (outbox → Kafka → consumer), over N cases, polled every 10 ms
#   bench/cases.sh [connections] [seconds] [latency-samples]
# The gateway's rate limits would refuse a benchmark from one user/address (429): start the platform with
#   PLATFORM_RATE_LIMITS=bench ./run.sh   (every quota raised to 1,000,000/s; the limiter itself stays on)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
G=${GATEWAY:-http://localhost:8080}
CONNECTIONS=${1:-32}
SECONDS_RUN=${2:-20}
SAMPLES=${3:-50}
JAR=local-launcher/target/local-launcher-exec.jar
bench() { "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main=org.example.gov.launcher.bench.HttpBench \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"; }
token() { curl -sf -X POST "$G/dev/token" -H 'Content-Type: application/json' -d "{\"user\":\"$1\"}" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
field() { sed 's/.*"'"$1"'":"\([^"]*\)".*/\1/'; }

APPLICANT=$(token applicant1); CLERK=$(token clerk1); APPROVER=$(token approver1)
# a 深圳 食品经营许可 (市市场监督管理局): the demo clerk1 and approver1 work that region's and department's cases only
Q=$(printf '%s' 食品经营许可证核发 | od -An -tx1 -v | tr -d ' \n' | sed 's/\(..\)/%\1/g')
ITEM=$(curl -sf "$G/api/catalog/items?q=$Q&region=440300&department=$(printf '%s' 市市场监督管理局 | od -An -tx1 -v | tr -d ' \n' | sed 's/\(..\)/%\1/g')&size=100" \
  | grep -o '"id":"[0-9a-f-]\{36\}","code":"XK-SCJG-01-440300"' | awk -F'"' 'NR == 1 {print $4}' || true)
[[ -n "$ITEM" ]] || { echo "no published item at $G: is ./run.sh running?" >&2; exit 1; }
J='Content-Type: application/json'
# every application carries the applicant's identity card number and phone (fake: GB 11643's own example number)
SUBMIT="{\"itemId\":\"$ITEM\",\"applicant\":{\"idNumber\":\"11010519491231002X\",\"phone\":\"13800138000\"}}"
echo "item $ITEM; $CONNECTIONS connections; ${SECONDS_RUN}s measured after warm-up"

BENCH_METHOD=POST BENCH_TOKEN=$APPLICANT BENCH_BODY="$SUBMIT" \
  bench "case submission" "$CONNECTIONS" "$SECONDS_RUN" "$G/api/cases"

progress_urls=()
for i in $(seq 1 200); do
  answer=$(curl -sf -X POST "$G/api/cases" -H "Authorization: Bearer $APPLICANT" -H "$J" -d "$SUBMIT")
  progress_urls+=("$G/api/cases/progress/$(field caseNumber <<<"$answer")?queryCode=$(field queryCode <<<"$answer")")
done
bench "progress query" "$CONNECTIONS" "$SECONDS_RUN" "${progress_urls[@]}"

echo "close → consumed ($SAMPLES cases)"
latencies=()
for i in $(seq 1 "$SAMPLES"); do
  id=$(curl -sf -X POST "$G/api/cases" -H "Authorization: Bearer $APPLICANT" -H "$J" -d "$SUBMIT" | field id)
  curl -sf -o /dev/null -X POST "$G/api/cases/$id/reception" -H "Authorization: Bearer $CLERK"
  curl -sf -o /dev/null -X POST "$G/api/cases/$id/acceptance" -H "Authorization: Bearer $CLERK"
  curl -sf -o /dev/null -X POST "$G/api/cases/$id/decision" -H "Authorization: Bearer $APPROVER" -H "$J" -d '{"outcome":"APPROVED"}'
  curl -sf -o /dev/null -X POST "$G/api/cases/$id/delivery" -H "Authorization: Bearer $CLERK" -H "$J" -d '{"method":"WINDOW_PICKUP"}'
  curl -sf -o /dev/null -X POST "$G/api/cases/$id/closure" -H "Authorization: Bearer $CLERK"
  start=$(date +%s%N)
  until curl -sf "$G/api/evaluations/invitations?caseId=$id" -H "Authorization: Bearer $APPLICANT" | grep -q '"caseId"'; do
    sleep 0.01
    (( $(date +%s%N) - start < 30000000000 )) || { echo "no invitation for $id after 30 s" >&2; break; }
  done
  latencies+=($(( ($(date +%s%N) - start) / 1000000 )))
done
printf '%s\n' "${latencies[@]}" | sort -n | awk '
  function at(q,  i) { i = NR * q; i = (i > int(i)) ? int(i) + 1 : int(i); if (i < 1) i = 1; return a[i] }
  { a[NR] = $1 }
  END { printf "  close→invitation ms: p50 %d  p90 %d  p99 %d  max %d  (n=%d)\n", at(0.5), at(0.9), at(0.99), a[NR], NR }'
