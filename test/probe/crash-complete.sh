#!/bin/bash
# Fires the completions of crash-complete.mjs, SIGKILLs our API DELAY seconds later, restarts it and verifies.
cd "$(dirname "$0")/../.."
node test/probe/crash-complete.mjs fire &
FIRE=$!
sleep "${DELAY:-0.3}"
kill -9 "$(cat /tmp/probe13/api1.pid)"; echo "killed api at $(date -u +%T.%N)"
wait $FIRE
setsid env REGISTRATIONS_PER_ADDRESS=200 DATA_DIR=/tmp/probe13/data PORT=4331 node --max-semi-space-size=64 dist/apps/api/src/main.js >> /tmp/probe13/api1.log 2>&1 &
echo $! > /tmp/probe13/api1.pid
for i in $(seq 1 90); do curl -sf localhost:4331/health >/dev/null && break; sleep 1; done
PW=$(cat /tmp/probe13/data/postgres.password); PORT=$(sed -n 4p /tmp/probe13/data/postgres/postmaster.pid)
echo "postgres://postgres:$(node -e "console.log(encodeURIComponent(process.argv[1]))" "$PW")@127.0.0.1:$PORT/pilotmatch" > /tmp/probe13/dburl
node test/probe/crash-complete.mjs verify
