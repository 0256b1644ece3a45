#!/bin/sh
# gspdesk recall (issue 6): batch B1 of P2 sold to C1 and C2; the recall
# refuses a new sale of B1 and accepts one of B2; closing with C2 not told
# needs --force and names it. Then C1's customer archive.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P2 qty=2 batch=B1 sale_date=2026-10-01 customer=C1
g add sales product=P2 qty=1 batch=B1 sale_date=2026-10-02 customer=C2
g add sales product=P2 qty=1 batch=B2 sale_date=2026-10-02 customer=C2

g recall open --product P2 --batch B1 --class II --reason 外包装破损
exit_is 0 "recall open"
is "$out" "1" "prints the recall's id alone"

refused 1 "recall 1" "a new sale of the recalled batch" \
	add sales product=P2 qty=1 batch=B1 sale_date=2026-11-27 customer=C1
g add sales product=P2 qty=1 batch=B2 sale_date=2026-11-27 customer=C1
exit_is 0 "a sale of another batch is accepted"

g due --format csv
like "$out" "recall,recalls,1,2026-11-30 10:00,3,72," "due: class II, 3 days (72 hours) to tell the buyers"

g recall notify 1 C1 --how phone --note 护士长
exit_is 0 "notify C1"
refused 1 "How" "notify by fax" recall notify 1 C2 --how fax
g recall return 1 C1 --qty 2
exit_is 0 "C1 returns both units"
refused 1 "2" "a third unit from C1" recall return 1 C1 --qty 1
refused 1 "ABC_Clinic诊所" "close with C2 not told" recall close 1 --reason done
refused 2 "" "recall with no verb" recall

g recall show 1
like "$out" "杭州市第一人民医院" "show lists the recipients"
g recall list
like "$out" "外包装破损" "list shows the recall"

# the generic add and edit would skip the recall's rules (buyers from the
# trace, who told them): refused, naming the command that applies them
refused 1 "gspdesk recall open" "add recalls through the generic command" \
	add recalls product=P2 batch=B1 class=II "reason=x" "opened=2026-11-27 10:00"
refused 1 "gspdesk recall notify / recall return" "edit a recipient through the generic command" \
	edit recall_recipients 2 how=visit --reason x

g recall close 1 --reason "manufacturer closed it" --force
exit_is 0 "close with --force"
g add sales product=P2 qty=1 batch=B1 sale_date=2026-11-27 customer=C1
exit_is 0 "closed, the batch sells again"

# C1's archive: B1 ×2 (10-01), B2 ×1 and B1 ×1 (11-27): 3 lines, 4 units;
# one recall, 2 units sold to it, 2 returned.
g show customers C1 --archive
refused 2 "" "--archive takes a customer id" show customers C1 --archive
g show customers 1 --archive
exit_is 0 "show customers 1 --archive"
like "$out" "Records: 3, Quantity: 4" "archive: the sales with their total"
like "$out" "Records: 1, Quantity sold: 2, Quantity returned: 2" "archive: the recall"
refused 2 "" "--archive is for customers" show sales 1 --archive

done_testing
