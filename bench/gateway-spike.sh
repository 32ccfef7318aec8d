#!/usr/bin/env bash
# Issue 16's open question, measured: could another gateway server carry the platform's two benchmarked paths at half
# of direct throughput where ours does not? Against a running local platform (./run.sh as for bench/all.sh), this
# builds the five throw-away gateways of bench/gateway-spike/ (not part of the platform's build), starts them with the
# production JVM options (deploy/jvm.options) next to the platform, and measures each path straight to the service,
# through our gateway (:8080), through Spring Cloud Gateway's WebFlux server with nothing but the routes (:8090, the
# floor of anything built on that server), the same with only Spring Security as ours configures it (:8096) or with only
# metrics and tracing as ours has them (:8094), through its MVC server on virtual threads with JWT validation,
# metrics and tracing (:8092), and through a plain Reactor Netty hop, the server and client under SCG's WebFlux server
# with no framework at all (:8098): the floor under any gateway built on Reactor Netty, on this machine. Besides req/s, p99 and the ratio to direct, it prints the CPU the proxy's JVM spent per request
# during the measured run (ms; from /proc, so Linux only): the cost a forwarding hop adds, comparable across servers. Its
# window opens when the warm-up ends as timed from the load generator's start, and closes when the generator exits, so it
# includes up to a second around the measured run, the same for every line.
#   bench/gateway-spike.sh [connections, 16] [seconds, 20]     BENCH_WARMUP: seconds of warm-up per line (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
CONNECTIONS=${1:-16}
SECONDS_RUN=${2:-20}
WARMUP=${BENCH_WARMUP:-60}
G=http://localhost:8080
JAR=local-launcher/target/local-launcher-exec.jar
[[ -f .local/keys/jwt-public.pem ]] && curl -sf -o /dev/null "$G/readyz" || { echo "start the platform first (./run.sh)" >&2; exit 1; }

./mvnw -B -ntp -q -f bench/gateway-spike/pom.xml package -DskipTests
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for app in webflux-bare webflux-security webflux-observed webmvc netty-hop; do
  JWT_PUBLIC_KEY_LOCATION=file:$PWD/.local/keys/jwt-public.pem JWT_ISSUER=$G/dev TRACING_SAMPLING=0.1 \
    "$JAVA_HOME/bin/java" @deploy/jvm.options -jar "bench/gateway-spike/$app/target/spike-$app.jar" > "/tmp/gateway-spike-$app.log" 2>&1 &
  pids+=($!)
done
for port in 8090 8096 8094 8092 8098; do
  for _ in $(seq 60); do curl -s -o /dev/null "localhost:$port/api/catalog/items" && break; sleep 1; done
done

token() { curl -sf -X POST "$G/dev/token" -H 'Content-Type: application/json' -d "{\"user\":\"$1\"}" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/'; }
ITEM=$(curl -sf "$G/api/catalog/items?size=1" | grep -o '"id":"[0-9a-f-]\{36\}"' | head -1 | cut -d'"' -f4)
APPLICANT=$(token applicant1)
CASE=$(curl -sf -X POST "$G/api/cases" -H "Authorization: Bearer $APPLICANT" -H 'Content-Type: application/json' \
  -d "{\"itemId\":\"$ITEM\",\"applicant\":{\"idNumber\":\"11010519491231002X\",\"phone\":\"13800138000\"}}" \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# one measured line: name, url, [token], [pid of the proxy]; prints "req/s p99 cpu-ms-per-request"
measure() {
  local out before after
  BENCH_WARMUP=$WARMUP BENCH_TOKEN=${3:-} "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main=org.example.gov.launcher.bench.HttpBench \
    org.springframework.boot.loader.launch.PropertiesLauncher "$1" "$CONNECTIONS" "$SECONDS_RUN" "$2" > /tmp/gateway-spike-line &
  local bench=$!
  if [[ -n "${4:-}" ]]; then sleep "$WARMUP"; before=$(ticks "$4"); fi
  wait $bench
  if [[ -n "${4:-}" ]]; then after=$(ticks "$4"); fi
  out=$(grep 'req/s' /tmp/gateway-spike-line)
  awk -v line="$out" -v cpu="$(( ${after:-0} - ${before:-0} ))" -v hz="$(getconf CLK_TCK)" -v secs="$SECONDS_RUN" 'BEGIN {
    split(line, a, " req/s"); n = split(a[1], x, " "); rate = x[n]
    match(line, /p99 +[0-9.]+/); p99 = substr(line, RSTART + 4, RLENGTH - 4) + 0
    printf "%s %s %s\n", rate, p99, (cpu > 0 && rate > 0 ? sprintf("%.3f", 1000 * cpu / hz / (rate * secs)) : "-") }'
}
GATEWAY_PID=$(pgrep -f "gateway/target/gateway.jar" | head -1)

echo "gateway servers side by side, commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
echo "closed loop, $CONNECTIONS connections, ${WARMUP}s warm-up then ${SECONDS_RUN}s measured per line, load generator on the same machine"
printf '%-28s %-34s %9s %8s %6s %14s\n' path target "req/s" "p99 ms" ratio "proxy CPU ms/req"
row() { # path name, path, base-direct, [token]
  local direct rate p99 cpu
  read -r direct p99 cpu <<< "$(measure "$1 direct" "$3$2" "${4:-}")"
  printf '%-28s %-34s %9.0f %8.1f %6s %14s\n' "$1" "direct to the service" "$direct" "$p99" "" ""
  for target in "our gateway (WebFlux, :8080)|$G|$GATEWAY_PID" "SCG WebFlux, routes only (:8090)|http://localhost:8090|${pids[0]}" \
      "  + security only (:8096)|http://localhost:8096|${pids[1]}" "  + metrics, tracing only (:8094)|http://localhost:8094|${pids[2]}" \
      "SCG MVC, virtual threads (:8092)|http://localhost:8092|${pids[3]}" \
      "plain Reactor Netty hop (:8098)|http://localhost:8098|${pids[4]}"; do
    IFS='|' read -r name base pid <<< "$target"
    read -r rate p99 cpu <<< "$(measure "$1 $name" "$base$2" "${4:-}" "$pid")"
    printf '%-28s %-34s %9.0f %8.1f %6.2f %14s\n' "" "$name" "$rate" "$p99" "$(awk -v r="$rate" -v d="$direct" 'BEGIN { print r / d }')" "$cpu"
  done
}
row "GET /api/catalog/items/{id}" "/api/catalog/items/$ITEM" http://localhost:8101
row "GET /api/cases/{id} (JWT)" "/api/cases/$CASE" http://localhost:8102 "$APPLICANT"
