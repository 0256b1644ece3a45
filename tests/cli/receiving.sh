#!/bin/sh
# Receiving (issue 23) from the command line: every refusal exits 1 naming
# the field and the rule with the database unchanged; a quality manager's
# --reason overrides an expired certificate, a clerk's does not; stock by
# batch worked out by hand from receipts, rejections, an opening balance,
# sales, a voided sale, a refund and an exchange. GSPDESK_NOW is
# 2026-11-27 10:00.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
must add products code=P1 name=注射器 class=II reg_no=浙械注准1 cert_expiry=2027-12-31 \
	approved_on=2026-01-05 approved_by=王
must add products code=P2 name=监护仪 class=III reg_no=国械注准2 approved_on=2026-01-05 approved_by=王
must add products code=P3 name=敷料 class=II
must add customers code=C1 name=一院 licence_no=L-C1 licence_expiry=2026-08-31
must add customers code=C2 name=二院
must add suppliers code=S1 name=供货甲 licence_no=L1 licence_expiry=2026-10-31 class_ii=yes \
	approved_on=2026-01-02 approved_by=李
must add suppliers code=S2 name=供货乙 licence_expiry=2027-12-31 class_ii=yes class_iii=yes \
	approved_on=2026-01-02 approved_by=李
must add suppliers code=S3 name=供货丙 class_ii=yes
must add suppliers code=S4 name=供货丁 class_ii=yes approved_on=2026-01-02 approved_by=李 status=suspended
g_newpw clerk-pass-1 user add clerk1 --role clerk
g_newpw quality-pass-1 user add qa1 --role quality

# --- receiving from a supplier ---------------------------------------------
refused 1 "Supplier: has a licence that expired on 2026-10-31, before the day received 2026-11-01" \
	"a supplier whose licence expired" add receipts date=2026-11-01 supplier=S1
refused 1 "Supplier: has no approved qualification (首营企业审核)" "an unapproved supplier" \
	add receipts date=2026-10-01 supplier=S3
refused 1 "Supplier: is suspended" "a suspended supplier" add receipts date=2026-10-01 supplier=S4
refused 1 "Supplier: is required for a purchase" "a purchase names its supplier" \
	add receipts date=2026-10-01
must add receipts date=2026-10-01 supplier=S1 invoice_no=F1
is "$out" 1 "receipt 1 from 供货甲"

refused 1 "Product: is of class III, which the business scope of supplier 供货甲 does not cover" \
	"a product outside the supplier's scope" add receipt_lines receipt=1 product=P2 qty=1 serial=SN1
refused 1 "Product: has no approved qualification (首营品种审核)" "an unqualified product" \
	add receipt_lines receipt=1 product=P3 qty=1 batch=D1
refused 1 "Reason rejected: is required when rejected" "a rejection says why" \
	add receipt_lines receipt=1 product=P1 qty=3 batch=B1 conclusion=rejected

must add receipt_lines receipt=1 product=P1 qty=10 batch=B1 expiry=2028-01-31 inspector=张
must add receipt_lines receipt=1 product=P1 qty=3 batch=B1 conclusion=rejected reject_reason=外包装破损
must add receipts date=2026-10-05 supplier=S2
must add receipt_lines receipt=2 product=P2 qty=1 serial=SN1
must add receipt_lines receipt=2 product=P1 qty=5 batch=B2 expiry=2027-03-31
must add receipts date=2026-01-01 kind=opening remarks=期初
must add receipt_lines receipt=3 product=P1 qty=4 batch=B0 expiry=2026-12-31
g show receipt_lines 1 --format json
like "$out" '"reg_no":"浙械注准1"' "the registration number is frozen on the line"

# --- selling ------------------------------------------------------------------
must add sales product=P1 qty=6 batch=B1 sale_date=2026-10-10 customer=C2
sale=$out
must add returns sale="$sale" qty=2 reason=多发 outcome=refund
must add returns sale="$sale" qty=1 reason=换货 outcome=exchange replacement_batch=b2
must add sales product=P1 qty=1 batch=B0 sale_date=2026-10-10 customer=C2
must void sales "$out" --reason 录错

refused 1 "Destination: has a licence that expired on 2026-08-31, before the sale date 2026-09-01" \
	"a buyer whose licence expired" \
	add sales product=P1 qty=1 batch=B1 sale_date=2026-09-01 customer=C1
