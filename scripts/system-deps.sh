#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs to run offscreen (tests) or on a display.
# As root it installs what is missing; otherwise it names the missing packages and fails.
set -euo pipefail
packages=(make python3-venv libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1
          libdbus-1-3 fonts-dejavu-core)
if [ "${1:-}" = "--display" ]; then
  packages+=(xvfb libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
             libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1)
fi
command -v dpkg-query >/dev/null || { echo "system-deps: not a Debian system; install Qt's runtime libraries yourself" >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing Debian packages: ${missing[*]}" >&2
  echo "system-deps: run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
