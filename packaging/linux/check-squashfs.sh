#!/usr/bin/env bash
# Unpacks the AppDir's SquashFS image (as the AppImage runtime would mount it) and runs the AppDir
# checks on the unpacked tree: layout, modes, symlinks and metadata survived, and AppRun works with an
# almost empty environment, every library still coming from inside (which also proves the RUNPATHs
# survived; the slower ldd pass of `static` ran on the AppDir itself).
#
#   packaging/linux/check-squashfs.sh build/packaging/Gatehouse.squashfs
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 IMAGE" >&2; exit 2; }
image="$1"
[ -f "$image" ] || { echo "check-squashfs: no image $image" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unsquashfs -no-progress -d "$work/squashfs-root" "$image" >/dev/null
unsquashfs -s "$image" | grep -E 'Compression|Filesystem size|Number of inodes' || true

"$here/check-appdir.sh" layout "$work/squashfs-root"
"$here/check-appdir.sh" run "$work/squashfs-root"
