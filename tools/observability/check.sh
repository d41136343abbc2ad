#!/usr/bin/env bash
# Validates the Prometheus configuration and alert rules under docker/observability with the
# official promtool (Debian package `prometheus`, installed here when missing), and runs the
# alert rules' unit tests. The Grafana dashboard is checked by a Jest test (dashboard.spec.ts).
set -euo pipefail
cd "$(dirname "$0")/../../docker/observability"
if ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing promtool (Debian package prometheus)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  else
    echo "promtool missing: install the prometheus package (apt-get install prometheus)" >&2
    exit 1
  fi
fi
promtool check config prometheus.yml
promtool check rules alerts.yml
promtool test rules alerts.test.yml
