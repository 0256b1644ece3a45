#!/bin/sh
# Retention (issue 15): show prints each record's keeping date, worked out
# by hand (GSPDESK_NOW is 2026-11-27); gspdesk retention lists what is past
# it and may be archived, --all everything with its date, and nothing is
# ever deleted.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 expiry=2032-06-30 sale_date=2026-03-05 customer=C1
g add sales product=P1 qty=1 batch=B2 sale_date=2021-06-01 customer=C1
g add sales product=P2 qty=1 serial=SN1 sale_date=2020-05-01 customer=C2
g add complaints received_at="2020-01-10 09:00" customer=C1 content=旧投诉
g add complaints received_at="2026-04-01 09:00" customer=C1 product=P1 batch=b1 content=破损
is "$rc" "0" "fixture: three sales (one of the implant P2), two complaints"

g show sales 1
like "$out" "Keep until               2034-06-30 (2 years after the expiry date 2032-06-30)" \
	"a line with an expiry: two years after it"
g show sales 2
like "$out" "2026-06-01 (5 years after 2021-06-01)" "without one: five years after the sale"
g show sales 3
like "$out" "for ever (an implanted product)" "an implant: for ever"
g show complaints 2
like "$out" "2034-06-30 (2 years after the expiry date 2032-06-30)" \
	"a complaint about batch b1: the batch's expiry"
g show customers 1
unlike "$out" "Keep until" "master data has no keeping date"

dump_db "$tmp/dump.before"
g retention --format csv
exit_is 0 "retention: exit 0"
is "$(tail -n +2 "$tmp/out" | cut -d, -f1,2,6,7,8 | tr '\n' ' ')" \
	"sales,2,2026-06-01,years,archive complaints,1,2025-01-10,years,archive " \
	"the two records past their date, and only those"
g retention
like "$out" "2 records may be archived; 3 must be kept (1 of them for ever)." "the count of each"
like "$out" "Nothing is ever deleted" "and it says nothing is deleted"
g retention sales --all --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f2,8 | tr '\n' ' ')" "1,keep 2,archive 3,keep " \
	"--all: every line with its state"
dump_db "$tmp/dump.after"
if cmp -s "$tmp/dump.before" "$tmp/dump.after"; then ok "nothing changed"; else not_ok "nothing changed"; fi
g retention customers
exit_is 2 "a form without a keeping date: usage error"
g retention --format json
exit_is 2 "--format json is not offered"

done_testing
