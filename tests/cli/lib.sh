# Shared set-up for the command-line tests; each tests/cli/*.sh sources it.
#
# It gives every script:
#   - a private temporary directory $tmp, removed on exit;
#   - a fixed environment: GSPDESK_DB in $tmp, GSPDESK_USER/GSPDESK_PASSWORD
#     for the administrator, GSPDESK_NOW=2026-11-27T10:00 (honoured for
#     dates rules compare because init_db makes a test database with
#     init --test-clock; logins, locks and tokens run on the real clock),
#     HOME in $tmp, English unless a test asks otherwise (GSPDESK_LANG=en:
#     an office is Chinese by default; unset it to see that);
#   - GSPDESK_LOCALEDIR, a private locale dir holding zh_CN.gmo as gspdesk.mo;
#   - g ARGS...: runs gspdesk with no terminal and stdin from /dev/null;
#     afterwards $rc is its exit status, $out its stdout and $err its stderr
#     (files $tmp/out and $tmp/err keep the exact bytes);
#   - init_db, dump_db, add_fixtures, must (a fixture's command) and the
#     checks below.
# KEEP_TMP=1 keeps $tmp for a look after the run.
# Make passes GSPDESK_BIN, GSPDESK_TEST_SRCDIR, GSPDESK_TEST_BUILDDIR,
# GSPDESK_PO_DIR, GSPDESK_PO_SRCDIR and SQLITE3 (tests/Makefile.inc).

: "${GSPDESK_TEST_SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
. "$GSPDESK_TEST_SRCDIR/tap.sh"

if [ -z "${GSPDESK_BIN:-}" ] || [ ! -x "$GSPDESK_BIN" ]; then
	echo "Bail out! GSPDESK_BIN does not name the built gspdesk (got '${GSPDESK_BIN:-}')"
	exit 1
fi
if [ -z "${SQLITE3:-}" ]; then
	SQLITE3=$(command -v sqlite3 || true)
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gspdesk-cli.XXXXXX") || {
	echo "Bail out! cannot make a temporary directory"
	exit 1
}
trap '[ -n "${KEEP_TMP:-}" ] && echo "# kept $tmp" || rm -rf "$tmp"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# A known environment: nothing from the caller's shell leaks in.
unset LANGUAGE LC_ALL LC_MESSAGES LC_CTYPE XDG_DATA_HOME GSPDESK_NEW_PASSWORD
LANG=C.UTF-8
GSPDESK_LANG=en
HOME=$tmp/home
mkdir -p "$HOME"
ADMIN='admin'
ADMIN_PASSWORD='admin-pass-1'
GSPDESK_DB=$tmp/data/gspdesk.db
GSPDESK_USER=$ADMIN
GSPDESK_PASSWORD=$ADMIN_PASSWORD
GSPDESK_NOW=2026-11-27T10:00
TODAY=2026-11-27
export LANG GSPDESK_LANG HOME GSPDESK_DB GSPDESK_USER GSPDESK_PASSWORD GSPDESK_NOW

# Translations: the build's catalogue (or, from a tarball, the shipped one).
HAVE_ZH=no
mkdir -p "$tmp/locale/zh_CN/LC_MESSAGES"
for d in "${GSPDESK_PO_DIR:-}" "${GSPDESK_PO_SRCDIR:-}" "$GSPDESK_TEST_SRCDIR/../po"; do
	if [ -n "$d" ] && [ -f "$d/zh_CN.gmo" ]; then
		cp "$d/zh_CN.gmo" "$tmp/locale/zh_CN/LC_MESSAGES/gspdesk.mo"
		HAVE_ZH=yes
		break
	fi
done
GSPDESK_LOCALEDIR=$tmp/locale
export GSPDESK_LOCALEDIR

# setsid: a new session has no controlling terminal, so a program that
# tried /dev/tty for a password fails instead of waiting for a person.
if command -v setsid >/dev/null 2>&1; then
	no_tty="setsid -w"
else
	no_tty=
fi
if command -v timeout >/dev/null 2>&1; then
	# check-valgrind gives more: init --demo alone takes minutes there
	time_limit="timeout ${GSPDESK_TEST_TIMEOUT:-60}"
else
	time_limit=
fi

g() {
	$time_limit $no_tty "$GSPDESK_BIN" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	rc=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
}

