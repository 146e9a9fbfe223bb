#!/usr/bin/env bash
# Installs the browser the browser tests drive (Debian's chromium and chromium-driver) when it is
# missing. The build calls it before the integration tests; so does .ci/run.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The browser tests need Chromium and its driver: install the packages chromium and" >&2
    echo "chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver), then run the tests again." >&2
    exit 1
fi
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
