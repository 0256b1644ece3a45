#!/bin/sh
# gspdesk due (issue 6), today 2026-11-27 ($GSPDESK_NOW). Days left worked
# out on the calendar: P1 (sterile) sold 2025-10-01, expiry 2026-11-20:
# re-sterilise from the later of 2026-10-01 and 2026-11-20, 7 days late;
# a line expiring 2026-12-10 (3 + 10 = 13 days); the implant P2 sold
# 2026-08-01 without an implant record: due 90 days later, 2026-10-30,
# 28 days late.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=A sale_date=2025-10-01 expiry=2026-11-20 customer=C1
g add sales product=P1 qty=5 batch=B sale_date=2026-11-01 expiry=2026-12-10 customer=C2
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-08-01 customer=C1

g due --format csv
exit_is 0 "due csv"
is "$(cut -d, -f1-6 "$tmp/out" | tr '\n' ' ')" \
	"kind,form,id,due,days_left,hours_left implant,sales,3,2026-10-30,-28,-672 resterilise,sales,1,2026-11-20,-7,-168 expiring,sales,2,2026-12-10,13,312 " \
	"csv: three rows, most late first"

g due --days 12 --format csv
is "$(cut -d, -f1 "$tmp/out" | tr '\n' ' ')" "kind implant resterilise " \
	"--days 12 leaves out the line 13 days from expiry"

g add implants sale=3 hospital=C1 patient=张三 use_date=2026-08-02
g due --format csv
is "$(cut -d, -f1 "$tmp/out" | tr '\n' ' ')" "kind resterilise expiring " \
	"an implant record clears its line"

g due
exit_is 0 "due table"
like "$out" "-7 d" "table: days left, negative when late"

g due --format json
like "$out" '"days_left":13' "json: days left"

refused 2 "" "--days must be a number" due --days soon
refused 2 "" "--days 0 to 3650" due --days 4000

done_testing
