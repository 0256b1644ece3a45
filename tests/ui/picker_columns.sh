# Pickers show what tells entries apart (issue 18): a product's spec and
# maker, a customer's city, beside code and name (forms' picker_shows).
# At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add products code=P5 name=一次性使用无菌注射器 manufacturer=威高 spec=10ml class=II unit=支
if [ "$HAVE_ZH" = yes ]; then picker="从产品中选择" cpicker="从客户中选择"; else picker="Choose from Products" cpicker="Choose from Customers"; fi

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	keys C-n
	wait_for "*" >/dev/null
	keys F4
	on_screen "$picker" "$size: the product picker"
	wait_for "P5" >/dev/null
	like "$(screen | grep -m1 "^ *P1 ")" "5ml  康德莱" "$size: P1 shows its spec and maker"
	like "$(screen | grep -m1 "^ *P5 ")" "10ml  威高" "$size: P5, of the same name, too"
	keys Escape
	wait_gone "$picker"
	keys Tab Tab Tab Tab Tab Tab Tab
	keys F4
	on_screen "$cpicker" "$size: the customer picker"
	wait_for "C2" >/dev/null
	like "$(screen | grep -m1 "^ *C2 ")" "南京市" "$size: a customer shows its city"
	keys Escape
	keys F10 y
	ui_exited
	ui_stop
done
done_testing
