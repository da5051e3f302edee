#!/usr/bin/env bash
# Crash safety, at length: kills a handoff writer with SIGKILL N times (default 3000) at random
# moments and checks after each kill that the database is intact and holds every handoff the
# writer reported as committed. The test suite runs the same test with 300 kills.
#
#   scripts/crash-test.sh [N]
#
# A failure prints RELAIS_CRASH_SEED=…; set it to replay the same kill delays.
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-3000}"
if ! [[ "$iterations" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 [N]   (N: how many kills, a positive number)" >&2
  exit 2
fi
RELAIS_CRASH_ITERATIONS="$iterations" cargo test --test integration \
  store_crash::sigkill_at_random_moments_loses_no_committed_handoff -- --exact --nocapture
