#!/usr/bin/env bash
# Installs every build and test dependency of kg from Debian packages. Idempotent.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends \
  build-essential cmake ccache pkg-config default-jre-headless \
  librocksdb-dev libantlr4-runtime-dev antlr4 \
  libspdlog-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev \
  nlohmann-json3-dev libcli11-dev libedit-dev \
  iso-codes wamerican wbritish wordnet-base tzdata tmux python3
