#!/usr/bin/env bash
# golden.sh — golden-file tests of the plain text: each case runs
# pushpander --print (or --grep) on a fixture and compares what it prints,
# byte for byte, and its exit status with tests/golden/NAME.txt.
#
# usage: tests/golden.sh [--data] [--update] [NAME...]
#   PUSHPANDER  the binary (default ./pushpander)
#   --data      the shipped résumé, data/resume.json, instead of the
#               fixtures (make check-data): whoever edits it reviews the
#               new print and accepts it with --data --update
#   --update    writes the goldens from what the binary prints now; review
#               the change with git diff before committing it
#
# The environment is fixed: the locale is named for each case, "today" (the
# timeline's right end) is SOURCE_DATE_EPOCH=1795000000 (2026-11-18), and
# no terminal is involved. A golden's first line is the exit status.
set -u
cd "$(dirname "$0")/.." || exit 1
PP=${PUSHPANDER:-./pushpander}
DIR=tests/golden

# NAME|LOCALE|ARGS (split at spaces).  The code's cases use only files
# under tests/, so they hold whatever data/resume.json is.
CASES=(
	"seed-80|C.UTF-8|--print --width 80 tests/fixtures/seed.json"
	"seed-40-ascii|C|--print --width 40 tests/fixtures/seed.json"
	"seed-incidents-60|C.UTF-8|--print incidents --width 60 tests/fixtures/seed.json"
	"seed-grep-kafka|C.UTF-8|--grep kafka --width 72 tests/fixtures/seed.json"
	"full-100|C.UTF-8|--print --width 100 tests/fixtures/full.json"
	"full-30|C.UTF-8|--print --width 30 tests/fixtures/full.json"
	"full-64-ascii|C.UTF-8|--print --width 64 --ascii tests/fixtures/full.json"
	"hostile-80|C.UTF-8|--print --width 80 tests/e2e/fixtures/hostile.json"
	"planted-80|C.UTF-8|--print --width 80 tests/e2e/fixtures/planted.json"
	"nameless-50|C.UTF-8|--print --width 50 tests/e2e/fixtures/nameless.json"
	"empty-quotes-40|C.UTF-8|--print --width 40 tests/fixtures/empty-quotes.json"
	"partial-60|C.UTF-8|--print --width 60 tests/fixtures/partial.json"
	"partial-60-ascii|C.UTF-8|--print --width 60 --ascii tests/fixtures/partial.json"
	"partial-48-c|C|--print --width 48 tests/fixtures/partial.json"
	"no-file|C.UTF-8|--print tests/golden/no-such-file.json"
	"bad-json|C.UTF-8|--print tests/e2e/fixtures/trailing-comma.json"
)
DATA_CASES=(
	"resume-80|C.UTF-8|--print --width 80 data/resume.json"
	"resume-40-ascii|C|--print --width 40 data/resume.json"
)

suite=golden data='' update=0
while [[ ${1:-} == --* ]]; do
	case $1 in
	--data) suite=golden-data data='--data ' CASES=("${DATA_CASES[@]}") ;;
	--update) update=1 ;;
	*) echo "usage: tests/golden.sh [--data] [--update] [NAME...]" >&2; exit 2 ;;
	esac
	shift
done
if [[ ! -x $PP ]]; then
	echo "$suite: no executable $PP (build it first)" >&2
	echo "$suite: 0 passed, 1 failed"
	exit 1
fi

passed=0 failed=0 tmp=$(mktemp -d "${TMPDIR:-/tmp}/pushpander-golden.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
for c in "${CASES[@]}"; do
	IFS='|' read -r name locale args <<<"$c"
	if (($#)) && [[ " $* " != *" $name "* ]]; then
		continue
	fi
	read -ra argv <<<"$args"
	got=$(env -i PATH="$PATH" LANG="$locale" LC_ALL="$locale" SOURCE_DATE_EPOCH=1795000000 \
		"$PP" "${argv[@]}" </dev/null >"$tmp/$name.out" 2>/dev/null; echo $?)
	{ printf 'exit %s\n' "$got"; cat "$tmp/$name.out"; } >"$tmp/$name.txt"
	if ((update)); then
		cp "$tmp/$name.txt" "$DIR/$name.txt"
		echo "wrote $DIR/$name.txt"
		passed=$((passed + 1))
	elif [[ ! -f $DIR/$name.txt ]]; then
		echo "FAIL $name: no $DIR/$name.txt (tests/golden.sh $data--update writes it)"
		failed=$((failed + 1))
	elif cmp -s "$DIR/$name.txt" "$tmp/$name.txt"; then
		echo "ok   $name"
		passed=$((passed + 1))
	else
		echo "FAIL $name: pushpander $args (LC_ALL=$locale) differs from $DIR/$name.txt:"
		diff -u "$DIR/$name.txt" "$tmp/$name.txt" | head -n 40 | sed 's/^/  /'
		failed=$((failed + 1))
	fi
done
echo "$suite: $passed passed, $failed failed"
((failed == 0))
