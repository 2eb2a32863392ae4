#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test (unit, golden, TCK, shell).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j2 --timeout 600  # a hung test fails instead of stalling CI
