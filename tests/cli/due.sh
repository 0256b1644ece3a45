#!/bin/sh
# gspdesk due (issues 6 and 17), today 2026-11-27 ($GSPDESK_NOW). Days
# left worked out on the calendar: the instrument set P3 (re-sterilisable)
# batch A sold 2025-10-01, sterile until 2026-11-20: re-sterilise from the
# later of 2026-10-01 and 2026-11-20, 7 days late; the same dates for the
# single-use syringe P1: never; P3 batch B expiring 2026-12-10 at C2 (3 +
# 10 = 13 days); the implant P2 sold 2026-08-01 without an implant
# record: due 90 days later, 2026-10-30, 28 days late. Ids: products P1
# 1, P2 2, P3 3; customers C1 1, C2 2.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add products code=P3 name=手术器械包 sterile=yes resterilisable=yes
g add sales product=P3 qty=10 batch=A sale_date=2025-10-01 expiry=2026-11-20 customer=C1
g add sales product=P1 qty=10 batch=A sale_date=2025-10-01 expiry=2026-11-20 customer=C1
g add sales product=P3 qty=5 batch=B sale_date=2026-11-01 expiry=2026-12-10 customer=C2
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-08-01 customer=C1

g due --format csv
exit_is 0 "due csv"
is "$(cut -d, -f1-6 "$tmp/out" | tr '\n' ' ')" \
	"kind,form,id,due,days_left,hours_left implant,sales,4,2026-10-30,-28,-672 resterilise,sales,1,2026-11-20,-7,-168 expiring,sales,3,2026-12-10,13,312 " \
	"csv: three rows, most late first; no syringe to re-sterilise"
is "$(cut -d, -f8-9 "$tmp/out" | tr '\n' ' ')" \
	"key,customer 4,杭州市第一人民医院 1/3/A,杭州市第一人民医院 2/3/B,ABC_Clinic诊所 " \
	"csv: each row's key and customer"

g due --days 12 --format csv
is "$(cut -d, -f1 "$tmp/out" | tr '\n' ' ')" "kind implant resterilise " \
	"--days 12 leaves out the line 13 days from expiry"
g due --kind expiring --format csv
is "$(cut -d, -f1 "$tmp/out" | tr '\n' ' ')" "kind expiring " "--kind: one kind"

g add implants sale=4 hospital=C1 patient=张三 use_date=2026-08-02
g due --format csv
is "$(cut -d, -f1 "$tmp/out" | tr '\n' ' ')" "kind resterilise expiring " \
	"an implant record clears its line"

g due
exit_is 0 "due table"
like "$out" "-7 d" "table: days left, negative when late"
like "$out" "ABC_Clinic诊所" "table: the customer"

g due --format json
like "$out" '"days_left":13' "json: days left"
like "$out" '"key":"2/3/B"' "json: the key"

# handling a row: it leaves, with its note, by whom and when
g due done resterilise 1/3/A --note 已安排返厂灭菌
exit_is 0 "due done"
is "$out" "1" "prints the handled record's id"
g due --format csv
is "$(cut -d, -f1 "$tmp/out" | tr '\n' ' ')" "kind expiring " "the handled row left"
g due declined expiring 2/3/B --note 客户不需要
exit_is 0 "due declined"
g due --format csv
is "$(cut -d, -f1 "$tmp/out" | tr '\n' ' ')" "kind " "nothing is left"
g due --handled --format csv
is "$(cut -d, -f1-5 "$tmp/out" | tr '\n' ' ')" \
	"kind,key,outcome,note,by expiring,2/3/B,declined,客户不需要,admin resterilise,1/3/A,done,已安排返厂灭菌,admin " \
	"--handled lists them, newest first"
g list due_handled --format csv
like "$out" "已安排返厂灭菌" "a record like any other"

# a new sale of batch A to C1 (dated back a year) raises it again
g add sales product=P3 qty=2 batch=A sale_date=2025-10-20 expiry=2026-11-20 customer=C1
g due --format csv
like "$out" "resterilise,sales,5,2026-11-20,-7" "a new sale of the batch raises the row again"
like "$out" "×12" "... with the units now there"

refused 2 "note" "--note is required" due done resterilise 1/3/A
refused 2 "KIND" "done takes a kind and a key" due not-needed resterilise --note x
refused 1 "1/3/X" "a key nothing is due under" due not-needed resterilise 1/3/X --note x
refused 1 "handled already" "handled twice" due declined expiring 2/3/B --note again
refused 1 "calendars" "a kind there is none of" due done calendars 2026 --note x
refused 2 "" "--days must be a number" due --days soon
refused 2 "" "--days 0 to 3650" due --days 4000
refused 2 "" "--kind of a known kind" due --kind soon

# the window: an expiry 91 days ago is no longer acted on, unless asked
g add sales product=P3 qty=1 batch=OLD sale_date=2024-01-01 expiry=2026-08-28 customer=C2
g due --kind resterilise --format csv
unlike "$out" "OLD" "an expiry older than the 90-day window is left out"
g due --kind resterilise --window 91 --format csv
like "$out" "2/3/OLD" "--window 91 shows it"
g settings due_window_days 120
g due --kind resterilise --format csv
like "$out" "2/3/OLD" "so does the setting"

done_testing
