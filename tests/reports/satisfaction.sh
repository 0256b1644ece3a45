# The annual satisfaction roll-up (顾客满意度年度汇总): the summary per
# survey item against last year, the surveys by customer with the customers
# who bought and were not surveyed, the suggestions and the chart; read back
# with openpyxl, the chart from the package's XML, and opened by LibreOffice
# where it is installed. Expected cells worked out by hand from the surveys
# below (see the comments at each check).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add customers code=C3 name=北京协和医院 province=北京市 city=北京市
g add customers code=C4 name=上海瑞金医院 province=上海市 city=上海市
# two items asked, the other four retired: the sheets stay small
for id in 3 4 5 6; do
	g edit survey_items $id active=no --reason 停用
	exit_is 0 "survey item $id retired"
done
for args in "2026-04-01 customer=C1" "2026-05-01 customer=C3" "2025-05-01 customer=C4"; do
	# shellcheck disable=SC2086 # the words split on purpose
	g add sales product=P1 qty=1 batch=B1 sale_date=$args
	exit_is 0 "a sale on $args"
done
# 2026: three live surveys and a voided one
g add surveys year=2026 customer=C1 respondent=张主任 date=2026-03-10 score.quality=5 score.delivery=4 overall=5 suggestions=希望缩短交货期
g add surveys year=2026 customer=C1 respondent=李护士长 date=2026-06-01 score.quality=4 score.delivery=2 overall=5
g add surveys year=2026 customer=C2 "respondent=Dr Wang" date=2026-02-20 score.quality=3 score.delivery=5 overall=3 "suggestions=More training"
g add surveys year=2026 customer=C2 respondent=作废 date=2026-02-21 score.quality=1 score.delivery=1 overall=1 suggestions=作废的意见
is "$out" "4" "four surveys of 2026 entered"
g void surveys 4 --reason 重复录入
exit_is 0 "the fourth is voided"
# 2025: the year before
g add surveys year=2025 customer=C1 respondent=张主任 date=2025-05-05 score.quality=3 score.delivery=3 overall=3
g add surveys year=2025 customer=C2 "respondent=Dr Wang" date=2025-06-06 score.quality=4 score.delivery=2 overall=4
exit_is 0 "two surveys of 2025"

# the office's targets (settings): a mean of 4.0, and 60 % satisfied
g settings satisfaction_target_mean 5.5
exit_is 1 "a target mean above 5: refused"
like "$err" "the mean score every survey item should reach (0 to 5): must be at most 5.0" "naming the setting and the rule"
g settings satisfaction_target_mean 4.0
exit_is 0 "the target mean set"
g settings satisfaction_target_rate 60
exit_is 0 "the target rate set"
g settings satisfaction_target_mean
is "$out" "4.0" "kept as typed"

# the actions decided after it (survey_actions): one for delivery, one
# for the survey as a whole, one voided, one of 2025
g add survey_actions year=2026 item=delivery "finding=交货慢" "action=增加库存" owner=王经理 due_date=2027-03-31
exit_is 0 "an action for delivery"
g add survey_actions year=2026 "finding=回收率低" "action=电话回访" owner=李主管 due_date=2027-01-31 status=done done_date=2026-11-20
exit_is 0 "a done action for the whole survey"
g add survey_actions year=2026 "finding=作废" "action=作废" owner=某人 due_date=2027-01-01
g void survey_actions 3 --reason 重复录入
exit_is 0 "a voided action"
g add survey_actions year=2025 item=quality "finding=去年的" "action=去年的" owner=某人 due_date=2026-01-01
g add survey_actions year=2026 "finding=x" "action=y" owner=z due_date=2027-01-01 done_date=2026-11-01
exit_is 1 "a done date on an action not done: refused"
like "$err" "is only given when the status is" "saying why"
g add survey_actions year=2026 "finding=x" "action=y" owner=z due_date=2027-01-01 status=done
exit_is 1 "done without its date: refused"

book=$tmp/sat.xlsx
g report satisfaction --year 2026 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	"$PY" - "$book" >"$tmp/cells" 2>&1 <<'PYEOF'
import sys, openpyxl, datetime, zipfile
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets", "|".join(wb.sheetnames))
def dump(ws, cells):
    for c in cells:
        x = ws[c].value
        if isinstance(x, datetime.datetime):
            x = "date:" + x.strftime("%Y-%m-%d") + ":" + ws[c].number_format
        elif isinstance(x, (int, float)) and ws[c].number_format != "0":
            # a mean or a rate (openpyxl gives 4.0 back as 4)
            x = "%.4f:%s" % (x, ws[c].number_format)
        else:
            x = repr(x)
        print(ws.title, c, x)
