#!/usr/bin/env bash
# `make bench`: measures relais against the budgets of issue 9 and writes docs/benchmarks.md.
# Not part of `make test`: it builds in release (Slint takes minutes) and runs for several more.
#
#   scripts/bench.sh            everything, then docs/benchmarks.md
#   scripts/bench.sh criterion  only the criterion benchmarks (cargo bench --bench kiosk)
#   scripts/bench.sh memory     only the peak memory of loading content
#   scripts/bench.sh kiosk      only start-up to first frame, idle CPU and the kiosk's peak memory
#   scripts/bench.sh store      only the database's integrity checks
#   scripts/bench.sh glass      only the figures seen from outside the process (issue 19), beside
#                               Chromium; writes its section of docs/benchmarks.md itself
#
# The partial runs print their figures; only the full run rewrites docs/benchmarks.md, so the
# table never mixes figures of different runs.
#
# What is measured, and how:
# - criterion (benches/kiosk.rs): content load and validation of the shipped content and of
#   generated catalogs of 100, 1,000 and 10,000 procedures; one session step; each kind of screen
#   drawn at 1920x1080 by the software renderer; a handoff as ESC/POS. Means from criterion's
#   target/criterion/<group>/<bench>/new/estimates.json.
# - peak memory of a load: maximum resident set size (`/usr/bin/time -f %M`) of
#   `catalog_load load <root>` (examples/catalog_load.rs), a process that does nothing else.
# - start-up: the release `relais run` on a private Xvfb (1920x1080, software renderer, as the
#   smoke test runs it), from the moment it is started to the timestamp of its log line
#   "first frame shown" (src/kiosk/window.rs); STARTUP_RUNS runs, median reported.
# - idle CPU: the last of those kiosks is left alone on its attract screen for IDLE_SECONDS
#   after SETTLE_SECONDS; CPU time from /proc/<pid>/stat (utime + stime), as a share of one core.
# - the kiosk's peak memory: VmHWM of /proc/<pid>/status at the end of the idle period.
# - integrity checks: a store of about 42 MB (one simulated handoff copied over 30 days, as
#   many as fit), then `relais store check` (the full check, which the kiosk runs only after an
#   unclean shutdown) as it reports itself, and `PRAGMA quick_check` (every open) timed from
#   Python's sqlite3.
#
# - on the glass (scripts/bench-glass.sh, sourced): start to first frame, tap to next screen and
#   peak PSS, polled from outside the process on the X screen by examples/glass_probe.rs, for
#   relais (shipped content and 10,000 generated procedures) and for Chromium in kiosk mode on
#   benches/chromium/kiosk.html; for relais with the shipped content, a scripted visit: tap to
#   the first sound (ALSA's file plugin into a FIFO read by the probe) and the end of the visit
#   to the last byte of the ticket on a loopback ESC/POS printer (the probe on 127.0.0.1);
#   `relais check` on 10,000 procedures with and without a snapshot.
#
# Environment: CARGO (default cargo), CARGO_TARGET_DIR (default ./target), STARTUP_RUNS (5),
# SETTLE_SECONDS (5), IDLE_SECONDS (60), GLASS_RUNS (11), GLASS_PRINTER_PORT (19100).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
CARGO=${CARGO:-cargo}
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
STARTUP_RUNS=${STARTUP_RUNS:-5}
SETTLE_SECONDS=${SETTLE_SECONDS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-60}
WHAT=${1:-all}
case "$WHAT" in
  all | criterion | memory | kiosk | store | glass) ;;
  *) echo "usage: scripts/bench.sh [all|criterion|memory|kiosk|store|glass]" >&2; exit 2 ;;
esac

if [ "$WHAT" = all ] || [ "$WHAT" = glass ]; then
  # Only the benchmarks need these; `make test` does not.
  ./scripts/install-deps.sh --bench
fi
for tool in jq /usr/bin/time Xvfb xdpyinfo; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "scripts/bench.sh needs $tool; scripts/install-deps.sh installs it (make bench runs it)." >&2
    exit 1
  fi
done

