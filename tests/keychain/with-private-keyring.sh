#!/bin/sh
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring (a real Secret Service),
# so the keychain tests never touch the desktop's keyring. The keyring files live in a temporary directory
# that is removed afterwards. Usage: with-private-keyring.sh COMMAND [ARGS...]
set -eu
data_home=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-keyring.XXXXXX")
trap 'rm -rf "$data_home"' EXIT
export XDG_DATA_HOME="$data_home"
dbus-run-session -- sh -c '
  echo -n gatehouse-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
