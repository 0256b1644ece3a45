# A UDI scanned into a new sales line (issue 19): the scanner types the
# code fast, bracketed or raw with GS (Ctrl-], ASCII 29) after a
# variable-length field and the ]d2 prefix; the scan line above the fields
# fills product by GTIN, batch, serial and expiry and puts the cursor on the
# quantity. A wrong check digit and an unknown AI are refused in words; an
# unknown GTIN may be given to a product, an edit audited with its reason;
# a clerk, who may not change products, is told who can. At 80x24 and
# 120x36, in Chinese. Check digits and dates as worked in tests/cli/udi.sh:
# 0690123456789 2, 0950110153000 3, 0000000000001 7; 280630 is 2028-06-30,
# 271100 the last day of November 2027.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add products code=P3 name=医用外科口罩 manufacturer=稳健 spec=10只 class=II unit=盒
g edit products 1 udi_di=06901234567892 --reason "GTIN from the box"
g edit products 2 udi_di=09501101530003 --reason "GTIN from the box"
g_newpw clerk-pass-1 user add li --role clerk
gs=$(printf '\035')

if [ "$HAVE_ZH" = yes ]; then
	scan_label="扫码 UDI" filled="已按扫码填写" bad_digit="校验位错误" bad_ai="不认识的应用标识符"
	give="要把它关联到某个产品吗" why="关联到该产品的原因" who_can="可修改产品的人员" yn="y=是"
else
	scan_label="Scan UDI" filled="Filled from the scanned code" bad_digit="wrong check digit"
	bad_ai="unknown application identifier" give="Give it to a product?"
	why="Reason for giving the product" who_can="someone who may change products" yn="y/n"
fi

# sale_has ID WHAT FIELD:VALUE...: sales line ID holds each value
sale_has() {
	sh_id=$1 sh_what=$2
	shift 2
	g show sales "$sh_id" --format json
	like "$out" '"qty":1,' "$sh_what: qty 1"
	for sh_pair; do
		like "$out" "\"${sh_pair%%:*}\":\"${sh_pair#*:}\"" "$sh_what: ${sh_pair%%:*} ${sh_pair#*:}"
	done
}

# finish QTY: the cursor is on the quantity; types it, then the sale date
# and the customer, and saves.
finish() {
	keys_text "$1"
	keys Tab Tab Tab Tab
	keys_text "2026-11-20"
	keys Tab
	keys_text "C1"
	keys F2
}

id=1 n=1
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	keys C-n
	on_screen "$scan_label" "$size: a new sales line has a scan line"
	# bracketed, as fast as the scanner types it, ended by Enter
	keys_text "(01)06901234567892(17)280630(10)B2026-01(21)SN000$n"
	keys Enter
	on_screen "$filled" "$size: the bracketed code fills the line"
	on_screen "SN000$n" "$size: ... the serial shown"
	finish 1
	wait_highlighted "B2026-01" >/dev/null
	sale_has $id "$size, bracketed" product:P1 batch:B2026-01 serial:SN000$n expiry:2028-06-30
	id=$((id + 1))

	# raw with ]d2 and GS, the batch ended by GS, the serial last
	keys C-n
	wait_for "$scan_label" >/dev/null
	keys_text "]d2010950110153000317271100${gs}10LOT7${gs}21PM4$n"
	keys Enter
	on_screen "PM4$n" "$size: the raw code with GS fills the line"
	finish 1
	wait_highlighted "LOT7" >/dev/null
	sale_has $id "$size, raw" product:P2 batch:LOT7 serial:PM4$n expiry:2027-11-30
	id=$((id + 1))

	# refused in words, the typed code kept on screen
	keys C-n
	wait_for "$scan_label" >/dev/null
	keys_text "(01)06901234567891(10)X"
	keys Enter
	on_screen "$bad_digit" "$size: a wrong check digit is refused, said"
	keys C-u
	keys_text "(99)123"
	keys Enter
	on_screen "$bad_ai" "$size: an unknown AI is refused, said"
	# a raw code without a prefix, typed on the scan line reached by ↑
	# from the first field
	keys C-u Tab
	wait_gone "$bad_ai"
	keys Up
	keys_text "010690123456789217280630"
	keys_text "10B9${gs}21SN9$n"
	keys Enter
	on_screen "SN9$n" "$size: ↑ from the first field reaches the scan line, for a raw code"
	keys F10 y
	ui_exited
	ui_stop
	n=$((n + 1))
done

# An unknown GTIN given to a product from the scan: the product's edit is
# audited with the reason typed.
ui_open 80x24 "$ADMIN_PASSWORD" >/dev/null
keys 1
keys C-n
wait_for "$scan_label" >/dev/null
keys_text "(01)00000000000017(10)M1"
keys Enter
on_screen "$give" "an unknown GTIN: offered to give it to a product"
keys y
wait_for "P3" >/dev/null
keys_text "P3"
keys Enter
on_screen "$why" "... asks why"
keys_text "箱上的条码"
keys Enter
on_screen "$filled" "... and fills the line with that product"
finish 1
wait_highlighted "M1" >/dev/null
sale_has $id "the newly given GTIN" product:P3 batch:M1
g show products 3 --format json
like "$out" '"udi_di":"00000000000017"' "the product has the GTIN"
g show products 3 --history
like "$out" "箱上的条码" "... its edit audited with the reason"
keys F10
ui_exited
ui_stop

# Another form that declares the scan line: an adverse event, by a
# service engineer, who may add events but not change products: the code
# started in its first field (a time) goes to the scan line, fills product,
# batch and serial; an unknown GTIN is refused, saying who can give it.
g edit products 3 udi_di= --reason "wrong box"
g_newpw engineer-pass-1 user add wang --role engineer
GSPDESK_USER=wang
ui_open 120x36 engineer-pass-1 >/dev/null
keys 7
keys C-n
on_screen "$scan_label" "an adverse event has a scan line too"
keys_text "(01)09501101530003(10)LOT9(21)PM99"
keys Enter
on_screen "$filled" "... the code typed in its first field fills the event"
on_screen "PM99" "... its serial"
keys Escape
wait_for "$yn" >/dev/null
keys y
keys C-n
wait_for "$scan_label" >/dev/null
keys_text "(01)00000000000017(10)M2"
keys Enter
on_screen "$who_can" "an engineer is told who may give a GTIN"
ui_stop

done_testing