dump(wb.worksheets[0], ["A1", "A2", "A4", "D4", "J4", "K4"] +
     [c + str(r) for r in (4, 5, 6, 7) for c in "ABCDEFGHIJKL"] + ["A8", "A9", "B9", "C9", "A10", "A11", "A13", "A15", "A16", "A18", "B18", "C18", "D18", "A19", "B19", "A20", "A21", "A22"])
dump(wb.worksheets[1], [c + str(r) for r in (4, 5, 6, 7) for c in "ABCDEF"] +
     ["A8", "A9", "A10", "A11"])
dump(wb["Suggestions"], [c + str(r) for r in (4, 5, 6) for c in "ABCD"] + ["A7"])
dump(wb["Actions"], [c + str(r) for r in (4, 5, 6) for c in "ABCDEFGH"] + ["A7"])
dump(wb["Ranking"], [c + str(r) for r in (4, 5, 6) for c in "ABCDE"] + ["A7"])
dump(wb["Trend"], [c + str(r) for r in (4, 5, 6, 7) for c in "ABCDEF"] + ["A8"])
ws = wb.worksheets[0]
print("paper", ws.page_setup.paperSize, "titles", ws.print_title_rows,
      "freeze", ws.freeze_panes)
print("filter", wb.worksheets[1].auto_filter.ref)
z = zipfile.ZipFile(sys.argv[1])
charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
print("charts", len(charts))
print("line charts", sum('<c:lineChart>' in z.read(n).decode() for n in charts))
for n in charts:
    x = z.read(n).decode()
    for ref in ["Summary!$A$5:$A$7", "Summary!$C$5:$C$7", "Summary!$J$5:$J$7", "barDir val=\"col\"",
                "<c:dLbls>", "<c:min val=\"2\"/>"]:
        print("chart has", ref, ref in x)
# the figures stored inside each chart (its caches), which WPS and
# Excel's viewers draw from: the first series' categories and values
import re
for n in sorted(charts):
    x = z.read(n).decode()
    kind = "line" if "<c:lineChart>" in x else "bar"
    ser = x.split("<c:ser>")[1]
    cat = ser.split("<c:cat>")[1].split("</c:cat>")[0]
    val = ser.split("<c:val>")[1].split("</c:val>")[0]
    pts = lambda s: ["%s=%s" % (i, v) for i, v in re.findall(r'<c:pt idx="(\d+)"><c:v>([^<]*)</c:v>', s)]
    print(kind, "cat", "|".join(v.split("=", 1)[1] for v in pts(cat)))
    print(kind, "val", "|".join("%s=%.4f" % (p.split("=")[0], float(p.split("=")[1])) for p in pts(val)))
