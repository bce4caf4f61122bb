#!/usr/bin/env bash
# Renders the app icon (descentlab.svg) to the PNGs the window and the installer use.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). Run from anywhere; commit the PNGs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../main/resources/org/descentlab/ui/app/icons"
mkdir -p "$out"
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" "$here/descentlab.svg" --output "$out/descentlab-$size.png"
done
