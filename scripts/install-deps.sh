#!/usr/bin/env bash
# Installs what relais needs to build, run and test on Debian or Ubuntu, and nothing that is
# already there. Called by `make run` and `make test`; safe to run again.
set -euo pipefail

# Build: Slint's font discovery (fontconfig), ALSA for sound output (rodio/cpal), a C compiler
# for the bundled SQLite. Run: X11 client libraries that Slint's winit backend loads at run
# time, a font. Test: Xvfb and the X utilities for the smoke test, espeak-ng and sox for speech,
# Graphviz to check the output of `relais graph`. debootstrap for the packaging test's Debian
# chroot (scripts/test-package.sh; systemd-analyze runs inside that chroot, so the host needs
# no systemd). Printing: the CUPS client (`lp`, the cups backend) and, for the tests, a CUPS
# server with its PDF printer and poppler's pdftotext and pdftoppm to read the PDFs back.
# Benchmarks (`make bench`): jq and time. Content from the network's repository (`relais
# content update`): git, and ssh-keygen (openssh-client), which checks the tags' signatures.
# The central database's tests (tests/integration/fleet.rs) start their own PostgreSQL server
# from Debian's binaries (postgresql; runuser, from util-linux, runs it as `nobody` when the
# tests run as root); the TLS test (tests/integration/fleet_tls.rs) makes its certificate
# authority and the server's certificate with the openssl command.
PACKAGES=(
  build-essential pkg-config libfontconfig1-dev libasound2-dev
  libx11-6 libx11-xcb1 libxcb1 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 fonts-dejavu-core
  xvfb x11-utils xauth espeak-ng sox libsox-fmt-base graphviz debootstrap
  cups cups-client printer-driver-cups-pdf poppler-utils jq time postgresql
  git openssh-client openssl
)

# `scripts/install-deps.sh --bench` (run by scripts/bench.sh): also what only the benchmarks use,
# a browser to compare with and XTEST clicks (issue 19). `make test` does not need them. The
# sound sink needs nothing more: alsa-lib's own `file` and `null` plugins (libasound2, above)
# write the kiosk's samples into a FIFO that examples/glass_probe.rs reads.
if [ "${1:-}" = --bench ]; then
  PACKAGES+=(chromium xdotool)
fi

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  echo "Installing system packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Rust toolchain: Debian's own cargo is too old for this edition, so use rustup's.
if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "cargo is installed in ~/.cargo/bin; add it to PATH (source ~/.cargo/env) and run again."
  else
    echo "Installing the Rust toolchain with rustup (https://rustup.rs)."
    command -v curl >/dev/null 2>&1 || { ${sudo:-} apt-get install -y -qq curl; }
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component clippy,rustfmt
    echo "Rust installed. Run 'source ~/.cargo/env' (or open a new terminal), then run the command again."
  fi
  exit 1
fi
