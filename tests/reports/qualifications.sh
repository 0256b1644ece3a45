# The qualifications report (资质证照效期表): every live supplier's licence,
# product's registration certificate and customer's licence with its
# expiry, the days left and its status, expired first, then the soonest to
# expire, those without an expiry last; a sheet each with the count of
# each status. Read back with openpyxl; every value worked out by hand
# from GSPDESK_NOW = 2026-11-27 (November has 30 days: 2026-12-27 is 30
# days on, 2027-01-26 is 60, 2027-02-25 is 90, 2027-11-27 is 365).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
must add suppliers code=S1 name=供货甲 licence_no=L1 licence_expiry=2026-11-20 class_ii=yes \
	approved_on=2026-01-02 approved_by=李
must add suppliers code=S2 name=供货乙 licence_no=L2 licence_expiry=2027-01-10 class_ii=yes
must add suppliers code=S3 name=供货丙 class_ii=yes
must add suppliers code=S4 name=供货丁 licence_no=L4 licence_expiry=2027-11-27 class_ii=yes
must add suppliers code=S5 name=供货戊 licence_no=L5 licence_expiry=2026-01-01 class_ii=yes
must void suppliers 5 --reason 录错
must add products code=P1 name=注射器 class=II reg_no=浙械注准1 cert_expiry=2026-12-01 \
	approved_on=2026-01-05 approved_by=王
must add products code=P2 name=监护仪 class=III reg_no=国械注准2 cert_expiry=2027-02-20
must add products code=P3 name=敷料 class=II
must add customers code=C1 name=一院 licence_no=LC1 licence_expiry=2026-11-27
must add customers code=C2 name=二院

g report
like "$out" "qualifications" "the list names the report"
like "$out" "[--as-of D]" "taken as of a day"

book=$tmp/q.xlsx
g report qualifications -o "$book"
exit_is 0 "written as of today"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	want() { like "$cells" "$1;" "$2"; }
	want "sheets Suppliers|Products|Customers" "a sheet each for suppliers, products and customers"
	want "Suppliers A1 'Qualifications and licences'" "the title"
	want "Suppliers A2 'As of 2026-11-27: expired first, then the soonest to expire; none recorded last.'" \
		"as of today, GSPDESK_NOW in a test database"
	want "Suppliers A4 'Supplier code'" "column titles"
	want "Suppliers C4 'Licence no.'" "the licence"
	want "Suppliers D4 'Licence expiry'" "its expiry"
	want "Suppliers E4 'Days to expiry'" "days to expiry"
	want "Suppliers F4 'Status'" "the status"
	want "Suppliers G4 'Approved on'" "approved on (首营企业审核)"
	want "Suppliers H4 'Approver'" "and by whom"
	want "Suppliers A5 'S1'" "expired first: 供货甲"
	want "Suppliers C5 'L1'" "its licence"
	want "Suppliers D5 date:2026-11-20:yyyy-mm-dd" "expired on 2026-11-20"
	want "Suppliers E5 -7" "7 days ago"
	want "Suppliers F5 'expired'" "expired"
	want "Suppliers G5 date:2026-01-02:yyyy-mm-dd" "approved on 2026-01-02"
	want "Suppliers H5 '李'" "by 李"
	want "Suppliers A6 'S2'" "then the soonest: 供货乙"
	want "Suppliers E6 44" "30 + 14 = 44 days to 2027-01-10"
	want "Suppliers F6 'expires within 60 days'" "within 60 days"
	want "Suppliers G6 None" "not approved: blank"
	want "Suppliers A7 'S4'" "then 供货丁"
	want "Suppliers E7 365" "a year to go"
	want "Suppliers F7 'valid'" "valid"
	want "Suppliers A8 'S3'" "none recorded last: 供货丙"
	want "Suppliers C8 None" "no licence number"
	want "Suppliers D8 None" "no expiry"
	want "Suppliers E8 None" "no days"
	want "Suppliers F8 'missing'" "missing"
	want "Suppliers A9 None" "the voided 供货戊 left out"
	want "Suppliers E10 1" "1"
	want "Suppliers F10 'expired'" "expired"
	want "Suppliers E11 0" "none"
	want "Suppliers F11 'expires within 30 days'" "within 30 days"
	want "Suppliers E12 1" "1 within 60"
	want "Suppliers E13 0" "none within 90"
	want "Suppliers E14 1" "1 valid"
	want "Suppliers E15 1" "1 missing"
	want "Suppliers F15 'missing'" "the counts end with the missing"
	want "Suppliers A16 None" "and nothing after"
	want "Products A4 'Product code'" "products: code"
	want "Products C4 'Registration/filing no.'" "the registration certificate"
	want "Products D4 'Certificate expiry'" "its expiry"
	want "Products A5 'P1'" "the soonest first"
	want "Products C5 '浙械注准1'" "its certificate"
	want "Products E5 4" "4 days to 2026-12-01"
	want "Products F5 'expires within 30 days'" "within 30 days"
	want "Products G5 date:2026-01-05:yyyy-mm-dd" "approved on 2026-01-05 (首营品种)"
	want "Products H5 '王'" "by 王"
	want "Products A6 'P2'" "then the monitor"
	want "Products E6 85" "60 + 25 = 85 days to 2027-02-20"
	want "Products F6 'expires within 90 days'" "within 90 days"
	want "Products A7 'P3'" "no certificate last"
	want "Products F7 'missing'" "missing"
	want "Customers A4 'Customer code'" "customers: code"
	want "Customers G4 None" "no approval columns"
	want "Customers A5 'C1'" "一院"
	want "Customers C5 'LC1'" "its licence"
	want "Customers E5 0" "expires today: 0 days"
	want "Customers F5 'expires within 30 days'" "still valid on its last day"
	want "Customers A6 'C2'" "二院"
	want "Customers F6 'missing'" "no licence recorded"
	like "$cells" "Suppliers paper 9 titles " "A4"
	like "$cells" "Customers orientation landscape;" "landscape"