# g_as USER PASSWORD ARGS...: g as another user.
g_as() {
	g_as_u=$GSPDESK_USER g_as_p=$GSPDESK_PASSWORD
	GSPDESK_USER=$1 GSPDESK_PASSWORD=$2
	shift 2
	g "$@"
	GSPDESK_USER=$g_as_u GSPDESK_PASSWORD=$g_as_p
}

# g_newpw PASSWORD ARGS...: g with $GSPDESK_NEW_PASSWORD set for this run only.
g_newpw() {
	GSPDESK_NEW_PASSWORD=$1
	export GSPDESK_NEW_PASSWORD
	shift
	g "$@"
	unset GSPDESK_NEW_PASSWORD
}

# g_without VAR ARGS...: g with the environment variable VAR unset.
g_without() {
	gw_name=$1
	shift
	eval "gw_saved=\${$gw_name-} gw_isset=\${$gw_name+y}"
	unset "$gw_name"
	g "$@"
	if [ -n "$gw_isset" ]; then
		eval "$gw_name=\$gw_saved; export $gw_name"
	fi
}

# exit_is WANT DESC: the last g's exit status, with its stderr on failure.
exit_is() {
	if [ "$rc" = "$1" ]; then
		ok "$2"
	else
		not_ok "$2"
		diag "exit status $rc, expected $1; stderr:" "$err"
	fi
}

# now_text [SECONDS]: the computer's clock plus SECONDS (default 0), local
# time, as 2025-03-05 14:30: what logins, locks and tokens run on. A test
# reads it before and after a run, since a minute may turn between.
now_text() {
	date -d "@$(($(date +%s) + ${1:-0}))" '+%Y-%m-%d %H:%M'
}

# like_either GOT A B DESC: GOT contains A or B.
like_either() {
	case "$1" in
	*"$2"* | *"$3"*) ok "$4" ;;
	*) not_ok "$4"; diag "got: $1" "expected it to contain: $2 (or $3)" ;;
	esac
}

# A fresh database with the administrator and the office in 杭州市.
init_db() {
	g_newpw "$ADMIN_PASSWORD" init --test-clock --admin "$ADMIN" \
		--company '康宁医疗器械有限公司' --city '杭州市' --province '浙江省' "$@"
	if [ "$rc" != 0 ]; then
		echo "Bail out! gspdesk init failed ($rc): $err"
		exit 1
	fi
}

# dump_db FILE: the database's content as SQL text, without the login log
# (every command logs in, so it grows with every run).
dump_db() {
	"$SQLITE3" "$GSPDESK_DB" .dump | grep -v '^INSERT INTO logins ' >"$1"
}

have_sqlite3() {
	[ -n "$SQLITE3" ] && [ -x "$SQLITE3" ]
}

# unchanged_since FILE DESC: the database's content equals the dump in FILE.
unchanged_since() {
	if ! have_sqlite3; then
		skip "$2" "no sqlite3 program to dump the database"
		return
	fi
	dump_db "$tmp/dump.after"
	if cmp -s "$1" "$tmp/dump.after"; then
		ok "$2"
	else
		not_ok "$2"
		diag "the database changed:" "$(diff "$1" "$tmp/dump.after" | head -n 20)"
	fi
}

# must ARGS...: g ARGS for a test's fixture; bails out when it fails.
must() {
	g "$@"
	if [ "$rc" != 0 ]; then
		echo "Bail out! fixture '$*' failed ($rc): $err"
		exit 1
	fi
}

# refused WANT_RC FIELD_TEXT DESC ARGS...: runs gspdesk ARGS, expects exit
# WANT_RC with FIELD_TEXT in the message and nothing on stdout, and the
# database unchanged. Three tests.
refused() {
	r_rc=$1 r_text=$2 r_desc=$3
	shift 3
	have_sqlite3 && dump_db "$tmp/dump.before"
	g "$@"
	exit_is "$r_rc" "$r_desc: exit $r_rc"
	if [ -n "$r_text" ]; then
		like "$err" "$r_text" "$r_desc: the message names $r_text"
	else
		is "$out" "" "$r_desc: nothing on stdout"
	fi
	unchanged_since "$tmp/dump.before" "$r_desc: database unchanged"
}