must edit products 2 cert_expiry=2026-10-31 --reason 注册证到期
refused 1 "Product: has a registration certificate that expired on 2026-10-31, before the sale date 2026-11-01" \
	"a product whose certificate expired" \
	add sales product=P2 qty=1 serial=SN1 sale_date=2026-11-01 customer=C2
GSPDESK_USER=clerk1 GSPDESK_PASSWORD=clerk-pass-1
refused 1 "Product: has a registration certificate that expired on 2026-10-31" \
	"a clerk's reason does not override it" \
	add --reason 急用 sales product=P2 qty=1 serial=SN1 sale_date=2026-11-01 customer=C2
GSPDESK_USER=qa1 GSPDESK_PASSWORD=quality-pass-1
g add --reason "质量部批准：新证在办" sales product=P2 qty=1 serial=SN1 sale_date=2026-11-01 customer=C2
is "$rc:$err" "0:" "a quality manager's reason overrides it"
g show sales "$out" --history
like "$out" "质量部批准：新证在办" "the audit keeps the reason"
GSPDESK_USER=$ADMIN GSPDESK_PASSWORD=$ADMIN_PASSWORD

# --- stock, by hand -------------------------------------------------------------
# with stock_check off (the default) the office does not record its
# receipts: no figures rather than sales as stock below zero
refused 1 "Stock is not kept: receipts are not recorded here (the setting stock_check is off" \
	"stock_check off: stock is not shown" stock
refused 1 "Stock is not kept" "nor at a date" stock --at 2026-10-10
must settings stock_check on

# B0: opening 4, the voided sale does not count = 4
# B1: 10 accepted (the 3 rejected do not enter) - 6 sold + 2 refunded + 1 exchanged back = 7
# B2: 5 - 1 given out in the exchange = 4
# SN1: 1 received - 1 sold = 0, not listed
g stock
is "$(printf '%s\n' "$out" | tr -s ' ')" "Product code Product name Batch no. Serial no. Expiry date On hand
P1 注射器 B0 2026-12-31 4
P1 注射器 B2 2027-03-31 4
P1 注射器 B1 2028-01-31 7" "stock: on hand per batch, nearest expiry first"
g stock --expiring 60
is "$(printf '%s\n' "$out" | tr -s ' ' | tail -n +2)" "P1 注射器 B0 2026-12-31 4" \
	"--expiring 60: only what expires by 2027-01-26"
g stock --product P2
is "$(printf '%s\n' "$out" | tail -n +2)" "" "--product P2: nothing left"
refused 2 "--expiring takes a number of days" "--expiring takes a number" stock --expiring soon

# stock at the end of a day: each move on its own day (the returns, not
# closed, from their sale's day 2026-10-10; the monitor SN1 sold 2026-11-01)
g stock --at 2026-10-04
is "$(printf '%s\n' "$out" | tr -s ' ' | tail -n +2)" "P1 注射器 B0 2026-12-31 4
P1 注射器 B1 2028-01-31 10" "--at 2026-10-04: the opening balance and receipt 1"
g stock --at 2026-10-09
is "$(printf '%s\n' "$out" | tr -s ' ' | tail -n +2)" "P1 注射器 B0 2026-12-31 4
P1 注射器 B2 2027-03-31 5
P1 注射器 B1 2028-01-31 10
P2 监护仪 SN1 1" "--at 2026-10-09: receipt 2 too, nothing sold yet"
g stock --at 2026-10-10
is "$(printf '%s\n' "$out" | tr -s ' ' | tail -n +2)" "P1 注射器 B0 2026-12-31 4
P1 注射器 B2 2027-03-31 4
P1 注射器 B1 2028-01-31 7
P2 监护仪 SN1 1" "--at 2026-10-10: 10 - 6 + 2 + 1 of B1, 5 - 1 of B2"
g stock --at 2026-11-01 --product P2
is "$(printf '%s\n' "$out" | tail -n +2)" "" "--at 2026-11-01: the monitor is sold"
g stock --at 2026-10-10 --expiring 90
is "$(printf '%s\n' "$out" | tr -s ' ' | tail -n +2)" "P1 注射器 B0 2026-12-31 4" \
	"--expiring counts from --at: 2026-10-10 + 90 days is 2027-01-08"
