#!/usr/bin/env bash
# System packages the viewer and its tests need on a bare Debian: Qt's runtime libraries (the xcb
# platform plugin, EGL, fontconfig), a font, Xvfb for the on-screen smoke test, and python3-venv.
# Installs only what is missing; does nothing when everything is there.
set -euo pipefail
pkgs=(xvfb xauth libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
      libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libglib2.0-0 fonts-dejavu-core python3-venv)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
echo "Installing system packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