# undo_to FILE VERSION: takes FILE (of the latest schema) back to schema
# VERSION, undoing the migrations after it newest first (as
# tests/unit/fixture.c's fx_undo_to), so that it upgrades through them
# again. The undos below run from the latest migration back: a new
# migration puts its undo first.
UNDO_LIST_SORTS="DROP TABLE list_sorts; ALTER TABLE logins RENAME TO logins_after; CREATE TABLE logins (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, event TEXT NOT NULL CHECK (event IN ('login','failed','locked','refused')), detail TEXT); INSERT INTO logins SELECT id, at, user, event, detail FROM logins_after WHERE event <> 'logout'; DROP TABLE logins_after; CREATE INDEX logins_user ON logins (user, id); CREATE TRIGGER logins_no_update BEFORE UPDATE ON logins BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END; CREATE TRIGGER logins_no_delete BEFORE DELETE ON logins BEGIN SELECT RAISE(ABORT, 'the login log is append-only'); END;"
UNDO_RECEIVING="DROP TABLE receipt_lines; DROP TABLE receipts; DROP TABLE suppliers; ALTER TABLE products DROP COLUMN cert_expiry; ALTER TABLE products DROP COLUMN registrant; ALTER TABLE products DROP COLUMN mfr_licence; ALTER TABLE products DROP COLUMN storage; ALTER TABLE products DROP COLUMN approved_on; ALTER TABLE products DROP COLUMN approved_by; ALTER TABLE customers DROP COLUMN licence_expiry; ALTER TABLE customers DROP COLUMN licence_scope;"
UNDO_DUE="DROP TABLE due_handled; DROP INDEX sales_live_expiry; DROP INDEX complaints_open; DROP INDEX sales_live_product; DROP INDEX implants_live_sale; DROP INDEX implants_loose_batch; DROP INDEX implants_loose_serial; ALTER TABLE products DROP COLUMN resterilisable;"
UNDO_MORE_KEYS="DROP INDEX complaints_batch; DROP INDEX complaints_serial; DROP INDEX quality_batch; DROP INDEX quality_serial; DROP INDEX events_batch; DROP INDEX events_serial; DROP INDEX returns_replacement_batch; DROP INDEX returns_replacement_serial; ALTER TABLE complaints DROP COLUMN batch_key; ALTER TABLE complaints DROP COLUMN serial_key; ALTER TABLE quality DROP COLUMN batch_key; ALTER TABLE quality DROP COLUMN serial_key; ALTER TABLE events DROP COLUMN batch_key; ALTER TABLE events DROP COLUMN serial_key; ALTER TABLE returns DROP COLUMN replacement_batch_key; ALTER TABLE returns DROP COLUMN replacement_serial_key;"
UNDO_AFTERSALES="ALTER TABLE quality DROP COLUMN problems_found; DROP INDEX attendees_person; ALTER TABLE attendees DROP COLUMN customer; DROP TABLE staff; ALTER TABLE returns DROP COLUMN supplier_contact; ALTER TABLE returns DROP COLUMN supplier_outcome; ALTER TABLE returns DROP COLUMN replacement_serial; ALTER TABLE returns DROP COLUMN replacement_batch; ALTER TABLE events DROP COLUMN purchasing_notified_at; ALTER TABLE events DROP COLUMN engineer_notified_at; ALTER TABLE service DROP COLUMN checklist; ALTER TABLE service DROP COLUMN handed_over; ALTER TABLE service DROP COLUMN customer_signatory; ALTER TABLE service DROP COLUMN feedback; ALTER TABLE service DROP COLUMN parts_used; ALTER TABLE service DROP COLUMN cost;"
UNDO_MNEMONIC_UDI="DROP INDEX products_udi_di; ALTER TABLE products DROP COLUMN udi_di; ALTER TABLE products DROP COLUMN mnemonic; ALTER TABLE customers DROP COLUMN mnemonic;"
UNDO_COUNT_INDEX="DROP INDEX sales_live_date;"
UNDO_KEYS_AND_FACTS="DROP INDEX sales_batch; DROP INDEX sales_serial; DROP INDEX sales_product; DROP INDEX implants_batch; DROP INDEX implants_serial; DROP INDEX service_serial; ALTER TABLE sales DROP COLUMN batch_key; ALTER TABLE sales DROP COLUMN serial_key; ALTER TABLE sales DROP COLUMN product_name; ALTER TABLE sales DROP COLUMN manufacturer; ALTER TABLE sales DROP COLUMN reg_no; ALTER TABLE sales DROP COLUMN unit; ALTER TABLE sales DROP COLUMN buyer_name; ALTER TABLE sales DROP COLUMN buyer_address; ALTER TABLE sales DROP COLUMN buyer_contact; ALTER TABLE sales DROP COLUMN buyer_phone; ALTER TABLE sales DROP COLUMN buyer_licence; ALTER TABLE implants DROP COLUMN batch_key; ALTER TABLE implants DROP COLUMN serial_key; ALTER TABLE recalls DROP COLUMN batch_key; ALTER TABLE recalls DROP COLUMN serial_key; ALTER TABLE service DROP COLUMN serial_key; ALTER TABLE recall_recipients DROP COLUMN returned_at; CREATE INDEX sales_batch ON sales (batch); CREATE INDEX sales_serial ON sales (serial); CREATE INDEX sales_product ON sales (product, batch); CREATE INDEX implants_batch ON implants (batch); CREATE INDEX implants_serial ON implants (serial); CREATE INDEX service_serial ON service (serial, kind);"
UNDO_OFFICE_ID="DELETE FROM settings WHERE key = 'office_id';"
undo_to() {
	undo_v=$("$SQLITE3" "$1" "PRAGMA user_version")
	undo_sql=""
	for undo_one in "ALTER TABLE receipts DROP COLUMN supplier_name; ALTER TABLE receipt_lines DROP COLUMN manufacturer;" "$UNDO_LIST_SORTS" "DROP TABLE survey_actions;" "$UNDO_RECEIVING" "$UNDO_DUE" "$UNDO_MORE_KEYS" "$UNDO_AFTERSALES" \
		"$UNDO_MNEMONIC_UDI" "$UNDO_COUNT_INDEX" "$UNDO_KEYS_AND_FACTS" "$UNDO_OFFICE_ID"; do
		[ "$undo_v" -gt "$2" ] || break
		undo_sql="$undo_sql $undo_one"
		undo_v=$((undo_v - 1))
	done
	if [ "$undo_v" != "$2" ]; then
		echo "Bail out! undo_to: no undo for the migrations down to $2"
		exit 1
	fi
	"$SQLITE3" "$1" "$undo_sql PRAGMA user_version = $2;" >/dev/null
}

