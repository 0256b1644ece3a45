#!/bin/sh
# The exit-status promise of the command line (issue 2, "The command line"):
# 0 done, 1 refused input, 2 usage, 3 authentication, 4 database; --help and
# --version need neither a database nor a user; authentication failures do
# not say whether the name or the password was wrong; a file that is not a
# gspdesk database (or is newer than the program) is refused and left
# byte-for-byte untouched.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

# --- help and version: no database, no user -------------------------------
nodb=$tmp/nowhere/gspdesk.db
GSPDESK_DB=$nodb
g_without GSPDESK_USER --help
exit_is 0 "--help without a database or user"
like "$out" "Usage: gspdesk" "--help prints the usage on stdout"
g_without GSPDESK_USER --version
exit_is 0 "--version without a database or user"
case $out in
"gspdesk "[0-9]*) ok "--version prints 'gspdesk VERSION'" ;;
*) not_ok "--version prints 'gspdesk VERSION'"; diag "got: $out" ;;
esac
for cmd in init settings user forms add edit void list show; do
	g_without GSPDESK_USER "$cmd" --help
	if [ "$rc" = 0 ] && [ -z "$err" ]; then
		like "$out" "Usage: gspdesk $cmd" "$cmd --help: exit 0 with its usage"
	else
		not_ok "$cmd --help: exit 0 with its usage"
		diag "exit $rc, stderr: $err"
	fi
done
g_without GSPDESK_USER list sales --help
exit_is 0 "list sales --help works after the command's words too"
check "help and version created no database" test ! -e "$nodb"
check "... nor its folder" test ! -e "$tmp/nowhere"

# --- 4: no database --------------------------------------------------------
g list sales
exit_is 4 "missing database file: exit 4"
like "$err" "$nodb" "the message names the missing file"
is "$out" "" "nothing on stdout"
check "the missing database was not created" test ! -e "$nodb"

# --- a real database for the rest ------------------------------------------
GSPDESK_DB=$tmp/data/gspdesk.db
init_db
add_fixtures

# --- 2: usage ---------------------------------------------------------------
g frobnicate
exit_is 2 "unknown command: exit 2"
like "$err" "frobnicate" "the message names the unknown command"
g
exit_is 2 "no command at all: exit 2"
g --frobnicate list sales
exit_is 2 "unknown global option: exit 2"
g list sales --frobnicate
exit_is 2 "unknown option of list: exit 2"
g add sales --frobnicate
exit_is 2 "unknown option of add: exit 2"
g --lang fr list sales
exit_is 2 "--lang other than zh_CN or en: exit 2"
g add products code
exit_is 2 "FIELD=VALUE without '=': exit 2"
like "$err" "code" "the message quotes the word without '='"
g add products =P9
exit_is 2 "FIELD=VALUE with an empty field name: exit 2"
g add widgets code=W1
exit_is 2 "add to an unknown form: exit 2"
like "$err" "widgets" "the message names the unknown form"
g list widgets
exit_is 2 "list an unknown form: exit 2"
g add products code=P9 name=X colour=red
exit_is 2 "unknown field: exit 2"
like "$err" "colour" "the message names the unknown field"
g list sales colour=red
exit_is 2 "list filter on an unknown field: exit 2"
g list sales --format xml
exit_is 2 "list --format xml: exit 2"
g show sales
exit_is 2 "show without an id: exit 2"
g show sales abc
exit_is 2 "show with an id that is not a number: exit 2"
g user frob
exit_is 2 "unknown user subcommand: exit 2"
g user add li
exit_is 2 "user add without --role: exit 2"
g init
exit_is 2 "init without --admin: exit 2"
g list products
exit_is 0 "after all that, list products still works"

# --- 1: refused input (the other scripts test each rule) -----------------
g add sales product=P1 qty=0 batch=B1 sale_date=2025-03-05 customer=C1
exit_is 1 "qty=0: exit 1"
like "$err" "Quantity" "the message names the field"
g show sales 999
exit_is 1 "show a record that does not exist: exit 1"

