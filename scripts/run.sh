#!/usr/bin/env bash
# Installs everything into .venv and starts the app (http://127.0.0.1:7860) on the embedded default model.
# Usage: bash scripts/run.sh [interviewer ui options]    e.g.  bash scripts/run.sh --port 8000
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[voice]'
exec .venv/bin/interviewer ui "$@"
