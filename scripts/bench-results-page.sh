#!/usr/bin/env bash
# The results page's server time, measured with wrk against a running server: a page of the
# search around Columbus, OH (43215) without and with filters, one connection (the time one
# request takes) and four (what the machine carries). Not a test: the figures go into
# docs/benchmarks.md. Usage: scripts/bench-results-page.sh [base URL, default http://localhost:8080]
# The server must not rate-limit the benchmark's address: start it with
# DIRECTORY_THROTTLE_EXEMPT_ADDRESSES=127.0.0.1 (any answer other than 200 is reported).
set -euo pipefail
base="${1:-http://localhost:8080}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
pages=(
    "/?near=43215&radius=25"
    "/?near=43215&radius=25&medication=BU&dualDiagnosis=true"
    "/api/v1/facilities?near=43215&radius=25&medication=BU&dualDiagnosis=true&facets=true"
)
for page in "${pages[@]}"; do
    curl -sf -o /dev/null "$base$page" || { echo "$base$page does not answer 200" >&2; exit 1; }
    wrk -t1 -c1 -d5s "$base$page" >/dev/null # warm-up
    for connections in 1 4; do
        echo "== $page, $connections connection(s)"
        wrk -t1 -c"$connections" -d15s --latency "$base$page" |
            grep -E "^ +(50|90|99)%|Requests/sec|Non-2xx"
    done
done
