# F8 says what it is about to void (the id and the record's product,
# batch, date and customer) before it asks the reason, refuses an empty
# reason in words (not with --reason), and Esc there voids nothing; the key bar never offers a key the role may not use: a clerk's
# bar has no F8 and F8 refuses at once, a manager's has neither ^N nor F8.
# At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B231128-01 sale_date=2026-11-20 customer=C1
g add sales product=P2 qty=1 serial=SN-0042 sale_date=2026-11-21 customer=C2
is "$out" "2" "two sales"
g_newpw "clerk-pass-1" user add li --role clerk
g_newpw "boss-pass-1" user add boss --role manager

if [ "$HAVE_ZH" = yes ]; then
	about=将作废： ask="作废第 1 号记录" refused=无权作废记录 noreason=请填写理由
	new=新增 void=作废
else
	about="To be voided:" ask="Void record 1 because" refused="may not void records"
	noreason="Give a reason"
	new=New void=Void
fi

# start USER PASSWORD SIZE: logs USER in and opens the sales list
start() {
	GSPDESK_USER=$1
	ui_open "$3" "$2" >/dev/null
	keys 1
	on_screen "B231128" "$3, $1: the sales list"
	keys_text "$(printf '\033OH')" # it opens at the newest line: go to the first
	wait_highlighted "B231128" >/dev/null
}

stop() {
	keys F10
	ui_exited
	ui_stop
}

# bar: the key bar, the window's last line
bar() {
	screen | tail -n 1
}

for size in 80x24 120x36; do
	start admin "$ADMIN_PASSWORD" "$size"
	like "$(bar)" "F8 $void" "$size: the administrator's bar offers F8"
	keys F8
	on_screen "$ask" "$size: F8 asks for the reason"
	s=$(screen)
	like "$s" "$about #1 " "$size: above it, what is to be voided: the id"
	for what in 一次性使用无菌注射器 B231128-01 2026-11-20 杭州市第一人民医院; do
		like "$(printf '%s' "$s" | tr -d '\n')" "$what" "$size: and $what"
	done
	keys Escape
	wait_gone "$about"
	g show sales 1 --format json
	like "$out" '"voided":false' "$size: Esc at the reason voids nothing"
	keys F8
	wait_for "$ask" >/dev/null
	keys Enter
	on_screen "$noreason" "$size: an empty reason is refused in words"
	unlike "$(screen)" "--reason" "$size: ... not with the command line's option"
	like "$(screen)" "$ask" "$size: and the question stays for the reason"
	keys Escape
	wait_gone "$ask"
	keys Enter
	wait_for "#1" >/dev/null
	keys F8
	on_screen "$about #1 " "$size: F8 on the form says what it voids too"
	keys Escape
	keys Escape
	stop

	start li clerk-pass-1 "$size"
	unlike "$(bar)" "F8" "$size: the clerk's list bar has no F8"
	like "$(bar)" "^N $new" "$size: but has ^N"
	keys F8
	on_screen "$refused" "$size: F8 tells the clerk at once that the role may not void"
	unlike "$(screen)" "$ask" "$size: without asking for a reason"
	keys Enter
	wait_for "#1" >/dev/null
	unlike "$(bar)" "F8" "$size: the clerk's form bar has no F8"
	keys Escape
	stop

	start boss boss-pass-1 "$size"
	unlike "$(bar)" "F8" "$size: the manager's bar has no F8"
	unlike "$(bar)" "^N" "$size: nor ^N"
	stop
done
g list sales --all --format json
unlike "$out" '"voided":true' "nothing was voided"

# a voided line shown (F5) and highlighted: the status line says what its
# ✗ means, with the reason
GSPDESK_USER=$ADMIN
g void sales 2 --reason 录入重复
exit_is 0 "line 2 voided from the command line"
[ "$HAVE_ZH" = yes ] && voidnote="✗ 已作废：录入重复" || voidnote="✗ void: 录入重复"
start admin "$ADMIN_PASSWORD" 80x24
keys F5
wait_for "2✗" >/dev/null
keys Down
wait_highlighted "SN-0042" >/dev/null
on_screen "$voidnote" "80x24: the status line says the highlighted line is void, and why"
keys Up
wait_highlighted "B231128" >/dev/null
if wait_gone "$voidnote"; then ok "80x24: a live line has no such note"; else not_ok "80x24: a live line has no such note"; fi
stop
done_testing