WORK=$(mktemp -d)
XVFB_PID=""
KIOSK_PID=""
cleanup() {
  # Only the processes this script started, by their pid.
  [ -n "$KIOSK_PID" ] && kill "$KIOSK_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Other work on the machine skews every figure: say how busy it was when we started.
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
OTHER_COMPILERS_AT_START=$(pgrep -c -x rustc || true)

echo "== building (release)"
"$CARGO" build --release --quiet --bin relais --example catalog_load --example glass_probe
RELAIS="$TARGET_DIR/release/relais"
CATALOG_LOAD="$TARGET_DIR/release/examples/catalog_load"
GLASS_PROBE="$TARGET_DIR/release/examples/glass_probe"

# --- criterion -------------------------------------------------------------------------------

ms() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e6 }'; }
us() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e3 }'; }
# KiB to MiB, with one decimal or as many as $2 says.
mib() { awk -v kib="$1" -v f="%.${2:-1}f" 'BEGIN { printf f, kib / 1024 }'; }
# pass/miss of "$1 <= $2".
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "pass" : "**miss**" }'; }

# Mean of a criterion benchmark, in nanoseconds.
mean_ns() {
  jq -r '.mean.point_estimate' "$TARGET_DIR/criterion/$1/new/estimates.json"
}

if [ "$WHAT" = all ] || [ "$WHAT" = criterion ]; then
  echo "== criterion (cargo bench --bench kiosk)"
  "$CARGO" bench --bench kiosk -- --noplot 2>&1 | tee "$WORK/criterion.log"
fi

# --- peak memory of a load -------------------------------------------------------------------

# Prints "<peak KiB> <load ms>" for loading the content root $1.
load_peak() {
  local out
  out=$(/usr/bin/time -f 'peak_kib=%M' "$CATALOG_LOAD" load "$1" 2>&1) || {
    echo "catalog_load failed on $1: $out" >&2
    exit 1
  }
  echo "$(sed -n 's/^peak_kib=//p' <<<"$out") $(sed -n 's/.*load_ms=//p' <<<"$out")"
}

declare -A PEAK_KIB LOAD_MS
if [ "$WHAT" = all ] || [ "$WHAT" = memory ]; then
  echo "== peak memory of loading content"
  read -r PEAK_KIB[shipped] LOAD_MS[shipped] < <(load_peak "$ROOT")
  for n in 100 1000 10000; do
    "$CATALOG_LOAD" generate "$n" "$WORK/generated-$n"
    read -r PEAK_KIB[$n] LOAD_MS[$n] < <(load_peak "$WORK/generated-$n")
    rm -rf "$WORK/generated-$n"
  done
  for key in shipped 100 1000 10000; do
    echo "load $key: peak ${PEAK_KIB[$key]} KiB (one load in ${LOAD_MS[$key]} ms)"
  done
fi

# --- the database's integrity checks ---------------------------------------------------------

if [ "$WHAT" = all ] || [ "$WHAT" = store ]; then
  echo "== integrity checks of a 42 MB store"
  cat >"$WORK/store.toml" <<EOF
[store]
path = "$WORK/store.db"
retention-days = 30

[printer]
spool-dir = "$WORK/store-spool"
EOF
  "$RELAIS" --config "$WORK/store.toml" --root "$ROOT" simulate --procedure cant-log-in \
    --lang fr --random 1 >/dev/null
  # Copies the one handoff over 30 days until the file holds 42 MB; prints the size and the
  # quick check's time.
  read -r STORE_MB STORE_QUICK_MS < <(python3 - "$WORK/store.db" <<'PY'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
row = db.execute("SELECT created_at, procedure, ending, language, flags, body FROM handoff").fetchone()
size = lambda: db.execute("PRAGMA page_count").fetchone()[0] * db.execute("PRAGMA page_size").fetchone()[0]
number = 1
while size() < 42e6:
    with db:
        for day in range(1, 31):
            db.execute("INSERT INTO handoff (day, number, created_at, procedure, ending, language,"
                       " flags, body, print_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'printed')",
                       (f"2026-11-{day:02}", number + 1) + row)
    number += 1
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
started = time.perf_counter()
db.execute("PRAGMA quick_check").fetchall()
print(f"{size() / 1e6:.0f} {(time.perf_counter() - started) * 1000:.0f}")
PY
  )
  STORE_FULL_MS=$("$RELAIS" --config "$WORK/store.toml" --root "$ROOT" store check \
    | sed -n 's/.* in \([0-9]*\) ms$/\1/p')
  echo "store of $STORE_MB MB: full integrity check $STORE_FULL_MS ms, quick check $STORE_QUICK_MS ms"
fi

# --- the kiosk under Xvfb --------------------------------------------------------------------

start_xvfb() {
  for display in $(seq 90 129); do
    [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ] && continue
    Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp -noreset >"$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do
      if xdpyinfo -display ":$display" >/dev/null 2>&1 \
        && [ "$(tr -d ' ' <"/tmp/.X$display-lock" 2>/dev/null)" = "$XVFB_PID" ]; then
        DISPLAY_NUMBER=$display
        return 0
      fi
      kill -0 "$XVFB_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
  done
  echo "could not start Xvfb on any display from :90 to :129" >&2
  exit 1
}

