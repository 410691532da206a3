#!/bin/sh
# Runs a test on a private D-Bus session bus of its own (so a stand-in notification service can take the
# name). Exit 77 (skipped) where dbus-run-session is missing.
command -v dbus-run-session >/dev/null 2>&1 || { echo "dbus-run-session not found: skipped" >&2; exit 77; }
exec dbus-run-session -- "$@"
