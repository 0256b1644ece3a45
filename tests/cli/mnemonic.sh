#!/bin/sh
# Pinyin initials (助记码, issue 19): a customer or product left without a
# mnemonic code takes its name's initials, worked by hand (杭 háng 州 zhōu
# 市 shì 第 dì 一 yī 人 rén 民 mín 医 yī 院 yuàn: hzsdyrmyy); --search
# finds it by them as prefix or substring, by either reading of 重 (zhòng,
# chóng), and through a sales line's customer and product.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add customers code=C3 name=重庆市第三人民医院 city=重庆市
g add customers code=C4 name=宁波诊所 mnemonic=NBZS1
g add sales product=P1 qty=2 batch=B1 sale_date=2026-10-01 customer=C3

g show customers 1 --format json
like "$out" '"mnemonic":"hzsdyrmyy"' "left empty: the initials of the name"
g show customers 4 --format json
like "$out" '"mnemonic":"NBZS1"' "typed: kept as typed"

g list customers --search hzs --format csv
exit_is 0 "search by initials"
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "C1 " "hzs: a prefix of hzsdyrmyy"
g list customers --search DYRM --format csv
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "C1 " "DYRM: a substring, case ignored"
g list customers --search cqs --format csv
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "C3 " "cqs: 重 read chóng"
g list customers --search zqs --format csv
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "C3 " "zqs: 重 read zhòng"
g list customers --search rmyy --format csv
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "C1 C3 " "rmyy: both hospitals"
g list customers --search nbzs1 --format csv
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "C4 " "an office's own mnemonic code"
g list customers --search hzx --format csv
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "" "hzx: nothing"

# 一次性使用无菌注射器: yī cì xìng shǐ yòng wú jūn zhù shè qì
g list products --search ycxsywjzsq --format csv
is "$(cut -d, -f2 "$tmp/out" | tail -n +2 | tr '\n' ' ')" "P1 " "a product by its initials"
g list sales --search cqsd --format csv
is "$(cut -d, -f1 "$tmp/out" | tail -n +2 | tr "\n" " ")" "1 " "a sales line by its customer's initials"

g edit customers 1 mnemonic= --reason "start again"
g show customers 1 --format json
like "$out" '"mnemonic":"hzsdyrmyy"' "emptied: the initials again"

done_testing
