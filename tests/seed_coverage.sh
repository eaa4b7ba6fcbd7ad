#!/usr/bin/env bash
# seed_coverage.sh - check that every fact in the portfolio seed text is
# present in the résumé JSON (data/resume.json).
#
# usage: tests/seed_coverage.sh [SEED] [JSON]
#   SEED defaults to ../shared/seed/000_85733d99f30cab9a.txt (from the repo root)
#   JSON defaults to data/resume.json (from the repo root)
#
# Every non-empty seed line (trimmed, with a leading "•" or "N." bullet
# removed) must be found in the JSON. Most lines must occur as a substring of
# one of the JSON's string values. Lines the program renders from structured
# fields (dates, stacks, incident headers, quote marks, ...) are checked in
# that derived form instead. Only text the program makes up itself, with no
# field behind it, is on the allow-list below.
#
# Needs only bash, coreutils, grep and jq.
# SC2016: the single-quoted $names are jq variables. SC2015: ok() always succeeds.
# shellcheck disable=SC2016,SC2015
set -eu
export LC_ALL=C

root=$(cd "$(dirname "$0")/.." && pwd)
seed=${1:-$root/../shared/seed/000_85733d99f30cab9a.txt}
seed_named=${1:-../shared/seed/000_85733d99f30cab9a.txt}
json=${2:-$root/data/resume.json}

# Not a pass: say so, and count nothing.
if [ ! -f "$seed" ]; then
	echo "seed_coverage: skipped ($seed_named not found)"
	exit 0
fi
if ! jq -e 'type == "object"' "$json" >/dev/null 2>&1; then
	echo "seed_coverage: $json: missing or not valid JSON" >&2
	echo "seed_coverage: 0 passed, 1 failed"
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One string value per line (none of the values contain a newline).
jq -r '.. | strings' "$json" >"$tmp/strings"

# Allow-list: exact seed lines that are presentation made by the program,
# with no data behind them. Each is still counted, and reported as allowed.
declare -A allowed=(
	["LIVE ↗"]="link badge on project cards (the seed gives no URL)"
	["STRESS"]="label of the stress meter; the N/10 value is checked"
	["URGENT"]="banner drawn for urgent incidents; checked as .urgent on the next SEV line"
	["WHAT HAPPENED"]="incident card section heading (field: happened)"
	["IMPACT"]="incident card section heading (field: impact)"
	["ROOT CAUSE"]="incident card section heading (field: rootCause)"
	["WHAT I DID"]="incident card section heading (field: actions)"
	["WHAT WE LEARNED"]="incident card section heading (field: learned)"
)

# Headings the program wraps over two lines: the joined text must be an
# exact string value (quotes.about label/text, playbook.title, hire.title).
declare -A wrapped=(
	["DUNDER"]="MIFFLIN"
	["WORLD'S BEST"]="BACKEND ENGINEER."
	["INCIDENT RESPONSE"]="PLAYBOOK"
	["FREELANCE? FULL-TIME?"]="JUST A CHAT?"
)

pass=0 fail=0 allow=0
ok() { pass=$((pass + 1)); }
bad() {
	fail=$((fail + 1))
	printf 'missing: line %d: %s%s\n' "$1" "$2" "${3:+  ($3)}"
}
q() { jq -e "$@" "$json" >/dev/null 2>&1; }
exact() { grep -qxF -- "$1" "$tmp/strings"; }
month() {
	case $1 in
	Jan) echo 01 ;; Feb) echo 02 ;; Mar) echo 03 ;; Apr) echo 04 ;;
	May) echo 05 ;; Jun) echo 06 ;; Jul) echo 07 ;; Aug) echo 08 ;;
	Sep) echo 09 ;; Oct) echo 10 ;; Nov) echo 11 ;; Dec) echo 12 ;;
	*) echo "??" ;;
	esac
}

# Patterns with non-ASCII characters are kept in variables (quoted).
re_bullet='^•[[:space:]]*(.*)$'
re_number='^[0-9]+\.[[:space:]]+(.*)$'
re_dates='^([A-Z][a-z]{2}) ([0-9]{4}) – (Present|([A-Z][a-z]{2}) ([0-9]{4})) · (.+)$'
re_quote='^“(.*)”$'
re_sign='^— (.+)$'

