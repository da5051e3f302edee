#!/usr/bin/env bash
# A bounded fuzzing run of the content loader (libFuzzer through cargo-fuzz).
# Usage: scripts/fuzz-loader.sh [SECONDS]   (default 120). Not part of `make test`: it needs
# cargo-fuzz, which it installs, and libFuzzer's instrumentation, which needs a nightly
# compiler; on a stable toolchain RUSTC_BOOTSTRAP=1 lets the stable compiler accept it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
mkdir -p fuzz/artifacts/load_content
RUSTC_BOOTSTRAP=1 cargo fuzz run load_content --sanitizer none --fuzz-dir fuzz -- \
  -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=2048
echo "No crash in ${seconds} s of fuzzing (corpus: fuzz/corpus/load_content)."
