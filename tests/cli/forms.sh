#!/bin/sh
# The other paper records on the command line (issue 4): complaints,
# quality tracking, survey items, surveys with score.CODE=N, training
# sessions and attendees — each added, listed, shown, edited with a reason
# and voided; refusals name the field and the rule and write nothing.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures

# --- complaints --------------------------------------------------------------
g add complaints 'received_at=2026-11-20 09:30' customer=C1 product=P1 batch=B1 content=外包装破损
is "$out" "1" "a complaint: add prints its id"
g list complaints --format csv
like "$out" "1,2026-11-20 09:30,C1,,P1,B1,,外包装破损,,,,,,,,open,," "status left empty is open"
refused 1 "Cause analysis" "closing without a cause" edit complaints 1 status=closed --reason 结案
refused 1 "Closed date: is only given when the status is closed" "a closed date on an open complaint" \
	edit complaints 1 closed_date=2026-11-26 --reason 结案
refused 1 "Status" "an unknown status" edit complaints 1 status=done --reason x
g edit complaints 1 status=closed cause=运输挤压 action=加固包装 reply_date=2026-11-25 \
	closed_date=2026-11-26 handled_by=李工 --reason 结案
exit_is 0 "closing with cause, action, reply date and closed date"
g show complaints 1
like "$out" "Cause analysis" "show names the cause"
like "$out" "运输挤压" "show prints the cause"
g list complaints --search 外包装
like "$out" "closed" "the list finds it by its content and shows the status"

# late marks, today Friday 2026-11-27: received Friday 20 was due at quality
# by Tuesday 24 (late); received Wednesday 25 is due by Friday 27 (not yet)
g add complaints 'received_at=2026-11-20 16:00' customer=C2 content=显示屏不亮
g add complaints 'received_at=2026-11-25 08:00' customer=C2 content=缺少说明书
g list complaints
like "$out" "2 LATE" "received 2026-11-20, unreported: LATE"
unlike "$out" "3 LATE" "received 2026-11-25: not late yet"
unlike "$out" "1 LATE" "a closed complaint is never late"

# --- quality tracking --------------------------------------------------------
g add quality date=2026-11-18 product=P2 serial=SN001 customer=C1 performance=运行良好 tracked_by=李工
is "$out" "1" "a quality tracking record"
refused 1 "User unit" "quality tracking without a user unit" add quality date=2026-11-18 product=P2
refused 1 "User unit" "a customer's number is not its code" \
	add quality date=2026-11-18 product=P2 customer=1
g edit quality 1 result=正常 --reason 补填结果
exit_is 0 "quality edited with a reason"
g void quality 1 --reason 重复录入
exit_is 0 "quality voided"
g list quality
unlike "$out" "运行良好" "a voided record leaves the list"

# --- survey items, surveys ---------------------------------------------------
g list survey_items --format csv
is "$(printf '%s\n' "$out" | cut -d, -f2,3 | tr '\n' ' ')" \
	"code,name quality,产品质量 delivery,交货及时性 service,服务态度 support,技术支持与培训 response,售后响应速度 price,价格 " \
	"the six seeded items, in Chinese"
g forms surveys
like "$out" "score.CODE=VALUE sets the score of the line whose item has that code" \
	"forms surveys tells how to give the scores"
scores="score.quality=5 score.delivery=4 score.service=5 score.support=3 score.response=4"
# $scores splits into words on purpose
# shellcheck disable=SC2086
g add surveys year=2026 customer=C1 respondent=张主任 date=2026-11-20 $scores score.price=2 overall=5
is "$out" "1" "a survey with six scores"
g show surveys 1
like "$out" "技术支持与培训" "show lists the scores by item name"
# the item column is 24 cells: 售后响应速度 takes 12, so 12 blanks pad it, one separates
like "$out" "
    售后响应速度             4
" "show: the response score in its column"
# shellcheck disable=SC2086
refused 1 "one survey per customer, year and respondent" "the same survey twice" \
	add surveys year=2026 customer=C1 respondent=张主任 date=2026-11-20 $scores score.price=2 overall=5
# shellcheck disable=SC2086
refused 1 "价格 (price)" "a survey missing the price score" \
	add surveys year=2026 customer=C2 respondent=王科长 date=2026-11-20 $scores overall=5
# shellcheck disable=SC2086
refused 1 "Score" "a score of 6" \
	add surveys year=2026 customer=C2 respondent=王科长 date=2026-11-20 $scores score.price=6 overall=5
# shellcheck disable=SC2086
refused 1 "nothing in Survey items" "an unknown item code" \
	add surveys year=2026 customer=C2 respondent=王科长 date=2026-11-20 $scores score.cost=3 overall=5
refused 2 "no line field" "a dotted name that is no line field" \
	add surveys year=2026 customer=C2 respondent=王科长 date=2026-11-20 rating.price=3 overall=5
g edit surveys 1 score.price=3 --reason 核对原表
exit_is 0 "one score edited by its item code"
g list survey_scores --format csv
like "$out" "6,2026,price,3" "the price score is now 3 (a survey is named by its year)"
is "$(printf '%s\n' "$out" | wc -l)" "7" "still six scores"
g void surveys 1 --reason 录错
g list survey_scores
unlike "$out" "价格" "voiding the survey voids its scores"

# --- training and attendees --------------------------------------------------
g add training date=2026-11-02 topic=血糖仪操作 kind=customer customer=C1 trainer=李工 hours=1.5
is "$out" "1" "a customer operator training session"
refused 1 "Customer" "customer training without the customer" \
	add training date=2026-11-02 topic=血糖仪操作 kind=customer
g add attendees session=1 name=王护士 unit=内科 result=retrain retrain_date=2026-11-16
is "$out" "1" "an attendee added on its own, the session by number"
g add attendees session=血糖仪操作 name=赵护士 unit=内科 result=passed
is "$out" "2" "an attendee, the session by its topic"
g show training 1
like "$out" "王护士" "show training lists its attendees"
refused 1 "Retrain date" "a retrain date for someone who passed" \
	edit attendees 2 retrain_date=2026-12-01 --reason x
g list attendees --format csv
like "$out" "1,2026-11-02,王护士,内科,yes,retrain,2026-11-16,C1" "attended defaults to yes (a session is named by its date); the operator works at the session's customer"
# one line per person on a roster (issue 15): seen, 刘敏 twice got double hours
refused 1 "Name: 王护士 is already on this session's roster (attendee 1): one line per person" \
	"the same person twice on one roster" add attendees session=1 name=王护士 unit=内科
g add attendees session=1 name=王护士 unit=内科 customer=C2
is "$rc:$out" "0:3" "a 王护士 of another customer is another person"

done_testing