PYEOF
	cells=$(cat "$tmp/cells")
	like "$cells" "sheets Summary|By customer|Ranking|Trend|Suggestions|Actions|Chart" "seven sheets"
	# 2026 by customer: C1 scored 5 4 and 4 2, mean 15/4 = 3.75, overall
	# 5 and 5; C2 3 and 5, mean 4.00, overall 3: C1 lowest, first
	# the whole survey's action first, then delivery's; the voided one and
	# 2025's left out
	like "$cells" "Actions A4 'No.'" "the actions, numbered"
	like "$cells" "Actions A5 1" "first"
	like "$cells" "Actions B5 'The survey as a whole'" "the whole survey's first"
	like "$cells" "Actions C5 '回收率低'" "its finding"
	like "$cells" "Actions D5 '电话回访'" "its action"
	like "$cells" "Actions E5 '李主管'" "its owner"
	like "$cells" "Actions F5 date:2027-01-31:yyyy-mm-dd" "its due date"
	like "$cells" "Actions G5 'Done'" "done"
	like "$cells" "Actions H5 date:2026-11-20:yyyy-mm-dd" "on its day"
	like "$cells" "Actions A6 2" "second"
	like "$cells" "Actions B6 '交货及时性'" "then delivery's"
	like "$cells" "Actions G6 'In progress'" "not done yet"
	like "$cells" "Actions H6 None" "so no date"
	like "$cells" "Actions A7 None" "nothing more"
	like "$cells" "Ranking A4 'Rank'" "the ranking"
	like "$cells" "Ranking A5 1" "first place"
	like "$cells" "Ranking B5 '杭州市第一人民医院'" "the lowest mean first"
	like "$cells" "Ranking C5 2" "two surveys"
	like "$cells" "Ranking D5 3.7500:0.00" "mean 15/4"
	like "$cells" "Ranking E5 5.0000:0.00" "overall 5"
	like "$cells" "Ranking A6 2" "second place"
	like "$cells" "Ranking B6 'ABC_Clinic诊所'" "the clinic"
	like "$cells" "Ranking D6 4.0000:0.00" "mean (3 + 5) / 2"
	like "$cells" "Ranking E6 3.0000:0.00" "overall 3"
	like "$cells" "Ranking A7 None" "two customers surveyed"
	# five years, 2022-2026: only 2025 and 2026 have surveys (means as on
	# the summary: this year's and last year's columns)
	like "$cells" "Trend B4 '2022'" "from 2022"
	like "$cells" "Trend F4 '2026'" "to 2026"
	like "$cells" "Trend A5 '产品质量'" "an item a row"
	like "$cells" "Trend B5 None" "no survey in 2022"
	like "$cells" "Trend E5 3.5000:0.00" "2025: (3+4)/2"
	like "$cells" "Trend F5 4.0000:0.00" "2026: 12/3"
	like "$cells" "Trend E6 2.5000:0.00" "delivery 2025: (3+2)/2"
	like "$cells" "Trend F6 3.6667:0.00" "delivery 2026: 11/3"
	like "$cells" "Trend A7 'Overall score'" "the overall score last"
	like "$cells" "Trend E7 3.5000:0.00" "overall 2025"
	like "$cells" "Trend F7 4.3333:0.00" "overall 2026: 13/3"
	like "$cells" "Trend A8 None" "nothing more"
	like "$cells" "Summary A1 'Customer satisfaction annual summary'" "the title"
	like "$cells" "Summary A2 'Year 2026. Reported to the general manager, copied to the quality management department.'" \
		"names the year and the addressees"
	like "$cells" "Summary A4 'Item'" "column titles"
	like "$cells" "Summary D4 'Satisfied rate'" "the satisfied rate"
	like "$cells" "Summary J4 'Mean 2025'" "last year's mean names the year"
	like "$cells" "Summary K4 'Change'" "and the change"
	# 产品质量 in 2026: 5, 4, 3 (the voided 1 left out): 3 responses, mean
	# 12/3 = 4.00, 4 or 5 twice: 2/3; in 2025: 3, 4, mean 3.50, change +0.50
	like "$cells" "Summary A5 '产品质量'" "items by position: quality first"
	like "$cells" "Summary B5 3" "three responses"
	like "$cells" "Summary C5 4.0000:0.00" "mean 4.00"
	like "$cells" "Summary D5 0.6667:0.0%" "two of three satisfied, as a percent"
	like "$cells" "Summary E5 0" "no 1"
	like "$cells" "Summary F5 0" "no 2"
	like "$cells" "Summary G5 1" "one 3"
	like "$cells" "Summary H5 1" "one 4"
	like "$cells" "Summary I5 1" "one 5"
	like "$cells" "Summary J5 3.5000:0.00" "2025: (3+4)/2"
	like "$cells" "Summary K5 0.5000:0.00" "up 0.5"
	# 交货及时性 in 2026: 4, 2, 5: mean 11/3 = 3.6667, satisfied 2/3,
	# counts 0 1 0 1 1; 2025: 3, 2 = 2.50; change 11/3 - 2.5 = 1.1667
	like "$cells" "Summary A6 '交货及时性'" "delivery second"
	like "$cells" "Summary B6 3" "three responses"
	like "$cells" "Summary C6 3.6667:0.00" "mean 11/3"
	like "$cells" "Summary D6 0.6667:0.0%" "two of three satisfied"
	like "$cells" "Summary E6 0" "no 1"
	like "$cells" "Summary F6 1" "one 2"
	like "$cells" "Summary G6 0" "no 3"
	like "$cells" "Summary H6 1" "one 4"
	like "$cells" "Summary I6 1" "one 5"
	like "$cells" "Summary J6 2.5000:0.00" "2025: (3+2)/2"
	like "$cells" "Summary K6 1.1667:0.00" "up 7/6"
	# overall in 2026: 5, 5, 3: mean 13/3 = 4.3333, satisfied 2/3, counts
	# 0 0 1 0 2; 2025: 3, 4 = 3.50; change 13/3 - 3.5 = 0.8333
	like "$cells" "Summary A7 'Overall score'" "the overall row last"
	like "$cells" "Summary B7 3" "three surveys"
	like "$cells" "Summary C7 4.3333:0.00" "mean 13/3"
	like "$cells" "Summary D7 0.6667:0.0%" "two of three satisfied"
	like "$cells" "Summary G7 1" "one 3"
	like "$cells" "Summary H7 0" "no 4"
	like "$cells" "Summary I7 2" "two 5"
	like "$cells" "Summary J7 3.5000:0.00" "2025: (3+4)/2"
	like "$cells" "Summary K7 0.8333:0.00" "up 5/6"
	like "$cells" "Summary A8 None" "no retired items, nothing after"
	# by customer name (ASCII before Chinese), then date
	like "$cells" "By customer A4 'Customer'" "column titles"
	like "$cells" "By customer D4 '产品质量'" "an item per column"
	like "$cells" "By customer E4 '交货及时性'" "in position order"
	like "$cells" "By customer F4 'Overall score'" "then the overall score"
	like "$cells" "By customer A5 'ABC_Clinic诊所'" "the clinic first"
	like "$cells" "By customer B5 'Dr Wang'" "its respondent"
	like "$cells" "By customer C5 date:2026-02-20:yyyy-mm-dd" "the date as a date"
	like "$cells" "By customer D5 3" "quality 3"
	like "$cells" "By customer E5 5" "delivery 5"
	like "$cells" "By customer F5 3" "overall 3"
	like "$cells" "By customer A6 '杭州市第一人民医院'" "then the hospital"
	like "$cells" "By customer B6 '张主任'" "its earlier survey first"
	like "$cells" "By customer D6 5" "quality 5"
	like "$cells" "By customer E6 4" "delivery 4"
	like "$cells" "By customer B7 '李护士长'" "then the later one"
	like "$cells" "By customer C7 date:2026-06-01:yyyy-mm-dd" "dated 2026-06-01"
	like "$cells" "By customer E7 2" "delivery 2"
	like "$cells" "By customer F7 5" "overall 5"
	like "$cells" "By customer A8 None" "the voided survey is left out, a blank line"
	like "$cells" "By customer A9 'Customers with sales in 2026 and no survey:'" "then the customers not surveyed"
	# C3 bought in 2026 and has no survey; C4 bought only in 2025; C1 was surveyed
	like "$cells" "By customer A10 '北京协和医院'" "the one who bought in 2026"
	like "$cells" "By customer A11 None" "and no other"
	like "$cells" "Suggestions A5 date:2026-02-20:yyyy-mm-dd" "suggestions by date"
	like "$cells" "Suggestions B5 'ABC_Clinic诊所'" "with the customer"
	like "$cells" "Suggestions D5 'More training'" "and the suggestion"
	like "$cells" "Suggestions A6 date:2026-03-10:yyyy-mm-dd" "the second"
	like "$cells" "Suggestions C6 '张主任'" "with its respondent"
	like "$cells" "Suggestions D6 '希望缩短交货期'" "in Chinese"
	like "$cells" "Suggestions A7 None" "the voided survey's suggestion left out"
	like "$cells" 'paper 9 titles $1:$4 freeze A5' "A4, title rows repeated, header frozen"
	# header on row 4, the last survey on row 7: the customers not surveyed
	# below are left out
	like "$cells" "filter A4:F7" "the surveys can be filtered, and only they"
	like "$cells" "charts 2" "two charts"
	like "$cells" "line charts 1" "the trend as lines"
	like "$cells" 'chart has Summary!$A$5:$A$7 True' "the items and the overall score as categories"
	like "$cells" 'chart has Summary!$C$5:$C$7 True' "this year's means"
	like "$cells" 'chart has Summary!$J$5:$J$7 True' "against last year's"
	like "$cells" 'chart has <c:dLbls> True' "each bar labelled with its value"
	# the chart carries its own figures, for viewers that do not compute
	# them from the cells: the two items and the overall score, with this
	# year's means 12/3, 11/3 and 13/3
	like "$cells" "bar cat 产品质量|交货及时性|Overall score" "the bars' names stored in the chart"
	like "$cells" "bar val 0=4.0000|1=3.6667|2=4.3333" "and their means"
	# the trend of quality: nothing in 2022–2024 (no point, not a 0 that
	# would draw the line down to the axis), (3+4)/2 in 2025, 12/3 in 2026
	like "$cells" "line cat 2022|2023|2024|2025|2026" "the years stored in the trend chart"
	like "$cells" "line val 3=3.5000|4=4.0000" "quality's means, the years without surveys left as gaps"
	# the lowest mean charted is 2025's 交货及时性, 2.50: the axis starts
	# half a point under it, at 2
	like "$cells" 'chart has <c:min val="2"/> True' "the value axis starts where differences show"
	# bought in 2026: C1 and C3; of them C1 was surveyed (C2 was, but did
	# not buy in 2026): 1 of 2
	like "$cells" "Summary A9 'Response rate'" "the response rate"
	like "$cells" "Summary B9 0.5000:0.0%" "1 of 2, as a percent"
	like "$cells" "Summary C9 '1 of the 2 customers who bought in 2026 were surveyed.'" "in words"
	# targets 4.0 and 60 %: quality 4.00 and 2/3 = 66.7 % meets both;
	# delivery's 3.67 misses the mean; the overall 4.33 and 66.7 % meets
	like "$cells" "Summary L4 'Target'" "a column for the targets"
	like "$cells" "Summary L5 'target met'" "quality meets them"
	like "$cells" "Summary L6 'target missed'" "delivery misses the mean"
	like "$cells" "Summary L7 'target met'" "the overall score meets them"
	like "$cells" "Summary A10 'Targets: a mean score of at least 4.0 and a satisfied rate of at least 60% for every item.'" \
		"the targets in words"
	# the lowest item mean: delivery 11/3 = 3.67, from 2.50: +1.17
	like "$cells" "Summary A11 'Weakest item: 交货及时性, mean 3.67 (+1.17 on 2025).'" "the weakest item with its change"
	like "$cells" "Summary A15 'Period: 2026-01-01 to 2026-12-31. Made on 2026-11-27.'" "the period and the day it was made"
	like "$cells" "Summary A16 'Reported to: the general manager. Copied to: the quality management department.'" "to whom it goes"
	like "$cells" "Summary A18 'Sign-off'" "a sign-off table"
	like "$cells" "Summary B18 'Name'" "with a name"
	like "$cells" "Summary C18 'Signature'" "a signature"
	like "$cells" "Summary D18 'Date'" "and a date"
	like "$cells" "Summary A19 'Prepared by'" "prepared"
	like "$cells" "Summary B19 None" "the name left to write"
	like "$cells" "Summary A20 'Reviewed by'" "reviewed"
	like "$cells" "Summary A21 'Approved by'" "approved"
	like "$cells" "Summary A22 None" "and nothing after"
	like "$cells" 'Summary A13 "Each item is scored from 1 (very dissatisfied) to 5' "the definitions used"
	like "$cells" 'chart has barDir val="col" True' "as bars"
