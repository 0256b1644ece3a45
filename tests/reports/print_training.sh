# gspdesk print training-roster|training-record ID: the 培训签到表 of one
# training session (its attendees with an empty signature column) and the
# 培训记录 filed after it (attended, result, retrain date, and the counts).
# Read back cell by cell against the session entered below, and printed
# through LibreOffice to one A4 page each.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add training date=2026-11-02 topic=血糖仪操作 kind=customer customer=C1 trainer=李工 hours=1.5 \
	place=内科示教室
exit_is 0 "a session"
g add training date=2026-11-03 topic=法规培训 kind=regulations
exit_is 0 "another session"
for a in \
	"session=1 name=王护士 unit=内科 result=retrain retrain_date=2026-11-16" \
	"session=1 name=赵护士 unit=内科 result=passed" \
	"session=1 name=钱医生 unit=急诊科 attended=no" \
	"session=1 name=孙护士 unit=内科 result=passed" \
	"session=2 name=李会计 unit=财务部" \
	"session=1 name=周护士 unit=ICU customer=C2 result=passed"; do
	# shellcheck disable=SC2086 # the words split on purpose
	g add attendees $a
	exit_is 0 "attendee: $a"
done
g void attendees 4 --reason "entered twice"
exit_is 0 "孙护士 voided"

g print training-roster 1 -o "$tmp/s.xlsx"
exit_is 0 "the sign-in sheet printed"
like "$err" "Wrote $tmp/s.xlsx." "says where"
g print training-roster 1 -o "$tmp/s.xlsx"
exit_is 1 "an existing file is not replaced"
g print training-record 1 -o "$tmp/t.xlsx"
exit_is 0 "the training record printed"
g print training-record 7 -o "$tmp/t7.xlsx"
exit_is 1 "no such session"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$tmp/s.xlsx"
	S="Training sign-in sheet"
	like "$cells" "$S A1 'Training sign-in sheet';" "the paper's title"
	like "$cells" "$S A2 'No. 1';" "the session's number"
	like "$cells" "$S A4 'Date';" "the date"
	like "$cells" "$S B4 '2026-11-02';" "as entered"
	like "$cells" "$S A5 'Topic';" "the topic"
	like "$cells" "$S B5 '血糖仪操作';" "as entered"
	like "$cells" "$S B6 'customer operator training';" "the kind in words"
	like "$cells" "$S B7 '李工';" "the trainer"
	like "$cells" "$S B8 '1.5';" "the hours"
	like "$cells" "$S B9 '内科示教室';" "the place"
	like "$cells" "$S A10 'Customer';" "the customer"
	like "$cells" "$S B10 '杭州市第一人民医院';" "by name"
	like "$cells" "$S A12 'No.';" "the roster"
	like "$cells" "$S B12 'Name';" "names"
	like "$cells" "$S C12 'Department';" "departments"
	like "$cells" "$S D12 'Customer';" "customers"
	like "$cells" "$S E12 'Signature';" "a signature column"
	like "$cells" "$S F12 None;" "and no more"
	like "$cells" "$S A13 1;" "numbered"
	like "$cells" "$S B13 '王护士';" "in the order entered"
	like "$cells" "$S C13 '内科';" "her unit"
	like "$cells" "$S D13 '杭州市第一人民医院';" "the session's customer when not given"
	like "$cells" "$S E13 None;" "to sign"
	like "$cells" "$S B14 '赵护士';" "second"
	like "$cells" "$S B15 '钱医生';" "third, absent or not: the list is made before"
	like "$cells" "$S A16 4;" "fourth"
	like "$cells" "$S B16 '周护士';" "孙护士 voided, 李会计 at the other session"
	like "$cells" "$S D16 'ABC_Clinic诊所';" "her own customer"
	like "$cells" "$S A17 None;" "the end of the list"
	like "$cells" "$S A18 'Sign-off';" "the sign-off"
	like "$cells" "$S A19 'Trainer';" "the trainer signs"
	like "$cells" "$S A20 None;" "nothing after"
	like "$cells" "$S paper 9" "A4"

	xlsx_cells "$tmp/t.xlsx"
	S="Training record"
	like "$cells" "$S A1 'Training record';" "the record's title"
	like "$cells" "$S B5 '血糖仪操作';" "the same session"
	like "$cells" "$S E12 'Attended';" "attended"
	like "$cells" "$S F12 'Result';" "result"
	like "$cells" "$S G12 'Retrain date';" "retrain date"
	like "$cells" "$S B13 '王护士';" "王护士"
	like "$cells" "$S E13 'yes';" "attended"
	like "$cells" "$S F13 'needs another session';" "to retrain"
	like "$cells" "$S G13 date:2026-11-16:yyyy-mm-dd;" "on the 16th"
	like "$cells" "$S F14 'passed';" "赵护士 passed"
	like "$cells" "$S G14 None;" "no retrain"
	like "$cells" "$S E15 'no';" "钱医生 absent"
	like "$cells" "$S F15 'not assessed';" "not assessed"
	like "$cells" "$S F16 'passed';" "周护士 passed"
	like "$cells" "$S A18 '4 on the list, 3 attended, 2 passed.';" "the counts"
	like "$cells" "$S A20 'Sign-off';" "the sign-off"
	like "$cells" "$S A21 'Trainer';" "the trainer"
	like "$cells" "$S A22 'Quality manager';" "the quality manager"
	like "$cells" "$S A23 None;" "nothing after"
	if [ "$HAVE_ZH" = yes ]; then
		GSPDESK_LANG=zh_CN g print training-roster 1 -o "$tmp/s.zh.xlsx"
		exit_is 0 "in Chinese"
		GSPDESK_LANG=zh_CN g print training-record 1 -o "$tmp/t.zh.xlsx"
		exit_is 0 "both"
		xlsx_cells "$tmp/s.zh.xlsx"
		like "$cells" "培训签到表 A1 '培训签到表';" "培训签到表"
		like "$cells" "培训签到表 E12 '签字';" "签字"
		xlsx_cells "$tmp/t.zh.xlsx"
		like "$cells" "培训记录 A1 '培训记录';" "培训记录"
		like "$cells" "培训记录 A18 '应到 4 人，实到 3 人，合格 2 人。';" "应到、实到、合格"
	fi
fi

books="$tmp/s.xlsx $tmp/t.xlsx"
[ -f "$tmp/t.zh.xlsx" ] && books="$books $tmp/s.zh.xlsx $tmp/t.zh.xlsx"
# shellcheck disable=SC2086 # paths without spaces
prints_on_one_page $books

done_testing
