#!/bin/sh
# gspdesk init --demo: the paper records drawn around the sales
# (src/demo/demo_records.c), today 2026-11-27 10:00 ($GSPDESK_NOW). The
# fixed counts follow from the generator's constants; the ones that hang
# on the random sales are counted from the sales lines by the generator's
# rule, never copied from its output.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db --demo

q() {
	"$SQLITE3" "$GSPDESK_DB" "$1"
}
count() {
	q "SELECT count(*) FROM $1 WHERE voided = 0 ${2:+AND $2}"
}

# 33 customers, every one but i % 8 == 7 (i = 7, 15, 23, 31) for each of
# 3 years: 3 × 29 = 87 surveys, each with the 6 active items scored.
is "$(count surveys)" 87 "surveys: 29 customers a year for 3 years"
is "$(count survey_scores)" 522 "survey scores: 6 items × 87 surveys"
is "$(count surveys "date > '$TODAY'")" 0 "no survey dated after today"

# COMPLAINTS_CLOSED = 28 closed, one investigating since yesterday, one
# open since 2026-11-07 (20 days: past the 5 working days for its cause).
is "$(count complaints)" 30 "complaints: 28 closed and 2 open"
is "$(count complaints "status = 'closed'")" 28 "28 complaints closed"
is "$(count complaints "status = 'closed' AND (cause IS NULL OR action IS NULL OR reply_date IS NULL)")" 0 \
	"every closed complaint has its cause, action and reply date"
g list complaints
like "$out" "30 LATE  2026-11-07 15:00" "the complaint open for 20 days is late"
is "$(printf '%s\n' "$out" | grep -c LATE)" 1 "only that one is late"

# QUALITY_VISITS = 60
is "$(count quality)" 60 "quality tracking: 60 visits"

