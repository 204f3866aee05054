#!/bin/bash
# kill -9 `npm run reindex` (its built script) at several moments while the API serves searches on the same DATA_DIR;
# after each: a search still answers, its total equals the SQL count of listed offerings; finally a whole re-index.
set -u
cd "$(dirname "$0")/../.."
T=${PROBE_TMP:-/tmp/probe13}
URL=${PROBE_URL:-http://localhost:4351}
count() {
  curl -s "$URL/graphql" -H 'content-type: application/json' \
    -d '{"query":"{searchOfferings(input:{query:\"中试\"}){total} all: searchOfferings(input:{}){total}}"}'
}
echo "before: $(count)"
for after in 0.5 1.5 3; do
  DATABASE_URL="$(cat "$T/dburl")" node dist/libs/search/src/cli/reindex.js > "$T/reindex.out" 2>&1 &
  R=$!
  sleep "$after"; kill -9 $R 2>/dev/null && echo "killed reindex after ${after}s" || echo "reindex had ended: $(cat "$T/reindex.out")"
  wait $R 2>/dev/null
  echo "  search: $(count)"
done
DATABASE_URL="$(cat "$T/dburl")" node dist/libs/search/src/cli/reindex.js
echo "after a whole re-index: $(count)"
