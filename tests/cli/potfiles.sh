#!/bin/sh
# po/POTFILES.in lists every source with translatable strings: a file
# missing from it ships its messages untranslated (as
# db_report_satisfaction.c and ui/grid.c did).
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/tap.sh"

top=$(cd "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/.." && pwd)
if [ ! -f "$top/po/POTFILES.in" ] || [ ! -d "$top/src" ]; then
	echo "1..0 # SKIP no source tree beside the tests"
	exit 0
fi
cd "$top" || exit 1
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
# _( or N_( as a call, not inside an identifier (strbuf_(...) is none)
marked=$(grep -lE '(^|[^A-Za-z0-9_])N?_\(' src/*/*.c src/*.c forms/*.c reports/*.c 2>/dev/null | sort)
missing=$(printf '%s\n' "$marked" | while read -r f; do
	printf '%s\n' "$listed" | grep -qxF "$f" || printf '%s\n' "$f"; done)
is "$missing" "" "every source with translatable strings is in po/POTFILES.in"
done_testing
