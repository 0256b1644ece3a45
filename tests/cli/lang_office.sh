#!/bin/sh
# The office's language (issue 22, "Chinese first"): on a server whose only
# locale is C.UTF-8, with no --lang and no GSPDESK_LANG, an office made by
# `init` speaks Chinese; `init --lang en` makes an English one, and an
# administrator changes it with `settings language`. --lang, then
# GSPDESK_LANG, then a locale naming zh_* or en_* come before the office's
# setting. The program run from its build tree finds the build's catalogue
# without GSPDESK_LOCALEDIR; a missing catalogue is said once on stderr.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

unset GSPDESK_LANG
if [ "$HAVE_ZH" != yes ] || ! command -v gettext >/dev/null 2>&1; then
	echo "1..0 # SKIP no zh_CN catalogue or no gettext program"
	exit 0
fi

name_zh=$(zh "Customer name")

init_db
add_fixtures

# --- a Chinese office by default ---------------------------------------------
g settings language
is "$rc:$out" "0:zh_CN" "init without --lang: the office's language is zh_CN"
g list customers
like "$(head -n 1 "$tmp/out")" "$name_zh" "C.UTF-8, no --lang, no GSPDESK_LANG: a Chinese table header"
unlike "$out" "Customer name" "... and no English one"
g list widgets
like "$err" "$(zh "There is no form \"%s\". The forms are: %s" | sed 's/%s.*//')" \
	"a usage error in the office's language"
is "$rc" 2 "... exit 2"
g_without GSPDESK_USER --help
like "$out" "$(zh "Commands:")" "--help without a database to read: Chinese, the program's default"

# --- what comes before the office ---------------------------------------------
g --lang en list customers
like "$out" "Customer name" "--lang en over a Chinese office"
GSPDESK_LANG=en
export GSPDESK_LANG
g list customers
like "$out" "Customer name" "GSPDESK_LANG=en over a Chinese office"
g --lang zh_CN list customers
like "$out" "$name_zh" "--lang zh_CN over GSPDESK_LANG=en"
GSPDESK_LANG=fr
g list customers
is "$rc" 2 "GSPDESK_LANG=fr: a usage error"
like "$err" "GSPDESK_LANG takes zh_CN or en" "... naming GSPDESK_LANG and what it takes"
unset GSPDESK_LANG
LANG=en_US.UTF-8
g list customers
like "$out" "Customer name" "LANG=en_US.UTF-8 (never generated here) over a Chinese office"
LANG=fr_FR.UTF-8
g list customers
like "$out" "$name_zh" "LANG=fr_FR.UTF-8 names no language we ship: the office's"
LANG=C.UTF-8
LC_ALL=C.UTF-8
export LC_ALL
g list customers
like "$out" "$name_zh" "LC_ALL=C.UTF-8: the office's"
unset LC_ALL
unset LANG
g list customers
like "$out" "$name_zh" "no locale at all (as under cron): the office's"
LANG=C.UTF-8
export LANG

# --- the administrator changes it ----------------------------------------------
g settings language en
is "$rc" 0 "settings language en"
g list customers
like "$out" "Customer name" "an English office on C.UTF-8: English"
g settings language
is "$out" "en" "... stored as en"
g settings language klingon
is "$rc" 1 "settings language klingon: refused (exit 1)"
like "$err" "Office language" "... naming the setting"
g settings language
is "$out" "en" "... and the language unchanged"
g settings language Chinese
is "$rc" 0 "settings language Chinese (the choice's label in the English office): accepted"
g settings language
is "$out" "zh_CN" "... stored as the code zh_CN"
g_newpw clerk-pass-1 user add clerk --role clerk
g_as clerk clerk-pass-1 settings language en
is "$rc" 3 "a clerk cannot change the office's language (exit 3)"

# --- init --lang ---------------------------------------------------------------
GSPDESK_DB=$tmp/english.db
g_newpw "$ADMIN_PASSWORD" init --admin "$ADMIN" --lang en
is "$rc" 0 "init --lang en"
like "$err" "Created the database" "... says so in English"
g settings language
is "$out" "en" "... an English office"
g list customers
like "$out" "Customer name" "... whose lists are English on C.UTF-8"
GSPDESK_DB=$tmp/other.db
g_newpw "$ADMIN_PASSWORD" init --admin "$ADMIN" --lang fr
is "$rc" 2 "init --lang fr: a usage error"
if [ -e "$GSPDESK_DB" ]; then not_ok "... and no database made"; else ok "... and no database made"; fi
GSPDESK_DB=$tmp/data/gspdesk.db

# --- where the catalogue is found ----------------------------------------------
g_without GSPDESK_LOCALEDIR list customers
like "$out" "$name_zh" "without GSPDESK_LOCALEDIR the build's binary finds the build tree's catalogue"
is "$err" "" "... and says nothing about it"
mkdir -p "$tmp/empty"
GSPDESK_LOCALEDIR=$tmp/empty
g list customers
is "$rc" 0 "a missing catalogue: the command still works"
like "$out" "Customer name" "... in English"
like "$err" "catalogue is missing" "... and says the Chinese catalogue is missing"
like "$err" "$tmp/empty/zh_CN/LC_MESSAGES/gspdesk.mo" "... naming where it looked"
is "$(grep -c catalogue "$tmp/err")" 1 "... once"
g --lang en list customers
is "$err" "" "English asked for: nothing missing to say"
GSPDESK_LOCALEDIR=$tmp/locale

done_testing
