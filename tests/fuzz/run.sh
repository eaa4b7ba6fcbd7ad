#!/bin/sh
# tests/fuzz/run.sh — runs the libFuzzer harness for a while (make fuzz).
#
# usage: tests/fuzz/run.sh FUZZER SECONDS DIR
#
# Seeds DIR/corpus with every JSON fixture under tests/ (each behind
# a few width/mode prefixes, see fuzz_resume.c), fuzzes for SECONDS, and
# keeps what it found in DIR/corpus for the next run (never committed: DIR
# is a build directory).  A crash, a leak, a timeout or an out-of-memory
# fails the run; its input is written to DIR/crash-* (or timeout-*,
# oom-*, leak-*).  Ends with "fuzz: N passed, M failed".
set -u
cd "$(dirname "$0")/../.." || exit 1
fuzzer=$1 seconds=$2 dir=$3
corpus=$dir/corpus log=$dir/fuzz.log
mkdir -p "$corpus" || exit 1
rm -f "$dir"/crash-* "$dir"/timeout-* "$dir"/oom-* "$dir"/leak-* "$dir"/slow-unit-*

# Byte 0 is the width less one, byte 1 the mode (bit 0: 1 UTF-8, 0 ASCII)
# and the query (the other bits), both in octal: 80, 40, 20 and 200
# columns, both modes, a few queries.
n=0
for f in tests/fixtures/*.json tests/e2e/fixtures/*.json tests/unit/fixtures/*.json; do
	[ -f "$f" ] || continue
	name=$(printf '%s' "$f" | tr '/' '_')
	for prefix in 117-001 047-013 023-015 117-000 047-014 307-021; do
		seed=$corpus/seed-$prefix-$name
		# shellcheck disable=SC2059 # the format is the two octal escapes
		printf "\\${prefix%-*}\\${prefix#*-}" >"$seed"
		cat "$f" >>"$seed"
		n=$((n + 1))
	done
done
echo "fuzz: $fuzzer for ${seconds}s, $n seeds, corpus $corpus ($(find "$corpus" -type f | wc -l) inputs)"

"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	-dict=tests/fuzz/resume.dict -artifact_prefix="$dir/" -print_final_stats=1 \
	"$corpus" >"$log" 2>&1
rc=$?

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
[ -n "$runs" ] || runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
echo "fuzz: ${runs:-?} executions in ${seconds}s${cov:+, $cov}, corpus $(find "$corpus" -type f | wc -l) inputs"
if [ "$rc" -ne 0 ]; then
	echo "fuzz: the fuzzer failed (status $rc); the end of $log:"
	tail -n 60 "$log"
	find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) |
		sed 's/^/fuzz: input: /'
	echo "fuzz: 0 passed, 1 failed"
	exit 1
fi
echo "fuzz: 1 passed, 0 failed"
