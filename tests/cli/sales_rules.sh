#!/bin/sh
# The sales line's rules from the command line (issue 14): refused with
# exit 1, the field and the rule named, nothing written; a second expiry
# for a batch with add --reason, kept in the audit row; recall notify and
# return --at; a recall's buyer not voided while it is open. GSPDESK_NOW
# is 2026-11-27 10:00; values worked out by hand.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C1
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-04-01 customer=C2
is "$out" "2" "fixture: two sales"

refused 1 "Quantity: must be 1 on a line with a serial number" "a serial with quantity 2" \
	add sales product=P2 qty=2 serial=SN2 sale_date=2026-05-01 customer=C1
refused 1 "Serial no.: Ｓｎ１ was sold on line 2 (2026-04-01, to ABC_Clinic诊所)" \
	"the same unit sold again, typed full-width" \
	add sales product=P2 qty=1 serial=Ｓｎ１ sale_date=2026-05-01 customer=C1
refused 1 "Expiry date: 2028-02-29 differs from 2028-01-31, the expiry of batch b1 on line 1" \
	"a second expiry for the batch" \
	add sales product=P1 qty=1 batch=b1 expiry=2028-02-29 sale_date=2026-05-01 customer=C1
g add --reason "厂家说明：同批号两个有效期" sales product=P1 qty=1 batch=b1 expiry=2028-02-29 \
	sale_date=2026-05-01 customer=C1
is "$rc:$out:$err" "0:3:" "with --reason it is recorded"
g show sales 3 --history
like "$out" "厂家说明：同批号两个有效期" "the history keeps the reason"

# trace finds the batch however it is typed, with the facts of the day
g edit customers 1 name=改名医院 --reason 更名
g trace --batch " Ｂ１ " --format csv
like "$out" "杭州市第一人民医院" "trace: the buyer's name of the day of sale"
unlike "$out" "改名医院" "trace: not the name given since"

# recalls: --at, and a buyer stays on an open recall
g recall open --product P1 --batch B1 --class II --reason 包装破损
is "$rc" "0" "recall 1 opened at 2026-11-27 10:00"
refused 1 "Notified: 2026-11-27 11:00 is in the future" "told in the future" \
	recall notify 1 C1 --how phone --at "2026-11-27 11:00"
refused 1 "Notified: 2026-11-26 10:00 is before the recall was opened" "told before the opening" \
	recall notify 1 C1 --how phone --at "2026-11-26 10:00"
g recall notify 1 C1 --how phone --at "2026-11-27 10:00"
is "$rc" "0" "told at the opening minute"
refused 1 "Recall 1 is open" "a buyer voided while the recall is open" \
	void recall_recipients 1 --reason 不是买家
refused 1 "改名医院 (0 of 4 back)" "closing with units not back needs --force" \
	recall close 1 --reason 完成
g recall close 1 --reason "厂家现场处理，无需退回" --force
is "$rc" "0" "closed with --force and a reason"

done_testing
