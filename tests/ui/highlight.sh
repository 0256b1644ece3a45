# Never act on the wrong record: in a list sorted descending (F6, product, ↓)
# the highlight stays on the record opened, however often it is opened and
# left, also further down the list; after an edit conflict Enter opens the
# same record; F8 voids the record highlighted and no other. At 80x24 and
# 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
# 45 sales of one product: sorting by product, every row ties and the id
# decides, the case where each Esc used to move the highlight a row
i=1
while [ "$i" -le 45 ]; do
	n=$(printf '%02d' "$i")
	g add sales product=P1 qty="$i" batch="B$n" sale_date=2026-11-$(printf '%02d' $(((i - 1) % 27 + 1))) customer=C1
	i=$((i + 1))
done
is "$out" "45" "45 sales to work on"

if [ "$HAVE_ZH" = yes ]; then
	conflict=已被 leave=确定要离开 default=默认顺序 desc=降序
else
	conflict="was changed by" leave="Leave without saving"
	default="Default order" desc=Descending
fi

# form_id: waits for a form's title (list titles have no #) and prints its id
form_id() {
	fi_i=0
	while [ "$fi_i" -lt 200 ]; do
		fi_id=$(screen | head -n 1 | sed -n 's/.*#\([0-9][0-9]*\).*/\1/p')
		if [ -n "$fi_id" ]; then
			echo "$fi_id"
			return 0
		fi
		sleep 0.1
		fi_i=$((fi_i + 1))
	done
	diag "no form opened; screen was:" "$(screen)"
	return 1
}

# back_to_list: Esc from an unchanged form, waiting for the list again
back_to_list() {
	keys Escape
	wait_for "↓" >/dev/null
	wait_for "B" >/dev/null
}

# open_leave TIMES ID WHERE: Enter then Esc, TIMES times; each opens ID and
# leaves the highlight on it
open_leave() {
	ol_n=0 ol_bad=
	while [ "$ol_n" -lt "$1" ]; do
		keys Enter
		ol_got=$(form_id)
		[ "$ol_got" = "$2" ] || ol_bad="$ol_bad open$ol_n:$ol_got"
		back_to_list
		ol_got=$(sel_until "$2")
		[ "$ol_got" = "$2" ] || ol_bad="$ol_bad esc$ol_n:$ol_got"
		ol_n=$((ol_n + 1))
	done
	is "$ol_bad" "" "$3: Enter opens record $2 and Esc leaves the highlight on it, 4 times over"
}

voids=0
for size in 80x24 120x36; do
	if ui_open "$size" "$ADMIN_PASSWORD"; then ok "$size: logged in"; else not_ok "$size: logged in"; fi
	keys 1
	wait_for "B01" >/dev/null
	keys F6
	wait_for "$default" >/dev/null
	keys Home Down Enter # the first column: the product
	wait_for "$desc" >/dev/null
	keys End Enter
	on_screen "↓" "$size: the sales list sorted descending"
	keys Home # the highlight stayed on its record: to the top
	is "$(sel_until 45)" "45" "$size: the first row holds the newest id"
	keys Down Down Down
	is "$(sel_until 42)" "42" "$size: three rows down"
	open_leave 4 42 "$size, at the top"

	# further down: a page down, then three rows more (the ids fall by one
	# a row: one product, ties go by id)
	keys NPage
	paged=$(sel_until '!42')
	keys Down Down Down
	id=$(sel_until $((paged - 3)))
	case $id in
	'' | 42) not_ok "$size: the highlight moved down the list (on '$id')" ;;
	*) ok "$size: the highlight moved down the list, to $id" ;;
	esac
	open_leave 4 "$id" "$size, a page down"

	# an edit conflict: the save is refused; back in the list, Enter opens
	# the same record
	keys Enter
	is "$(form_id)" "$id" "$size: record $id opens for the conflict"
	keys Tab Tab
	keys C-u
	keys_text "77"
	g edit sales "$id" qty=12 --reason "changed elsewhere $size"
	exit_is 0 "$size: another terminal changes record $id first"
	keys F2
	on_screen "$conflict" "$size: the save is refused as a conflict"
	keys Escape
	wait_for "$leave" >/dev/null
	keys y
	is "$(sel_until "$id")" "$id" "$size: after the conflict the highlight is still on $id"
	keys Enter
	is "$(form_id)" "$id" "$size: and Enter opens $id again"
	back_to_list

	# F8 voids the highlighted record and no other
	keys F8
	on_screen "$id" "$size: F8 asks about record $id"
	keys_text "entered twice"
	keys Enter
	voids=$((voids + 1))
	if [ "$HAVE_ZH" = yes ]; then w="第 $id 号记录已作废"; else w="Record $id is void"; fi
	on_screen "$w" "$size: F8 voided record $id"
	g show sales "$id" --format json
	like "$out" '"voided":true' "$size: record $id is void in the database"
	g list sales --all --format json
	is "$(printf '%s\n' "$out" | grep -o '"voided":true' | wc -l)" "$voids" "$size: no other record was voided"
	keys F10
	ui_exited
	ui_stop
done
done_testing