# --- 3: authentication ------------------------------------------------------
g_without GSPDESK_USER list products
exit_is 3 "no user given: exit 3"
is "$out" "" "no user: nothing on stdout"
g --user "$ADMIN" list products
exit_is 0 "--user NAME gives the user"
g_without GSPDESK_USER --user "$ADMIN" list products
exit_is 0 "--user NAME works without GSPDESK_USER"
g_as "$ADMIN" wrong-password-1 list products
exit_is 3 "wrong password: exit 3"
wrong_pw=$err
g_as nobody "$ADMIN_PASSWORD" list products
exit_is 3 "unknown user: exit 3"
is "$err" "$wrong_pw" "unknown user and wrong password give the same message"
unlike "$wrong_pw" "nobody" "the message does not echo the user name"
g_as "$ADMIN" "" list products
exit_is 3 "empty password: exit 3"
# no password and no terminal: refused at once, never waiting on a prompt
g_without GSPDESK_PASSWORD list products
exit_is 3 "no password and no terminal: exit 3"
like "$err" "GSPDESK_PASSWORD" "the message says to set GSPDESK_PASSWORD"
g_as nobody wrong-password-1 add products code=P9 name=X
exit_is 3 "a write by an unknown user: exit 3"

# --- 4: files that are not gspdesk databases --------------------------------
text=$tmp/notes.txt
printf 'Meeting notes, 2025-03-05\nnot a database\n' >"$text"
cp "$text" "$tmp/notes.orig"
GSPDESK_DB=$text
g list sales
exit_is 4 "a text file as the database: exit 4"
check "the text file is left byte-for-byte unchanged" cmp -s "$text" "$tmp/notes.orig"
g_newpw "$ADMIN_PASSWORD" init --admin boss
exit_is 4 "init over a text file: exit 4"
check "init left the text file unchanged" cmp -s "$text" "$tmp/notes.orig"
check "and made no journal beside it" test ! -e "$text-wal" -a ! -e "$text-journal"

# a short binary file, shorter than SQLite's header
printf 'SQLite' >"$tmp/short.db"
cp "$tmp/short.db" "$tmp/short.orig"
GSPDESK_DB=$tmp/short.db
g list sales
exit_is 4 "a 6-byte file as the database: exit 4"
check "the short file is unchanged" cmp -s "$tmp/short.db" "$tmp/short.orig"

if have_sqlite3; then
	# somebody else's SQLite database
	other=$tmp/other.db
	"$SQLITE3" "$other" "CREATE TABLE stock(item TEXT, n INTEGER); INSERT INTO stock VALUES('gauze', 3);"
	cp "$other" "$tmp/other.orig"
	GSPDESK_DB=$other
	g list sales
	exit_is 4 "another program's SQLite file: exit 4"
	check "the other SQLite file is unchanged" cmp -s "$other" "$tmp/other.orig"
	g_newpw "$ADMIN_PASSWORD" init --admin boss
	exit_is 4 "init over another program's SQLite file: exit 4"
	check "init left the other SQLite file unchanged" cmp -s "$other" "$tmp/other.orig"

	# a gspdesk database from a newer program
	newer=$tmp/newer.db
	cp "$tmp/data/gspdesk.db" "$newer"
	"$SQLITE3" "$newer" "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE; PRAGMA user_version=999;" >/dev/null
	cp "$newer" "$tmp/newer.orig"
	GSPDESK_DB=$newer
	g list sales
	exit_is 4 "a database newer than the program: exit 4"
	check "the newer database is unchanged" cmp -s "$newer" "$tmp/newer.orig"
	g add products code=P9 name=X
	exit_is 4 "a write to the newer database: exit 4"
	check "the newer database is still unchanged" cmp -s "$newer" "$tmp/newer.orig"
else
	for t in 1 2 3 4 5 6 7 8 9 10; do
		skip "foreign and newer SQLite files $t" "no sqlite3 program"
	done
fi
GSPDESK_DB=$tmp/data/gspdesk.db

# a directory where the file should be
mkdir -p "$tmp/adir"
GSPDESK_DB=$tmp/adir
g list sales
exit_is 4 "a directory as the database: exit 4"
GSPDESK_DB=$tmp/data/gspdesk.db

done_testing
