#!/usr/bin/env bash
# Catalogue read benchmark against a running local platform (./run.sh), through the gateway:
# item detail and keyword search, closed loop, printing throughput and latency percentiles.
#   bench/catalog.sh [connections] [seconds]
# With SEED=5000 it first publishes that many extra items (the issue's benchmark size).
# The gateway's rate limits would refuse a benchmark from one user/address (429): start the platform with
#   PLATFORM_RATE_LIMITS=bench ./run.sh   (every quota raised to 1,000,000/s; the limiter itself stays on)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/find-jdk.sh
G=${GATEWAY:-http://localhost:8080}
CONNECTIONS=${1:-32}
SECONDS_RUN=${2:-20}
JAR=local-launcher/target/local-launcher-exec.jar
bench() { run_class org.example.gov.launcher.bench.HttpBench "$@"; }

run_class() { local cls=$1; shift; "$JAVA_HOME/bin/java" -cp "$JAR" -Dloader.main="$cls" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"; }
if [[ -n "${SEED:-}" ]]; then run_class org.example.gov.launcher.bench.CatalogSeeder "$G" "$SEED"; fi

urlencode() { printf '%s' "$1" | od -An -tx1 -v | tr -d ' \n' | sed 's/\(..\)/%\1/g'; }

# up to 200 published item ids, taken from the public listing
ids=$(for page in 0 1; do curl -sf "$G/api/catalog/items?size=100&page=$page"; done \
  | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 | head -n 200)
[[ -n "$ids" ]] || { echo "no published items at $G: is ./run.sh running?" >&2; exit 1; }
detail_urls=(); for id in $ids; do detail_urls+=("$G/api/catalog/items/$id"); done
echo "$(wc -w <<<"$ids") items; $CONNECTIONS connections; ${SECONDS_RUN}s measured after warm-up"

bench "item detail" "$CONNECTIONS" "$SECONDS_RUN" "${detail_urls[@]}"
queries=(营业执照 办营业执照 食品经营许可 户口迁移 不动产登记 社会保障卡 公积金提取 出生)
search_urls=(); for q in "${queries[@]}"; do
  search_urls+=("$G/api/catalog/items?q=$(urlencode "$q")")
done
bench "keyword search" "$CONNECTIONS" "$SECONDS_RUN" "${search_urls[@]}"
