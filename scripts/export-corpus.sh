#!/usr/bin/env bash
# Regenerates the frontend corpus under test/Frontend/TorchMLIR/Inputs (and
# the PyTorch examples under examples/pytorch) from
# pinned PyPI versions (torch pulls a few GB of NVIDIA wheels, so CI does not
# run this; the exported files are committed). The venv is the benchmark's,
# build/bench-venv (INFINI_VENV to choose another).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${INFINI_VENV:-${INFINI_BUILD_DIR:-$root/build}/bench-venv}"
"$root/scripts/make-venv.sh" "$venv"
# torch-mlir declares no torch dependency; these four are what the corpus
# was exported with.
"$venv/bin/python" -m pip install -q torch==2.15.0 torch-mlir==20261001 \
  transformers==5.24.0 infini-transformer-pytorch==0.2.1
exec "$venv/bin/python" "$root/scripts/export-corpus.py" \
  --out "$root/test/Frontend/TorchMLIR/Inputs" \
  --examples "$root/examples/pytorch" "$@"
