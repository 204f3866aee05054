#!/bin/bash
# Probe 16, finding 1, paired A/B (docs/benchmarks.md, "A burst of password hashes"): starts the API built under <root>
# (dist/, e.g. a `git archive main` copy for A, this checkout for B) on a fresh DATA_DIR with the demo seed, runs
# hash-burst.mjs register 100 and login 90 against it with the load average before and after, and stops it by pid.
# Usage: test/probe/hash-burst-ab.sh <label> <root> <port>   (env: REGISTRATIONS_PER_ADDRESS, default 500; PASSWORD_HASH_*,
# PASSWORD_STRENGTH_*; HASH_BURST_PASSWORDS=long)
set -u
REPO=$(cd "$(dirname "$0")/../.." && pwd)
L=$1; ROOT=$2; PORT=$3; T=${HASH_BURST_TMP:-/tmp/hash-burst}/$L
rm -rf "$T"; mkdir -p "$T"
if ss -ltn | grep -q ":$PORT "; then echo "port $PORT busy"; exit 1; fi
cd "$ROOT"
DATA_DIR=$T/data PORT=$PORT REGISTRATIONS_PER_ADDRESS=${REGISTRATIONS_PER_ADDRESS:-500} LOG_LEVEL=warn node --max-semi-space-size=64 dist/apps/api/src/main.js > "$T/api.log" 2>&1 &
PID=$!
echo "$PID" > "$T/pid"
for i in $(seq 1 240); do [ -f "$T/data/demo-accounts.json" ] && curl -sf "http://localhost:$PORT/health" >/dev/null && break; kill -0 $PID || { echo died; tail "$T/api.log"; exit 1; }; sleep 1; done
sleep 3
cd "$REPO"
echo "== $L $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
PROBE_URL=http://localhost:$PORT PROBE_TMP=$T node test/probe/hash-burst.mjs register 100
echo "   load $(cut -d' ' -f1-3 /proc/loadavg)"
PROBE_URL=http://localhost:$PORT PROBE_TMP=$T node test/probe/hash-burst.mjs login 90
echo "   load $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$PID"; wait "$PID"; echo "   stopped $PID rc=$?"
