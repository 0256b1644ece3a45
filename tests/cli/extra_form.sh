#!/bin/sh
# Adding a paper record is its form file, its line in a FORMS list and its
# migration (issue 20). tests/extra/gspdesk is the program built with one
# throwaway form more, tests/extra/visits.c, whose table is made here as
# its migration would (tests/extra/visits.sql). With nothing else changed
# the form is in `forms`, takes records, has its section in the customer
# archive in its place, and its rights in the role table: the engineer
# writes visits, a clerk may not read them, the manager reads them.
# tests/ui/extra_form.sh finds it on the main menu.
: "${GSPDESK_TEST_SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
extra_lib=cli
. "$GSPDESK_TEST_SRCDIR/extra/lib.sh"

g forms visits
exit_is 0 "forms visits"
like "$out" "visits — Customer visits" "forms names the new form and its title"
like "$out" "minutes" "and lists its fields"
g forms
like "$out" "visits — Customer visits" "forms lists it among all the forms"

# C1: 30 and 45 minutes (75 in all), one voided visit of 99 left out; C2: 15.
g add visits visit_date=2026-11-10 customer=C1 minutes=30 note=检查设备
is "$out" "1" "a visit: add prints its id"
g add visits visit_date=2026-11-20 customer=C1 minutes=45
g add visits visit_date=2026-11-21 customer=C1 minutes=99
g void visits 3 --reason "entered twice"
exit_is 0 "a visit voided"
g add visits visit_date=2026-11-22 customer=C2 minutes=15
refused 1 "Minutes" "a negative duration: the form's own limit" \
	add visits visit_date=2026-11-22 customer=C2 minutes=-5
g list visits --search 检查
like "$out" "检查设备" "the list finds a visit by its note"

g show customers 1 --archive
exit_is 0 "show customers 1 --archive"
like "$out" "Visits" "the archive has the form's section"
like "$out" "Records: 2, Minutes: 75" "its rows and total: 30 + 45, the void one left out"
order=$(printf '%s\n' "$out" | grep -nxE 'Satisfaction surveys|Visits|Service tickets' | cut -d: -f2 | tr '\n' ' ')
is "$order" "Satisfaction surveys Visits Service tickets " "the section in its place (45: after surveys, before service)"

# the role table: the form's own rights
for r in engineer clerk manager; do
	g_newpw "$r-pass-1" user add "u_$r" --role "$r"
	[ "$rc" = 0 ] || { echo "Bail out! user add u_$r: $err"; exit 1; }
done
g_as u_engineer engineer-pass-1 add visits visit_date=2026-11-23 customer=C2 minutes=20
exit_is 0 "the engineer adds a visit (its form gives the engineer VAE)"
g_as u_engineer engineer-pass-1 void visits 5 --reason test
exit_is 3 "but may not void it"
g_as u_clerk clerk-pass-1 list visits
exit_is 3 "a clerk may not even view visits (its form gives the clerk none)"
like "$err" "may not view records in Customer visits" "the refusal names the action and the form"
g_as u_clerk clerk-pass-1 show customers 1 --archive
exit_is 0 "the clerk's archive"
unlike "$out" "Visits" "has no visits section"
like "$out" "Sales" "but the others"
g_as u_manager manager-pass-1 list visits
exit_is 0 "the manager views visits (the role's default)"
g_as u_manager manager-pass-1 add visits visit_date=2026-11-23 customer=C2
exit_is 3 "but may not add one"

# made beside the migrations, the table is what check compares the schema
# against: a real form's table comes from its migration
g check
exit_is 5 "check: the table made behind the migrations' back is a finding"
like "$out" "The table visits is not part of the program's schema" "check names the table"
unlike "$out" "audit" "and nothing about the records or their audit rows"

# the program itself knows nothing of it
GSPDESK_BIN=${GSPDESK_BIN%/tests/extra/gspdesk}/src/gspdesk
if [ -x "$GSPDESK_BIN" ]; then
	g forms visits
	exit_is 2 "the program without the test's form refuses forms visits"
else
	skip "the program without the test's form" "not beside the test build"
fi
done_testing
