#!/bin/sh
# Users, roles, init and settings (issue 2, "Storage", "Users and audit" and
# "The command line"): init makes the database file (mode 600, in folders it
# creates, at --db, $GSPDESK_DB or $XDG_DATA_HOME/gspdesk/gspdesk.db) and is
# refused on a database already set up; only admin manages users and changes
# settings; manager is read-only; new passwords come from
# $GSPDESK_NEW_PASSWORD and need 8 characters; nothing waits on a terminal.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

# --- init: where, and with which mode ---------------------------------------
GSPDESK_DB=$tmp/new/deeper/gspdesk.db
(
	umask 000
	GSPDESK_NEW_PASSWORD=$ADMIN_PASSWORD
	export GSPDESK_NEW_PASSWORD
	$no_tty "$GSPDESK_BIN" init --admin "$ADMIN" --city 杭州市 --province 浙江省 \
		</dev/null >"$tmp/out" 2>"$tmp/err"
)
rc=$? err=$(cat "$tmp/err")
exit_is 0 "init under umask 000 into folders that do not exist yet"
check "the database file exists" test -f "$GSPDESK_DB"
is "$(stat -c %a "$GSPDESK_DB" 2>&1)" "600" "the database file has mode 600 whatever the umask"
is "$(stat -c %a "$tmp/new/deeper" 2>&1)" "700" "the folder init made is private (700)"
have_sqlite3 && dump_db "$tmp/dump.init"
g_newpw other-pass-1 init --admin boss
if [ "$rc" != 0 ]; then ok "init twice on the same database is refused (exit $rc)"; else not_ok "init twice on the same database is refused"; fi
unchanged_since "$tmp/dump.init" "the second init changed nothing"
g_as boss other-pass-1 list products
exit_is 3 "the second init's administrator does not exist"
g settings city
is "$rc:$out" "0:杭州市" "settings city prints the --city given to init"
g settings province
is "$rc:$out" "0:浙江省" "settings province prints the --province given to init"

# init's password: $GSPDESK_NEW_PASSWORD, else $GSPDESK_PASSWORD, never a prompt
g_without GSPDESK_PASSWORD --db "$tmp/pw.db" init --admin boss
exit_is 3 "init with no password and no terminal: exit 3"
g_newpw short77 --db "$tmp/pw.db" init --admin boss
exit_is 1 "init with a 7-character password: exit 1"
GSPDESK_PASSWORD=boss-pass-1
g --db "$tmp/pw.db" init --admin boss
exit_is 0 "init takes \$GSPDESK_PASSWORD as the new password, and a failed init can be retried"
g_as boss boss-pass-1 --db "$tmp/pw.db" user list
exit_is 0 "the administrator logs in with that password"
GSPDESK_PASSWORD=$ADMIN_PASSWORD

# --db wins over GSPDESK_DB
g_newpw "$ADMIN_PASSWORD" --db "$tmp/by-option.db" init --admin "$ADMIN"
exit_is 0 "init --db PATH"
check "--db PATH is where the database went" test -f "$tmp/by-option.db"
is "$(stat -c %a "$tmp/by-option.db" 2>&1)" "600" "--db file mode 600"

# the default path: $XDG_DATA_HOME, else ~/.local/share
XDG_DATA_HOME=$tmp/xdg
export XDG_DATA_HOME
saved_db=$GSPDESK_DB
unset GSPDESK_DB
g_newpw "$ADMIN_PASSWORD" init --admin "$ADMIN"
exit_is 0 "init with neither --db nor GSPDESK_DB"
check "it went to \$XDG_DATA_HOME/gspdesk/gspdesk.db" test -f "$tmp/xdg/gspdesk/gspdesk.db"
g list products
exit_is 0 "later commands find it there too"
unset XDG_DATA_HOME
g_newpw "$ADMIN_PASSWORD" init --admin "$ADMIN"
exit_is 0 "init with no XDG_DATA_HOME either"
check "it went to ~/.local/share/gspdesk/gspdesk.db" test -f "$HOME/.local/share/gspdesk/gspdesk.db"
GSPDESK_DB=$saved_db
export GSPDESK_DB

