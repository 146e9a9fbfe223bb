#!/usr/bin/env bash
# Imports listings through the operators' API (docs/data-exchange.md): opens an import, sends every
# file (the pages of one FindTreatment.gov locator export, or CSV files in the directory's layout),
# starts it, shows its progress until it ends, and saves the report of rejected rows.
#
#   scripts/import.sh [--csv] [--deactivate-missing] [--insecure] FILE...
#
# The format is the locator's JSON unless --csv is given or every file ends in .csv.
# --deactivate-missing marks the locator listings that no row names inactive (the import refuses
# it unless the files hold the whole export). --insecure accepts a self-signed certificate (the
# provisioned server's own, on your machine).
#
# Environment: DIRECTORY_URL (default https://localhost:8443), DIRECTORY_OPERATOR (the operator's
# account; curl asks for the password unless DIRECTORY_OPERATOR_PASSWORD is set).
set -euo pipefail

url=${DIRECTORY_URL:-https://localhost:8443}
user=${DIRECTORY_OPERATOR:?set DIRECTORY_OPERATOR to an operator account (role operator)}
format=
deactivate=false
curl_options=(--silent --show-error)
files=()
for arg in "$@"; do
    case "$arg" in
        --csv) format=csv ;;
        --deactivate-missing) deactivate=true ;;
        --insecure) curl_options+=(--insecure) ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "Unknown option $arg (see --help)" >&2; exit 2 ;;
        *) [[ -r "$arg" ]] || { echo "Cannot read $arg" >&2; exit 2; }; files+=("$arg") ;;
    esac
done
(( ${#files[@]} > 0 )) || { echo "Give the files to import (see --help)" >&2; exit 2; }
if [[ -z "$format" ]]; then
    format=csv
    for f in "${files[@]}"; do [[ "$f" == *.csv ]] || format=locator; done
fi
content_type=application/json
[[ "$format" == csv ]] && content_type=text/csv

credentials=$user
[[ -n "${DIRECTORY_OPERATOR_PASSWORD:-}" ]] && credentials="$user:$DIRECTORY_OPERATOR_PASSWORD"
# The password goes to curl in a config on its standard input, never on a command line.
api() {
    local method=$1 path=$2; shift 2
    printf 'user = "%s"\n' "$credentials" \
        | curl "${curl_options[@]}" --config - -X "$method" "$@" -w '\n%{http_code}' "$url/api/v1/admin$path"
}
# The answer's body and status, and the first number or string of that name in it (fields of
# the same name holding something else, such as the links', are passed over; no jq needed)
body() { sed '$d' <<<"$1"; }
status() { tail -n1 <<<"$1"; }
number() { body "$1" | grep -oE "\"$2\":-?[0-9]+" | head -n1 | sed 's/^[^:]*://'; }
text() { body "$1" | grep -oE "\"$2\":\"[^\"]*\"" | head -n1 | sed 's/^[^:]*://; s/"//g'; }
fail_on() {
    local answer=$1 expected=$2
    if [[ $(status "$answer") != "$expected" ]]; then
        echo "The server answered $(status "$answer"): $(body "$answer")" >&2
        exit 1
    fi
}

answer=$(api POST /imports -H 'Content-Type: application/json' \
    -d "{\"format\": \"$format\", \"deactivateMissing\": $deactivate}")
fail_on "$answer" 201
id=$(number "$answer" id)
echo "Import $id ($format): sending ${#files[@]} file(s)"
for f in "${files[@]}"; do
    name=$(basename "$f")
    answer=$(api POST "/imports/$id/files?name=$(printf %s "$name" | sed 's/[^A-Za-z0-9._-]/_/g')" \
        -H "Content-Type: $content_type" --data-binary "@$f")
    fail_on "$answer" 200
    echo "  $name: $(number "$answer" rows) rows"
done

answer=$(api POST "/imports/$id/start" -H 'Content-Type: application/json' -d '{}')
fail_on "$answer" 202
while true; do
    answer=$(api GET "/imports/$id")
    fail_on "$answer" 200
    state=$(text "$answer" state)
    printf '\r  %s: %s of %s rows, %s rejected   ' "$state" "$(number "$answer" done)" \
        "$(number "$answer" total)" "$(number "$answer" rejected)"
    [[ "$state" == queued || "$state" == running ]] || break
    sleep 2
done
echo
echo "Import $id $state: $(number "$answer" created) created, $(number "$answer" updated) updated," \
    "$(number "$answer" unchanged) unchanged, $(number "$answer" rejected) rejected," \
    "$(number "$answer" deactivated) marked inactive"
if [[ $(number "$answer" problems) != 0 ]]; then
    report="import-$id-problems.csv"
    printf 'user = "%s"\n' "$credentials" \
        | curl "${curl_options[@]}" --config - -o "$report" "$url/api/v1/admin/imports/$id/problems.csv"
    echo "The rejected rows, by file, row and field: $report"
fi
if body "$answer" | grep -q '"unmappedLabels":\[{'; then
    echo "Labels the directory did not map (unknown or not carried): $url/api/v1/admin/imports/$id"
fi
[[ "$state" == finished ]]
