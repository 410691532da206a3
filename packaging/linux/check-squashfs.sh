#!/usr/bin/env bash
# Unpacks the AppDir's SquashFS image (as the AppImage runtime would mount it) and runs the AppDir
# checks on the unpacked tree: layout and metadata survived, and AppRun works with an almost empty
# environment.
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

"$here/check-appdir.sh" static "$work/squashfs-root"
"$here/check-appdir.sh" run "$work/squashfs-root"
