#!/bin/sh
# After-sales (issue 7): service tickets with the computed warranty charge,
# adverse events that need the stop-use notice, returns never above the
# quantity sold, and `deadlines` with the time left at GSPDESK_NOW
# 2026-11-27 10:00. The office is in 杭州市: C1 (杭州市) is the same city,
# C2 (南京市) elsewhere. Expected values are worked out by hand below.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=L1 sale_date=2025-01-10 customer=C1
is "$out" "1" "sales line 1: three units of batch L1"
g add service kind=install customer=C1 product=P1 serial=SN1 \
	"notified_at=2025-03-01 09:00" accepted_on=2025-03-15 description=安装调试 \
	checklist=外观、开机自检、报警测试：双方逐项确认 handed_over=说明书一份、工具包一套 \
	customer_signatory=设备科王主任 \
	"resolved_at=2025-03-15 16:00"
is "$out" "1" "installation accepted 2025-03-15"

# 12 calendar months after 2025-03-15 is 2026-03-15: free that day, paid the next
fixed="kind=repair customer=C1 product=P1 serial=SN1 description=不开机"
# shellcheck disable=SC2086 # $fixed splits into words on purpose
g add service $fixed "notified_at=2026-03-15 09:00" "resolved_at=2026-03-15 15:00"
is "$out" "2" "a repair notified 2026-03-15"
g show service 2 --format json
like "$out" '"charge":"warranty","charge_reason":null,"warranty_from":"2025-03-15","warranty_basis":"acceptance"' "notified 2026-03-15: warranty, counted from the acceptance"
# shellcheck disable=SC2086
g add service $fixed "notified_at=2026-03-16 09:00" "resolved_at=2026-03-16 15:00"
g show service 3 --format json
like "$out" '"charge":"paid","charge_reason":null,"warranty_from":"2025-03-15","warranty_basis":"acceptance"' "notified 2026-03-16: paid"
# shellcheck disable=SC2086
refused 1 "Charge: is \"Under warranty\" but the warranty from 2025-03-15 gives \"Paid repair\"" \
	"warranty asked for without a reason" \
	add service $fixed "notified_at=2026-03-16 09:00" charge=warranty
# shellcheck disable=SC2086
g add service $fixed "notified_at=2026-03-16 09:00" "resolved_at=2026-03-16 15:00" \
	charge=warranty "charge_reason=总经理同意免费"
is "$rc:$out" "0:4" "the charge overridden with a reason"

# no acceptance of SN9 on record: its sale date 2025-06-01 is used and flagged
g add sales product=P1 qty=1 serial=SN9 sale_date=2025-06-01 customer=C2
g add service kind=repair customer=C2 product=P1 serial=SN9 description=报警 \
	"notified_at=2026-05-01 09:00" "resolved_at=2026-05-02 09:00"
g show service 5 --format json
like "$out" '"charge":"warranty","charge_reason":null,"warranty_from":"2025-06-01","warranty_basis":"sale_date"' "no acceptance: the sale date, flagged as sale_date"
refused 1 "On site at" "on site before the notification" \
	add service kind=repair customer=C1 product=P1 description=x \
	"notified_at=2026-11-20 09:00" "onsite_at=2026-11-19 09:00"

# open deadlines, worked by hand at 2026-11-27 10:00:
# 6: same city, notified 11-26 08:00: on site by 11-28 08:00 (22 h = 1320 min),
#    past the warning at 11-27 08:00
g add service kind=repair customer=C1 product=P1 description=漏液 "notified_at=2026-11-26 08:00"
is "$out" "6" "a same-city repair"
# 7: Nanjing, notified Friday 11-20 17:00, answered 11-21: response met; on site
#    by 11-27 17:00 (7 h = 420 min); parts abroad: resolved by 12-20 17:00
#    (11-20 + 30 days; 23 days 7 h = 33540 min), warning from 12-05
g add service kind=repair customer=C2 product=P1 description=主板 parts_in_stock=no \
	"notified_at=2026-11-20 17:00" "responded_at=2026-11-21 09:00"
is "$out" "7" "an out-of-town repair waiting for parts"
# events: a death learned 11-25 10:00 is due 12-02 10:00 (5 days = 7200 min);
# a cluster learned 11-26 20:00 was due 11-27 08:00 (2 h = 120 min late)
g add events "learned_at=2026-11-25 10:00" product=P1 severity=death use_description=按说明书使用 \
	"stop_use_notice_at=2026-11-25 11:00" stop_use_notified=设备科王主任
