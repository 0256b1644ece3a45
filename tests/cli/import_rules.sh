#!/bin/sh
# Import runs every rule add runs (issue 14): for every form, a file whose
# rows each break one rule that `add` refuses, every row refused with its
# line number and nothing imported; the recall tables only through
# `gspdesk recall`. Each row's broken rule is named beside it; the line
# numbers are counted by hand (the header is line 1).
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
# the ledger the rows break rules against (GSPDESK_NOW is 2026-11-27)
g add sales product=P1 qty=3 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C1
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-04-01 customer=C2
g add sales product=P1 qty=2 batch=B9 sale_date=2026-03-06 customer=C1
g recall open --product P1 --batch B9 --class II --reason 包装破损
g add implants sale=2 hospital=C2 patient=张三 use_date=2026-04-02
g add surveys year=2026 customer=C1 respondent=王芳 date=2026-05-01 overall=5 \
	score.quality=5 score.delivery=5 score.service=5 score.support=5 score.response=5 score.price=5
g add training date=2026-05-01 topic=法规培训 kind=regulations
is "$rc" "0" "fixture: three sales, a recall, an implant, a survey, a training session"

# imp FORM ROWS: imports $tmp/FORM.csv, which has ROWS rows after its header;
# each must be refused by the line a spreadsheet shows, nothing imported.
imp() {
	dump_db "$tmp/dump.before"
	g import "$1" "$tmp/$1.csv"
	exit_is 1 "$1: a file of rows each breaking one rule: exit 1"
	like "$err" "Rows refused: $2. Nothing was imported." "$1: all $2 rows refused"
	i=2
	while [ "$i" -le $(($2 + 1)) ]; do
		# "line N, column T: ..." or, for a rule of no one column, "line N: ..."
		check "$1: line $i refused by its number" \
			sh -c "printf '%s\n' \"\$1\" | grep -Eq '^line $i[,:] '" - "$err"
		i=$((i + 1))
	done
	unchanged_since "$tmp/dump.before" "$1: database unchanged"
}

cat >"$tmp/sales.csv" <<'CSV'
product,qty,batch,serial,expiry,sale_date,customer
P1,0,B2,,,2026-05-01,C1
P1,1,,,,2026-05-01,C1
P1,1,B2,,2026-04-30,2026-05-01,C1
P1,1,B2,,,2027-01-01,C1
P1,1,B2,,,2026-05-01,C9
P2,2,,SN2,,2026-05-01,C1
P2,1,,sn1 ,,2026-05-01,C1
P1,1,b1,,2028-02-29,2026-05-01,C1
P1,1,ｂ９,,,2026-05-01,C2
CSV
# 2 qty below 1; 3 neither batch nor serial; 4 expired before sale;
# 5 sold in the future; 6 unknown buyer; 7 a serial with qty 2; 8 SN1
# sold again while its sale stands; 9 a second expiry for B1; 10 B9 under
# recall, typed in full-width lower case
imp sales 9
like "$err" "line 8, column serial: sn1 was sold on line 2 (2026-04-01, to ABC_Clinic诊所)" \
	"sales: the standing sale named"
like "$err" "line 9, column expiry: 2028-02-29 differs from 2028-01-31, the expiry of batch b1 on line 1" \
	"sales: the earlier expiry named"
like "$err" "line 10, column batch: is under recall 1" "sales: the recall named"

cat >"$tmp/implants.csv" <<'CSV'
sale,product,batch,serial,hospital,patient,use_date
,P1,B1,,C1,李四,2026-06-01
2,,,,C2,李四,2026-03-31
,P2,,SN77,C2,王五,2026-05-01
2,,,,C2,,2026-05-01
2,,,,C2,钱七,2026-05-02
CSV
# 2 not an implant; 3 used before its sale; 4 a serial never sold;
# 5 no patient; 6 a second implant on a line of one unit
imp implants 5
like "$err" "line 2, column product: is not an implant" "implants: the product named"
like "$err" "line 6, column sale: line 2 sold 1 units and already has 1 implant records" \
	"implants: the line's quantity named"