# Every instrument line (serial number, not an implant) sold by
# 2026-11-13 (INSTALL_AFTER = 14 days) is installed, but for the 2 lines
# taken back (returns).
instruments=$(q "SELECT count(*) FROM sales s JOIN products p ON p.id = s.product
	WHERE s.voided = 0 AND p.implant = 0 AND s.serial IS NOT NULL AND s.sale_date <= '2026-11-13'")
installs=$((instruments - 2))
is "$(count service "kind = 'install'")" "$installs" "an installation for every instrument older than 14 days"
is "$(count service "kind = 'install' AND accepted_on IS NULL")" 0 "every installation accepted (the warranty starts)"
# REPAIRS_DONE = 24 finished, one open
is "$(count service "kind = 'repair'")" 25 "repairs: 24 finished and 1 open"
is "$(count service "kind = 'repair' AND resolved_at IS NULL")" 1 "one repair open"
# the sixth on site 9 days after the call: late by the 48-hour and the 7-day promise
is "$(count service "kind = 'repair' AND julianday(onsite_at) - julianday(notified_at) > 7")" 1 \
	"one repair missed its on-site deadline"
is "$(count service "kind = 'repair' AND charge IS NULL")" 0 "every repair charged by the warranty rule"

# Staff: twice a year for 3 years, the 5 demo users each. Operators: 2 at
# every 10th installation (OPERATOR_EVERY), plus the one who failed the
# first session and passed a month later.
ops=$(((installs + 9) / 10))
is "$(count training "kind = 'regulations'")" 6 "staff training twice a year"
is "$(count training "kind = 'customer'")" $((ops + 1)) "operator training at every 10th installation, and a retraining"
is "$(count attendees)" $((6 * 5 + 2 * ops + 1)) "attendees: 5 staff, 2 operators a session, 1 retrained"
is "$(count attendees "result = 'retrain'")" 2 "two operators marked retrain"
is "$(q "SELECT count(*) FROM attendees r WHERE r.result = 'retrain' AND EXISTS (SELECT 1 FROM attendees p
	WHERE p.result = 'passed' AND p.name = r.name AND p.unit = r.unit AND p.session > r.session)")" 1 \
	"one of them passed at a later session"

is "$(count events)" 2 "two adverse events"
is "$(count events "severity = 'serious' AND status = 'reported' AND stop_use_notice_at IS NOT NULL")" 1 \
	"the serious one reported, with its stop-use notice"
is "$(count returns)" 2 "two returns"
is "$(count recalls)" 0 "no recall"

# Implant units sold by 2026-09-18 (IMPLANT_AFTER = 70 days) are recorded,
# but for two stand-by screws an orthopaedic hospital keeps unused
# (demo.c's standby_screws, sold 420 days ago, made 2021)
implant_lines() {
	q "SELECT count(*) FROM sales s JOIN products p ON p.id = s.product
		WHERE s.voided = 0 AND p.implant = 1 AND s.remarks IS NOT '医院备货，未植入' AND $1"
}
is "$(count implants)" "$(implant_lines "s.sale_date <= '2026-09-18'")" \
	"an implant record for every unit sold 70 days ago or more"

g check
exit_is 0 "check passes on the demo database"
# every line carries the facts of its day, equal to the master data it was
# entered from (nothing was edited since)
is "$(count sales "product_name IS NULL OR buyer_name IS NULL")" 0 \
	"every demo sales line has its product and buyer facts frozen on it"
is "$(q "SELECT count(*) FROM sales s JOIN products p ON p.id = s.product
	JOIN customers c ON c.id = s.customer WHERE s.product_name IS NOT p.name
	OR s.manufacturer IS NOT p.manufacturer OR s.reg_no IS NOT p.reg_no
	OR s.buyer_name IS NOT c.name OR s.buyer_licence IS NOT c.licence_no")" 0 \
	"and they are the product's and buyer's of the day"
g report sales-ledger --year 2026 -o "$tmp/demo-ledger.xlsx"
exit_is 0 "the demo's sales ledger is written"

# The due list (30 days): implant lines are due 90 days after the sale,
# so those sold 2026-09-19 .. 2026-09-28 show without a record; the two
# stand-by screws, the oldest, the clerk marked not needed (demo_due.c);
# the open repair was notified 40 hours ago against a 48-hour promise: 8
# hours left.
g due --format csv
exit_is 0 "due"
missing=$(implant_lines "s.sale_date > '2026-09-18' AND s.sale_date <= '2026-09-28'")
[ "$missing" -gt 2 ]
ok_if $? "some implant units left without a record"
is "$(grep -c '^implant,' "$tmp/out")" "$missing" "due lists the implant units without a record; the stand-by screws handled"
# the stand-by screws' sterility ran out 40 days ago (made 1,866 days ago,
# five years' validity): re-sterilised free, one row for the two
is "$(grep -c '^resterilise,' "$tmp/out")" 1 "one re-sterilisation due"
like "$(grep '^resterilise,' "$tmp/out")" "×2" "for the two stand-by screws"
open=$(q "SELECT id FROM service WHERE kind = 'repair' AND resolved_at IS NULL")
like "$(cat "$tmp/out")" "repair,service,$open,2026-11-27 18:00,0,8," "due lists the open repair, 8 hours left"
g due --handled --format csv
is "$(cut -d, -f1,3,5 "$tmp/out" | sort | tr '\n' ' ')" \
	"complaint,done,lijing implant,not_needed,wangfang implant,not_needed,wangfang kind,outcome,by retrain,declined,chenmin " \
	"some rows already handled, each by the user whose role acts on it"
n=$(($(wc -l <"$tmp/out") - 1))
g list due_handled --format csv
is "$(($(printf '%s\n' "$out" | wc -l) - 1))" "$n" "each a record"

# receiving (issue 23): three suppliers, one licence expiring within 60 days
# of 2026-11-27 (by 2027-01-26); every product qualified, one certificate
# expired with nothing sold after it; a receipt before every batch or
# serial number sold, and stock left on the shelf
is "$(count suppliers)" 3 "three suppliers"
is "$(count suppliers "licence_expiry BETWEEN '$TODAY' AND '2027-01-26'")" 1 \
	"one supplier licence expires within 60 days"
is "$(count products "approved_on IS NULL")" 0 "every product qualified"
is "$(count products "cert_expiry < '$TODAY'")" 1 "one certificate expired"
is "$(q "SELECT count(*) FROM sales s JOIN products p ON p.id = s.product
	WHERE s.voided = 0 AND s.sale_date > p.cert_expiry")" 0 "nothing sold after its certificate expired"
is "$(q "SELECT count(*) FROM sales s WHERE s.voided = 0 AND NOT EXISTS (SELECT 1
	FROM receipt_lines l JOIN receipts h ON h.id = l.receipt
	WHERE l.voided = 0 AND h.voided = 0 AND l.conclusion = 'accepted' AND l.product = s.product
	AND h.date <= s.sale_date AND (l.batch_key = s.batch_key
	OR (s.batch_key IS NULL AND l.batch_key IS NULL AND l.serial_key = s.serial_key)))")" 0 \
	"every sales line's batch or serial was received before it was sold"
g stock
like "$out" "On hand" "stock lists what is left"
on_shelf=$(printf '%s\n' "$out" | awk 'NR > 1 && $NF > 0' | wc -l)
[ "$on_shelf" -gt 0 ]
ok_if $? "stock left on the shelf ($on_shelf batches)"
is "$(printf '%s\n' "$out" | awk 'NR > 1 && $NF < 0' | wc -l)" 0 \
	"no batch below zero (the unit an exchange gave out was received too)"
g settings stock_check
is "$out" "on" "the office keeps its stock: sales beyond it are refused"

# The demo is drawn around today: it must hold together whatever day it
# is made (seen: on 2026-12-06 two operators of one session drew the same
# name, and the roster refused the second). Days across a year, month
# ends, a leap day and the turn of a year.
for day in 2026-12-06 2026-12-31 2027-01-01 2027-03-15 2027-06-30 2027-09-30 2028-02-29; do
	GSPDESK_DB=$tmp/demo-$day.db GSPDESK_NOW=${day}T09:00 init_db --demo
	ok "the demo office made on $day"
done

done_testing
