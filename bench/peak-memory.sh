#!/bin/sh
# SPDX-License-Identifier: MIT
# peak-memory.sh BINARY: the peak resident memory (GNU time's maximum RSS) of the largest work the
# program accepts, next to a one-curve figure as the yardstick. Sessions and figures hold at most
# Core::kMaxTotalSamples = 10^7 points (curves x samples); a data export at most 10^7 samples of one
# curve. The README's "Limits" table comes from this script.
set -eu
binary=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
if [ ! -x /usr/bin/time ]; then
    echo "peak-memory.sh: /usr/bin/time is missing (Debian package 'time'; make bench installs it)" >&2
    exit 1
fi

# session CURVES SAMPLES FILE: CURVES curves (a mix of functions) over SAMPLES samples.
session() {
    functions="relu elu gelu silu mish selu softplus sigmoid tanh leaky_relu"
    i=0
    curves=""
    while [ "$i" -lt "$1" ]; do
        f=$(echo "$functions" | cut -d' ' -f$((i % 10 + 1)))
        curves="$curves${curves:+, }{\"function\": \"$f\", \"framework\": \"keras\"}"
        i=$((i + 1))
    done
    printf '{"format": "activation-explorer-session", "version": 1, "curves": [%s], "domain": {"min": -5, "max": 5, "samples": %s}}\n' \
        "$curves" "$2" > "$3"
}

measure() {
    label=$1
    shift
    /usr/bin/time -f '%M %e' -o time.txt "$binary" "$@" >/dev/null 2>err.txt || {
        echo "peak-memory.sh: $label failed: $(cat err.txt)" >&2
        exit 1
    }
    read -r kb seconds < time.txt
    printf '| %s | %s MiB | %s s |\n' "$label" "$((kb / 1024))" "$seconds"
}

session 1 1001 small.json
session 1 10000000 one.json
session 10 1000000 ten.json
session 64 156250 many.json

echo "| what (10^7 points unless said) | peak RSS | time |"
echo "| --- | --- | --- |"
measure "yardstick: 1 curve x 1001 samples, --export PNG" small.json --export small.png
measure "1 curve x 10^7 samples, --export PNG" one.json --export one.png
measure "10 curves x 10^6 samples, --export PNG" ten.json --export ten.png
measure "10 curves x 10^6 samples, --export SVG" ten.json --export ten.svg
measure "10 curves x 10^6 samples, --export PDF" ten.json --export ten.pdf
measure "64 curves x 156250 samples, --export PNG" many.json --export many.png
measure "10 curves x 10^6 samples, --screenshot" ten.json --screenshot shot.png
measure "--function gelu, 10^7 samples, --output CSV" --function gelu --domain=-5:5 --samples 10000000 --output big.csv
measure "--function gelu, 10^7 samples, --output JSON" --function gelu --domain=-5:5 --samples 10000000 --output big.json