# Starts the kiosk, waits for "first frame shown", sets FIRST_FRAME_MS to the milliseconds since
# its start. Leaves it running as KIOSK_PID. (Called directly, not in $(…): a subshell would
# lose both variables.)
start_kiosk() {
  local log=$WORK/kiosk.log started shown line
  : >"$log"
  started=$(date +%s%N)
  SLINT_BACKEND=winit-software DISPLAY=":$DISPLAY_NUMBER" WAYLAND_DISPLAY='' \
    RUST_LOG=warn,relais=info \
    "$RELAIS" run --root "$ROOT" --config "$WORK/relais.toml" >"$log" 2>&1 &
  KIOSK_PID=$!
  for _ in $(seq 600); do
    line=$(grep -m1 'first frame shown' "$log" || true)
    if [ -n "$line" ]; then
      shown=$(date -d "${line%% *}" +%s%N)
      FIRST_FRAME_MS=$(((shown - started) / 1000000))
      return 0
    fi
    if ! kill -0 "$KIOSK_PID" 2>/dev/null; then
      echo "the kiosk exited before its first frame:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
  echo "no first frame within 30 s:" >&2
  cat "$log" >&2
  exit 1
}

stop_kiosk() {
  kill "$KIOSK_PID" 2>/dev/null || true
  wait "$KIOSK_PID" 2>/dev/null || true
  KIOSK_PID=""
}

