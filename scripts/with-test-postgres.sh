#!/usr/bin/env bash
# Run a command; when NEWSGRAPH_TEST_PG=1, first start a throw-away PostgreSQL on 127.0.0.1
# (Debian's server binaries), export NEWSGRAPH_TEST_PG_URL, and stop it afterwards.
set -euo pipefail
if [ "${NEWSGRAPH_TEST_PG:-0}" != "1" ]; then exec "$@"; fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "NEWSGRAPH_TEST_PG=1 but no PostgreSQL server found (apt-get install postgresql)" >&2; exit 1
fi
data=$(mktemp -d /tmp/newsgraph-pg.XXXXXX)
port=${NEWSGRAPH_TEST_PG_PORT:-55432}
owner=postgres
id -u postgres >/dev/null 2>&1 || owner=$(id -un)
chown "$owner" "$data"
as_owner() { if [ "$(id -un)" = "$owner" ]; then "$@"; else su "$owner" -s /bin/sh -c "$(printf '%q ' "$@")"; fi; }
as_owner "$bindir/initdb" -D "$data/db" -U newsgraph --auth=trust >/dev/null
as_owner "$bindir/pg_ctl" -D "$data/db" -o "-p $port -k $data -c listen_addresses=127.0.0.1" -l "$data/log" -w start >/dev/null
cleanup() { as_owner "$bindir/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$data"; }
trap cleanup EXIT
export NEWSGRAPH_TEST_PG_URL="postgresql://newsgraph@127.0.0.1:$port/postgres"
"$@"
