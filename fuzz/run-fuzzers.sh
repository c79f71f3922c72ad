#!/bin/sh
# SPDX-License-Identifier: MIT
# run-fuzzers.sh BUILD_DIR SECONDS [TARGET...]: runs each libFuzzer target for SECONDS, one after
# the other (CI has 2 cores and other work), and prints one line per target with its exec count.
#
# Each target starts from the checked-in corpus (fuzz/corpus/NAME, read only) plus what earlier
# runs found (BUILD_DIR/work/NAME, where libFuzzer writes new inputs), with the dictionary
# fuzz/dict/NAME.dict. A crash, a sanitizer report, a leak or an input slower than 10 s is written to
# BUILD_DIR/artifacts/NAME/ and makes the script fail: fix it, then check the input in under
# fuzz/corpus/NAME/ so that CTest replays it from then on.
set -u
build=$1
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
targets=${*:-numbers param curvespec domain session}

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/../tests/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=0
summary=""
for t in $targets; do
  exe="$build/fuzz/fuzz_$t"
  work="$build/work/$t"
  artifacts="$build/artifacts/$t"
  log="$build/fuzz_$t.log"
  mkdir -p "$work" "$artifacts"
  echo "fuzz_$t: ${seconds}s (log: $log)"
  # -close_fd_mask=3: the command line's own stdout and stderr (fuzz_domain drives it) are noise;
  # libFuzzer and the sanitizers keep their report channel.
  "$exe" "$work" "$here/corpus/$t" -dict="$here/dict/$t.dict" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$artifacts/" -close_fd_mask=3 -print_final_stats=1 \
    >"$log" 2>&1
  status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  corpus=$(ls "$work" | wc -l)
  found=$(ls "$artifacts" | wc -l)
  if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
    failed=1
    result="FAILED (exit $status, $found artifact(s) in $artifacts)"
    grep -E 'ERROR|SUMMARY|runtime error|deadly signal' "$log" | head -n 5
  else
    result="ok"
  fi
  summary="$summary$(printf '%-16s %12s execs %8s/s  coverage %6s  new corpus %5s  %s' "fuzz_$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$corpus" "$result")
"
done
printf '\n%s' "$summary"
exit $failed
