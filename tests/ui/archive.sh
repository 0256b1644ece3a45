# The customer archive screen: F12 on a customer in the customers list
# shows, on one page, its sales (count and total worked out below), its
# complaints, quality tracking, service tickets and operator training;
# another customer's records are not there; Enter opens a row; the page
# stays readable at 80x24; a big section shows its newest 200 rows and
# says how many there are.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
# C1: two lines, 2 + 3 = 5 units; C2: one line of 9 units
g add sales product=P1 qty=2 batch=B1 sale_date=2026-10-01 customer=C1
g add sales product=P1 qty=3 batch=B2 sale_date=2026-10-05 customer=C1
g add sales product=P1 qty=9 batch=B7 sale_date=2026-10-06 customer=C2
g add complaints 'received_at=2026-11-20 09:30' customer=C1 product=P1 batch=B1 content=外包装破损
g add complaints 'received_at=2026-11-21 09:30' customer=C2 content=乙的投诉
g add quality date=2026-11-18 product=P2 serial=SN001 customer=C1 performance=运行良好 tracked_by=李工
g add service kind=repair customer=C1 product=P1 serial=SN9 "notified_at=2026-11-26 10:00" description=不开机
g add training date=2026-11-02 topic=血糖仪操作 kind=customer customer=C1 trainer=王工 hours=2

ui_start
log_in "$ADMIN_PASSWORD"
keys c
on_screen "F12 Details" "the customers list offers the archive key"
keys F12
on_screen "Customer archive · 杭州市第一人民医院" "F12 opens the first customer's archive"
on_screen "Sales  Records: 2, Quantity: 5" "its two sales lines, 2 + 3 units"
like "$(screen)" "Complaint records  Records: 1" "one complaint"
like "$(screen)" "外包装破损" "the complaint's content"
unlike "$(screen)" "乙的投诉" "not the other customer's complaint"
unlike "$(screen)" "B7" "nor its sale"
keys End
on_screen "Quality tracking  Records: 1" "End goes down to the quality tracking"
like "$(screen)" "Service tickets  Records: 1" "the service ticket"
like "$(screen)" "Training of their operators  Records: 1" "the operator training"
like "$(screen)" "Recalls  Records: 0" "and no recall"
like "$(screen)" "F1 Help" "the keys are at the bottom"

# the rows of a section line up under its heads, Chinese counted double
keys Home
wait_for "Sales  Records"
head=$(screen | grep "Batch no." | head -n 1)
row=$(screen | grep " B2 " | head -n 1)
is "$(col_of "$row" "B2")" "$(col_of "$head" "Batch no.")" "the batch lines up under its head"

# Enter on a sales row opens it: the selection starts on the first line
# (screen line 2), so the B2 row is that many lines down
n=$(screen | grep -n " B2 " | head -n 1 | cut -d: -f1)
i=2
while [ "$i" -lt "$n" ]; do
	keys Down
	i=$((i + 1))
done
keys Enter
on_screen "Quantity" "Enter opens the sales line"
keys Escape
on_screen "Customer archive" "back at the archive"

# 80x24: still the heading and the key bar
tm resize-window -t ui -x 80 -y 24
keys Home
on_screen "Sales  Records: 2, Quantity: 5" "at 80x24 the archive is redrawn"
like "$(screen | tail -n 1)" "F1 Help" "with its keys"
keys Escape
on_screen "F12 Details" "Esc goes back to the list"
keys F10
if ui_exited; then ok "quits"; else not_ok "quits"; fi

# 205 lines to C2: the newest 200 are shown, and the count is all of them
{
	echo 'product,qty,batch,sale_date,customer'
	i=1
	while [ $i -le 205 ]; do
		echo "P1,1,L$i,2026-09-01,C2"
		i=$((i + 1))
	done
} >"$tmp/many.csv"
g import sales "$tmp/many.csv"
ui_start
log_in "$ADMIN_PASSWORD"
keys c
wait_for "F12 Details"
keys Down F12
on_screen "Customer archive · ABC_Clinic诊所" "the second customer's archive"
# 205 imported + the line of 9 units: 206 lines, 214 units
on_screen "Sales  Records: 206, Quantity: 214" "every line counted"
keys PageDown PageDown PageDown PageDown PageDown PageDown PageDown PageDown PageDown PageDown
on_screen "The newest 200 of 206 are shown" "only the newest 200 are kept, and it says so"
like "$(screen)" "Complaint records  Records: 1" "the next section follows"
keys F10
ui_exited
done_testing
