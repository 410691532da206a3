#!/bin/sh
# Runs a command with Debian 12's own Node.js (18.x) first on PATH, so the OAuth peer (server.mjs) is proved
# to run on the Node.js a fresh Debian 12 installs, even on a machine whose `node` is a newer one.
# Usage: with-debian-node.sh COMMAND [ARGS...]
#
# Debian's nodejs and libnode108 are fetched with `apt-get download` (nothing is installed) and unpacked into
# $GATEHOUSE_DEBIAN_NODE_DIR (default: a folder under ${TMPDIR:-/tmp}). Debian builds node with some of its
# built-in modules kept outside the binary, at the fixed path /usr/share/nodejs (packages node-acorn,
# node-cjs-module-lexer, node-undici); they are unpacked too and laid over /usr/share with a read-only
# overlay inside a private mount namespace (unshare), so the system stays as it is.
# When the system's own node already is Debian's, it is used as it is. Exits 77 (skipped) when Debian's
# Node.js cannot be obtained or run here (no apt, no network to the Debian mirror, no mount namespaces).
set -eu
skip() { echo "with-debian-node.sh: skipped: $*" >&2; exit 77; }

debian_version=$(apt-cache madison nodejs 2>/dev/null | awk -F'|' '$3 ~ /debian/ && $3 ~ /bookworm/ {gsub(/ /, "", $2); print $2}' |
  sort -V | tail -n 1)
[ -n "$debian_version" ] || skip "apt-cache knows no Debian nodejs package (run apt-get update)"

installed=$(dpkg-query -W -f='${Version}' nodejs 2>/dev/null || true)
if [ "$installed" = "$debian_version" ]; then
  node --version
  exec "$@"
fi

dir=${GATEHOUSE_DEBIAN_NODE_DIR:-${TMPDIR:-/tmp}/gatehouse-debian-node}/$debian_version
if [ ! -x "$dir/root/usr/bin/node" ]; then
  rm -rf "$dir"
  mkdir -p "$dir/debs"
  (cd "$dir/debs" && apt-get download "nodejs=$debian_version" "libnode108=$debian_version" \
     node-acorn node-cjs-module-lexer node-undici >/dev/null 2>&1) || skip "apt-get download of Debian's nodejs failed"
  for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
fi

libnode=$(find "$dir/root/usr/lib" -name 'libnode.so.*' | head -n 1)
[ -n "$libnode" ] || skip "no libnode in Debian's packages"
mkdir -p "$dir/bin"
cat >"$dir/bin/node" <<EOF
#!/bin/sh
# Debian's node, with /usr/share/nodejs taken from the unpacked packages (see with-debian-node.sh).
root='$dir/root'
libdir='$(dirname "$libnode")'
if [ "\$(id -u)" -eq 0 ]; then ns='--mount'; else ns='--user --map-root-user --mount'; fi
exec unshare \$ns sh -c 'root=\$0 libdir=\$1; shift
  mount -t overlay overlay -o "lowerdir=\$root/usr/share:/usr/share" /usr/share &&
  LD_LIBRARY_PATH="\$libdir" exec "\$root/usr/bin/node" "\$@"' "\$root" "\$libdir" "\$@"
EOF
chmod +x "$dir/bin/node"

version=$("$dir/bin/node" --version 2>/dev/null) || skip "Debian's node does not run here (mount namespaces unavailable?)"
case "$version" in
  v18.*) ;;
  *) echo "with-debian-node.sh: expected Debian 12's Node.js 18, got '$version'" >&2; exit 1 ;;
esac
echo "with-debian-node.sh: node $version from Debian's nodejs $debian_version"
PATH="$dir/bin:$PATH"
export PATH
exec "$@"
