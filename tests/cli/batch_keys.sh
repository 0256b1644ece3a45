#!/bin/sh
# Issue 14's leftovers from the command line: complaints, quality visits and
# adverse events listed by a batch or serial number however it was typed;
# a batch's second expiry date is the quality manager's (add --reason, and
# edit with its reason), a clerk is told who may; surveys import with their
# scores in score.ITEM columns (the same words as add's score.quality=5).
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g_newpw clerk-pass-1 user add li --role clerk
g_newpw quality-pass-1 user add zhou --role quality
[ "$rc" = 0 ] || { echo "Bail out! user add: $err"; exit 1; }

# ---- every form holding a batch or serial number compares its key ----
g add complaints received_at="2026-11-20 09:30" customer=C1 product=P1 batch=ab12 content=破损
g add quality date=2026-11-18 product=P1 customer=C1 batch=Ａｂ１２ performance=良好
g add events learned_at="2026-11-20 08:00" product=P1 severity=other use_description=x \
	serial=sn-0457
is "$rc" "0" "fixture: a complaint, a quality visit and an event"
g list complaints batch=AB12 --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f1)" "1" "complaints batch=AB12 finds ab12"
g list quality 'batch= ab12 ' --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f1)" "1" "quality batch=' ab12 ' finds Ａｂ１２"
g list events serial=SN-0457 --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f1)" "1" "events serial=SN-0457 finds sn-0457"
g list complaints --search ＡＢ１２ --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f1)" "1" "a search for ＡＢ１２ finds the complaint"

# ---- a batch's second expiry date ----
g add sales product=P1 qty=3 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C1
is "$rc" "0" "fixture: batch B1 expires 2028-01-31 (line 1)"
dump_db "$tmp/dump.before"
g_as li clerk-pass-1 add sales product=P1 qty=1 batch=b1 expiry=2028-02-29 \
	sale_date=2026-03-06 customer=C1 --reason 厂家说明
exit_is 1 "a clerk's second expiry with --reason: exit 1"
like "$err" "line 1" "the refusal names the earlier line"
like "$err" "the quality manager records it with the reason" "and who may record it"
g_as zhou quality-pass-1 add sales product=P1 qty=1 batch=b1 expiry=2028-02-29 \
	sale_date=2026-03-06 customer=C1
exit_is 1 "the quality manager without a reason: exit 1"
like "$err" "say why with --reason TEXT" "told to give the reason"
g_as zhou quality-pass-1 add sales product=P1 qty=1 batch=b1 expiry=2028-02-29 \
	sale_date=2026-03-06 customer=C1 --reason 厂家说明函
exit_is 0 "the quality manager with --reason: recorded"
second=$out
g show sales "$second" --history
like "$out" "厂家说明函" "the history keeps the reason"
g_as li clerk-pass-1 edit sales 1 expiry=2028-03-31 --reason 改有效期
exit_is 1 "a clerk's edit to a third expiry: exit 1"
g_as zhou quality-pass-1 edit sales 1 expiry=2028-03-31 --reason 厂家更正
exit_is 0 "the quality manager's edit with its reason: recorded"
g list sales batch=B1 --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f7 | tr '\n' ' ')" "2028-03-31 2028-02-29 " \
	"the two expiry dates as recorded"

# ---- surveys with their scores ----
cat >"$tmp/surveys.csv" <<'CSV'
year,customer,respondent,date,overall,score.quality,score.delivery,score.service,score.support,score.response,score.price
2026,C1,王芳,2026-05-01,5,5,4,5,5,4,3
2026,C2,李雷,2026-05-02,4,4,4,,5,4,3
CSV
g import surveys "$tmp/surveys.csv"
exit_is 1 "a survey without its service score: refused"
like "$err" "line 3" "by its line"
like "$err" "服务态度" "naming the item missing"
sed -i 's/^2026,C2,李雷,2026-05-02,4,4,4,,5/2026,C2,李雷,2026-05-02,4,4,4,2,5/' "$tmp/surveys.csv"
g import surveys "$tmp/surveys.csv"
exit_is 0 "every score given: imported"
g show surveys 2
like "$out" "服务态度                 2" "李雷's service score is 2"
cat >"$tmp/bad.csv" <<'CSV'
year,customer,respondent,date,overall,score.nosuch
2026,C1,王芳,2026-06-01,5,5
CSV
g import surveys "$tmp/bad.csv"
exit_is 1 "a score for an item that does not exist: refused"
like "$err" "line 2" "by its line"

done_testing
