#!/bin/sh
# UDI / GS1 scanner input (issue 19): a product's GTIN, then sales lines
# added from scanned codes, bracketed and raw (GS = ASCII 29), and trace
# by a code. Check digits by hand: 0690123456789? sums
# 9*3+8+7*3+6+5*3+4+3*3+2+1*3+0+9*3+6+0*3 = 128, so 2; 0950110153000?
# sums 47, so 3. Expiry 280630 is 2028-06-30; 271100 (day 00) is the
# last day of November 2027, the 30th.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

# sale_has ID WHAT FIELD:VALUE...: sales line ID holds each value
sale_has() {
	sh_id=$1 sh_what=$2
	shift 2
	g show sales "$sh_id" --format json
	for sh_pair; do
		like "$out" "\"${sh_pair%%:*}\":\"${sh_pair#*:}\"" "$sh_what: ${sh_pair%%:*} ${sh_pair#*:}"
	done
}

init_db
add_fixtures
gs=$(printf '\035')

g edit products 1 udi_di=6901234567891 --reason "GTIN from the box"
exit_is 1 "a GTIN with a wrong check digit is refused"
like "$err" "should be 2" "... saying which digit is right"
g edit products 1 udi_di=12345 --reason "GTIN from the box"
exit_is 1 "a GTIN of 5 digits is refused"
g edit products 1 udi_di=690123456789 --reason "GTIN from the box"
exit_is 1 "690123456789 as a GTIN-12 is refused"
# 69012345678?: 8*3+7+6*3+5+4*3+3+2*3+1+0*3+9+6*3 = 103, so 7, not 9
like "$err" "should be 7" "... its check digit should be 7"
g edit products 1 udi_di=06901234567892 --reason "GTIN from the box"
exit_is 0 "a right GTIN-14 is taken"
g edit products 2 udi_di=9501101530003 --reason "GTIN from the box"
exit_is 0 "a GTIN-13 is taken"
g show products 2 --format json
like "$out" '"udi_di":"09501101530003"' "... and kept as its 14 digits"
g add products code=P9 name=另一个 udi_di=09501101530003
exit_is 1 "a GTIN is unique per product"

g add sales "udi=(01)06901234567892(17)280630(10)B2026-01(21)SN0001" customer=C1 qty=1 sale_date=2026-11-01
exit_is 0 "add sales from a bracketed code"
sale_has "$out" bracketed product:P1 batch:B2026-01 serial:SN0001 expiry:2028-06-30

g add sales "udi=]d2010950110153000317271100${gs}10LOT7${gs}21PM42" customer=C2 qty=1 sale_date=2026-11-02
exit_is 0 "add sales from a raw code with GS and ]d2"
# expiry day 00: the month's last day; the batch ended by GS, the serial last
sale_has "$out" raw product:P2 expiry:2027-11-30 batch:LOT7 serial:PM42

g add sales "udi=(01)06901234567891(10)X" customer=C1 qty=1 sale_date=2026-11-01
exit_is 1 "a wrong check digit in a scan is refused"
like "$err" "check digit" "... and said"
g add sales "udi=(01)00000000000017(10)X" customer=C1 qty=1 sale_date=2026-11-01
exit_is 1 "an unknown GTIN is refused"
like "$err" "udi_di=00000000000017" "... saying how to attach it"
g add sales "udi=(01)06901234567892(10)X" batch=Y customer=C1 qty=1 sale_date=2026-11-01
exit_is 2 "a batch beside the udi is given twice"
g add customers udi=x code=C9 name=九
exit_is 2 "a form without a product has no udi"
g list sales --format csv
is "$(tail -n +2 "$tmp/out" | wc -l | tr -d ' ')" "2" "nothing half-written by the refusals"

# import: a UDI column fills the same fields; a bad code refuses its row
printf '%s\n' 'UDI,customer,qty,sale_date' \
	'(01)06901234567892(17)290100(10)B2026-02(21)SN0002,C1,1,2026-11-03' \
	'(01)06901234567890(10)B9,C1,1,2026-11-03' >"$tmp/bad.csv"
g import sales "$tmp/bad.csv"
exit_is 1 "import: a wrong check digit refuses the file"
like "$err" "line 3" "... naming the line"
like "$err" "should be 2" "... and the right digit"
head -n 2 "$tmp/bad.csv" >"$tmp/good.csv"
g import sales "$tmp/good.csv"
exit_is 0 "import with a UDI column"
sale_has 3 import product:P1 batch:B2026-02 serial:SN0002 expiry:2029-01-31

g trace --udi "(01)06901234567892(17)280630(10)B2026-01(21)SN0001" --format csv
exit_is 0 "trace --udi"
is "$(cut -d, -f1,2,4,6 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "sale,1,P1,SN0001 " "trace --udi finds the unit by its serial"
g trace --udi "(01)09501101530003(10)LOT7" --format csv
is "$(cut -d, -f1,2,5 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "sale,2,LOT7 " "no serial: by the batch"
g trace --udi "(01)06901234567892" --batch B1
exit_is 2 "--udi goes alone"

done_testing
