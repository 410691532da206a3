#!/usr/bin/env bash
# Renders the application icon (gatehouse.svg) into the PNG sizes of the hicolor icon theme and the
# Windows .ico. The outputs are committed; run this again only when gatehouse.svg changes:
#
#   bash resources/icons/generate-icons.sh
#
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert (imagemagick). ImageMagick's own
# SVG renderer is not used: on Debian 12 it draws the gradient black and mangles the arch.
set -euo pipefail
cd "$(dirname "$0")"

svg=gatehouse.svg
app_id=io.github.gatehouse.Gatehouse
linux_sizes=(16 24 32 48 64 128 256 512)
windows_sizes=(16 24 32 48 64 256)

for tool in rsvg-convert convert; do
    command -v "$tool" >/dev/null || { echo "generate-icons: $tool not found" >&2; exit 1; }
done

for size in "${linux_sizes[@]}"; do
    dir="hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$dir/$app_id.png"
done

# One frame per size, each rendered from the SVG rather than scaled down from a large PNG.
frames=()
for size in "${windows_sizes[@]}"; do
    frames+=("hicolor/${size}x${size}/apps/$app_id.png")
done
convert "${frames[@]}" ../../packaging/windows/gatehouse.ico
identify ../../packaging/windows/gatehouse.ico
