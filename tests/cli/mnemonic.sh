#!/bin/sh
# Pinyin initials (助记码, issue 19): --search finds a customer or product
# by its name's initials, worked by hand (杭 háng 州 zhōu 市 shì 第 dì 一 yī
# 人 rén 民 mín 医 yī 院 yuàn: hzsdyrmyy), as prefix or substring, by either
# reading of 重 (zhòng, chóng), and a sales line through its customer; by
# an office's own mnemonic code too. A mnemonic left empty stays empty, so
# the initials follow the name.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

# found FORM TEXT id|code EXPECTED DESCRIPTION: the ids or codes that
# list FORM --search TEXT gives, each followed by a space
found() {
	g list "$1" --search "$2" --format csv
	if [ "$3" = id ]; then f_col=1; else f_col=2; fi
	is "$(cut -d, -f$f_col "$tmp/out" | tail -n +2 | tr '\n' ' ')" "$4" "$5"
}

init_db
add_fixtures
g add customers code=C3 name=重庆市第三人民医院 city=重庆市
g add customers code=C4 name=宁波诊所 mnemonic=NBZS1
g add sales product=P1 qty=2 batch=B1 sale_date=2026-10-01 customer=C3

g show customers 1 --format json
like "$out" '"mnemonic":null' "left empty: nothing stored"
g show customers 4 --format json
like "$out" '"mnemonic":"NBZS1"' "typed: kept as typed"

g list customers --search hzs --format csv
exit_is 0 "search by initials"
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "C1 " "hzs: a prefix of hzsdyrmyy"
found customers DYRM code "C1 " "DYRM: a substring, case ignored"
found customers cqs code "C3 " "cqs: 重 read chóng"
found customers zqs code "C3 " "zqs: 重 read zhòng"
found customers rmyy code "C1 C3 " "rmyy: both hospitals"
found customers nbzs1 code "C4 " "an office's own mnemonic code"
found customers hzx code "" "hzx: nothing"

# 一次性使用无菌注射器: yī cì xìng shǐ yòng wú jūn zhù shè qì
found products ycxsywjzsq code "P1 " "a product by its initials"
found sales cqsd id "1 " "a sales line by its customer's initials"

g edit customers 1 name=杭州市第二人民医院 --reason "renamed"
found customers hzsder code "C1 " "renamed: the initials follow the name (第二人: der)"
found customers hzsdyr code "" "... and the old ones no longer find it"

done_testing
