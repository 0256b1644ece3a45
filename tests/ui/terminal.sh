# The terminal survives: a window too small gets a request to enlarge it and
# the screen comes back when it grows; SIGTERM and SIGHUP while a record is
# half typed end the program with the terminal restored and nothing saved.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
ui_start
log_in "$ADMIN_PASSWORD"
keys 1
on_screen "Product sales record" "the sales list opens"

tm resize-window -t ui -x 60 -y 20
on_screen "enlarge the window" "a 60x20 window asks to be enlarged"
tm resize-window -t ui -x 100 -y 30
on_screen "F1 Help" "back at 100x30 the list returns with its keys"

i=0
while [ "$i" -lt 10 ]; do
	tm resize-window -t ui -x $((80 + i * 3)) -y $((24 + i))
	i=$((i + 1))
done
tm resize-window -t ui -x 100 -y 30
on_screen "Product sales record" "ten resizes in a row: still the sales list"

for sig in TERM HUP; do
	keys C-n
	wait_for "Spec/model" >/dev/null
	keys_text "P1"
	keys Tab Tab
	keys_text "3"
	# this pane's program only: other tests run gspdesk at the same time
	pid=$(pgrep -n -P "$(tm display-message -p -t ui '#{pane_pid}')" -f "$GSPDESK_BIN" || true)
	if [ -z "$pid" ]; then
		not_ok "SIG$sig: found the program"
		continue
	fi
	kill -s "$sig" "$pid"
	if ui_exited; then ok "SIG$sig while editing ends the program"; else not_ok "SIG$sig while editing ends the program"; fi
	unlike "$(screen)" "Spec/model" "SIG$sig: the terminal is restored"
	g list sales --format csv --all
	is "$out" "id,product,spec,qty,batch,serial,expiry,sale_date,customer,unit_price,amount,remarks,product_name,manufacturer,reg_no,unit,buyer_name,buyer_address,buyer_contact,buyer_phone,buyer_licence,voided" "SIG$sig: the half-typed sale was not saved"
	ui_stop
	ui_start
	log_in "$ADMIN_PASSWORD"
	keys 1
	wait_for "Product sales record" >/dev/null
done

done_testing
