#!/bin/sh
# SPDX-License-Identifier: MIT
# run-in-tiny-fs.sh PROGRAM [ARGS...]: runs PROGRAM with a 1 MiB tmpfs mounted at $AEX_TINY_FS, in
# a mount namespace of its own (unshare -m as root, else a user namespace with unshare -Urm), so
# that it can fill a real filesystem without touching the machine's. Where neither is permitted,
# PROGRAM runs without AEX_TINY_FS and AEX_TINY_FS_WHY says why; its tmpfs cases then skip with
# that reason, and the cases that need no mount (RLIMIT_FSIZE) still run.
set -u
dir=$(mktemp -d "${TMPDIR:-/tmp}/aex-tiny-fs.XXXXXX") || exit 1
trap 'rmdir "$dir" 2>/dev/null' EXIT
mounted='mount -t tmpfs -o size=1m,mode=0777 aex-tiny-fs "$0" && AEX_TINY_FS="$0" exec "$@"'
for how in "-m" "-Urm"; do
    if unshare $how sh -c 'mount -t tmpfs -o size=64k aex-probe "$0"' "$dir" 2>/dev/null; then
        unshare $how sh -c "$mounted" "$dir" "$@"
        exit $?
    fi
done
why=$(unshare -m sh -c 'mount -t tmpfs -o size=64k aex-probe "$0"' "$dir" 2>&1 | head -n 1)
AEX_TINY_FS_WHY="neither 'unshare -m' nor 'unshare -Urm' may mount a tmpfs here (${why:-no reason given})" "$@"
