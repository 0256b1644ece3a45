#!/bin/sh
# Every role x action from the command line (issue 8, "Permissions"). The
# expected table is the issue's starting point written out by hand:
#   admin    users, settings, check, and every right on records
#   quality  every record: view, add, edit, void; check
#   clerk    view, add, edit sales, products, customers; no void
#   trainer  view only here (training is its own form)
#   engineer view only here (service and quality tracking are their forms)
#   manager  view only
# A refusal exits 3 and names the role and the action; an allowed action
# exits 0. The database is unchanged by every refusal.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures

# role: view add edit void users settings (y allowed, n refused)
expect='admin    y y y y y y
quality  y y y y n n
clerk    y y y n n n
trainer  y n n n n n
engineer y n n n n n
manager  y n n n n n'

# one sale for each role to void (ids 1..6) and sale 7 to edit
for i in 1 2 3 4 5 6 7; do
	g add sales product=P1 qty=1 batch=B$i sale_date=2026-11-01 customer=C1
	[ "$rc" = 0 ] || { echo "Bail out! fixture sale $i: $err"; exit 1; }
done

# try ACTION WANT TEXT ARGS...: exit 0 when WANT is y, else 3 with the
# role and TEXT (the action's words) in the message and nothing changed
try() {
	t_action=$1 t_want=$2 t_text=$3
	shift 3
	have_sqlite3 && dump_db "$tmp/dump.before"
	GSPDESK_NEW_PASSWORD=new-pass-$role
	export GSPDESK_NEW_PASSWORD
	g_as "u_$role" "$pw" "$@"
	unset GSPDESK_NEW_PASSWORD
	if [ "$t_want" = y ]; then
		exit_is 0 "$role may $t_action"
	else
		exit_is 3 "$role may not $t_action: exit 3"
		like "$err" "Your role, $label, may not" "$role / $t_action: the refusal names the role for people"
		like "$err" "$t_text" "$role / $t_action: the refusal names the action"
		unchanged_since "$tmp/dump.before" "$role / $t_action: nothing changed"
	fi
}
n=0
while read -r role view add edit void users settings; do
	n=$((n + 1))
	pw="$role-pass-1"
	# the roles' names for people (core/perm.c), never their codes
	case $role in
	admin) label=administrator ;;
	quality) label="quality manager" ;;
	engineer) label="service engineer" ;;
	manager) label="general manager" ;;
	*) label=$role ;;
	esac
	g_newpw "$pw" user add "u_$role" --role "$role"
	[ "$rc" = 0 ] || { echo "Bail out! user add u_$role: $err"; exit 1; }
	try view "$view" "view records" list sales
	try add "$add" "add records" add sales product=P1 qty=2 batch=X sale_date=2026-11-02 customer=C2
	try edit "$edit" "edit records" edit sales 7 remarks="edited by $role" --reason check
	try void "$void" "void records" void sales "$n" --reason "voided by $role"
	try "manage users" "$users" "manage users" user add "made_by_$role" --role clerk
	try "change settings" "$settings" "change settings" settings company "Company of $role"
done <<TABLE
$expect
TABLE

# The refusal says the form too.
g_newpw clerk2-pass-1 user add clerk2 --role clerk
g_as clerk2 clerk2-pass-1 void sales 6 --reason no
like "$err" "may not void records in Product sales record" "the refusal names the form"
if [ "$HAVE_ZH" = yes ]; then
	g_as clerk2 clerk2-pass-1 --lang zh_CN void sales 6 --reason no
	like "$err" "您的角色（内勤）无权作废记录（产品销售记录）" "in Chinese: the role's name, the action and the form"
	unlike "$err" "clerk" "and never the role's code"
fi

done_testing
