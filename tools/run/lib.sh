# Shared helpers for start.sh / test.sh / stop.sh. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="$ROOT/.samspill"
mkdir -p "$STATE/logs" "$STATE/pids"

log() { printf '[samspill] %s\n' "$*" >&2; }

# Kafka: an existing cluster when KAFKA_BROKERS is set, else the repo's own broker.
ensure_kafka() {
  if [ -z "${KAFKA_BROKERS:-}" ]; then
    log "starting Kafka (tools/kafka/kafka.sh start)"
    KAFKA_BROKERS="$(bash "$ROOT/tools/kafka/kafka.sh" start | tail -n 1)"
  fi
  export KAFKA_BROKERS
  log "Kafka: $KAFKA_BROKERS"
}

# PostgreSQL: DATABASE_URL when set, else an embedded server supervised in the background.
ensure_postgres() {
  if [ -z "${DATABASE_URL:-}" ]; then
    local pidfile="$STATE/pids/embedded-postgres.pid" urlfile="$STATE/embedded-postgres.url"
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null && [ -s "$urlfile" ]; then
      DATABASE_URL="$(cat "$urlfile")"
    else
      log "DATABASE_URL unset: starting embedded PostgreSQL (data in .cache/postgres)"
      rm -f "$urlfile"
      nohup node "$ROOT/tools/run/embedded-postgres.mjs" >"$urlfile" 2>"$STATE/logs/embedded-postgres.log" &
      echo $! >"$pidfile"
      for _ in $(seq 1 120); do
        [ -s "$urlfile" ] && break
        kill -0 "$(cat "$pidfile")" 2>/dev/null || { cat "$STATE/logs/embedded-postgres.log" >&2; return 1; }
        sleep 0.5
      done
      [ -s "$urlfile" ] || { log "embedded PostgreSQL did not start"; return 1; }
      DATABASE_URL="$(head -n 1 "$urlfile")"
    fi
  fi
  export DATABASE_URL
  log "PostgreSQL: ${DATABASE_URL%%@*}@…"
}

# A development-only secret shared by the gateway and the subgraphs, made once per checkout.
ensure_internal_secret() {
  if [ -z "${INTERNAL_AUTH_SECRET:-}" ]; then
    local file="$STATE/internal-auth-secret"
    [ -s "$file" ] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('hex'))" >"$file"
    INTERNAL_AUTH_SECRET="$(cat "$file")"
  fi
  export INTERNAL_AUTH_SECRET
}

wait_ready() { # name url pid
  local name="$1" url="$2" pid="$3"
  for _ in $(seq 1 240); do
    if curl -fsS "$url" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$name exited during start-up; last log lines:"
      tail -n 30 "$STATE/logs/$name.log" >&2
      return 1
    fi
    sleep 0.25
  done
  log "$name not ready after 60 s: $url"
  return 1
}

stop_pidfile() { # name
  local pidfile="$STATE/pids/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid; pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}
