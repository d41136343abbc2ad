#!/usr/bin/env bash
# `npm stop`: stops the gateway, the services, the embedded PostgreSQL (if started) and the repo's Kafka broker.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
for name in demo-portal gateway network-strategy portfolios consultation benefits embedded-postgres; do stop_pidfile "$name"; done
bash "$ROOT/tools/kafka/kafka.sh" stop
log "stopped"
