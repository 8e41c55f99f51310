#!/usr/bin/env bash
# Installs everything into .venv and starts the interviewer on the embedded default model.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/interviewer models check "$@"