refused 2 "--at takes a date such as 2025-03-05" "--at takes a date" stock --at soon
# stock is known up to today (2026-11-27): a later day would pass today's
# figures off as its own
refused 1 "2026-11-28 is in the future (today is 2026-11-27)" "--at a day to come" stock --at 2026-11-28
g stock --at 2026-11-27
exit_is 0 "--at today is today's stock"

# with stock_check on: qualification and stock on hand
must settings stock_check on
refused 1 "Quantity: 8 is more than the 7 on hand of b1 (库存不足)" "more than on hand" \
	add sales product=P1 qty=8 batch=b1 sale_date=2026-11-20 customer=C2
refused 1 "Product: has no approved qualification (首营品种审核)" "an unqualified product is not sold" \
	add sales product=P3 qty=1 batch=D1 sale_date=2026-11-20 customer=C2
g add sales product=P1 qty=7 batch=ｂ１ sale_date=2026-11-20 customer=C2
is "$rc:$err" "0:" "all 7 on hand of B1, however typed, are sold"
g stock --product P1
unlike "$out" "B1" "B1 is sold out"

# an open recall blocks receiving more of the batch
must recall open --product P1 --batch B2 --class II --reason 包装缺陷
refused 1 "Batch no.: is under recall 1 (class II" "no more of a recalled batch is received" \
	add receipt_lines receipt=2 product=P1 qty=2 batch=B2
g add receipt_lines receipt=2 product=P1 qty=2 batch=B2 conclusion=rejected reject_reason=召回中
is "$rc:$err" "0:" "a recalled batch can still be rejected"

# an exchange gives goods out like a sale: not a recalled batch (typed in
# lower case and full width, as a tired clerk might), not more than is on
# hand; the exchange given before the recall stands, and its edits that
# keep the replacement too
refused 1 "Replacement batch no.: is under recall 1 (class II" \
	"a recalled batch is not given out as a replacement" \
	add returns sale="$sale" qty=1 reason=换货 outcome=exchange replacement_batch=ｂ２
must add receipts date=2026-11-02 supplier=S2
must add receipt_lines receipt=4 product=P1 qty=1 batch=B5 expiry=2028-03-31
b5_line=$out
# sales line $sale sold 6: 2 refunded and 1 exchanged leave 3 to return
refused 1 "Replacement batch no.: B5: 2 to give out is more than the 1 on hand (库存不足)" \
	"no more given out than is on hand" \
	add returns sale="$sale" qty=2 reason=换货 outcome=exchange replacement_batch=B5
must add returns sale="$sale" qty=1 reason=换货 outcome=exchange replacement_batch=B5 own_product=yes \
	closed_date=2026-11-20
exch=$out
g edit returns "$exch" reason=换货（外观划痕） --reason 补充原因
is "$rc:$err" "0:" "an edit that keeps the replacement is not judged again (it is counted out already)"
g edit returns 2 reason=换货（批号B2） --reason 补充原因
is "$rc:$err" "0:" "nor is the exchange given before the recall"
g stock --product P1
unlike "$out" "B5" "B5: 1 received, 1 given out"
# the replacement goes where a sale goes: to 二院, on the day the exchange
# closed, its return's id, its sales line under sale
g trace --product P1 --batch B5 --format csv
is "$(sed -n 3p "$tmp/out" | cut -d, -f1-8,12,15)" "exchange,$exch,2026-11-20,P1,B5,,C2,二院,1,$sale" \
	"trace: a unit an exchange gave out is where it went"
g trace --product P1 --batch B5
like "$out" "$sale (exchange, return $exch)" "trace table: the line and its exchange"

# a serial number names one unit, given out by a sale or by an exchange
must add receipt_lines receipt=4 product=P2 qty=1 serial=SN7
must add receipt_lines receipt=4 product=P2 qty=1 serial=SN8
must add sales product=P2 qty=1 serial=SN7 sale_date=2026-10-20 customer=C2
sn_sale=$out
refused 1 "Replacement serial no.: sn7 was sold on line $sn_sale (2026-10-20, to 二院) and has not come back" \
	"a replacement is not a unit still with a customer" \
	add returns sale="$sn_sale" qty=1 reason=换货 outcome=exchange own_product=yes replacement_serial=sn7
must add returns sale="$sn_sale" qty=1 reason=换货 outcome=exchange own_product=yes \
	replacement_serial=sn8 closed_date=2026-11-25
