# The supplier archive from the command line (show suppliers ID --archive):
# the supplier's fields and its licence's standing, then its receipts,
# their lines (picked through the receipt) and the rejected lines again,
# each with its count and total quantity; another supplier's receipts and
# a voided receipt are not there. Worked out by hand from GSPDESK_NOW =
# 2026-11-27: the licence expiring 2027-01-10 has 30 + 14 = 44 days left.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
must add products code=P1 name=注射器 class=II approved_on=2026-01-05 approved_by=王
must add suppliers code=S1 name=供货甲 licence_no=L1 licence_expiry=2027-01-10 class_ii=yes \
	approved_on=2026-01-02 approved_by=李
must add suppliers code=S2 name=供货乙 class_ii=yes approved_on=2026-01-02 approved_by=李
must add receipts date=2026-10-01 supplier=S1 invoice_no=F1
must add receipt_lines receipt=1 product=P1 qty=10 batch=B1 inspector=张
must add receipt_lines receipt=1 product=P1 qty=3 batch=B1 conclusion=rejected reject_reason=破损
must add receipts date=2026-10-03 supplier=S2 invoice_no=F2
must add receipt_lines receipt=2 product=P1 qty=7 batch=B7
must add receipts date=2026-10-05 supplier=S1 invoice_no=F3
must add receipt_lines receipt=3 product=P1 qty=5 batch=B2
must add receipts date=2026-10-06 supplier=S1 invoice_no=F4
must add receipt_lines receipt=4 product=P1 qty=9 batch=B9 conclusion=rejected reject_reason=重复
must void receipts 4 --reason 录错

g show suppliers 1 --archive
exit_is 0 "show suppliers 1 --archive"
like "$out" "Licence expiry        2027-01-10" "the supplier's fields, its licence's expiry"
like "$out" "Licence status: expires within 60 days, 44 days to expiry" "and its standing today"
is "$(printf '%s\n' "$out" | sed -n '/^Receipts$/,$p' | tr -s ' ')" "Receipts
ID Date received Receipt kind Invoice/delivery note no.
3 2026-10-05 purchase F3
1 2026-10-01 purchase F1
Records: 2

Receipt lines
ID Receipt Product Quantity Batch no. Expiry date Conclusion Reason rejected Inspector
4 F3 注射器 5 B2 accepted
2 F1 注射器 3 B1 rejected 破损
1 F1 注射器 10 B1 accepted 张
Records: 3, Quantity: 18

Rejected lines
ID Receipt Product Quantity Batch no. Expiry date Conclusion Reason rejected Inspector
2 F1 注射器 3 B1 rejected 破损
Records: 1, Quantity: 3" "its receipts newest first, their 10 + 3 + 5 units, the 3 rejected again; not 供货乙's, not the voided"

g show suppliers 2 --archive
like "$out" "Licence status: missing" "供货乙 has no licence expiry recorded"
like "$(printf '%s\n' "$out" | tr -s ' ')" "Receipt lines
ID Receipt Product Quantity Batch no. Expiry date Conclusion Reason rejected Inspector
3 F2 注射器 7 B7 accepted
Records: 1, Quantity: 7" "its own receipt's line"

must add customers code=C1 name=一院 licence_expiry=2026-11-20
g show customers 1 --archive
exit_is 0 "a customer's archive"
like "$out" "Licence status: expired 7 days ago" "with its licence's standing"
unlike "$out" "Receipt lines" "and no receipts"
refused 2 "--archive shows a customer's or a supplier's archive" "not for products" \
	show products 1 --archive

if [ "$HAVE_ZH" = yes ]; then
	GSPDESK_LANG=zh_CN g show suppliers 1 --archive
	like "$out" "许可证状态：60 天内到期，距到期 44 天" "in Chinese"
	like "$out" "拒收明细" "拒收明细"
fi

done_testing
