#!/usr/bin/env bash
# A private, throw-away PostgreSQL server for the inventory tests.
#
#   postgres-server.sh start [--owner-pid PID]   # prints the connection for LWC_TEST_PG
#   postgres-server.sh stop CONNECTION           # the printed connection (or its socket dir)
#
# start: initdb into a fresh temporary folder (as the `postgres` user via
# runuser when run as root, because initdb refuses root), unix socket in that
# folder, TCP on 127.0.0.1 only, on a random free port; trust authentication
# for this machine only, fsync off (test data). Prints one line:
#   host=/tmp/lwc-pg.XXXXXX;port=PORT;user=lwc;dbname=postgres
# With --owner-pid, a watchdog stops the server when that process is gone
# (a test that crashed or was killed leaves no server behind).
# Used by scripts/test.sh (one server for the whole ctest run) and by
# tests/support/PostgresServer.h (tests started by hand without LWC_TEST_PG).
set -euo pipefail

die() { echo "postgres-server.sh: $*" >&2; exit 1; }

bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return
  fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
      echo "$d"
      return
    fi
  done
  die "initdb not found: install PostgreSQL (apt-get install postgresql) or set LWC_TEST_PG"
}

# Runs a command as the server's owner: `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_dir() {
  local dir=$1
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  case "$dir" in
    */lwc-pg.*) ;;
    *) die "refusing to remove $dir: not a folder made by this script" ;;
  esac
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

start() {
  local owner_pid=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --owner-pid) owner_pid=$2; shift 2 ;;
      *) die "unknown option $1" ;;
    esac
  done
  local bin dir port attempt
  bin=$(bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/lwc-pg.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { rm -rf "$dir"; die "running as root needs the 'postgres' user (package postgresql)"; }
    chown postgres: "$dir"
  fi
  chmod 700 "$dir"
  if ! as_owner "$bin/initdb" -D "$dir/data" -U lwc --auth=trust -E UTF8 --locale=C -N >"$dir/initdb.log" 2>&1; then
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    die "initdb failed"
  fi
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null 2>&1; then
      if [ -n "$owner_pid" ]; then
        # Watchdog: stop the server once the owner process is gone.
        ( trap '' HUP INT
          while kill -0 "$owner_pid" 2>/dev/null; do sleep 1; done
          stop_dir "$dir" ) </dev/null >/dev/null 2>&1 &
        disown || true
      fi
      echo "host=$dir;port=$port;user=lwc;dbname=postgres"
      return 0
    fi
    # Port taken (or a transient failure): try another one.
  done
  cat "$dir/server.log" >&2 || true
  stop_dir "$dir"
  die "the server did not start (see the log above)"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop)
    [ $# -eq 2 ] || die "usage: $0 stop CONNECTION"
    conn=$2
    dir=$conn
    case "$conn" in
      *host=*) dir=$(printf '%s' "$conn" | tr ';' '\n' | sed -n 's/^host=//p' | head -1) ;;
    esac
    stop_dir "$dir"
    ;;
  *) die "usage: $0 start [--owner-pid PID] | stop CONNECTION" ;;
esac
