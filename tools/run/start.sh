#!/usr/bin/env bash
# `npm start`: infrastructure (Kafka; PostgreSQL when DATABASE_URL is unset), every service,
# the gateway, and the demo data when the database is empty. Stays in the foreground;
# Ctrl-C stops the services (infrastructure keeps running for a fast restart: `npm stop` ends it).
# SAMSPILL_DETACH=1 returns once everything is ready and leaves it running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
started_at=$(date +%s.%N)
export NODE_ENV="${NODE_ENV:-development}"

ensure_kafka
ensure_postgres
ensure_internal_secret

log "building (tsc)"
npm run --silent build
log "building the web app (vite)"
npm run --silent build:web >"$STATE/logs/web-build.log" 2>&1 || { cat "$STATE/logs/web-build.log"; exit 1; }
npm run --silent embed:build

SERVICES=(network-strategy portfolios consultation benefits)
PORTS=(4001 4002 4003 4004)
for i in "${!SERVICES[@]}"; do
  name="${SERVICES[$i]}"
  stop_pidfile "$name"
  # Supervised: a crashed service is started again with backoff, and the restart logged (issue 9).
  nohup node tools/run/supervise.mjs "$name" -- node -r ./tools/run/register-dist-paths.js "dist/apps/$name/src/main.js" >"$STATE/logs/$name.log" 2>&1 &
  echo $! >"$STATE/pids/$name.pid"
done
for i in "${!SERVICES[@]}"; do
  name="${SERVICES[$i]}"
  port_var="$(echo "$name" | tr 'a-z-' 'A-Z_')_PORT"
  port="${!port_var:-${PORTS[$i]}}"
  wait_ready "$name" "http://127.0.0.1:$port/ready" "$(cat "$STATE/pids/$name.pid")"
  log "$name ready on :$port"
done

stop_pidfile gateway
# Analyst API keys (BI exports) live in the same database unless told otherwise.
API_KEYS_DATABASE_URL="${API_KEYS_DATABASE_URL:-${DATABASE_URL:-}}" nohup node tools/run/supervise.mjs gateway -- node -r ./tools/run/register-dist-paths.js dist/apps/gateway/src/main.js >"$STATE/logs/gateway.log" 2>&1 &
echo $! >"$STATE/pids/gateway.pid"
GATEWAY_PORT="${GATEWAY_PORT:-4000}"
wait_ready gateway "http://127.0.0.1:$GATEWAY_PORT/ready" "$(cat "$STATE/pids/gateway.pid")"

GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT/graphql" npx tsx tools/seed/demo-seed.ts

# The demo portal "Sola kommune (demo)" on its own origin, embedding the components from the gateway.
stop_pidfile demo-portal
DEMO_GATEWAY_URL="http://localhost:$GATEWAY_PORT" nohup node --require tsx/cjs apps/embed/tooling/demo-portal.ts >"$STATE/logs/demo-portal.log" 2>&1 &
echo $! >"$STATE/pids/demo-portal.pid"

elapsed=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $started_at }")
log "ready in ${elapsed}s: the web app at http://localhost:$GATEWAY_PORT/, GraphQL at http://localhost:$GATEWAY_PORT/graphql (logs in .samspill/logs)"
log "a token: npm run --silent token -- --role network-admin --network digi-rogaland"
log "demo portal with the embeds: http://localhost:${DEMO_PORTAL_PORT:-4080}/"

if [ "${SAMSPILL_DETACH:-0}" = "1" ]; then exit 0; fi
trap 'log "stopping services"; for s in demo-portal gateway "${SERVICES[@]}"; do stop_pidfile "$s"; done; exit 0' INT TERM
while kill -0 "$(cat "$STATE/pids/gateway.pid")" 2>/dev/null; do sleep 1; done
log "gateway exited; see .samspill/logs/gateway.log"
exit 1
