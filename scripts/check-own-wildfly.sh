#!/usr/bin/env bash
# Checks docs/operations.md, "A WildFly of your own", by doing what it says: fetches the unmodified
# WildFly distribution from Maven Central, configures it with the documented CLI scripts, adds an
# operator, starts it, deploys the directory.ear that `./mvnw verify` (or package) built, waits
# for /health/ready, searches, and stops it. Each documented command runs through `documented`,
# which fails unless docs/operations.md holds the same line, so the docs cannot drift from it.
#   scripts/check-own-wildfly.sh            after ./mvnw verify (CI runs it from .ci/run)
#   PORT_OFFSET=600 scripts/check-own-wildfly.sh
# The server gets a port offset (500 unless PORT_OFFSET says otherwise) and 300 sample listings.
set -euo pipefail
cd "$(dirname "$0")/.."

offset=${PORT_OFFSET:-500}
http="http://localhost:$((8080 + offset))"
management="http://localhost:$((9990 + offset))"
ear=directory-ear/target/directory.ear
[[ -f $ear ]] || { echo "$ear is missing: run ./mvnw verify (or package) first" >&2; exit 1; }

# The variables the documented commands use
WORK=$PWD/directory-ear/target/own-wildfly
DATA_DIR=$WORK/data
ADMIN_EMAIL=ci-admin@example.org
ADMIN_PASSWORD='ci-admin-password-2026'
rm -rf "$WORK"
mkdir -p "$WORK"

# Fails unless docs/operations.md has this command line as it is (leading spaces aside)
in_docs() {
    if ! grep -qxF "$1" <(sed 's/^ *//' docs/operations.md); then
        echo "docs/operations.md lacks the line this check runs:" >&2
        echo "    $1" >&2
        exit 1
    fi
}
# Runs a command line of docs/operations.md as it is written there
documented() {
    in_docs "$1"
    eval "$1"
}

log() { echo "[own-wildfly $(date +%T)] $*"; }

started=$(date +%s)
log "WildFly from Maven Central"
documented './mvnw -q dependency:copy -Dartifact=org.wildfly:wildfly-dist:39.0.1.Final:zip -DoutputDirectory="$WORK"'
documented 'unzip -q "$WORK/wildfly-dist-39.0.1.Final.zip" -d "$WORK"'
documented 'export WILDFLY_HOME="$WORK/wildfly-39.0.1.Final"'
configured=$(date +%s)

log "configure (own-wildfly.cli)"
documented '(cd directory-ear/src/main/server && "$WILDFLY_HOME/bin/jboss-cli.sh" --file=own-wildfly.cli)'

server_log="$WILDFLY_HOME/standalone/log/server.log"
# standalone.sh writes the server's process id there, and removes the file when the server ends
stop() {
    local pid
    pid=$(cat "$WORK/server.pid" 2>/dev/null) || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
}
fail() {
    echo "own WildFly check failed: $*" >&2
    echo "--- the end of $server_log:" >&2
    tail -n 80 "$server_log" >&2 || true
    stop
    exit 1
}
trap 'status=$?; [[ $status -eq 0 ]] || fail "a command failed (exit $status)"' EXIT

log "start with port offset $offset and deploy $ear"
export LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WORK/server.pid"
start='"$WILDFLY_HOME/bin/standalone.sh" -Ddirectory.data.dir="$DATA_DIR" -Ddirectory.first-admin.email="$ADMIN_EMAIL"'
in_docs "$start"
eval "$start" -Djboss.socket.binding.port-offset="$offset" -Ddirectory.sample.size=300 \
    >"$WORK/console.log" 2>&1 &
documented 'cp directory-ear/target/directory.ear "$WILDFLY_HOME/standalone/deployments/"'

ready=""
for _ in $(seq 1 120); do
    [[ -f $WILDFLY_HOME/standalone/deployments/directory.ear.failed ]] && fail "the deployment failed"
    ready=$(curl -s "$management/health/ready" || true)
    if [[ -f $WILDFLY_HOME/standalone/deployments/directory.ear.deployed ]] &&
        python3 -c 'import json,sys
r = json.loads(sys.argv[1])
checks = {c["name"]: c["status"] for c in r["checks"]}
wanted = {"start-up", "database", "search-index", "deployments-status"}
sys.exit(0 if r["status"] == "UP" and wanted <= checks.keys() and set(checks.values()) == {"UP"} else 1)' "$ready" 2>/dev/null; then
        break
    fi
    ready=""
    sleep 1
