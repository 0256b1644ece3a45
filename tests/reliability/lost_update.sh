#!/bin/sh
# Promise: two clerks changing the same record never lose one's change
# silently. Both read version 1 (as `show` prints it) and edit with
# --expect-version 1 at the same moment: exactly one wins (version 2, its
# value stored, one edit audit row), the other is refused with exit 1 and a
# message saying the record was changed meanwhile, and changes nothing.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/reliability/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 sale_date=2025-03-05 customer=C1
is "$rc:$out" "0:1" "a sale to fight over"
g show sales 1
like "$out" "(version 1)" "show prints version 1"

# Three rounds, each on a fresh sale at version 1; the two edits start
# together, so which one wins varies.
rounds=3
r=1
while [ "$r" -le "$rounds" ]; do
	if [ "$r" -gt 1 ]; then
		g add sales product=P1 qty=3 batch="B$r" sale_date=2025-03-05 customer=C1
	fi
	id=$r
	for qn in 5 7; do
		"$GSPDESK_BIN" edit sales "$id" "qty=$qn" --reason "count $qn" --expect-version 1 \
			>"$tmp/e$qn.out" 2>"$tmp/e$qn.err" </dev/null &
		eval "pid$qn=\$!"
	done
	wait "$pid5"; rc5=$?
	wait "$pid7"; rc7=$?
	case "$rc5:$rc7" in
	0:1) win=5 lose=7 ;;
	1:0) win=7 lose=5 ;;
	*) win= lose= ;;
	esac
	if [ -z "$win" ]; then
		not_ok "round $r: one edit wins, the other is refused (exits $rc5 and $rc7)"
		diag "$(cat "$tmp/e5.err" "$tmp/e7.err")"
		r=$((r + 1))
		continue
	fi
	ok "round $r: one edit wins (qty=$win), the other is refused with exit 1"
	like "$(cat "$tmp/e$lose.err")" "was changed by admin" "round $r: the refusal says the record was changed meanwhile"
	like "$(cat "$tmp/e$lose.err")" "nothing was saved" "round $r: and that nothing was saved"
	is "$(q "SELECT qty || ' ' || version FROM sales WHERE id = $id")" "$win 2" \
		"round $r: the winner's value is stored, version 2"
	is "$(q "SELECT count(*) FROM audit WHERE form = 'sales' AND record_id = $id AND action = 'edit'")" 1 \
		"round $r: one edit audit row"
	r=$((r + 1))
done

# A stale version after the race is refused the same way, and the database
# does not change.
refused 1 "you had version 1" "a stale --expect-version 1 on version 2" \
	edit sales 1 qty=9 --reason late --expect-version 1
g edit sales 1 qty=9 --reason fresh --expect-version 2
is "$rc" 0 "the current version 2 is accepted"
consistent "after the races"

done_testing
