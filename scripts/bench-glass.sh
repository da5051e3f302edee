# Sourced by scripts/bench.sh (`scripts/bench.sh glass`, and `make bench`): what a visitor
# feels, measured from outside the process on a private Xvfb (issue 19), each beside Chromium in
# kiosk mode on benches/chromium/kiosk.html where a browser has a counterpart.
#
# - start to first frame: examples/glass_probe.rs starts the program and polls the X screen's
#   pixels until they change (Chromium: until the page's own colour shows, since it first shows
#   an empty window); GLASS_RUNS runs after one run that is not counted (the kiosk's first start
#   writes the catalog snapshot; Chromium's fills its disk cache), median and spread.
#   With no window manager, --kiosk alone leaves Chromium's window at half the screen: its place
#   and size are given, as a window manager would.
# - tap to next screen: an XTEST click (xdotool) on the middle of the greeting, then pixels
#   until the screen changes (the language screen).
# - peak PSS of the process tree (the program and its children, from /proc/<pid>/smaps_rollup,
#   sampled every 20 ms) over start, greeting and the language screen.
# - `relais check` on 10,000 generated procedures: the first run (validates, writes the
#   snapshot) and, with nothing changed, GLASS_RUNS more.
# Needs from bench.sh: WORK, ROOT, RELAIS, CATALOG_LOAD, GLASS_PROBE, start_xvfb, XVFB_PID, mib,
# verdict.

GLASS_RUNS=${GLASS_RUNS:-11}
GLASS_SECTION=$WORK/glass.md
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)

# Median, min and max of the numbers on stdin: "median min max".
spread() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%s %s %s\n", v[int((NR + 1) / 2)], v[1], v[NR] }'
}

# The pid and its descendants.
process_tree() {
  local pid=$1 child
  echo "$pid"
  for child in $(cat "/proc/$pid/task/"*/children 2>/dev/null); do
    process_tree "$child"
  done
}

pss_tree_kib() {
  local total=0 pid pss
  for pid in $(process_tree "$1"); do
    pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || true)
    total=$((total + ${pss:-0}))
  done
  echo "$total"
}

# Samples the PSS of $1's tree into $2 (its maximum) until $2.stop exists.
sample_pss() {
  local max=0 now
  while [ ! -e "$2.stop" ] && kill -0 "$1" 2>/dev/null; do
    now=$(pss_tree_kib "$1")
    ((now > max)) && max=$now && echo "$max" >"$2"
    sleep 0.02
  done
}

GLASS_PID=""
stop_glass() {
  [ -n "$GLASS_PID" ] || return 0
  kill "$GLASS_PID" 2>/dev/null || true
  wait "$GLASS_PID" 2>/dev/null || true
  # Chromium's helpers leave with their parent; wait until they are gone.
  for _ in $(seq 50); do
    pgrep -P "$GLASS_PID" >/dev/null 2>&1 || break
    sleep 0.1
  done
  GLASS_PID=""
}

# One visit: start (first frame), settle, tap, then the PSS peak. Appends to the files
# $1.first, $1.tap, $1.pss. Remaining arguments: how to start it (for glass_probe).
glass_visit() {
  local name=$1 out first pss_file=$WORK/pss
  shift
  rm -f "$pss_file" "$pss_file.stop"
  out=$(DISPLAY=":$DISPLAY_NUMBER" "$GLASS_PROBE" "$@") || { echo "glass_probe failed: $out" >&2; exit 1; }
  GLASS_PID=$(sed -n 's/.*pid=\([0-9]*\).*/\1/p' <<<"$out")
  first=$(sed -n 's/.*ms=\([0-9.]*\).*/\1/p' <<<"$out")
  sample_pss "$GLASS_PID" "$pss_file" &
  local sampler=$!
  DISPLAY=":$DISPLAY_NUMBER" "$GLASS_PROBE" settle 500 >/dev/null
  tap=$(DISPLAY=":$DISPLAY_NUMBER" "$GLASS_PROBE" tap 960 540 | sed -n 's/ms=//p')
  DISPLAY=":$DISPLAY_NUMBER" "$GLASS_PROBE" settle 500 >/dev/null
  touch "$pss_file.stop"
  wait "$sampler" 2>/dev/null || true
  echo "$first" >>"$WORK/$name.first"
  echo "$tap" >>"$WORK/$name.tap"
  cat "$pss_file" >>"$WORK/$name.pss"
  stop_glass
  echo "$name: first frame $first ms, tap to next screen $tap ms, peak PSS $(tail -1 "$WORK/$name.pss") KiB"
}

# Each content root has its own configuration, hence its own folder and catalog snapshot.
relais_visit() {
  glass_config "$1"
  SLINT_BACKEND=winit-software WAYLAND_DISPLAY='' RUST_LOG=warn \
    glass_visit "$1" first-frame "$RELAIS" run --root "$2" --config "$WORK/$1.toml"
}

glass_config() {
  cat >"$WORK/$1.toml" <<EOF
[store]
path = "$WORK/$1/relais.db"

[printer]
spool-dir = "$WORK/$1/spool"
EOF
}

chromium_visit() {
  local profile
  profile=$(mktemp -d -p "$WORK")
  glass_visit chromium first-color 1d3557 "$CHROMIUM" --kiosk --no-sandbox --disable-gpu \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --window-position=0,0 --window-size=1920,1080 --password-store=basic \
    --user-data-dir="$profile" "file://$ROOT/benches/chromium/kiosk.html"
}

