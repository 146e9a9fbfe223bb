#!/usr/bin/env bash
# The import's speed, and the search's latency while an import runs, against a running server:
#   1. 20,000 made-up locator rows (scripts/make-locator-export.py, 20 pages of 1,000), imported
#      with scripts/import.sh, timed from the first request to the end of the import;
#   2. the search API idle (wrk, one connection, 20 s), then during an import of 12,000 more rows.
# Not a test: the figures go into docs/benchmarks.md. Needs wrk and python3, an operator account
# (DIRECTORY_OPERATOR, DIRECTORY_OPERATOR_PASSWORD) and a server that does not rate-limit this
# machine (DIRECTORY_THROTTLE_EXEMPT_ADDRESSES=127.0.0.1). The imported listings stay: run it on a
# throw-away data directory (-Ddirectory.data.dir=/tmp/bench-...).
# Usage: scripts/bench-import.sh [https base URL, default https://localhost:8443] [http base URL,
# default http://localhost:8080]
set -euo pipefail
cd "$(dirname "$0")/.."
https_base="${1:-https://localhost:8443}"
http_base="${2:-http://localhost:8080}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
: "${DIRECTORY_OPERATOR:?set DIRECTORY_OPERATOR and DIRECTORY_OPERATOR_PASSWORD}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
search="$http_base/api/v1/facilities?near=43215&radius=25&medication=BU&typeOfCare=SA&facets=true"
curl -sf -o /dev/null "$search" || { echo "$search does not answer 200" >&2; exit 1; }

scripts/make-locator-export.py 20000 1000 "$work/first" bench-a 1
start=$(date +%s.%N)
(cd "$work" && DIRECTORY_URL=$https_base "$OLDPWD/scripts/import.sh" --insecure first/*.json)
end=$(date +%s.%N)
echo "== 20,000 locator rows imported in $(echo "$end - $start" | bc) s (upload, staging and import)"

wrk -t1 -c1 -d5s "$search" >/dev/null # warm-up
echo "== the search API, idle, 1 connection"
wrk -t1 -c1 -d20s --latency "$search" | grep -E "^ +(50|90|99)%|Requests/sec|Non-2xx"

scripts/make-locator-export.py 12000 1000 "$work/second" bench-b 2
(cd "$work" && DIRECTORY_URL=$https_base "$OLDPWD/scripts/import.sh" --insecure second/*.json) > "$work/second.log" 2>&1 &
importer=$!
latest() {
    curl -sk -u "$DIRECTORY_OPERATOR:${DIRECTORY_OPERATOR_PASSWORD:-}" "$https_base/api/v1/admin/imports" \
        | grep -o '"state":"[a-z]*"' | head -n1
}
# wrk measures once the rows are staged and the import proper runs
until [[ $(latest) == '"state":"running"' ]]; do sleep 0.2; done
echo "== the search API during the import of 12,000 rows, 1 connection"
wrk -t1 -c1 -d15s --latency "$search" | grep -E "^ +(50|90|99)%|Requests/sec|Non-2xx"
echo "   (the import was $(latest) when wrk ended)"
wait "$importer" && tail -n 3 "$work/second.log"
