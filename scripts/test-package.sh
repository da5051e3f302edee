#!/usr/bin/env bash
# The packaging test, run by `make test` after the other tests: builds the Debian package,
# installs it into a fresh Debian 12 chroot, and checks the installed kiosk from there:
#
#   - the package installs (its dependencies, the `relais` user, /var/lib/relais, the conffile);
#   - `relais check` passes from the installed paths (/etc/relais/relais.toml, /usr/share/relais);
#   - `relais admin set-pin` run as root leaves a 0600 hash that the kiosk's user owns;
#   - the kiosk's user can print (the spool folder of the default configuration);
#   - `systemd-analyze verify` accepts both units, with nothing to say about them;
#   - purging removes the configuration and the data.
#
# Cheap on purpose (CI has 2 cores): the package wraps the debug binary that `cargo test` has
# just built (`cargo deb --no-build --profile dev`, stripped), not a second, release build. The
# chroot is made once with debootstrap (Debian minbase, ~1 min), with the package's
# dependencies installed, and cached in target/package-test/bookworm-base; each run copies it
# and installs the new package into the copy. cargo-deb is installed once into target/tools.
# Needs root for debootstrap and chroot (sudo is used when not root) and, the first time, the
# network (deb.debian.org, or RELAIS_DEBIAN_MIRROR).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
target=$(realpath -m "${CARGO_TARGET_DIR:-target}")
work=$target/package-test
base=$work/bookworm-base
root=$work/root
mirror=${RELAIS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# Pinned: cargo-deb warns that packaging a dev profile may become an error in a later version.
cargo_deb_version=3.8.0
cargo_deb=$target/tools/bin/cargo-deb
config=/etc/relais/relais.toml

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

step() { printf '== package test: %s (%d s)\n' "$1" $((SECONDS - started)); }
fail() {
  printf 'package test FAILED: %s\n' "$1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then tail -n 30 "$2" >&2; fi
  exit 1
}
in_root() { $sudo chroot "$root" "$@"; }
as_kiosk_user() { $sudo chroot "$root" runuser -u relais -- "$@"; }

mkdir -p "$work"

if ! "$cargo_deb" --version 2>/dev/null | grep -qx "cargo-deb $cargo_deb_version"; then
  step "installing cargo-deb $cargo_deb_version into $target/tools (once)"
  cargo install --locked --quiet cargo-deb --version "$cargo_deb_version" --root "$target/tools"
fi

step "building the package from the debug binary"
cargo build --quiet --bin relais
# The package carries the speech clips; only missing or stale ones are made.
cargo run --quiet -- audio build > "$work/audio.log" 2>&1 || fail "relais audio build" "$work/audio.log"
rm -rf "$target/debian"
"$cargo_deb" --no-build --profile dev --fast > "$work/cargo-deb.log" 2>&1 \
  || fail "cargo deb" "$work/cargo-deb.log"
deb=$(ls "$target"/debian/relais_*.deb)

if [ ! -e "$base/.complete" ]; then
  step "making the Debian 12 chroot $base (once; cached)"
  command -v debootstrap >/dev/null || fail "debootstrap is missing: run scripts/install-deps.sh"
  $sudo rm -rf "$base"
  $sudo debootstrap --variant=minbase --include=systemd bookworm "$base" "$mirror" \
    > "$work/debootstrap.log" 2>&1 || fail "debootstrap" "$work/debootstrap.log"
  # The package's dependencies (cage, the libraries) go into the cache too: install the package
  # once, then purge it. The dependencies stay.
  $sudo cp "$deb" "$base/tmp/relais.deb"
  $sudo chroot "$base" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends /tmp/relais.deb && dpkg --purge relais' \
    > "$work/base-deps.log" 2>&1 || fail "installing the dependencies" "$work/base-deps.log"
  $sudo rm -f "$base/tmp/relais.deb"
  $sudo touch "$base/.complete"
fi

step "installing $(basename "$deb") into a fresh copy of the chroot"
$sudo rm -rf "$root"
$sudo cp -a "$base" "$root"
$sudo cp "$deb" "$root/tmp/relais.deb"
if ! in_root env DEBIAN_FRONTEND=noninteractive dpkg -i /tmp/relais.deb > "$work/install.log" 2>&1; then
  # New dependencies since the chroot was cached: let apt fetch them.
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq --no-install-recommends \
    >> "$work/install.log" 2>&1 || fail "installing the package" "$work/install.log"
fi
status=$(in_root dpkg-query -W -f='${Status}' relais)
[ "$status" = "install ok installed" ] || fail "the package is \"$status\"" "$work/install.log"

step "checking the installed kiosk"
in_root relais --version
as_kiosk_user relais --config "$config" check > "$work/check.log" 2>&1 \
  || fail "relais check from the installed paths" "$work/check.log"
grep -q "^ok: 0 error(s)" "$work/check.log" || fail "relais check said" "$work/check.log"
tail -n 1 "$work/check.log"

in_root dpkg-query -W -f='${Conffiles}\n' relais | grep -q " $config " \
  || fail "$config is not a conffile"
in_root id -nG relais | tr ' ' '\n' | grep -qx lp || fail "the relais user is not in group lp"
[ "$(in_root stat -c '%U:%G %a' /var/lib/relais)" = "relais:relais 750" ] \
  || fail "/var/lib/relais is $(in_root stat -c '%U:%G %a' /var/lib/relais)"
[ "$(in_root find /usr/share/relais/audio -name '*.ogg' | wc -l)" -gt 0 ] \
  || fail "the package has no speech clips"

# As the docs say: `sudo relais ... admin set-pin`, the PIN on stdin.
printf '2468\n' | in_root relais --config "$config" admin set-pin > /dev/null \
  || fail "relais admin set-pin"
[ "$(in_root stat -c '%U %a' /var/lib/relais/admin-pin)" = "relais 600" ] \
  || fail "admin-pin is $(in_root stat -c '%U %a' /var/lib/relais/admin-pin), not relais 600"

as_kiosk_user relais --config "$config" print-test > "$work/print-test.log" 2>&1 \
  || fail "relais print-test as the kiosk's user" "$work/print-test.log"
[ -n "$(in_root find /var/lib/relais/spool -type f)" ] || fail "print-test wrote no file"

# systemd-analyze warns (exit status 0) about unknown keys: any output at all is a failure.
in_root systemd-analyze verify relais.service relais-kms.service relais-stats-push.service \
  relais-stats-push.timer > "$work/verify.log" 2>&1 \
  || fail "systemd-analyze verify" "$work/verify.log"
[ ! -s "$work/verify.log" ] || fail "systemd-analyze verify has remarks" "$work/verify.log"
echo "systemd-analyze verify: relais.service, relais-kms.service and relais-stats-push accepted"

# The push timer's command, as the kiosk's user, with no central database configured: nothing
# to send, and success (the timer is harmless on a kiosk that is not part of a network).
as_kiosk_user relais --config "$config" stats push > "$work/push.log" 2>&1 \
  || fail "relais stats push without [fleet]" "$work/push.log"

step "purging"
in_root dpkg --purge relais > "$work/purge.log" 2>&1 || fail "dpkg --purge" "$work/purge.log"
for gone in /usr/bin/relais /etc/relais /var/lib/relais; do
  [ ! -e "$root$gone" ] || fail "$gone is still there after purge"
done
$sudo rm -rf "$root"

step "passed"