done
[[ -n $ready ]] || fail "/health/ready did not answer UP with every check within 2 minutes"
log "ready: $ready"
deployed=$(date +%s)

log "search"
answer=$(curl -sf "$http/api/v1/facilities?near=43215&radius=100") || fail "the search did not answer 200"
python3 - "$answer" <<'PY' || fail "unexpected search answer: $answer"
import json, sys
results = json.loads(sys.argv[1])["results"]
miles = [r["distanceMiles"] for r in results]
assert results, "no result within 100 miles of 43215"
assert miles == sorted(miles), f"not sorted by distance: {miles}"
print(f"{len(results)} results, nearest {miles[0]:.1f} miles")
PY
# The OpenAPI document (the subsystem own-wildfly-subsystems.cli adds) describes the search
openapi=$(curl -sf -H 'Accept: application/json' "$http/openapi") || fail "/openapi did not answer 200"
python3 - "$openapi" <<'PY' || fail "unexpected /openapi: ${openapi:0:300}"
import json, sys
paths = json.loads(sys.argv[1])["paths"]
names = {p["name"] for p in paths["/api/v1/facilities"]["get"]["parameters"]}
assert {"near", "medication", "page"} <= names, names
assert not any(p.startswith("/api/v1/admin") for p in paths), list(paths)
print(f"/openapi: {len(paths)} paths, {len(names)} search parameters")
PY
# The first site admin: the link the server wrote (readable by its user only), then the password
# set through the page it opens, as a person would (a stateless Faces form)
log "the first site admin"
link_file="$DATA_DIR/first-admin-link.txt"
[[ -f $link_file ]] || fail "no $link_file"
[[ $(stat -c %a "$link_file") == 600 ]] || fail "$link_file is not readable by its owner only"
link=$(head -n 1 "$link_file")
token=${link##*token=}
curl -sf -o /dev/null "$http/account/reset?token=$token" || fail "the first admin's link did not answer 200"
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$http/account/reset" \
    --data-urlencode "reset=reset" --data-urlencode "reset:token=$token" \
    --data-urlencode "reset:password=$ADMIN_PASSWORD" --data-urlencode "reset:repeated=$ADMIN_PASSWORD" \
    --data-urlencode "reset:submit=" --data-urlencode "jakarta.faces.ViewState=stateless")
[[ $status == 302 ]] || fail "setting the first admin's password answered $status, not a redirect to sign in"
OPERATOR=$ADMIN_EMAIL
OPERATOR_PASSWORD=$ADMIN_PASSWORD

# The operators' endpoint answers over HTTPS only, the default: WildFly's own listener, with the
# certificate it generates for localhost (so -k), serves the operator; plain HTTP refuses even the
# right password.
https="https://localhost:$((8443 + offset))"
status=$(curl -sk -o /dev/null -w '%{http_code}' -u "$OPERATOR:$OPERATOR_PASSWORD" "$https/api/v1/admin/index")
[[ $status == 200 ]] || fail "the operator's progress request over HTTPS answered $status"
status=$(curl -s -o /dev/null -w '%{http_code}' -u "$OPERATOR:$OPERATOR_PASSWORD" "$http/api/v1/admin/index")
[[ $status == 403 ]] || fail "the operator's progress request over plain HTTP answered $status, not 403"

log "response headers"
# An answer the server gives without the application (WEB-INF is never served): the headers come
# from configure-directory.cli's filters; HSTS only over HTTPS (this WildFly's own TLS listener)
headers=$(curl -s -D - -o /dev/null "$http/WEB-INF/web.xml")
for expected in 'Referrer-Policy: same-origin' 'X-Content-Type-Options: nosniff' \
    'X-Frame-Options: DENY' 'Cache-Control: no-store' "Content-Security-Policy: default-src 'self';"; do
    grep -qiF "$expected" <<<"$headers" || fail "no '$expected' in: $headers"
done
! grep -qi '^Strict-Transport-Security' <<<"$headers" || fail "HSTS over plain HTTP: $headers"
headers=$(curl -sk -D - -o /dev/null "https://localhost:$((8443 + offset))/about")
grep -qiF 'Strict-Transport-Security: max-age=31536000; includeSubDomains' <<<"$headers" ||
    fail "no HSTS over HTTPS: $headers"

stop
trap - EXIT
finished=$(date +%s)
log "passed: $((finished - started)) s in all; fetch $((configured - started)) s," \
    "configure, start and deploy $((deployed - configured)) s, checks $((finished - deployed)) s"
