#!/bin/sh
# po/POTFILES.in lists every source with translatable strings: a file
# missing from it ships its messages untranslated (as
# db_report_satisfaction.c and ui/grid.c did). The sources are those of the
# source tree and the ones make writes into the build tree (the form
# registry, the pinyin table): xgettext reads only the source tree, so a
# written file must hold no message at all. Every listed file exists, or
# `make update-po` fails.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/tap.sh"

top=$(cd "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/.." && pwd)
if [ ! -f "$top/po/POTFILES.in" ] || [ ! -d "$top/src" ]; then
	echo "1..0 # SKIP no source tree beside the tests"
	exit 0
fi
build=$top
if [ -n "${GSPDESK_TEST_BUILDDIR:-}" ] && [ -d "$GSPDESK_TEST_BUILDDIR/../src" ]; then
	build=$(cd "$GSPDESK_TEST_BUILDDIR/.." && pwd)
fi
cd "$top" || exit 1
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)

# marked DIR: the sources under DIR with _( or N_( as a call, not inside an
# identifier (strbuf_(...) is none) nor defining the macro, as paths from DIR.
marked() {
	(cd "$1" && find src forms reports -name '*.[ch]' 2>/dev/null | sed 's|^\./||' |
		while read -r f; do
			grep -v '^#[[:space:]]*define' "$f" | grep -qE '(^|[^A-Za-z0-9_])N?_\(' &&
				printf '%s\n' "$f"
		done | sort)
}
missing=$(marked "$top" | while read -r f; do
	printf '%s\n' "$listed" | grep -qxF "$f" || printf '%s\n' "$f"; done)
is "$missing" "" "every source with translatable strings is in po/POTFILES.in"

if [ "$build" != "$top" ]; then
	written=$(cd "$build" && find src forms reports -name '*.c' 2>/dev/null | sort)
	[ -n "$written" ] || diag "the build tree holds no written source"
	with_msgs=$(marked "$build" | while read -r f; do
		[ -f "$top/$f" ] || printf '%s\n' "$f"; done)
	is "$with_msgs" "" "no source written by make holds a translatable string"
else
	skip "the build is in the source tree: written sources are among the others"
fi

gone=$(printf '%s\n' "$listed" | while read -r f; do [ -f "$f" ] || printf '%s\n' "$f"; done)
is "$gone" "" "every file po/POTFILES.in names exists"
done_testing