# Two products and two customers whose names mix Chinese and ASCII.
add_fixtures() {
	for args in \
		"products code=P1 name=一次性使用无菌注射器 manufacturer=康德莱 spec=5ml class=II sterile=yes implant=no unit=支" \
		"products code=P2 name=Pacemaker起搏器X1 manufacturer=美敦力 spec=SR class=III sterile=yes implant=yes unit=台" \
		"customers code=C1 name=杭州市第一人民医院 province=浙江省 city=杭州市" \
		"customers code=C2 name=ABC_Clinic诊所 province=江苏省 city=南京市"; do
		# shellcheck disable=SC2086 # the words split on purpose
		g add $args
		if [ "$rc" != 0 ]; then
			echo "Bail out! fixture 'add $args' failed ($rc): $err"
			exit 1
		fi
	done
}

# py CODE ARGS...: Debian's python3 (the one first on PATH may lack modules).
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3 || true)
have_python() {
	[ -n "$PY" ] && [ -x "$PY" ]
}

# zh MSGID: its Chinese, read from the catalogue by gettext(1), not from
# gspdesk; bails out when the catalogue does not translate it.
zh() {
	zh_t=$(LANGUAGE=zh_CN TEXTDOMAINDIR=$tmp/locale gettext -d gspdesk "$1")
	if [ -z "$zh_t" ] || [ "$zh_t" = "$1" ]; then
		echo "Bail out! the zh_CN catalogue does not translate \"$1\""
		exit 1
	fi
	printf '%s' "$zh_t"
}

# have_openpyxl: that python3 reads workbooks back (python3-openpyxl).
have_openpyxl() {
	have_python && "$PY" -c "import openpyxl" 2>/dev/null
}

