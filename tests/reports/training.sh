# The annual training report (年度培训汇总): the sessions with their rosters
# counted, every attendee, hours per person, the staff with no laws and
# regulations training in the year, and the operators still to retrain at
# its end; read back with openpyxl and opened by LibreOffice where it is
# installed. The expected cells are worked out by hand from the sessions
# below (see the comments at each check).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
# add_session ARGS...: a training session; its id is $out
add_session() {
	g add training "$@"
	exit_is 0 "session $out: $*"
}
# attend SESSION ARGS...: one attendee of it
attend() {
	a_session=$1
	shift
	g add attendees "session=$a_session" "$@"
	exit_is 0 "attendee $out of session $a_session: $*"
}

# 2026
add_session date=2026-03-10 topic=医疗器械监督管理条例 kind=regulations trainer=陈敏 hours=2 place=会议室
attend 1 name=李静 unit=质量管理部 result=passed
attend 1 name=王芳 unit=销售部 attended=no
attend 1 name=赵磊 unit=售后服务部 result=passed
attend 1 name=周强 unit=销售部 result=passed
g void attendees 4 --reason 误录
exit_is 0 "周强 was entered by mistake"
add_session date=2026-05-20 topic=血糖仪操作 kind=customer customer=C1 trainer=李工 hours=1.5
attend 2 name=王护士 unit=内科 result=retrain retrain_date=2026-06-20
attend 2 name=赵护士 unit=内科 result=passed
add_session date=2026-06-20 topic=血糖仪操作复训 kind=customer customer=C1 trainer=李工 hours=1
attend 3 name=王护士 unit=内科 result=passed
add_session date=2026-09-01 topic=输液泵操作 kind=customer customer=C2 trainer=李工 hours=2
attend 4 name=张医生 unit=急诊科 result=retrain retrain_date=2026-12-15
add_session date=2026-10-08 topic=质量体系 kind=quality trainer=陈敏 hours=3
attend 5 name=李静 unit=质量管理部 result=passed
attend 5 name=赵磊 unit=售后服务部
attend 5 name=刘洋 unit=总经理室 result=passed
add_session date=2026-11-01 topic=作废的法规课 kind=regulations hours=2
attend 6 name=王芳 unit=销售部 result=passed
g void training 6 --reason 未举办
exit_is 0 "session 6 never took place"
# 2025: the year before names staff too
add_session date=2025-04-01 topic=经营质量管理规范 kind=regulations hours=2
attend 7 name=王芳 unit=销售部 result=passed
attend 7 name=陈敏 unit=行政部 result=passed

# the staff register (issue 15): 周强 left, 孙丽 starts in 2027, 何平 of the
# warehouse was never on a roster
for st in "name=李静 department=质量管理部" "name=王芳 department=销售部" \
	"name=赵磊 department=售后服务部" "name=刘洋 department=总经理室" \
	"name=陈敏 department=行政部" "name=周强 department=销售部 active=no" \
	"name=孙丽 department=财务部 start_date=2027-01-05" "name=何平 department=仓储部"; do
	# shellcheck disable=SC2086 # $st splits into FIELD=VALUE words on purpose
	g add staff $st role=员工
	exit_is 0 "staff: $st"
done