mapfile -t raw <"$seed"
lines=() nums=()
for i in "${!raw[@]}"; do
	l=${raw[$i]%$'\r'}
	l="${l#"${l%%[![:space:]]*}"}"
	l="${l%"${l##*[![:space:]]}"}"
	[ -n "$l" ] || continue
	lines+=("$l")
	nums+=($((i + 1)))
done

skill=""     # skill group whose bullets are being read, if any
incident=""  # id of the incident card being read
prev=""      # previous non-empty line
skip_next=0  # the second half of a wrapped heading was already checked
n=${#lines[@]}
for ((k = 0; k < n; k++)); do
	line=${lines[$k]} no=${nums[$k]}
	next=""
	[ $((k + 1)) -lt "$n" ] && next=${lines[$((k + 1))]}
	isbullet=0
	if [[ $line =~ $re_bullet ]] || [[ $line =~ $re_number ]]; then
		line=${BASH_REMATCH[1]}
		isbullet=1
	fi
	[ "$isbullet" = 1 ] || skill=""

	if [ "$skip_next" = 1 ]; then
		skip_next=0
	elif [ -n "${allowed[$line]+x}" ]; then
		allow=$((allow + 1)); ok
	elif [ -n "${wrapped[$line]+x}" ]; then
		# wrapped heading: "DUNDER" + "MIFFLIN" -> "DUNDER MIFFLIN"
		if [ "$next" != "${wrapped[$line]}" ]; then
			bad "$no" "$line" "not followed by \"${wrapped[$line]}\""
		elif exact "$line $next"; then
			ok; ok; skip_next=1
		else
			bad "$no" "$line" "value \"$line $next\""
			bad "${nums[$((k + 1))]}" "$next" "value \"$line $next\""
			skip_next=1
		fi
	elif [ -n "$skill" ]; then
		# skill bullet: an exact keyword of the current skill group
		q --arg g "$skill" --arg k "$line" \
			'any(.skills[]?; .name == $g and any(.keywords[]?; . == $k))' &&
			ok || bad "$no" "$line" "skills[\"$skill\"].keywords"
	elif [[ $line =~ ^[A-Z]$ ]]; then
		# avatar letter: initial of the referee named on the next line
		q --arg n "$next" 'any(.references[]?; .name == $n)' &&
			[ "${next:0:1}" = "$line" ] &&
			ok || bad "$no" "$line" "avatar of reference \"$next\""
	elif [[ $line =~ ^(SEV[0-9])(INC-[0-9]+)TTD:\ (.+)TTR:\ (.+)$ ]]; then
		# incident header, checked field by field; URGENT above it -> .urgent
		incident=${BASH_REMATCH[2]}
		urgent=false
		[ "$prev" = URGENT ] && urgent=true
		q --arg id "$incident" --arg sev "${BASH_REMATCH[1]}" \
			--arg ttd "${BASH_REMATCH[3]}" --arg ttr "${BASH_REMATCH[4]}" \
			--argjson u "$urgent" \
			'any(.incidents[]?; .id == $id and .severity == $sev and
			     .ttd == $ttd and .ttr == $ttr and ((.urgent // false) == $u))' &&
			ok || bad "$no" "$line" "incident id/severity/ttd/ttr/urgent=$urgent"
	elif [[ $line =~ ^([0-9]+)/10$ ]]; then
		# stress meter of the current incident
		q --arg id "$incident" --argjson s "${BASH_REMATCH[1]}" \
			'any(.incidents[]?; .id == $id and .stress == $s)' &&
			ok || bad "$no" "$line" "incidents[$incident].stress"
	elif [[ $line =~ ^Stack:\ (.+)$ ]]; then
		# a job's stack: its keywords, item by item, in order
		q --arg s "${BASH_REMATCH[1]}" \
			'any(.work[]?; (.keywords // []) == ($s | split(" · ")))' &&
			ok || bad "$no" "$line" "work[].keywords"
	elif [[ $line =~ $re_dates ]]; then
		# "Feb 2024 – Present · Delhi, India": startDate, endDate, location
		start="${BASH_REMATCH[2]}-$(month "${BASH_REMATCH[1]}")"
		end=""
		[ "${BASH_REMATCH[3]}" = Present ] ||
			end="${BASH_REMATCH[5]}-$(month "${BASH_REMATCH[4]}")"
		q --arg s "$start" --arg e "$end" --arg l "${BASH_REMATCH[6]}" \
			'any(.work[]?; .startDate == $s and (.endDate // "") == $e and .location == $l)' &&
			ok || bad "$no" "$line" "work[] startDate=$start endDate=${end:-none}"
	elif [[ $line =~ ^//\ (.+)$ ]]; then
		# screen comment: the program adds the "// " prefix
		q --arg c "${BASH_REMATCH[1]}" 'any(.quotes[]?; .comment == $c)' &&
			ok || bad "$no" "$line" "quotes.*.comment"
	elif [[ $line =~ $re_quote ]]; then
		# quote card: the program adds the “ ” marks
		q --arg t "${BASH_REMATCH[1]}" 'any(.quotes[]?.cards[]?; .text == $t)' &&
			ok || bad "$no" "$line" "quotes.*.cards[].text"
	elif [[ $line =~ $re_sign ]]; then
		# card signature: the program adds the "— " dash
		q --arg s "${BASH_REMATCH[1]}" 'any(.quotes[]?.cards[]?; .signature == $s)' &&
			ok || bad "$no" "$line" "quotes.*.cards[].signature"
	elif [[ $line != *[a-z]* ]] && q --arg h "$line" \
		'any(.skills[]?; (.name | ascii_upcase) == ($h | ascii_upcase))'; then
		# skill group heading, printed upper case; its bullets follow
		ok
		skill=$(jq -r --arg h "$line" \
			'first(.skills[] | select((.name | ascii_upcase) == ($h | ascii_upcase)) | .name)' "$json")
	elif [ "$line" = "$(jq -r '(.basics.name // "") | ascii_upcase' "$json")." ]; then
		# "PUSHPANDER.": basics.name, upper-cased, with a full stop
		ok
	elif grep -qF -- "$line" "$tmp/strings"; then
		ok
	elif q --arg s "$line" 'any(.projects[]?; ((.keywords // []) | join("")) == $s)'; then
		# project stack, rendered as chips with no separator in the seed
		ok
	else
		bad "$no" "$line"
	fi
	prev=$line
done

echo "seed_coverage: $allow allowed presentation line(s), listed in $0"
echo "seed_coverage: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
