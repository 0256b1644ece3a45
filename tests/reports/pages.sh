# Every report printed through LibreOffice, as an inspector reads it: the
# demo office's year in English and in Chinese, each workbook converted
# to PDF (one soffice run for all), and each page checked: A4, one
# orientation per report, no text printed below 9 points (the body is 11
# points, so a sheet is never scaled below 9/11), and every cell's text in
# the PDF (a row too short for its wrapped text would cut it off).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 ||
	! have_openpyxl; then
	skip "reports printed to PDF" "needs libreoffice-calc, poppler-utils and python3-openpyxl"
	done_testing
	exit 0
fi
if ! fc-list :lang=zh | grep -q .; then
	# without a CJK font LibreOffice prints Chinese as boxes
	echo "Bail out! no Chinese font: install fonts-noto-cjk"
	exit 1
fi

init_db --demo
mkdir -p "$tmp/x"
reports="sales-ledger satisfaction training service complaints quality events receiving qualifications"
for lang in en zh_CN; do
	[ $lang = zh_CN ] && [ "$HAVE_ZH" != yes ] && continue
	for r in $reports; do
		case $r in
		sales-ledger | receiving) period="--from 2026-01-01 --until 2026-11-27" ;;
		qualifications) period= ;;
		*) period="--year 2026" ;;
		esac
		# shellcheck disable=SC2086 # the period's words split on purpose
		GSPDESK_LANG=$lang g report $r $period -o "$tmp/x/$r.$lang.xlsx"
		exit_is 0 "$r ($lang) written"
	done
done

HOME=$tmp/lo timeout 600 soffice --headless --norestore --convert-to pdf --outdir "$tmp/pdf" \
	"$tmp"/x/*.xlsx >"$tmp/lo.log" 2>&1
args=
for x in "$tmp"/x/*.xlsx; do
	args="$args $x $tmp/pdf/$(basename "$x" .xlsx).pdf"
done
# shellcheck disable=SC2086 # pairs of paths without spaces
"$PY" "$GSPDESK_TEST_SRCDIR/reports/pages.py" $args >"$tmp/pages" 2>&1
cat "$tmp/pages" | sed 's/^/# /'
for x in "$tmp"/x/*.xlsx; do
	name=$(basename "$x")
	line=$(grep "^$name " "$tmp/pages")
	pages=$(echo "$line" | awk '{print $3}')
	check "$name: printed" test "${pages:-0}" -gt 0
	is "$(echo "$line" | awk '{print $5}')" "$pages" "$name: every page A4"
	is "$(echo "$line" | awk '{print $7}')" 1 "$name: one orientation"
	small=$(echo "$line" | awk '{print ($9 >= 8.95) ? "no" : "yes: " $9}')
	is "$small" no "$name: no text below 9 points"
	is "$(echo "$line" | awk '{print $11}')" 0 "$name: every cell's text printed"
done

done_testing
