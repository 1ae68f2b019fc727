#!/usr/bin/env bash
# Creates the Python venv VENV unless it exists, installing Debian's
# python3-venv first when ensurepip is missing. Used by bench/run.sh and
# scripts/export-corpus.sh for the PyPI peers (PyTorch, IREE, torch-mlir).
set -euo pipefail
venv="$1"
if [ ! -x "$venv/bin/python" ]; then
  if ! /usr/bin/python3 -c 'import ensurepip' 2>/dev/null; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q \
      --no-install-recommends python3-venv
  fi
  /usr/bin/python3 -m venv "$venv"
fi