refused 1 "Serial no.: SN8 was given out in an exchange for line $sn_sale (2026-11-25, to 二院): that unit is with the customer" \
	"a unit an exchange gave out is not sold again" \
	add sales product=P2 qty=1 serial=SN8 sale_date=2026-11-26 customer=C1

# no change leaves goods sold without the receipt they came in on: B5's one
# unit went out in the exchange, so its line cannot go
refused 1 "B5: 0 on hand, and this change takes away 1: it would leave goods sold without the receipt" \
	"a receipt line whose goods are gone is not voided" void receipt_lines "$b5_line" --reason 录错
g edit receipt_lines "$b5_line" qty=3 --reason 实收3件
is "$rc:$err" "0:" "a line may bring more"
g edit receipt_lines "$b5_line" qty=2 --reason 实收2件
is "$rc:$err" "0:" "or less, while what it brought is still on hand (3 - 1 given out = 2, taking 1)"
# now 2 in, 1 out: 1 on hand; rejecting the 2 takes them both
refused 1 "B5: 1 on hand, and this change takes away 2" "nor rejected afterwards" \
	edit receipt_lines "$b5_line" conclusion=rejected reject_reason=补记拒收 --reason 改
refused 1 "B5: 1 on hand, and this change takes away 2" "nor moved to another batch" \
	edit receipt_lines "$b5_line" batch=B6 --reason 改
refused 1 "B5: 1 on hand, and this change takes away 2" "the whole receipt is not voided either" \
	void receipts 4 --reason 录错
g edit receipt_lines "$b5_line" batch=ｂ５ --reason 全角
is "$rc:$err" "0:" "the same batch typed another way takes nothing"
# B1: 10 received - 6 and 7 sold + 2 refunded + 1 and 1 exchanged back = 1
# on hand: the refund's 2 cannot leave again, they were sold on
refused 1 "B1: 1 on hand, and this change takes away 2" "a refund whose goods were sold on is not voided" \
	void returns 1 --reason 录错

# trace: where the batch came from above where it went
g trace --product P1 --batch B1
is "$(printf '%s\n' "$out" | tr -s ' ' | sed -n '1,5p')" "Received:
Date received Supplier Quantity Batch no. Serial no. Conclusion Inspector Receipt
2026-10-01 供货甲 10 B1 accepted 张 1
2026-10-01 供货甲 3 B1 rejected 1
Total quantity received: 10 accepted, 3 rejected" "trace: the receipts first"
like "$out" "Total quantity sold: 13 in 2 lines" "trace: then the 6 + 7 sold"

# the same upstream in every output: lines 1 and 2 of receipt 1 above sales
# lines 1 (6 units) and 4 (the 7); B0's only line is opening balance line 5
g trace --product P1 --batch B1 --format csv
is "$(cut -d, -f1-4,8,12,15-18 "$tmp/out" | tr '\n' ' ')" \
	"kind,id,date,product,name,qty,sale,receipt,conclusion,inspector receipt,1,2026-10-01,P1,供货甲,10,,1,accepted,张 receipt,2,2026-10-01,P1,供货甲,3,,1,rejected, sale,1,2026-10-10,P1,二院,6,,,, sale,4,2026-11-20,P1,二院,7,,,, " \
	"trace csv: the receipt lines first, then the sales"
g trace --batch B0 --format csv
is "$(sed -n 2p "$tmp/out" | cut -d, -f1-5,12,16,17)" "opening,5,2026-01-01,P1,B0,4,3,accepted" \
	"trace csv: an opening balance is its own kind"
if have_python; then
	g trace --product P1 --batch B1 --format json
	is "$("$PY" -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d["received_qty"], d["rejected_qty"], d["total_qty"])
for r in d["receipts"]:
    print(r["id"], r["receipt"], r["date_received"], r["supplier"], r["product"], r["batch"],
          r["serial"], r["qty"], r["conclusion"], r["inspector"], r["opening"])' "$tmp/out")" \
		"10 3 13
1 1 2026-10-01 供货甲 P1 B1 None 10 accepted 张 False
2 1 2026-10-01 供货甲 P1 B1 None 3 rejected None False" "trace json: received, rejected and each receipt line"
else
	skip "trace json: received, rejected and each receipt line" "no python3"
