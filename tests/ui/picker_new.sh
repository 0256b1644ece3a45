# ^N in a picker adds a product without leaving the sales line being
# filled (issue 18): the new product is chosen, its name beside the code,
# and the cursor goes on to the next field; a role that may not add
# products is not offered ^N there. At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g_newpw engineer-pass-1 user add wang --role engineer
if [ "$HAVE_ZH" = yes ]; then
	picker="从产品中选择" code="产品编码" new_key="^N 新增" spec="规格型号"
else
	picker="Choose from Products" code="Product code" new_key="^N New" spec="Spec/model"
fi

n=1
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	keys C-n
	wait_for "*" >/dev/null
	keys_text "棉签"
	keys Enter
	on_screen "$picker" "$size: the product picker"
	on_screen "$new_key" "$size: ... offers ^N"
	keys C-n
	on_screen "$code" "$size: ^N opens a new product"
	keys_text "Q$n"; keys Tab
	keys_text "医用棉签$n"
	keys F2
	on_screen "医用棉签$n" "$size: saved, back on the sales line"
	like "$(screen | grep -m1 "Q$n ")" "医用棉签$n" "$size: the new product is chosen, its name beside"
	keys_text "10支"
	wait_for "10支" >/dev/null
	like "$(screen | grep -m1 "$spec")" "10支" "$size: ... and the cursor on the next field"
	keys F10 y
	ui_exited
	ui_stop
	n=$((n + 1))
done
g show products 4 --format json
like "$out" '"code":"Q2"' "the products were saved"

# an engineer may add events, not products: no ^N in the product picker
GSPDESK_USER=wang
ui_open 120x36 engineer-pass-1 >/dev/null
keys 7
keys C-n
wait_for "*" >/dev/null
keys Tab Tab Tab
keys F4
on_screen "$picker" "the engineer's product picker"
unlike "$(screen | tail -n 1)" "^N" "... has no ^N"
ui_stop
done_testing