fi

g report satisfaction --year 2027 -o "$tmp/empty.xlsx"
exit_is 0 "a year with no surveys still makes a report"
if have_openpyxl; then
	xlsx_cells "$tmp/empty.xlsx"
	like "$cells" "Summary A9 'No surveys in this year.';" "the summary says so"
	like "$cells" "Chart A4 'No surveys in this year.';" "and the chart sheet, with no chart"
	check "no chart, so no empty legend" sh -c "! unzip -l '$tmp/empty.xlsx' | grep -q 'xl/charts/'"
fi
g report satisfaction --from 2026-01-01 --until 2026-06-30 -o "$tmp/x.xlsx"
exit_is 2 "the roll-up takes a year, not a range"

if [ "$HAVE_ZH" = yes ] && have_openpyxl; then
	GSPDESK_LANG=zh_CN g report satisfaction --year 2026 -o "$tmp/zh.xlsx"
	exit_is 0 "the roll-up in Chinese"
	xlsx_cells "$tmp/zh.xlsx"
	like "$cells" "汇总 A19 '编制';" "编制"
	like "$cells" "汇总 A20 '审核';" "审核"
	like "$cells" "汇总 A21 '批准';" "批准"
	like "$cells" "汇总 A16 '上报：总经理。抄报：质量管理部。';" "上报总经理、抄报质量管理部"
	like "$cells" "汇总 L6 '未达到';" "a missed target in Chinese"
	like "$cells" "汇总 A11 '最弱项目：交货及时性，平均分 3.67（较 2025 年 +1.17）。';" "the weakest item in Chinese"
fi

opens_in_libreoffice "$book" "交货及时性"

done_testing