# xlsx_cells BOOK: every cell of every sheet into $cells, a line each,
# "Sheet CELL value;": text quoted, dates (and times) with their number
# format, numbers other than integers with theirs; a wrapped cell adds a
# line "Sheet CELL wraps;". Then each sheet's paper, print titles, frozen
# panes and filter, and a line "Sheet orientation landscape;" (or
# portrait). Needs have_openpyxl.
xlsx_cells() {
	"$PY" - "$1" >"$tmp/cells" 2>&1 <<'PYEOF'
import sys, openpyxl, datetime
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets", "|".join(wb.sheetnames) + ";")
for ws in wb.worksheets:
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row + 1, max_col=ws.max_column + 1):
        for c in row:
            x = c.value
            if isinstance(x, datetime.datetime):
                # to the minute: a time read back may be a microsecond short
                x += datetime.timedelta(seconds=30)
                shown = "%Y-%m-%d %H:%M" if "hh" in c.number_format else "%Y-%m-%d"
                x = "date:" + x.strftime(shown) + ":" + c.number_format
            elif isinstance(x, (int, float)) and c.number_format != "0":
                x = "%.4f:%s" % (x, c.number_format)
            else:
                x = repr(x)
            print(ws.title, c.coordinate, x + ";")
            if c.alignment.wrap_text:
                print(ws.title, c.coordinate, "wraps;")
    print(ws.title, "paper", ws.page_setup.paperSize, "titles", ws.print_title_rows,
          "freeze", ws.freeze_panes, "filter", ws.auto_filter.ref, ";")
    print(ws.title, "orientation", "%s;" % ws.page_setup.orientation)
PYEOF
	cells=$(cat "$tmp/cells")
}

# opens_in_libreoffice BOOK TEXT: LibreOffice headless converts the workbook
# to CSV and finds TEXT in it (two tests); skipped where it is not installed.
opens_in_libreoffice() {
	if ! command -v soffice >/dev/null 2>&1; then
		skip "LibreOffice opens the workbook" "libreoffice-calc is not installed"
		return
	fi
	oil_dir=$tmp/lo.$$
	mkdir -p "$oil_dir"
	HOME=$oil_dir timeout 120 soffice --headless --norestore \
		--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir "$oil_dir" "$1" \
		>"$oil_dir/log" 2>&1
	oil_csv=$oil_dir/$(basename "$1" .xlsx).csv
	if [ -s "$oil_csv" ]; then
		ok "LibreOffice opens the workbook"
		like "$(cat "$oil_csv")" "$2" "and reads its Chinese text"
	else
		not_ok "LibreOffice opens the workbook"
		diag "$(cat "$oil_dir/log")"
	fi
}

# prints_on_one_page BOOK...: the printed documents (gspdesk print) through
# LibreOffice to PDF in one run, and each checked with
# tests/reports/pages.py: one A4 page, nothing below 9 points, every
# cell's text printed (three tests a book); skipped without
# libreoffice-calc, poppler-utils or python3-openpyxl.
prints_on_one_page() {
	if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 ||
		! have_openpyxl; then
		skip "printed to one page" "needs libreoffice-calc and poppler-utils"
		return
	fi
	HOME=$tmp/lo timeout 300 soffice --headless --norestore --convert-to pdf --outdir "$tmp/pdf" \
		"$@" >"$tmp/lo.log" 2>&1
	pop_args=
	for pop_x in "$@"; do
		pop_args="$pop_args $pop_x $tmp/pdf/$(basename "$pop_x" .xlsx).pdf"
	done
	# shellcheck disable=SC2086
	"$PY" "$GSPDESK_TEST_SRCDIR/reports/pages.py" $pop_args >"$tmp/pages" 2>&1
	sed 's/^/# /' "$tmp/pages"
	for pop_x in "$@"; do
		pop_name=$(basename "$pop_x")
		pop_line=$(grep "^$pop_name " "$tmp/pages")
		is "$(echo "$pop_line" | awk '{print $3 " " $5}')" "1 1" "$pop_name: one A4 page"
		is "$(echo "$pop_line" | awk '{print ($9 >= 8.95) ? "ok" : $9}')" ok \
			"$pop_name: nothing below 9 points"
		is "$(echo "$pop_line" | awk '{print $11}')" 0 "$pop_name: every cell's text printed"
	done
}
