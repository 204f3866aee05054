#!/bin/bash
# One kill -9 round: load for LOAD_SECONDS, kill the API with SIGKILL after KILL_AFTER seconds, restart, verify.
# Needs the server started by this script earlier (pid in /tmp/probe13/api1.pid).
set -u
cd "$(dirname "$0")/../.."
KILL_AFTER=${KILL_AFTER:-8}
RUN=${RUN:-$(date +%s)}
node test/probe/crash-load.mjs 30 "$RUN" > /tmp/probe13/crash/load-$RUN.out 2>&1 &
LOAD=$!
sleep "$KILL_AFTER"
kill -9 "$(cat /tmp/probe13/api1.pid)"; echo "killed api at $(date -u +%T)"
wait $LOAD; cat /tmp/probe13/crash/load-$RUN.out
setsid env DATA_DIR=/tmp/probe13/data PORT=4331 node --max-semi-space-size=64 dist/apps/api/src/main.js >> /tmp/probe13/api1.log 2>&1 &
echo $! > /tmp/probe13/api1.pid
for i in $(seq 1 90); do curl -sf localhost:4331/health >/dev/null && break; sleep 1; done
echo "restarted in ${i}s: $(curl -s localhost:4331/health)"
# the embedded cluster may have come up on another port
PW=$(cat /tmp/probe13/data/postgres.password); PORT=$(sed -n 4p /tmp/probe13/data/postgres/postmaster.pid)
echo "postgres://postgres:$(node -e "console.log(encodeURIComponent(process.argv[1]))" "$PW")@127.0.0.1:$PORT/pilotmatch" > /tmp/probe13/dburl
LOG=/tmp/probe13/crash/log-$RUN.jsonl node test/probe/crash-verify.mjs