fi

g report qualifications --as-of 2026-12-28 -o "$tmp/later.xlsx"
exit_is 0 "--as-of another day"
if have_openpyxl; then
	xlsx_cells "$tmp/later.xlsx"
	# 供货乙: 2027-01-10 is 13 days after 2026-12-28; 供货甲 38 days expired
	like "$cells" "Suppliers A5 'S1';" "still first"
	like "$cells" "Suppliers E5 -38;" "38 days expired"
	like "$cells" "Suppliers E6 13;" "13 days"
	like "$cells" "Suppliers F6 'expires within 30 days';" "now within 30 days"
	like "$cells" "Products E5 -27;" "the syringe's certificate expired 27 days before"
	like "$cells" "Customers E5 -31;" "一院's licence 31 days before"
fi

refused 2 "--as-of takes a date such as 2025-03-05" "a bad date" \
	report qualifications --as-of soon -o "$tmp/x.xlsx"
refused 2 "The qualifications report is of one day" "it takes no period" \
	report qualifications --year 2026 -o "$tmp/x.xlsx"
refused 2 "The sales-ledger report covers a period" "a period report takes no --as-of" \
	report sales-ledger --as-of 2026-01-01 -o "$tmp/x.xlsx"
check "nothing written" test ! -e "$tmp/x.xlsx"
g_newpw "clerk-pass-1" user add clerk1 --role clerk
g_as clerk1 clerk-pass-1 report qualifications -o "$tmp/clerk.xlsx"
exit_is 3 "a clerk may not run reports"

if [ "$HAVE_ZH" = yes ] && have_openpyxl; then
	GSPDESK_LANG=zh_CN g report qualifications -o "$tmp/zh.xlsx"
	exit_is 0 "in Chinese"
	xlsx_cells "$tmp/zh.xlsx"
	like "$cells" "sheets 供货单位|产品|客户;" "the sheets in Chinese"
	like "$cells" "供货单位 A1 '资质证照效期表';" "the title"
	like "$cells" "供货单位 F5 '已过期';" "已过期"
	like "$cells" "供货单位 F6 '60 天内到期';" "60 天内到期"
	like "$cells" "供货单位 F8 '缺失';" "缺失"
fi

# a real office's database: today is the computer's, whatever GSPDESK_NOW says
GSPDESK_DB=$tmp/real/gspdesk.db
g_newpw "$ADMIN_PASSWORD" init --admin "$ADMIN" --city 杭州市 --province 浙江省
exit_is 0 "a database without --test-clock"
GSPDESK_NOW=2999-01-01T00:00 g report qualifications -o "$tmp/real.xlsx"
exit_is 0 "written"
if have_openpyxl; then
	xlsx_cells "$tmp/real.xlsx"
	like "$cells" "Suppliers A2 'As of $(date '+%Y-%m-%d'):" "as of the computer's day, not GSPDESK_NOW"
fi

opens_in_libreoffice "$book" "供货甲"

done_testing
