#!/bin/sh
# The audit trail (issue 2, "Users and audit"): every add, edit and void is
# recorded with its user, the real UTC time, each changed field's old and
# new value and the reason, and `show FORM ID --history` prints it. Edits and
# voids need --reason (else usage, exit 2); a stale --expect-version is
# refused (exit 1) and changes nothing; a voided record stays, cannot be
# voided or edited again, and list hides it unless --all.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g_newpw clerk-pass-1 user add clerk_zhang --role clerk
exit_is 0 "user add clerk_zhang --role clerk"
g_newpw quality-pass-1 user add qa_chen --role quality
exit_is 0 "user add qa_chen --role quality"

# The rule clock is set far from today: audit rows must carry the real time.
before=$(date -u +%Y-%m-%d)
GSPDESK_NOW=2025-06-01T10:00
g_as clerk_zhang clerk-pass-1 add sales product=P1 qty=3 unit_price=12.50 batch=B1 \
	sale_date=2025-03-05 customer=C1
is "$rc:$out" "0:1" "the clerk adds sale 1"
GSPDESK_NOW=2026-11-27T10:00
after=$(date -u +%Y-%m-%d)

# --- refused changes: usage and stale versions ------------------------------
have_sqlite3 && dump_db "$tmp/dump.v1"
g edit sales 1 qty=5
exit_is 2 "edit without --reason: exit 2"
like "$err" "--reason" "the message asks for --reason"
g edit sales 1 qty=5 --reason ""
exit_is 2 "edit with an empty --reason: exit 2"
g edit sales 1 --reason "nothing given"
exit_is 2 "edit without FIELD=VALUE: exit 2"
g void sales 1
exit_is 2 "void without --reason: exit 2"
unchanged_since "$tmp/dump.v1" "the refused edits and void changed nothing"

# --- an edit by the administrator ------------------------------------------
g edit sales 1 qty=5 batch=B2 --reason "delivery note DN-0315 says 5" --expect-version 1
exit_is 0 "admin edits qty 3 -> 5 and batch B1 -> B2 (expecting version 1)"
is "$out" "" "edit prints nothing on stdout"
have_sqlite3 && dump_db "$tmp/dump.v2"
g edit sales 1 qty=6 --reason "stale screen" --expect-version 1
exit_is 1 "edit expecting version 1 of a record now at version 2: exit 1"
unchanged_since "$tmp/dump.v2" "the stale edit changed nothing"
g list sales --format csv
like "$out" "1,P1,5ml,5,B2,,,2025-03-05,C1,12.50,62.50," \
	"qty is still 5 after the stale edit, and the amount follows it: 62.50"
g show sales 1
like "$out" "5" "show after the edit"
g edit sales 1 remarks=补开发票 --reason "invoice reissued" --expect-version 2
exit_is 0 "edit expecting the current version 2: exit 0"

# --- void --------------------------------------------------------------------
g_as qa_chen quality-pass-1 void sales 1 --reason "entered twice by mistake"
exit_is 0 "the quality manager voids sale 1"
have_sqlite3 && dump_db "$tmp/dump.void"
g void sales 1 --reason "again"
exit_is 1 "voiding it twice: exit 1"
unchanged_since "$tmp/dump.void" "the second void changed nothing"
g edit sales 1 qty=7 --reason "after the void"
exit_is 1 "editing a voided record: exit 1"
unchanged_since "$tmp/dump.void" "the edit of a voided record changed nothing"
g list sales --format csv
is "$(sed -n '2,$p' "$tmp/out")" "" "list hides the voided sale"
g list sales --all --format csv
like "$(sed -n '2p' "$tmp/out")" "1,P1," "list --all shows it"

# --- the history -------------------------------------------------------------
g show sales 1 --history
exit_is 0 "show sales 1 --history"
cp "$tmp/out" "$tmp/history.txt"
hist=$(sed -n '/History/,$p' "$tmp/history.txt")
like "$out" "entered twice by mistake" "show prints the void reason"
unlike "$(sed '/History/q' "$tmp/history.txt")" "…" "show cuts no label or value short (no '…')"
like "$hist" "clerk_zhang" "the history names the clerk who added it"
like "$hist" "admin" "... the administrator who edited it"
like "$hist" "qa_chen" "... and the quality manager who voided it"
like "$hist" "3 → 5" "the edit shows qty's old and new value: 3 → 5"
like "$hist" "B1 → B2" "... and batch's: B1 → B2"
like "$hist" "补开发票" "the second edit shows the new remarks"
like "$hist" "delivery note DN-0315 says 5" "the edit's reason"
like "$hist" "invoice reissued" "the second edit's reason"
like "$hist" "entered twice by mistake" "the void's reason"
unlike "$hist" "stale screen" "the refused edit left no trace"
unlike "$hist" "again" "the refused second void left no trace"
# order: added, edited, edited, voided
l_add=$(grep -n 'clerk_zhang' "$tmp/history.txt" | tail -n 1 | cut -d: -f1)
l_edit=$(grep -n 'DN-0315' "$tmp/history.txt" | cut -d: -f1)
l_void=$(grep -n 'qa_chen' "$tmp/history.txt" | tail -n 1 | cut -d: -f1)
if [ -n "$l_add" ] && [ -n "$l_edit" ] && [ -n "$l_void" ] &&
	[ "$l_add" -lt "$l_edit" ] && [ "$l_edit" -lt "$l_void" ]; then
	ok "the history is in order: add, edit, void"
else
	not_ok "the history is in order: add, edit, void"
	diag "lines: add $l_add, edit $l_edit, void $l_void"
fi
add_line=$(grep 'clerk_zhang' "$tmp/history.txt" | tail -n 1)
case $add_line in
*"$before"* | *"$after"*) ok "the add is stamped with the real UTC date, not GSPDESK_NOW" ;;
*) not_ok "the add is stamped with the real UTC date, not GSPDESK_NOW"; diag "got: $add_line" ;;
esac
unlike "$hist" "2025-06-01" "GSPDESK_NOW (2025-06-01) is not the audit time"

# the clerk sees the same history
g_as clerk_zhang clerk-pass-1 show sales 1 --history
exit_is 0 "the clerk may read the history"
g show sales 2 --history
exit_is 1 "history of a record that does not exist: exit 1"

done_testing
