#!/usr/bin/env bash
# Packs an AppDir into the SquashFS image that a type-2 AppImage carries after its runtime:
#
#   packaging/linux/make-squashfs.sh build/packaging/Gatehouse.AppDir build/packaging/Gatehouse.squashfs
#
# The AppImage is then `cat runtime-x86_64 Gatehouse.squashfs > Gatehouse-<version>-x86_64.AppImage`
# (see .github/workflows/release-linux.yml). zstd is what appimagetool 1.9 writes by default and what
# the type-2 runtime reads. With SOURCE_DATE_EPOCH set, every timestamp in the image is that time.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 APPDIR IMAGE" >&2; exit 2; }
appdir="$1"
image="$2"
[ -x "$appdir/AppRun" ] || { echo "make-squashfs: $appdir has no AppRun" >&2; exit 1; }
command -v mksquashfs >/dev/null || { echo "make-squashfs: mksquashfs not found (squashfs-tools)" >&2; exit 1; }

options=(-noappend -root-owned -comp zstd -no-progress -quiet)
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    options+=(-mkfs-time "$SOURCE_DATE_EPOCH" -all-time "$SOURCE_DATE_EPOCH")
fi
rm -f "$image"
mksquashfs "$appdir" "$image" "${options[@]}"
echo "== $image: $(du -h "$image" | cut -f1)"
