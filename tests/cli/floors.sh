#!/bin/sh
# The floors (doc/architecture.md): every #include "..." under src/, forms/,
# reports/ and bench/ points to its own floor or one below, never up, and
# SQLite's header is seen by src/db/ alone; src/demo/ stays out of the
# product library. Bottom to top:
#
#   floor   folders                  may include
#   base    src/base                 base
#   model   src/model                base model
#   db      src/db                   base model db
#   core    src/core                 base model db core
#   forms   forms                    base model db core forms
#   demo    src/demo                 base model db core forms demo
#   report  src/report reports       base model db core forms demo report
#   cli     src/cli                  ... report cli, and ui/ui.h alone (no
#                                    command: the program opens the screens)
#   ui      src/ui                   ... report ui (never cli)
#   main    src/main.c               everything
#   bench   bench                    everything (tools, as the tests are)
#
# The registry src/model/forms_registry.c, which make writes from
# Makefile.am's FORMS list, names the forms' const tables, which bind core
# hooks: a reference at link time, not an include, in the build tree this
# test does not read; it is the one place the model reaches up.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/tap.sh"

top=$(cd "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/.." && pwd)
if [ ! -d "$top/src/base" ] || [ ! -d "$top/forms" ]; then
	echo "1..0 # SKIP no source tree beside the tests"
	exit 0
fi

# floor_of PATH: the floor of a file (as given from the top) or of an
# include's target (as written: "core/session.h"); nothing for config.h
# and the headers beside a file.
floor_of() {
	case $1 in
	src/main.c) echo main ;;
	src/base/* | base/*) echo base ;;
	src/model/* | model/*) echo model ;;
	src/db/* | db/*) echo db ;;
	src/core/* | core/*) echo core ;;
	forms/*) echo forms ;;
	src/demo/* | demo/*) echo demo ;;
	src/report/* | report/* | reports/*) echo report ;;
	src/cli/* | cli/*) echo cli ;;
	src/ui/* | ui/*) echo ui ;;
	bench/*) echo bench ;;
	esac
}

rank() {
	case $1 in
	base) echo 0 ;; model) echo 1 ;; db) echo 2 ;; core) echo 3 ;; forms) echo 4 ;;
	demo) echo 5 ;; report) echo 6 ;; cli | ui) echo 7 ;; main | bench) echo 9 ;;
	esac
}

# upward ROOT: one line "FILE includes TARGET (FLOOR above FLOOR)" for each
# include that points up, and each <sqlite3.h> outside src/db and bench.
upward() {
	(cd "$1" && find src forms reports bench -name '*.[ch]' 2>/dev/null | sort) |
	while read -r f; do
		from=$(floor_of "$f")
		[ -n "$from" ] || continue
		sed -n -e 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' \
			-e 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*<\(sqlite3\.h\)>.*/<\1>/p' \
			"$1/$f" | while read -r inc; do
			if [ "$inc" = "<sqlite3.h>" ]; then
				case $from in db | bench) ;; *) echo "$f includes <sqlite3.h> (SQLite is db's)" ;; esac
				continue
			fi
			to=$(floor_of "$inc")
			[ -n "$to" ] || continue
			if [ "$from" = cli ] && [ "$to" = ui ]; then
				[ "$inc" = ui/ui.h ] || echo "$f includes $inc (cli sees ui/ui.h alone)"
			elif [ "$from" = ui ] && [ "$to" = cli ]; then
				echo "$f includes $inc (ui never includes cli)"
			elif [ "$(rank "$to")" -gt "$(rank "$from")" ]; then
				echo "$f includes $inc ($to above $from)"
			fi
		done
	done
}

found=$(upward "$top")
is "$found" "" "no include points up a floor"

# src/demo/ is its own library, linked into the program (init --demo gets
# demo_fill from main.c) and bench/gen: the product library, which the
# unit tests link, neither holds nor needs a demo_ symbol.
lib=${GSPDESK_TEST_BUILDDIR:+$GSPDESK_TEST_BUILDDIR/../src/libgspdesk.a}
if [ -n "$lib" ] && [ -f "$lib" ] && command -v "${NM:-nm}" >/dev/null; then
	is "$("${NM:-nm}" -A "$lib" | grep -E ' [A-Za-z] demo_' | sed 's/^[^:]*://')" "" \
		"the product library holds and references nothing of src/demo"
else
	skip "the product library holds and references nothing of src/demo" "no built library or nm"
fi

# The check itself sees what it must: a tree with one include of each kind
# it refuses, and the ones it allows.
fake=$(mktemp -d) || exit 1
trap 'rm -rf "$fake"' EXIT
mkdir -p "$fake/src/db" "$fake/src/base" "$fake/src/cli" "$fake/src/ui" "$fake/src/core" \
	"$fake/forms" "$fake/bench"
printf '#include "config.h"\n#include "db/db.h"\n#include "core/session.h"\n' >"$fake/src/db/x.c"
printf '#include "model/form.h"\n' >"$fake/src/base/y.c"
printf '#include "ui/ui.h"\n#include "ui/term.h"\n#include "demo/demo.h"\n' >"$fake/src/cli/z.c"
printf '#include "cli/cli.h"\n' >"$fake/src/ui/w.c"
printf '#include <sqlite3.h>\n#include "db/db_list.h"\n' >"$fake/src/core/v.c"
printf '  # include "core/records.h"\n#include "demo/demo.h"\n' >"$fake/forms/f.c"
printf '#include <sqlite3.h>\n#include "ui/ui.h"\n' >"$fake/bench/b.c"
is "$(upward "$fake")" "forms/f.c includes demo/demo.h (demo above forms)
src/base/y.c includes model/form.h (model above base)
src/cli/z.c includes ui/term.h (cli sees ui/ui.h alone)
src/core/v.c includes <sqlite3.h> (SQLite is db's)
src/db/x.c includes core/session.h (core above db)
src/ui/w.c includes cli/cli.h (ui never includes cli)" \
	"a planted upward include of each kind is found"

done_testing