book=$tmp/training.xlsx
g report training --year 2026 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	like "$cells" "sheets Sessions|Attendees|Hours per person|No regulations training|Still to retrain;" "five sheets"
	like "$cells" "Sessions A1 'Training annual summary';" "the title"
	like "$cells" "Sessions A2 'Sessions held in 2026.';" "names the year"
	like "$cells" "Sessions A4 'Date';" "column titles: the form's labels"
	like "$cells" "Sessions H4 'On the roster';" "the roster counted"
	like "$cells" "Sessions K4 'Needs another session';" "and the retrains"
	# by date; the voided session 6 left out
	like "$cells" "Sessions A5 date:2026-03-10:yyyy-mm-dd;" "the first session's date as a date"
	like "$cells" "Sessions B5 '医疗器械监督管理条例';" "its topic"
	like "$cells" "Sessions C5 'laws and regulations';" "its kind in words"
	like "$cells" "Sessions E5 2.0000:0.0;" "2 hours, one decimal"
	like "$cells" "Sessions G5 None;" "no customer"
	# 李静, 王芳 (absent), 赵磊 on the roster; 周强 voided: 3, attended 2, passed 2
	like "$cells" "Sessions H5 3;" "three on the roster, the voided one left out"
	like "$cells" "Sessions I5 2;" "two attended"
	like "$cells" "Sessions J5 2;" "two passed"
	like "$cells" "Sessions K5 0;" "none to retrain"
	like "$cells" "Sessions E6 1.5000:0.0;" "1.5 hours"
	like "$cells" "Sessions G6 '杭州市第一人民医院';" "whose operators"
	like "$cells" "Sessions J6 1;" "one passed"
	like "$cells" "Sessions K6 1;" "one to retrain"
	like "$cells" "Sessions A8 date:2026-09-01:yyyy-mm-dd;" "the fourth"
	like "$cells" "Sessions G8 'ABC_Clinic诊所';" "the clinic's operator"
	like "$cells" "Sessions C9 'quality';" "the quality session last"
	like "$cells" "Sessions H9 3;" "three on its roster"
	# totals: hours 2 + 1.5 + 1 + 2 + 3 = 9.5; roster 3+2+1+1+3 = 10;
	# attended 2+2+1+1+3 = 9; passed 2+1+1+0+2 = 6; retrain 0+1+0+1+0 = 2
	like "$cells" "Sessions A10 'Sessions in all: 5';" "the total row"
	like "$cells" "Sessions E10 9.5000:0.0;" "9.5 hours in all"
	like "$cells" "Sessions H10 10;" "10 on the rosters"
	like "$cells" "Sessions I10 9;" "9 attended"
	like "$cells" "Sessions J10 6;" "6 passed"
	like "$cells" "Sessions K10 2;" "2 to retrain"
	like "$cells" "Sessions A11 None;" "nothing after"
	like "$cells" "Sessions paper 9 titles \$1:\$4 freeze A5" "A4, title rows repeated, header frozen"
	# the roster: by session date, then as entered; 周强 voided
	like "$cells" "Attendees D5 '李静';" "the first attendee"
	like "$cells" "Attendees D6 '王芳';" "the second"
	like "$cells" "Attendees F6 'no';" "who did not come"
	like "$cells" "Attendees D7 '赵磊';" "周强 left out"
	like "$cells" "Attendees D8 '王护士';" "the operators"
	like "$cells" "Attendees G8 'needs another session';" "the result in words"
	like "$cells" "Attendees H8 date:2026-06-20:yyyy-mm-dd;" "the retrain date as a date"
	like "$cells" "Attendees G13 'not assessed';" "赵磊 not assessed in the quality session"
	like "$cells" "Attendees D14 '刘洋';" "ten attendees, the last"
	like "$cells" "Attendees A15 None;" "and no more"
	like "$cells" "Attendees I4 'Customer';" "the customer of each attendee (issue 15)"
	like "$cells" "Attendees I8 '杭州市第一人民医院';" "王护士 works at C1, the session's customer"
	like "$cells" "Attendees paper 9 titles \$1:\$4 freeze A5 filter A4:I14 ;" "the roster can be filtered"
	# staff first, then operators; each by unit then name in byte order:
	# 售(E5 94) 总(E6 80) 质(E8 B4) 销(E9 94); 内(E5 86) 急(E6 80)
	# 赵磊: 2 h regulations + 3 h quality = 5 h, of which 2; passed 1 (quality n/a)
	like "$cells" "Hours per person A5 '赵磊';" "赵磊 first"
	like "$cells" "Hours per person C5 'staff';" "as staff"
	like "$cells" "Hours per person D5 2;" "two sessions"
	like "$cells" "Hours per person E5 5.0000:0.0;" "5 hours"
	like "$cells" "Hours per person F5 2.0000:0.0;" "2 of them laws and regulations"
	like "$cells" "Hours per person G5 1;" "passed once"
	like "$cells" "Hours per person A6 '刘洋';" "then 刘洋"
	like "$cells" "Hours per person E6 3.0000:0.0;" "3 hours"
	like "$cells" "Hours per person F6 0.0000:0.0;" "none of regulations"
	like "$cells" "Hours per person A7 '李静';" "then 李静"
	like "$cells" "Hours per person E7 5.0000:0.0;" "2 + 3 hours"
	like "$cells" "Hours per person G7 2;" "passed twice"
	# 王芳 was on the roster and did not come: no session, no hours
	like "$cells" "Hours per person A8 '王芳';" "then 王芳"
	like "$cells" "Hours per person D8 0;" "no session attended"
	like "$cells" "Hours per person E8 0.0000:0.0;" "no hours"
	# 王护士: 1.5 + 1 = 2.5 h, passed once, retrain once
	like "$cells" "Hours per person A9 '王护士';" "the operators after the staff"
	like "$cells" "Hours per person C9 'customer operator';" "as operators"
	like "$cells" "Hours per person D9 2;" "two sessions"
	like "$cells" "Hours per person E9 2.5000:0.0;" "2.5 hours"
	like "$cells" "Hours per person G9 1;" "passed once"
	like "$cells" "Hours per person H9 1;" "retrain once"
	like "$cells" "Hours per person I9 '杭州市第一人民医院';" "at C1"
	like "$cells" "Hours per person A10 '赵护士';" "then 赵护士"
	like "$cells" "Hours per person E10 1.5000:0.0;" "1.5 hours"
	like "$cells" "Hours per person A11 '张医生';" "急诊科 after 内科"
	like "$cells" "Hours per person E11 2.0000:0.0;" "2 hours"
	like "$cells" "Hours per person A12 None;" "seven people"
	# the active staff of the register who had started by 2026-12-31: 李静
	# 王芳 赵磊 刘洋 陈敏 何平; attended a 2026 regulations session: 李静 赵磊
	# (王芳 absent, session 6 voided). By department in byte order:
	# 仓(E4 BB) 总(E6 80) 行(E8 A1) 销(E9 94)
	like "$cells" "No regulations training A2 'Active staff on the register who attended no laws and regulations session in 2026.';" "says who counts as staff"
	like "$cells" "No regulations training B4 'Department';" "their department"
	like "$cells" "No regulations training A5 '何平';" "何平 (仓储部), on no roster, first"
	like "$cells" "No regulations training C5 None;" "never had one"
	like "$cells" "No regulations training A6 '刘洋';" "刘洋 (总经理室)"
	like "$cells" "No regulations training C6 None;" "never had one"
	like "$cells" "No regulations training A7 '陈敏';" "陈敏 (行政部)"
	like "$cells" "No regulations training C7 date:2025-04-01:yyyy-mm-dd;" "last one in 2025"
	like "$cells" "No regulations training A8 '王芳';" "王芳, absent, her session voided"
	like "$cells" "No regulations training C8 date:2025-04-01:yyyy-mm-dd;" "last one in 2025"
	like "$cells" "No regulations training A9 None;" "four: 周强 left, 孙丽 not yet started"
	# 王护士 passed the later session; 张医生 is still due
	# judged today (2026-11-27), not at the year's end still to come
	like "$cells" "Still to retrain A2 'Marked as needing another session and not passed by 2026-11-27.';" "as at today"
	like "$cells" "Still to retrain A4 'No.';" "numbered"
	like "$cells" "Still to retrain A5 1;" "from 1"
	like "$cells" "Still to retrain B5 '张医生';" "张医生 still to retrain"
	like "$cells" "Still to retrain C5 '急诊科';" "his unit"
	like "$cells" "Still to retrain D5 'ABC_Clinic诊所';" "and his customer: the person, not a name alone"
	like "$cells" "Still to retrain E5 date:2026-09-01:yyyy-mm-dd;" "since the session of 2026-09-01"
	like "$cells" "Still to retrain F5 '输液泵操作';" "its topic"
	like "$cells" "Still to retrain G5 date:2026-12-15:yyyy-mm-dd;" "planned for 2026-12-15"
	like "$cells" "Still to retrain H5 None;" "not yet overdue"
	like "$cells" "Still to retrain A6 None;" "王护士 passed: only one"

	# 2025 at its end: no retrain; of the register (no start dates) 王芳 and
	# 陈敏 attended, 何平 赵磊 刘洋 李静 did not (仓 E4, 售 E5, 总 E6, 质 E8)
	g report training --year 2025 -o "$tmp/t2025.xlsx"
	exit_is 0 "the 2025 report"
	xlsx_cells "$tmp/t2025.xlsx"
	like "$cells" "Sessions A5 date:2025-04-01:yyyy-mm-dd;" "one session in 2025"
	like "$cells" "Sessions A6 'Sessions in all: 1';" "alone"
	like "$cells" "No regulations training A5 '何平';" "2025: 何平 first"
	like "$cells" "No regulations training A6 '赵磊';" "then 赵磊"
	like "$cells" "No regulations training A7 '刘洋';" "then 刘洋"
	like "$cells" "No regulations training A8 '李静';" "then 李静"
	like "$cells" "No regulations training A9 None;" "four"
	like "$cells" "Still to retrain A5 'None.';" "nobody to retrain"

	# on 2026-12-20 the retraining planned for 12-15 is overdue
	GSPDESK_NOW=2026-12-20T09:00 g report training --year 2026 -o "$tmp/t-dec.xlsx"
	exit_is 0 "the report in late December"
	xlsx_cells "$tmp/t-dec.xlsx"
	like "$cells" "Still to retrain A2 'Marked as needing another session and not passed by 2026-12-20.';" "as at that day"
	like "$cells" "Still to retrain H5 'overdue';" "张医生 overdue"

	g report training --year 2023 -o "$tmp/empty.xlsx"
	exit_is 0 "a year with no sessions still makes a report"
	xlsx_cells "$tmp/empty.xlsx"
	like "$cells" "Sessions A5 'No training sessions in this year.';" "which says so"
	like "$cells" "Hours per person A5 'None.';" "nobody's hours"
fi

g report training --from 2026-01-01 --until 2026-06-30 -o "$tmp/x.xlsx"
exit_is 2 "the training report takes a year, not a range"
g report training --year 2026 -o "$book"
exit_is 1 "an existing workbook is not replaced"
g report training --year 2026 -o "$book" --force
exit_is 0 "unless --force"

opens_in_libreoffice "$book" "血糖仪操作"

done_testing