is "$out" "1" "a death with its stop-use notice"
g add events "learned_at=2026-11-26 20:00" product=P1 severity=cluster use_description=同批多例
is "$out" "2" "a cluster"
g add events "learned_at=2026-11-26 20:00" product=P1 severity=other use_description=轻微
is "$out" "3" "an other event: no stop-use notice, no deadline"
g deadlines --format csv
is "$out" "form,id,what,due_at,minutes_left,state
events,2,report to the authority,2026-11-27 08:00,-120,missed
service,7,engineer on site,2026-11-27 17:00,420,open
service,6,engineer on site,2026-11-28 08:00,1320,warning
events,1,report to the authority,2026-12-02 10:00,7200,open
service,7,resolved (parts from abroad),2026-12-20 17:00,33540,open" "deadlines, the most urgent first"
g deadlines
like "$out" "-2:00" "the table shows the cluster 2 hours late"
like "$out" "22:00" "and the same-city repair with 22 hours left"
g deadlines --format json
like "$out" '"form":"events","id":2,"what":"report to the authority","due_at":"2026-11-27 08:00","minutes_left":-120,"state":"missed"' "json"
g edit events 2 "authority_report_at=2026-11-27 07:00" --reason 已电话报告
g edit service 6 "onsite_at=2026-11-27 09:30" --reason 已到场
g deadlines --format csv
unlike "$out" "events,2," "a reported event leaves the list"
unlike "$out" "service,6," "a met deadline leaves the list"
refused 2 "" "deadlines takes no words" deadlines now

# time moves forward (issue 15): seen accepted, an authority report three
# days ahead whose deadline then vanished; refused now, and the death of
# 11-25 stays due 12-02 10:00
refused 1 "Reported to the authority at: 2026-11-30 10:00 is in the future (it is now 2026-11-27 10:00)" \
	"an authority report dated three days ahead" \
	edit events 1 "authority_report_at=2026-11-30 10:00" --reason 提前填写
g deadlines --format csv
like "$out" "events,1,report to the authority,2026-12-02 10:00,7200,open" "its deadline is still there"
refused 1 "Reported to the manager at: is before the event was learned of 2026-11-25 10:00" \
	"a manager report before the event was learned of" \
	edit events 1 "manager_report_at=2026-11-25 09:00" --reason 补录
refused 1 "Resolved at: is before the engineer was on site 2026-11-27 09:30" \
	"resolved before the engineer came" edit service 6 "resolved_at=2026-11-27 09:00" --reason 补录

refused 1 "Stop-use notice at: is required: a Serious injury event cannot be saved without the stop-use notice" \
	"serious without the stop-use notice" \
	add events "learned_at=2026-11-27 08:00" product=P1 severity=serious use_description=x
like "$err" "stop_use_notified" "the message names both fields"
refused 1 "Stop-use notice to" "death with the time but not to whom" \
	add events "learned_at=2026-11-27 08:00" product=P1 severity=death use_description=x \
	"stop_use_notice_at=2026-11-27 09:00"

# returns of sales line 1 (3 sold)
g add returns sale=1 qty=2 reason=包装破损 own_product=no
is "$rc:$out" "0:1" "two of three returned"
refused 1 "Quantity: 2 and the 2 already returned exceed the 3 sold on sales line 1" \
	"a return larger than what is left" add returns sale=1 qty=2 reason=x
g add returns sale=1 qty=1 reason=x
is "$rc:$out" "0:2" "the third unit"
g void returns 1 --reason 录错
g add returns sale=1 qty=2 reason=重录
is "$rc:$out" "0:3" "a voided return no longer counts"
refused 1 "Quantity: 2 and the 2 already returned exceed the 3" "an edit counts the others, not itself" \
	edit returns 2 qty=2 --reason 改
refused 1 "Sales line" "no such sales line" add returns sale=99 qty=1 reason=x
# a distributed product's return closes with the supplier's answer; an
# exchange names its replacement (issue 15)
g add sales product=P1 qty=2 batch=L5 sale_date=2026-11-02 customer=C1
ret_line=$out
refused 1 "Supplier's answer: is required to close the return of a distributed product" \
	"a distributed return closed without the supplier's answer" \
	add returns sale="$ret_line" qty=1 reason=漏液 own_product=no outcome=exchange \
	replacement_batch=L6 "supplier_contacted_at=2026-11-03 09:00" supplier_contact=王经理 \
	closed_date=2026-11-10
refused 1 "Replacement serial no.: is required for an exchange" "an exchange without its replacement" \
	add returns sale="$ret_line" qty=1 reason=漏液 own_product=yes outcome=exchange
g add returns sale="$ret_line" qty=1 reason=漏液 own_product=no outcome=exchange \
	replacement_batch=L6 "supplier_contacted_at=2026-11-03 09:00" supplier_contact=王经理 \
	supplier_outcome=同意换货 closed_date=2026-11-10
exit_is 0 "closed with the supplier's contact, answer and the replacement batch"
# seen accepted: a return closed before its sale (line 1 sold 2025-01-10)
refused 1 "Closed date: is before the sale (2025-01-10)" "a return closed before its sale" \
	add returns sale=1 qty=1 reason=x own_product=yes outcome=refund closed_date=2025-01-09
g list returns --format csv
like "$out" "3,1,2,重录" "the return names its sales line by number"

done_testing
