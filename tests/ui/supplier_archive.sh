# The supplier archive screen: F12 on a supplier in the suppliers list (G
# on the menu) shows, at 80x24 and in Chinese, its fields, its licence's
# standing (2027-01-10 is 44 days after 2026-11-27), its receipts, their
# lines (10 + 3 = 13 units) and the rejected line again; another
# supplier's receipt is not there; Enter opens a line; Esc goes back.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
for args in \
	"products code=P1 name=注射器 class=II approved_on=2026-01-05 approved_by=王" \
	"suppliers code=S1 name=供货甲 licence_no=L1 licence_expiry=2027-01-10 class_ii=yes approved_on=2026-01-02 approved_by=李" \
	"suppliers code=S2 name=供货乙 class_ii=yes approved_on=2026-01-02 approved_by=李" \
	"receipts date=2026-10-01 supplier=S1 invoice_no=F1" \
	"receipt_lines receipt=1 product=P1 qty=10 batch=B1 inspector=张" \
	"receipt_lines receipt=1 product=P1 qty=3 batch=B1 conclusion=rejected reject_reason=破损" \
	"receipts date=2026-10-03 supplier=S2 invoice_no=F2" \
	"receipt_lines receipt=2 product=P1 qty=7 batch=B7"; do
	# shellcheck disable=SC2086 # the words split on purpose
	must add $args
done

ui_open 80x24 "$ADMIN_PASSWORD"
if [ "$HAVE_ZH" = yes ]; then
	details=$(zh Details) title="$(zh "Supplier archive") · 供货甲"
	licence="许可证状态：60 天内到期，距到期 44 天"
	receipts="进货记录  记录数：1"
	lines="$(zh "Receipt lines")" rejected="$(zh "Rejected lines")" qty=$(zh Quantity)
else
	details=Details title="Supplier archive · 供货甲"
	licence="Licence status: expires within 60 days, 44 days to expiry"
	receipts="Receipts  Records: 1" lines="Receipt lines" rejected="Rejected lines" qty=Quantity
fi
keys g
on_screen "F12 $details" "the suppliers list offers the archive key"
keys F12
on_screen "$title" "F12 opens the first supplier's archive"
on_screen "$licence" "its licence's standing"
keys End
on_screen "$rejected" "End goes down to the rejected lines"
s=$(screen)
like "$s" "$receipts" "one receipt"
like "$s" "$lines" "its lines"
like "$s" "破损" "the reason a line was rejected"
unlike "$s" "B7" "not the other supplier's line"
like "$(screen | tail -n 1)" "F1" "the keys at the bottom, at 80x24"
# Enter on the rejected line (the last row) opens it
keys Enter
on_screen "$qty" "Enter opens the receipt line"
like "$(screen)" "破损" "the rejected line"
keys Escape
on_screen "$title" "back at the archive"
keys Escape
on_screen "F12 $details" "Esc goes back to the list"
keys F10
wait_for "y=" >/dev/null # the menu asks first
keys y
if ui_exited; then ok "quits"; else not_ok "quits"; fi
done_testing