fi
book=$tmp/trace-b1.xlsx
g trace --product P1 --batch B1 --format xlsx -o "$book"
exit_is 0 "trace as a workbook with its receipts"
if have_openpyxl; then
	cells=$("$PY" - "$book" <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(wb.sheetnames)
r = wb.worksheets[0]
print(r["A2"].value)
for row in (5, 6, 7):
    print([c.value.strftime("%Y-%m-%d") if hasattr(c.value, "strftime") else c.value
           for c in r[row][:9]])
print(r.cell(5, 1).number_format)
PYEOF
)
	like "$cells" "['Received', 'Buyers', 'Implanted']" "xlsx: the receipts are the first sheet"
	like "$cells" "Batch B1. Total quantity received: 10 accepted, 3 rejected." "xlsx: the totals under the title"
	like "$cells" "['2026-10-01', '供货甲', 'P1', 'B1', None, 10, 'accepted', '张', 1]" "xlsx: the accepted line"
	like "$cells" "['2026-10-01', '供货甲', 'P1', 'B1', None, 3, 'rejected', None, 1]" "xlsx: the rejected line"
	like "$cells" "[None, None, None, None, None, None, None, None, None]" "xlsx: nothing after the two lines"
	like "$cells" "yyyy-mm-dd" "xlsx: the date received is a date"
else
	skip "trace workbook with its receipts read back" "no python3-openpyxl"
fi

# the recall sheet accounts for every unit of B2: 5 received (2 more
# rejected while recalled), 1 given out in the exchange to 二院, who is
# among the buyers to tell, 0 back, 4 on hand
g recall show 1
like "$out" "Received 5 (and 2 rejected) = sold 1 - came back 0 + on hand 4 to quarantine" \
	"recall: received = sold - came back + on hand"
like "$(printf '%s\n' "$out" | tr -s ' ')" "1 1 二院 1" "recall: the customer the exchange gave B2 to is told"
must settings stock_check off
g recall show 1
unlike "$out" "to quarantine" "stock_check off: no stock to reconcile on the recall sheet"
must settings stock_check on

# an opening balance from the office's spreadsheet, through import
printf 'receipt,product,qty,batch,expiry\n3,P1,2,B9,2029-01-31\n' >"$tmp/opening.csv"
g import receipt_lines "$tmp/opening.csv"
is "$rc" 0 "import: an opening balance line"
g stock --product P1
like "$(printf '%s\n' "$out" | tr -s ' ')" "P1 注射器 B9 2029-01-31 2" "the imported balance is on hand"
printf 'receipt,product,qty,batch\n3,P3,5,D1\n' >"$tmp/bad.csv"
refused 1 "has no approved qualification" "import: an unqualified product is refused alike" \
	import receipt_lines "$tmp/bad.csv"

# what an inspector may accept on the day received (receipt 1, 2026-10-01)
refused 1 "Production date: is after the day received 2026-10-01" "goods made after they arrived" \
	add receipt_lines receipt=1 product=P1 qty=1 batch=E1 made=2026-10-02
refused 1 "Production date: 2027-01-01 is in the future (today is 2026-11-27)" "a production date in the future" \
	add receipt_lines receipt=1 product=P1 qty=1 batch=E1 made=2027-01-01
refused 1 "Expiry date: is before the day received 2026-10-01: expired goods are not accepted" \
	"expired goods are not accepted" add receipt_lines receipt=1 product=P1 qty=1 batch=E1 expiry=2026-09-30
refused 1 "Storage check: is no: goods that did not arrive as their storage asks are not accepted" \
	"a failed storage check is not accepted" add receipt_lines receipt=1 product=P1 qty=1 batch=E1 storage_ok=no
g add receipt_lines receipt=1 product=P1 qty=1 batch=E1 expiry=2026-09-30 storage_ok=no \
	conclusion=rejected reject_reason=已过期且冷链断链
is "$rc:$err" "0:" "both are recorded as rejected, with the reason"

# a line keeps the facts of its day: renaming the product and its new
# certificate do not rewrite receipt line 1 when a remark on it is edited
must edit products 1 name=注射器（新包装） reg_no=浙械注准9 --reason 换证
g edit receipt_lines 1 inspector=张三 --reason 补记验收人全名
is "$rc:$err" "0:" "an edit of the inspector alone"
g show receipt_lines 1 --format json
like "$out" '"product_name":"注射器","reg_no":"浙械注准1"' "the name and certificate of the day received stay"

done_testing
