#!/bin/sh
# Pinyin initials (助记码) where a record is named (issue 19): trace
# --product and an import's product and customer cells take a 助记码 or the
# initials of the whole name (一次性使用无菌注射器: ycxsywjzsq; 杭州市第一人民医院:
# hzsdyrmyy), when they name one record; two records with the same
# initials are refused, naming the rule; codes and names go first.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 sale_date=2026-03-05 customer=C1
is "$rc" "0" "fixture: a line of P1 一次性使用无菌注射器 to C1 杭州市第一人民医院"

g trace --product ycxsywjzsq --batch B1 --format csv
exit_is 0 "trace --product by the initials of the whole name"
is "$(tail -n +2 "$tmp/out" | cut -d, -f1,2)" "sale,1" "finds the line"
g trace --product YCX --batch B1
exit_is 1 "a part of the initials names nothing"

printf 'product,qty,batch,sale_date,customer\nycxsywjzsq,2,B2,2026-03-06,hzsdyrmyy\n' >"$tmp/by_initials.csv"
g import sales "$tmp/by_initials.csv"
exit_is 0 "an import names product and customer by their initials"
g list sales batch=B2 --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f2,9)" "P1,C1" "the row went to P1 and C1"

# the office's own 助记码 names it too
g edit customers 2 mnemonic=ABCZS --reason 助记码
printf 'product,qty,batch,sale_date,customer\nP1,1,B3,2026-03-07,abczs\n' >"$tmp/by_mnemonic.csv"
g import sales "$tmp/by_mnemonic.csv"
exit_is 0 "an import names a customer by its 助记码, any case"
g list sales batch=B3 --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f9)" "C2" "the row went to C2"

# two products with the same initials: refused, naming the rule
g add products code=P3 name=一次性使用无菌注射器 manufacturer=另一厂 unit=支
g add products code=P4 name=一次性使用无菌注射器械 unit=支
printf 'product,qty,batch,sale_date,customer\nycxsywjzsq,1,B4,2026-03-08,C1\n' >"$tmp/twice.csv"
dump_db "$tmp/dump.before"
g import sales "$tmp/twice.csv"
exit_is 1 "initials of two products: refused"
like "$err" "line 2, column product: more than one record of Products has the 助记码 or pinyin initials \"ycxsywjzsq\": give its code" \
	"by its line, naming the rule"
unchanged_since "$tmp/dump.before" "nothing imported"
g trace --product ycxsywjzsq --batch B1
exit_is 1 "trace refuses them too"

done_testing