cat >"$tmp/returns.csv" <<'CSV'
sale,qty,reason
1,4,破损
9,1,破损
1,1,
1,0,破损
CSV
# 2 more than the 3 sold; 3 no sales line 9; 4 no reason; 5 qty below 1
imp returns 4

cat >"$tmp/products.csv" <<'CSV'
code,name,class
P1,重复,II
P9,,II
P8,导管,IV
CSV
# 2 code taken; 3 no name; 4 no class IV
imp products 3

cat >"$tmp/customers.csv" <<'CSV'
code,name
C1,重复
C9,
CSV
# 2 code taken; 3 no name
imp customers 2

cat >"$tmp/survey_items.csv" <<'CSV'
code,name,active
quality,重复,1
new1,,1
CSV
# 2 code taken; 3 no name
imp survey_items 2

cat >"$tmp/surveys.csv" <<'CSV'
year,customer,respondent,date,overall
2026,C2,李雷,2026-05-01,5
2026,C2,韩梅,2026-05-01,6
CSV
# 2 no score for the active items (as add); 3 overall above 5
imp surveys 2

cat >"$tmp/survey_scores.csv" <<'CSV'
survey,item,score
1,quality,4
1,price,6
9,quality,3
CSV
# 2 the survey has its quality score; 3 score above 5; 4 no survey 9
imp survey_scores 3

cat >"$tmp/service.csv" <<'CSV'
kind,customer,product,notified_at,description,responded_at
repair,C1,P1,2026-05-01 09:00,,
repair,C1,P1,2026-05-01 09:00,不开机,2026-04-30 09:00
fix,C1,P1,2026-05-01 09:00,不开机,
CSV
# 2 no description; 3 responded before notified; 4 no kind "fix"
imp service 3

cat >"$tmp/events.csv" <<'CSV'
learned_at,product,severity,use_description,authority_report_at
2026-05-01 09:00,P1,other,,
2026-05-01 09:00,P1,other,使用中破裂,2026-04-01 09:00
2026-05-01 09:00,P1,bad,使用中破裂,
CSV
# 2 no description of the use; 3 reported before learned; 4 no severity "bad"
imp events 3

cat >"$tmp/complaints.csv" <<'CSV'
received_at,customer,content,status
2026-05-01 09:00,C1,,open
2026-05-01 09:00,C1,包装破损,closed
CSV
# 2 no content; 3 closed without cause, action, reply and closing date
imp complaints 2

cat >"$tmp/quality.csv" <<'CSV'
date,product,customer
2026-05-01,P1,
2026-05-01,P9,C1
CSV
# 2 no customer; 3 no product P9
imp quality 2

cat >"$tmp/training.csv" <<'CSV'
date,topic,kind,customer
2026-05-01,客户培训,customer,
2026-05-01,,operation,
CSV
# 2 a customer's training names no customer; 3 no topic
imp training 2

cat >"$tmp/attendees.csv" <<'CSV'
session,name,attended,result,retrain_date
1,,1,passed,
1,王芳,1,passed,2026-06-01
9,王芳,1,passed,
CSV
# 2 no name; 3 a retraining date for one who passed; 4 no session 9
imp attendees 3

# the recall tables: only `gspdesk recall` writes them, whatever the rows
cat >"$tmp/recall_recipients.csv" <<'CSV'
recall,customer,qty_sold,qty_returned
1,C2,5,999
CSV
dump_db "$tmp/dump.before"
g import recall_recipients "$tmp/recall_recipients.csv"
exit_is 1 "recall_recipients: import refused"
like "$err" "gspdesk recall notify / recall return" "recall_recipients: the message names the command"
unchanged_since "$tmp/dump.before" "recall_recipients: database unchanged"
cat >"$tmp/recalls.csv" <<'CSV'
product,batch,class,reason,opened,status
P1,B1,I,x,2026-05-01 09:00,open
CSV
g import recalls "$tmp/recalls.csv"
exit_is 1 "recalls: import refused"
like "$err" "gspdesk recall open" "recalls: the message names the command"
unchanged_since "$tmp/dump.before" "recalls: database unchanged"

done_testing