# utime + stime of a process, in clock ticks.
cpu_ticks() {
  # Fields after the command name, which is in parentheses: utime and stime are the 12th and
  # 13th of them (fields 14 and 15 of the whole line).
  sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

peak_rss_kib() {
  awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"
}

if [ "$WHAT" = all ] || [ "$WHAT" = kiosk ]; then
  echo "== the kiosk under Xvfb: start-up ($STARTUP_RUNS runs), then ${IDLE_SECONDS} s untouched"
  cat >"$WORK/relais.toml" <<EOF
[store]
path = "$WORK/relais.db"

[printer]
spool-dir = "$WORK/spool"
EOF
  start_xvfb
  STARTUP_MS=()
  KIOSK_PEAK_KIB=0
  for run in $(seq "$STARTUP_RUNS"); do
    start_kiosk
    STARTUP_MS+=("$FIRST_FRAME_MS")
    echo "start-up run $run: first frame after $FIRST_FRAME_MS ms"
    if [ "$run" -lt "$STARTUP_RUNS" ]; then
      peak=$(peak_rss_kib "$KIOSK_PID")
      ((peak > KIOSK_PEAK_KIB)) && KIOSK_PEAK_KIB=$peak
      stop_kiosk
    fi
  done
  STARTUP_SORTED=($(printf '%s\n' "${STARTUP_MS[@]}" | sort -n))
  STARTUP_MEDIAN=${STARTUP_SORTED[$((${#STARTUP_SORTED[@]} / 2))]}
  STARTUP_MIN=${STARTUP_SORTED[0]}
  STARTUP_MAX=${STARTUP_SORTED[-1]}

  sleep "$SETTLE_SECONDS"
  TICKS_PER_SECOND=$(getconf CLK_TCK)
  before=$(cpu_ticks "$KIOSK_PID")
  sleep "$IDLE_SECONDS"
  after=$(cpu_ticks "$KIOSK_PID")
  IDLE_CPU_PERCENT=$(awk -v d="$((after - before))" -v hz="$TICKS_PER_SECOND" -v s="$IDLE_SECONDS" \
    'BEGIN { printf "%.2f", 100 * d / hz / s }')
  peak=$(peak_rss_kib "$KIOSK_PID")
  ((peak > KIOSK_PEAK_KIB)) && KIOSK_PEAK_KIB=$peak
  stop_kiosk
  echo "first frame: median $STARTUP_MEDIAN ms (min $STARTUP_MIN, max $STARTUP_MAX)"
  echo "idle CPU over $IDLE_SECONDS s: $IDLE_CPU_PERCENT % of one core ($((after - before)) ticks)"
  echo "kiosk peak memory: $KIOSK_PEAK_KIB KiB"
fi

if [ "$WHAT" = all ] || [ "$WHAT" = glass ]; then
  # shellcheck source=scripts/bench-glass.sh
  . scripts/bench-glass.sh
fi

[ "$WHAT" = all ] || exit 0

# --- docs/benchmarks.md ----------------------------------------------------------------------


CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
RAM_GIB=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
LOAD_AT_END=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git status --porcelain 2>/dev/null | grep -q . && echo " (with uncommitted changes)" || true)

LOAD_SHIPPED_NS=$(mean_ns load/shipped)
declare -A LOAD_NS
for n in 100 1000 10000; do LOAD_NS[$n]=$(mean_ns "load/generated/$n"); done
SHIPPED_PROCEDURES=$(ls content/*.toml | grep -cv -e '/documents.toml$' -e '/glossary.toml$')
STEP_ANSWER_NS=$(mean_ns session/answer)
STEP_TICK_NS=$(mean_ns session/tick)
SCREENS=(attract language procedures question info outcome ticket idle-warning glossary)
SLOWEST_SCREEN_NS=0
for s in "${SCREENS[@]}"; do
  v=$(mean_ns "screen-1920x1080/$s")
  awk -v a="$v" -v b="$SLOWEST_SCREEN_NS" 'BEGIN { exit !(a > b) }' && SLOWEST_SCREEN_NS=$v
done
ESCPOS_NS=$(mean_ns handoff/escpos-80mm)
PDF_A4_NS=$(mean_ns handoff/pdf-a4)
PDF_80_NS=$(mean_ns handoff/pdf-80mm)
PER_PROC_1K=$(awk -v t="${LOAD_NS[1000]}" 'BEGIN { print t / 1000 }')
PER_PROC_10K=$(awk -v t="${LOAD_NS[10000]}" 'BEGIN { print t / 10000 }')
GROWTH=$(awk -v a="$PER_PROC_10K" -v b="$PER_PROC_1K" 'BEGIN { printf "%.2f", a / b }')
TOUCH_NS=$(awk -v a="$STEP_ANSWER_NS" -v b="$SLOWEST_SCREEN_NS" 'BEGIN { print a + b }')
KIOSK_PEAK_MIB=$(mib "$KIOSK_PEAK_KIB")

{
  cat <<EOF
# Benchmarks

Generated by \`make bench\` (\`scripts/bench.sh\`) on $(date -u '+%Y-%m-%d %H:%M UTC'), commit
\`$COMMIT\`$DIRTY. Do not edit by hand: run \`make bench\` again. The budgets are those of issue 9
(a 2-core machine, beside a kiosk-mode browser).

## Machine

| | |
|---|---|
| CPU | $CPU_MODEL, $(nproc) cores seen (\`nproc\`) |
| memory | $RAM_GIB GiB |
| system | $(uname -sr) |
| Rust | $(rustc --version) |
| build | release (\`cargo bench\`, \`cargo build --release\`); screens drawn by Slint's software renderer |
| load average | $LOAD_AT_START at the start, $LOAD_AT_END at the end; $OTHER_COMPILERS_AT_START other \`rustc\` processes were running at the start |

A load average near or above the number of cores means other work (builds of other branches)
shared the machine during the run: every time below is then pessimistic.

## Figures and budgets

| figure | measured | budget | result | reproduce |
|---|---|---|---|---|
| first frame, process start to the frame drawn under Xvfb (median of $STARTUP_RUNS; min $STARTUP_MIN, max $STARTUP_MAX ms) | $STARTUP_MEDIAN ms | ≤ 300 ms | $(verdict "$STARTUP_MEDIAN" 300) | \`scripts/bench.sh kiosk\` |
| peak memory of the kiosk (VmHWM: start-up, then ${IDLE_SECONDS} s idle) | $KIOSK_PEAK_MIB MiB | ≤ 80 MB | $(verdict "$KIOSK_PEAK_KIB" 78125) | \`scripts/bench.sh kiosk\` |
| CPU over ${IDLE_SECONDS} s with nobody touching the screen (share of one core) | $IDLE_CPU_PERCENT % | ≤ 0.5 % | $(verdict "$IDLE_CPU_PERCENT" 0.5) | \`scripts/bench.sh kiosk\` |
| peak memory of loading the shipped content ($SHIPPED_PROCEDURES procedures) | $(mib "${PEAK_KIB[shipped]}") MiB | ≤ 80 MB | $(verdict "${PEAK_KIB[shipped]}" 78125) | \`scripts/bench.sh memory\` |
| load and validate the shipped content | $(ms "$LOAD_SHIPPED_NS") ms | — | | \`cargo bench --bench kiosk -- load/shipped\` |
| load and validate 10,000 generated procedures | $(ms "${LOAD_NS[10000]}") ms | ≤ 2,000 ms | $(verdict "$(ms "${LOAD_NS[10000]}")" 2000) | \`cargo bench --bench kiosk -- load/generated/10000\` |
| growth: time per procedure at 10,000 ÷ at 1,000 (linear is 1; table below) | $GROWTH | ≤ 1.5 | $(verdict "$GROWTH" 1.5) | \`cargo bench --bench kiosk -- load/generated\` |
| one session step: an answer (event to effects) | $(us "$STEP_ANSWER_NS") µs | — | | \`cargo bench --bench kiosk -- session/answer\` |
| one session step: the clock's tick | $(us "$STEP_TICK_NS") µs | — | | \`cargo bench --bench kiosk -- session/tick\` |
| slowest screen drawn at 1920×1080 (each screen below) | $(ms "$SLOWEST_SCREEN_NS") ms | ≤ 8 ms | $(verdict "$(ms "$SLOWEST_SCREEN_NS")" 8) | \`cargo bench --bench kiosk -- screen-1920x1080\` |
| a touch answered: answer step + slowest screen | $(ms "$TOUCH_NS") ms | ≤ 16.7 ms (one frame at 60 Hz) | $(verdict "$(ms "$TOUCH_NS")" 16.7) | (sum of the two above) |
| full integrity check of a $STORE_MB MB store (30 days of handoffs), \`relais store check\`; the kiosk runs it only after an unclean shutdown | $STORE_FULL_MS ms | — | | \`scripts/bench.sh store\` |
| quick check of the same store, at every open of the database | $STORE_QUICK_MS ms | — | | \`scripts/bench.sh store\` |
| handoff rendered as ESC/POS (80 mm) | $(us "$ESCPOS_NS") µs | — | | \`cargo bench --bench kiosk -- handoff/escpos-80mm\` |
| handoff rendered as PDF, A4 (fonts embedded and subset) | $(ms "$PDF_A4_NS") ms | ≤ 20 ms | $(verdict "$(ms "$PDF_A4_NS")" 20) | \`cargo bench --bench kiosk -- handoff/pdf-a4\` |
| handoff rendered as PDF, 80 mm roll | $(ms "$PDF_80_NS") ms | ≤ 20 ms | $(verdict "$(ms "$PDF_80_NS")" 20) | \`cargo bench --bench kiosk -- handoff/pdf-80mm\` |

"80 MB" is read as 80,000,000 bytes (78,125 KiB); memory is shown in MiB.

## Content load: growth

Generated catalogs (\`benches/support/generated_catalog.rs\`): procedures of 50 nodes each (40
questions with three answers, 5 information nodes, 5 outcomes), texts in four languages (French,
English, Arabic, Ukrainian), valid without a warning. Time is criterion's mean of a whole
\`loader::load\` (read every file, parse, validate, keep the texts); peak memory is
the maximum resident size of a process that loads once (\`catalog_load load\`).

| procedures | load and validate | per procedure | peak memory | per procedure |
|---|---|---|---|---|
| $SHIPPED_PROCEDURES (shipped) | $(ms "$LOAD_SHIPPED_NS") ms | $(awk -v t="$LOAD_SHIPPED_NS" -v n="$SHIPPED_PROCEDURES" 'BEGIN { printf "%.1f", t / n / 1e3 }') µs | $(mib "${PEAK_KIB[shipped]}") MiB | |
EOF
  for n in 100 1000 10000; do
    per_proc_us=$(awk -v t="${LOAD_NS[$n]}" -v n="$n" 'BEGIN { printf "%.1f", t / n / 1e3 }')
    per_proc_kib=$(awk -v k="${PEAK_KIB[$n]}" -v n="$n" 'BEGIN { printf "%.1f", k / n }')
    echo "| $n | $(ms "${LOAD_NS[$n]}") ms | $per_proc_us µs | $(mib "${PEAK_KIB[$n]}") MiB | $per_proc_kib KiB |"
  done
  cat <<EOF

## Screens at 1920×1080

Each figure is the view rebuilt from the session (\`ui::show\`) and the whole window drawn by
Slint's software renderer into memory (\`render::Headless::draw_frame\`), as a screen change does
on the kiosk; the first shipped procedure with questions, information and outcomes, in French.

| screen | time |
|---|---|
EOF
  for s in "${SCREENS[@]}"; do
    echo "| $s | $(ms "$(mean_ns "screen-1920x1080/$s")") ms |"
  done
  if [ -f docs/benchmarks-notes.md ]; then
    echo
    cat docs/benchmarks-notes.md
  fi
} >docs/benchmarks.md
cat "$GLASS_SECTION" >>docs/benchmarks.md
echo "== wrote docs/benchmarks.md"
