#!/usr/bin/env bash
# Times the README's first command from nothing to a search answered at http://localhost:8080/.
#   scripts/time-first-start.sh            warm Maven repository, empty data directory
#   scripts/time-first-start.sh --cold     also an empty Maven repository and wrapper download
#   DATA_DIR=dir scripts/time-first-start.sh -Ddirectory.sample.size=0
#                                          a data directory kept between runs; more -D options
# Prints the seconds to the first answered search and the sample-data line of the server log.
set -euo pipefail
cd "$(dirname "$0")/.."

data=${DATA_DIR:-$(mktemp -d)}
keep=${DATA_DIR:+yes}
args=(-Prun package "-Ddirectory.data.dir=$data")
if [[ "${1:-}" == "--cold" ]]; then
    shift
    home=$(mktemp -d)
    export MAVEN_USER_HOME="$home"
    args+=("-Dmaven.repo.local=$home/repository")
fi
args+=("$@")
log=$(mktemp)
start=$(date +%s%N)
setsid ./mvnw -B -ntp "${args[@]}" >"$log" 2>&1 &
runner=$!
trap 'kill -- -$runner 2>/dev/null || true; sleep 5; [[ -n "$keep" ]] || rm -rf "$data"; rm -rf ${home:+"$home"}' EXIT

for _ in $(seq 1 1800); do
    if curl -sf 'http://localhost:8080/api/v1/facilities?near=43215&radius=25' 2>/dev/null | grep -q '"total"'; then
        elapsed_ms=$((($(date +%s%N) - start) / 1000000))
        printf 'first search answered after %d.%d s\n' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100))
        grep -h 'Sample data' "$log" | sed 's/.*Sample data/Sample data/' || true
        exit 0
    fi
    if ! kill -0 "$runner" 2>/dev/null; then
        echo "the run command stopped before answering; its log:" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    sleep 0.5
done
echo "no answer after 15 minutes" >&2
exit 1