echo "== on the glass: $GLASS_RUNS runs each (one more first, not counted)"
[ -n "$XVFB_PID" ] || start_xvfb
trap 'stop_glass; cleanup' EXIT

"$CATALOG_LOAD" generate 10000 "$WORK/generated-10000"
# A network's content carries its translations' locks (`relais translations mark-current`);
# the generator writes none, and without them `relais check` prints five million "the lock does
# not say" warnings, which is what it would then time. Recorded with a configuration of its
# own, so the checks below still start with no snapshot.
glass_config locks
"$RELAIS" --config "$WORK/locks.toml" --root "$WORK/generated-10000" \
  translations mark-current --machine-drafted >/dev/null
for run in $(seq 0 "$GLASS_RUNS"); do
  relais_visit shipped "$ROOT"
  relais_visit generated "$WORK/generated-10000"
  [ -n "$CHROMIUM" ] && chromium_visit
  if [ "$run" -eq 0 ]; then
    # The first runs wrote the snapshots and warmed the caches: not counted.
    for f in shipped generated chromium; do rm -f "$WORK/$f".{first,tap,pss}; done
  fi
done

# `relais check` on 10,000 procedures: timed by the shell around the process.
check_ms() {
  local started ended
  started=$(date +%s%N)
  "$RELAIS" --config "$WORK/check.toml" --root "$WORK/generated-10000" check >/dev/null
  ended=$(date +%s%N)
  echo $(((ended - started) / 1000000))
}
glass_config check
CHECK_COLD_MS=$(check_ms)
for _ in $(seq "$GLASS_RUNS"); do check_ms; done >"$WORK/check.ms"
read -r CHECK_MED CHECK_MIN CHECK_MAX < <(spread <"$WORK/check.ms")
SNAPSHOT_MIB=$(du -m "$WORK/check/catalog.snapshot" | awk '{ s += $1 } END { print s }')

figure() { # name kind → "median min max"
  if [ -s "$WORK/$1.$2" ]; then spread <"$WORK/$1.$2"; else echo "— — —"; fi
}
row() { # label, relais file, chromium file, kind, budget, unit
  local m lo hi cm clo chi v
  read -r m lo hi < <(figure "$2" "$4")
  read -r cm clo chi < <(figure "$3" "$4")
  if [ "$6" = MiB ]; then
    m=$(mib "$m"); lo=$(mib "$lo"); hi=$(mib "$hi")
    [ "$cm" = — ] || { cm=$(mib "$cm"); clo=$(mib "$clo"); chi=$(mib "$chi"); }
    v=$(verdict "$m" "$(awk -v b="$5" 'BEGIN { print b * 1e6 / 1048576 }')")
  else
    v=$(verdict "$m" "$5")
  fi
  echo "| $1 | $m $6 ($lo–$hi) | $cm $6 ($clo–$chi) | ≤ $5 ${6/MiB/MB} | $v | \`scripts/bench.sh glass\` |"
}

{
  cat <<EOF

## On the glass, from outside the process

Measured by \`scripts/bench.sh glass\` (part of \`make bench\`) on $(date -u '+%Y-%m-%d %H:%M UTC'),
load average $(cut -d' ' -f1-3 /proc/loadavg) at the end. Xvfb 1920×1080, the release build,
Slint's software renderer; Chromium $("$CHROMIUM" --version 2>/dev/null | awk '{ print $2 }') in
kiosk mode on \`benches/chromium/kiosk.html\` (the same two screens, static). Median of
$GLASS_RUNS runs (min–max), after one run not counted (the kiosk's first start writes its catalog
snapshot). The pixels are read by \`examples/glass_probe.rs\`; the tap is an XTEST click by
\`xdotool\`, whose own start (a millisecond or two) is counted.

| figure | relais | Chromium | budget | relais | reproduce |
|---|---|---|---|---|---|
$(row "start to first frame on the screen, shipped content" shipped chromium first 60 ms)
$(row "start to first frame, 10,000 generated procedures" generated none first 300 ms)
$(row "tap on the greeting to the language screen, shipped content" shipped chromium tap 50 ms)
$(row "tap on the greeting to the language screen, 10,000 procedures" generated none tap 50 ms)
$(row "peak PSS of the process tree (start, greeting, language screen), shipped" shipped chromium pss 32 MiB)
$(row "peak PSS of the process tree, 10,000 procedures" generated none pss 200 MiB)
| \`relais check\` on 10,000 procedures (their translation locks recorded), nothing changed since the last check (its record, \`check_record\`) | $CHECK_MED ms ($CHECK_MIN–$CHECK_MAX) | | ≤ 2000 ms | $(verdict "$CHECK_MED" 2000) | \`scripts/bench.sh glass\` |
| \`relais check\` on 10,000 procedures, no snapshot (validates, writes it: $SNAPSHOT_MIB MiB) | $CHECK_COLD_MS ms | | | | \`scripts/bench.sh glass\` |
| tap on "hear it" to the first sound; end of visit to the last byte on an ESC/POS printer | not measured yet | | ≤ 100 ms (sound) | | |
EOF
} >"$GLASS_SECTION"
cat "$GLASS_SECTION"

if [ "$WHAT" = glass ]; then
  # Replaces the section in docs/benchmarks.md (everything from its title on), or adds it.
  sed -i '/^## On the glass, from outside the process$/,$d' docs/benchmarks.md
  sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' docs/benchmarks.md
  cat "$GLASS_SECTION" >>docs/benchmarks.md
  echo "== wrote the glass section of docs/benchmarks.md"
fi