# --- users -------------------------------------------------------------------
add_fixtures
g_newpw clerk-pass-1 user add li --role clerk
exit_is 0 "admin adds the clerk li"
is "$out" "" "user add prints nothing on stdout"
g_newpw manager-pass-1 user add wang --role manager
exit_is 0 "admin adds the manager wang"
g_as li clerk-pass-1 add sales product=P1 qty=2 batch=B1 sale_date=2025-03-05 customer=C1
is "$rc:$out" "0:1" "the clerk can add a sale"
have_sqlite3 && dump_db "$tmp/dump.users"
g_as wang manager-pass-1 add sales product=P1 qty=2 batch=B1 sale_date=2025-03-05 customer=C1
exit_is 3 "the manager cannot add a sale: exit 3"
g_as wang manager-pass-1 edit sales 1 qty=3 --reason "try"
exit_is 3 "the manager cannot edit: exit 3"
g_as wang manager-pass-1 void sales 1 --reason "try"
exit_is 3 "the manager cannot void: exit 3"
unchanged_since "$tmp/dump.users" "the manager's attempts changed nothing"
g_as wang manager-pass-1 list sales --format csv
exit_is 0 "the manager can list sales"
like "$out" "1,P1," "... and sees the clerk's sale"
g_as wang manager-pass-1 show sales 1
exit_is 0 "the manager can show a sale"
g_as li clerk-pass-1 list sales --format csv
exit_is 0 "the clerk can list sales"

g_as li clerk-pass-1 user add zhao --role clerk
exit_is 3 "a clerk cannot add users: exit 3"
GSPDESK_NEW_PASSWORD=zhao-pass-1
export GSPDESK_NEW_PASSWORD
g_as li clerk-pass-1 user add zhao --role admin
exit_is 3 "a clerk cannot make an administrator: exit 3"
g_as wang manager-pass-1 user add zhao --role clerk
exit_is 3 "a manager cannot add users: exit 3"
g_as li clerk-pass-1 user passwd "$ADMIN"
exit_is 3 "a clerk cannot change the administrator's password: exit 3"
unset GSPDESK_NEW_PASSWORD
g_as zhao zhao-pass-1 list sales
exit_is 3 "zhao was never created"
unchanged_since "$tmp/dump.users" "the refused user commands changed nothing"

g_newpw 1234567 user add zhao --role clerk
exit_is 1 "a password of 7 characters is refused: exit 1"
g_newpw 一二三四五六七 user add zhao --role clerk
exit_is 1 "a password of 7 Chinese characters is refused too"
g_newpw 12345678 user add zhao --role clerk
exit_is 0 "a password of 8 characters is accepted"
g_newpw another-pass-1 user add zhao --role clerk
exit_is 1 "adding zhao a second time: exit 1"
g_newpw x-pass-word user add 'bad name' --role clerk
exit_is 1 "a user name with a space is refused"
g_newpw x-pass-word user add sun --role superuser
if [ "$rc" = 1 ] || [ "$rc" = 2 ]; then ok "an unknown role is refused (exit $rc)"; else not_ok "an unknown role is refused"; diag "exit $rc: $err"; fi
like "$err" "clerk" "the message lists the roles"

# no new password and no terminal: refused, nobody waits
g user add sun --role clerk
if [ "$rc" != 0 ]; then ok "user add with no new password and no terminal is refused (exit $rc)"; else not_ok "user add with no new password and no terminal is refused"; fi
like "$err" "GSPDESK_NEW_PASSWORD" "the message says to set GSPDESK_NEW_PASSWORD"
g_as sun x list sales
exit_is 3 "sun was not created"

g user list
exit_is 0 "user list"
"$PY" - "$tmp/out" <<'EOF' >"$tmp/py.out" 2>&1
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
users = {}
for l in lines[1:]:
    w = l.split()
    users[w[0]] = w[1]
want = {"admin": "admin", "li": "clerk", "wang": "manager", "zhao": "clerk"}
assert users == want, users
EOF
ok_if $? "user list: each user with its role, and nobody else"
[ -s "$tmp/py.out" ] && diag "$(cat "$tmp/py.out")"
unlike "$out" "pass" "user list shows no password"

# passwd: the old password stops working
g_newpw clerk-pass-2 user passwd li
exit_is 0 "admin changes li's password"
g_as li clerk-pass-1 list sales
exit_is 3 "the old password is refused"
g_as li clerk-pass-2 list sales
exit_is 0 "the new password works"

# --- settings ------------------------------------------------------------------
have_sqlite3 && dump_db "$tmp/dump.settings"
g_as li clerk-pass-2 settings city 宁波市
exit_is 3 "a clerk cannot change a setting: exit 3"
g_as wang manager-pass-1 settings city 宁波市
exit_is 3 "a manager cannot change a setting: exit 3"
unchanged_since "$tmp/dump.settings" "the refused settings changes changed nothing"
g_as li clerk-pass-2 settings city
is "$rc:$out" "0:杭州市" "a clerk can read the city"
g settings city 宁波市
exit_is 0 "admin changes the city"
g settings city
is "$rc:$out" "0:宁波市" "the city now reads 宁波市"
g settings company 康宁医疗器械有限公司
exit_is 0 "admin sets the company"
g settings
like "$out" "康宁医疗器械有限公司" "settings with no key shows the company"
like "$out" "宁波市" "... and the city"
g settings colour blue
exit_is 2 "an unknown setting: exit 2"

done_testing
