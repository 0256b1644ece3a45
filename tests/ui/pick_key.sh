# F4 is on the bar exactly where it opens a list (issue 18): on a ref with
# codes (product, customer), an enum or a yes/no field, not on a text,
# number or date field; pressed there it opens the picker, and Enter in the
# picker chooses and moves to the next field only (what is typed next goes
# there). At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
if [ "$HAVE_ZH" = yes ]; then
	choose="F4 选择" picker="从客户中选择" price="单价" qty_help="发货数量" date_help="发货日期，不能晚于今天"
else
	choose="F4 Choose" picker="Choose from Customers" price="Unit price" qty_help="Units delivered" date_help="Date of delivery"
fi

# bar: the key bar, the screen's last line
bar() {
	screen | tail -n 1
}
# the form's line holding a label
line_of() {
	screen | grep -m1 "$1"
}

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	keys C-n
	wait_for "$choose" >/dev/null
	like "$(bar)" "$choose" "$size: F4 on the bar on the product"
	keys Tab
	wait_gone "$choose"
	unlike "$(bar)" "F4" "$size: not on the spec, a text"
	keys Tab
	wait_for "$qty_help" >/dev/null
	unlike "$(bar)" "F4" "$size: nor on the quantity"
	keys Tab Tab Tab Tab
	wait_for "$date_help" >/dev/null
	unlike "$(bar)" "F4" "$size: nor on the sale date"
	keys Tab
	wait_for "$choose" >/dev/null
	like "$(bar)" "$choose" "$size: on the customer again"
	keys F4
	on_screen "$picker" "$size: F4 there opens the customer picker"
	keys_text "C2"
	wait_for "ABC_Clinic" >/dev/null
	keys Enter
	wait_gone "$picker"
	on_screen "ABC_Clinic诊所" "$size: Enter chooses the customer"
	keys_text "12.5"
	wait_for "12.5" >/dev/null
	like "$(line_of "$price")" "12.5" "$size: ... and the next field, the unit price, has the cursor"
	keys F10 y
	ui_exited
	ui_stop
done
done_testing
