#!/bin/sh
# tests/fuzz/run.sh — runs the libFuzzer harness: "make check-fuzz" replays
# its inputs once each, "make fuzz" fuzzes for a while.
#
# usage: tests/fuzz/run.sh FUZZER SECONDS|replay|merge DIR
#
# The inputs are DIR/seeds, written anew from every JSON fixture under
# tests/ (each behind a few width/mode prefixes, see fuzz_resume.c), and
# tests/fuzz/corpus, the committed corpus: inputs earlier runs found that
# reach code the fixtures do not.
#
# replay   runs every input once (-runs=0): a regression test that takes
#          seconds.
# SECONDS  fuzzes for that long, keeping what it finds in DIR/corpus for
#          the next run (DIR is a build directory, never committed).
# merge    adds to tests/fuzz/corpus the inputs of DIR/corpus that reach
#          code neither the seeds nor the committed inputs reach (libFuzzer
#          -merge=1); commit them if the corpus stays small (a few hundred
#          KB at most).
#
# A crash, a leak, a timeout or an out-of-memory fails the run; its input
# is written to DIR/crash-* (or timeout-*, oom-*, leak-*).  Ends with
# "fuzz: N passed, M failed".
set -u
cd "$(dirname "$0")/../.." || exit 1
fuzzer=$1 seconds=$2 dir=$3
seeds=$dir/seeds corpus=$dir/corpus committed=tests/fuzz/corpus log=$dir/fuzz.log
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" || exit 1
rm -f "$dir"/crash-* "$dir"/timeout-* "$dir"/oom-* "$dir"/leak-* "$dir"/slow-unit-*

# Byte 0 is the width less one, byte 1 the mode (bit 0: 1 UTF-8, 0 ASCII)
# and the query (the other bits), both in octal: 80, 40, 20 and 200
# columns, both modes, a few queries.
n=0
for f in tests/fixtures/*.json tests/e2e/fixtures/*.json tests/unit/fixtures/*.json; do
	[ -f "$f" ] || continue
	name=$(printf '%s' "$f" | tr '/' '_')
	for prefix in 117-001 047-013 023-015 117-000 047-014 307-021; do
		seed=$seeds/$prefix-$name
		# shellcheck disable=SC2059 # the format is the two octal escapes
		printf "\\${prefix%-*}\\${prefix#*-}" >"$seed"
		cat "$f" >>"$seed"
		n=$((n + 1))
	done
done
inputs() { find "$@" -type f | wc -l; }

if [ "$seconds" = merge ]; then
	rm -rf "$dir/merge" && mkdir "$dir/merge" || exit 1
	find "$seeds" "$committed" -type f -exec cp -t "$dir/merge" {} + &&
		ls "$dir/merge" >"$dir/merge.before" || exit 1
	"$fuzzer" -merge=1 -use_counters=0 -timeout=10 -rss_limit_mb=2048 "$dir/merge" "$corpus" >"$log" 2>&1 || {
		tail -n 30 "$log"
		exit 1
	}
	ls "$dir/merge" | grep -vxF -f "$dir/merge.before" | while read -r f; do
		cp "$dir/merge/$f" "$committed/$f" && echo "fuzz: added $committed/$f"
	done
	echo "fuzz: $committed: $(inputs "$committed") inputs, $(du -sk "$committed" | cut -f1) KB"
	exit 0
fi
if [ "$seconds" = replay ]; then
	echo "fuzz: $fuzzer replays $n seeds and the $(inputs "$committed") inputs of $committed"
	"$fuzzer" -runs=0 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$dir/" \
		-print_final_stats=1 "$seeds" "$committed" >"$log" 2>&1
else
	echo "fuzz: $fuzzer for ${seconds}s, $n seeds, $(inputs "$committed") committed inputs, corpus $corpus ($(inputs "$corpus") inputs)"
	"$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-dict=tests/fuzz/resume.dict -artifact_prefix="$dir/" -print_final_stats=1 \
		"$corpus" "$seeds" "$committed" >"$log" 2>&1
fi
rc=$?

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
[ -n "$runs" ] || runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
if [ "$seconds" = replay ]; then
	echo "fuzz: ${runs:-?} executions${cov:+, $cov}"
else
	echo "fuzz: ${runs:-?} executions in ${seconds}s${cov:+, $cov}, corpus $(inputs "$corpus") inputs"
fi
if [ "$rc" -ne 0 ]; then
	echo "fuzz: the fuzzer failed (status $rc); the end of $log:"
	tail -n 60 "$log"
	find "$dir" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) |
		sed 's/^/fuzz: input: /'
	echo "fuzz: 0 passed, 1 failed"
	exit 1
fi
echo "fuzz: 1 passed, 0 failed"
