#!/bin/bash
# Starts our API again on $PROBE_TMP/data (after a kill -9), pid in $PROBE_TMP/api.pid, waits for /health and writes
# $PROBE_TMP/dburl (the embedded cluster may have come up on another port).
T=${PROBE_TMP:-/tmp/probe13}
PORT=${API_PORT:-4351}
cd "$(dirname "$0")/../.."
setsid env DATA_DIR="$T/data" PORT="$PORT" REGISTRATIONS_PER_ADDRESS=500 node --max-semi-space-size=64 dist/apps/api/src/main.js >> "$T/api.log" 2>&1 &
echo $! > "$T/api.pid"
for i in $(seq 1 90); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 1; done
echo "restarted in ${i}s"
PW=$(cat "$T/data/postgres.password"); PGPORT=$(sed -n 4p "$T/data/postgres/postmaster.pid")
echo "postgres://postgres:$(node -e "console.log(encodeURIComponent(process.argv[1]))" "$PW")@127.0.0.1:$PGPORT/pilotmatch" > "$T/dburl"
