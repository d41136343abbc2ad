#!/usr/bin/env bash
# `npm test`: every unit and integration test, against a real Kafka broker and a real
# PostgreSQL server (brought up here when KAFKA_BROKERS / DATABASE_URL are not given).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
export TZ=UTC NODE_ENV=test NX_DAEMON=false NX_NO_CLOUD=true
ensure_kafka
ensure_postgres
# The browser tests (e2e/test/web-*.int.spec.ts) load the built web app from the gateway.
npx nx run web:build --outputStyle=static >/dev/null
# With arguments (`npm test -- apps/x/test/y.int.spec.ts`), Jest runs exactly those files.
# Without: the unit tests as Nx `test` targets (per project, cached, in parallel), then every
# integration test. Integration tests start real services in-process and share one broker: run
# files one at a time.
# No --forceExit: every test closes what it opens (Kafka clients, pools, servers), so Jest exits
# by itself (docs/decisions.md, issue 8).
if [ "$#" -gt 0 ]; then
  npx jest --runInBand "$@"
else
  npx nx run-many -t test --outputStyle=static
  npx jest --selectProjects integration --runInBand
fi
# The short fault-injection run (issue 9), on its OWN broker and PostgreSQL (never the shared ones):
# the `combined` scenario, every kind of fault with one-minute outages in three overlapping windows
# (about 9 minutes on a loaded 2-core machine), while decisions stream through the gateway; prints its figures per effect and
# fails if anything was lost, applied twice or left unpublished. Skipped when jest got arguments.
# The long suite, each fault on its own: `npm run fault`.
if [ "$#" -eq 0 ]; then npm run --silent fault -- combined; fi
