#!/bin/sh
# What add and list promise to print (issue 2, "The command line" and "Forms
# as tables"): add prints the new id alone; list hides voided records unless
# --all; csv has the header id + field names in form order and RFC 4180
# quoting; json is an array of objects keyed by field names; the table lines
# up by display width when Chinese and ASCII mix. And the values behind them:
# refs by code or exact name, amount = qty x unit_price, spec copied from the
# product, the three date forms stored as ISO dates, impossible dates refused.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db

# bytes_are TEXT DESC: stdout of the last g is exactly TEXT plus a newline.
bytes_are() {
	printf '%s\n' "$1" >"$tmp/want"
	if cmp -s "$tmp/out" "$tmp/want"; then
		ok "$2"
	else
		not_ok "$2"
		diag "exit $rc; stdout bytes:" "$(od -c "$tmp/out" | head -n 5)" "stderr: $err"
	fi
}

# field_of FILE FORMAT ID FIELD: one value from csv or json list output, as
# text: null prints as empty, a json number as written (37.50 stays 37.50),
# true/false as yes/no; a missing row prints <no row>.
field_of() {
	"$PY" - "$@" <<'EOF'
import csv, json, sys
from decimal import Decimal
path, fmt, rid, field = sys.argv[1:5]
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f)) if fmt == "csv" else json.load(f, parse_float=Decimal)
def text(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)
for r in rows:
    if str(r.get("id")) == rid:
        sys.stdout.write(text(r.get(field, "<no field>")))
        break
else:
    sys.stdout.write("<no row>")
EOF
}

# ids_of FILE FORMAT: the ids in list output, in numeric order (list sorts
# sales by date), space-separated.
ids_of() {
	"$PY" - "$@" <<'EOF'
import csv, json, sys
path, fmt = sys.argv[1:3]
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f)) if fmt == "csv" else json.load(f)
print(" ".join(str(i) for i in sorted(int(r["id"]) for r in rows)))
EOF
}

if ! have_python; then
	echo "1..0 # SKIP no python3 to read csv and json"
	exit 0
fi

# --- add prints the id alone -------------------------------------------------
g add products code=P1 name=一次性使用无菌注射器 manufacturer=康德莱 spec=5ml \
	reg_no=国械注准20153151234 class=II implant=否 sterile=是 unit=支
bytes_are 1 "the first product: add prints exactly '1\\n'"
g add products code=P2 name=Pacemaker起搏器X1 manufacturer=美敦力 spec=SR class=III \
	implant=yes sterile=yes unit=台
bytes_are 2 "the second product: '2\\n'"
g add products code=P3 'name=Syringe, 5 ml "Luer"' manufacturer=BD class=I implant=0 sterile=1 \
	'remarks=line one
line two'
bytes_are 3 "a product with a comma, quotes and a newline: '3\\n'"
g add customers code=C1 name=杭州市第一人民医院 province=浙江省 city=杭州市 contact=王医生
bytes_are 1 "the first customer: '1\\n' (ids count per form)"
g add customers code=C2 name=ABC_Clinic诊所 province=江苏省 city=南京市
bytes_are 2 "the second customer: '2\\n'"

# --- csv of products ------------------------------------------------------
g list products --format csv
exit_is 0 "list products --format csv"
cp "$tmp/out" "$tmp/products.csv"
is "$(head -n 1 "$tmp/products.csv" | tr -d '\r')" \
	"id,code,name,manufacturer,spec,reg_no,class,implant,sterile,resterilisable,unit,remarks,mnemonic,udi_di,cert_expiry,registrant,mfr_licence,storage,approved_on,approved_by" \
	"products csv header: id then the field names in form order"
like "$out" '"Syringe, 5 ml ""Luer"""' "a comma and quotes: the field quoted, quotes doubled"
like "$out" '"line one
line two"' "a newline: the field quoted, the newline kept"
is "$(field_of "$tmp/products.csv" csv 3 name)" 'Syringe, 5 ml "Luer"' "csv reads back the name exactly"
is "$(field_of "$tmp/products.csv" csv 3 remarks)" 'line one
line two' "csv reads back the two-line remarks exactly"
is "$(field_of "$tmp/products.csv" csv 1 name)" "一次性使用无菌注射器" "csv keeps the Chinese name"
is "$(field_of "$tmp/products.csv" csv 1 reg_no)" "国械注准20153151234" "csv reg_no"
is "$(field_of "$tmp/products.csv" csv 2 class)" "III" "an enum is written as its code"
is "$(field_of "$tmp/products.csv" csv 1 sterile)" "yes" "sterile=是 reads back yes"
is "$(field_of "$tmp/products.csv" csv 1 implant)" "no" "implant=否 reads back no"
is "$(field_of "$tmp/products.csv" csv 3 sterile)" "yes" "sterile=1 reads back yes"
is "$(field_of "$tmp/products.csv" csv 3 implant)" "no" "implant=0 reads back no"
is "$(field_of "$tmp/products.csv" csv 2 implant)" "yes" "implant=yes reads back yes"

# --- json of products ------------------------------------------------------
g list products --format json
exit_is 0 "list products --format json"
cp "$tmp/out" "$tmp/products.json"
"$PY" - "$tmp/products.json" <<'EOF' >"$tmp/py.out" 2>&1
import json, sys
from decimal import Decimal
rows = json.load(open(sys.argv[1], encoding="utf-8"), parse_float=Decimal)
assert isinstance(rows, list) and len(rows) == 3, rows
# The contract fixes keys and values, not JSON types: a number may be written
# as a number or a string, yes/no as true/false or "yes"/"no", empty as null
# or "". Compared as text, 12.50 must stay 12.50.
def text(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    return str(v)
keys = ["id", "code", "name", "manufacturer", "spec", "reg_no", "class", "implant",
        "sterile", "resterilisable", "unit", "remarks", "mnemonic", "udi_di", "cert_expiry",
        "registrant", "mfr_licence", "storage", "approved_on", "approved_by"]
for r in rows:
    assert sorted(r) == sorted(keys), sorted(r)
p3 = [r for r in rows if str(r["id"]) == "3"][0]
norm = {k: text(v) for k, v in p3.items()}
want = {"id": "3", "code": "P3", "name": 'Syringe, 5 ml "Luer"', "manufacturer": "BD",
        "spec": "", "reg_no": "", "class": "I", "implant": "no", "sterile": "yes",
        "resterilisable": "", "unit": "", "remarks": "line one\nline two", "mnemonic": "", "udi_di": "",
        "cert_expiry": "", "registrant": "", "mfr_licence": "", "storage": "", "approved_on": "",
        "approved_by": ""}
assert norm == want, norm
EOF
ok_if $? "json: an array of 3 objects keyed by field names, exact values"
[ -s "$tmp/py.out" ] && diag "$(cat "$tmp/py.out")"
is "$(field_of "$tmp/products.json" json 1 name)" "一次性使用无菌注射器" "json keeps the Chinese name"

# --- sales: refs, amount, spec, dates ------------------------------------------
g add sales product=P1 qty=3 unit_price=12.50 batch=B2503 expiry=2027/6/30 \
	sale_date=2025-03-05 customer=C1
bytes_are 1 "the first sale: add prints exactly '1\\n'"
g add sales product=一次性使用无菌注射器 spec=10ml qty=2 batch=B2503 sale_date=2025/3/5 \
	customer=ABC_Clinic诊所
bytes_are 2 "a sale naming product and customer by exact name"
g add sales product=P2 qty=1 serial=SN-0001 expiry=20350101 sale_date=20250305 customer=C2
bytes_are 3 "a sale with a serial number and no batch"
g add sales 'product=Syringe, 5 ml "Luer"' qty=1 batch=L1 sale_date=2024-02-29 customer=C1
bytes_are 4 "a sale on 2024-02-29 (a leap day)"
g add sales product=P1 qty=1 batch=V1 sale_date=2025-04-01 customer=C1
bytes_are 5 "a sale to be voided"
g add sales product=P1 qty=7 unit_price=0.1 batch=B2506 sale_date=2025-06-01 customer=C1
bytes_are 6 "7 at 0.1"
g void sales 5 --reason "entered twice"
exit_is 0 "void sales 5"

g add sales product=一次性使用 qty=1 batch=X sale_date=2025-03-05 customer=C1
exit_is 1 "a product named by a prefix of its name is refused"
like "$err" "Product" "the message names the Product field"
g add sales product=P1 qty=1 batch=X sale_date=2025-02-29 customer=C1
exit_is 1 "sale_date=2025-02-29 is refused"
like "$err" "Sale date" "the message names the Sale date field"
g add sales product=P1 qty=1 batch=X sale_date=2025-03-05 expiry=2027-13-01 customer=C1
exit_is 1 "expiry=2027-13-01 is refused"
like "$err" "Expiry date" "the message names the Expiry date field"
g add sales product=P1 qty=1 batch=X sale_date=2025-3-5x customer=C1
exit_is 1 "sale_date=2025-3-5x is refused"

g list sales --format csv
exit_is 0 "list sales --format csv"
cp "$tmp/out" "$tmp/sales.csv"
is "$(head -n 1 "$tmp/sales.csv" | tr -d '\r')" \
	"id,product,spec,qty,batch,serial,expiry,sale_date,customer,unit_price,amount,remarks,product_name,manufacturer,reg_no,unit,buyer_name,buyer_address,buyer_contact,buyer_phone,buyer_licence" \
	"sales csv header"
s() { field_of "$tmp/sales.csv" csv "$1" "$2"; }
is "$(s 1 qty),$(s 1 unit_price),$(s 1 amount)" "3,12.50,37.50" "amount = 3 x 12.50 = 37.50"
is "$(s 6 unit_price),$(s 6 amount)" "0.10,0.70" "amount = 7 x 0.10 = 0.70, exactly"
is "$(s 3 amount)" "" "no unit price: no amount"
is "$(s 1 spec)" "5ml" "spec left empty: the product's spec is copied"
is "$(s 3 spec)" "SR" "spec copied for the second product too"
is "$(s 2 spec)" "10ml" "spec given: kept"
is "$(s 2 product)" "$(s 1 product)" "product by exact name = product by code"
is "$(s 1 product)" "P1" "csv names the product by its code"
is "$(s 2 customer)" "C2" "customer by exact name resolved to C2"
is "$(s 4 product)" "P3" "product by a name with a comma and quotes"
is "$(s 1 sale_date)" "2025-03-05" "2025-03-05 stored as 2025-03-05"
is "$(s 2 sale_date)" "2025-03-05" "2025/3/5 stored as 2025-03-05"
is "$(s 3 sale_date)" "2025-03-05" "20250305 stored as 2025-03-05"
is "$(s 4 sale_date)" "2024-02-29" "2024-02-29 accepted"
is "$(s 1 expiry)" "2027-06-30" "expiry 2027/6/30 stored as 2027-06-30"
is "$(s 3 expiry)" "2035-01-01" "expiry 20350101 stored as 2035-01-01"
is "$(s 3 serial),$(s 3 batch)" "SN-0001," "serial kept, batch empty"
is "$(ids_of "$tmp/sales.csv" csv)" "1 2 3 4 6" "list hides the voided sale 5"

g list sales --all --format csv
cp "$tmp/out" "$tmp/all.csv"
is "$(ids_of "$tmp/all.csv" csv)" "1 2 3 4 5 6" "list --all shows the voided sale"
g list sales --all --format json
cp "$tmp/out" "$tmp/all.json"
is "$(ids_of "$tmp/all.json" json)" "1 2 3 4 5 6" "list --all --format json shows it too"
g list sales --format json
cp "$tmp/out" "$tmp/sales.json"
is "$(ids_of "$tmp/sales.json" json)" "1 2 3 4 6" "json hides the voided sale"
is "$(field_of "$tmp/sales.json" json 1 amount)" "37.50" "json amount 37.50"
is "$(field_of "$tmp/sales.json" json 1 qty)" "3" "json qty 3"

g list sales customer=C1 --format csv
cp "$tmp/out" "$tmp/c1.csv"
is "$(ids_of "$tmp/c1.csv" csv)" "1 4 6" "list sales customer=C1"
g list sales customer=杭州市第一人民医院 --format csv
cp "$tmp/out" "$tmp/c1n.csv"
is "$(ids_of "$tmp/c1n.csv" csv)" "1 4 6" "list sales customer=NAME: the same"
g list sales --since 2025-01-01 --until 2025/3/5 --format csv
cp "$tmp/out" "$tmp/range.csv"
is "$(ids_of "$tmp/range.csv" csv)" "1 2 3" "--since/--until, both ends included"

# --- the table: columns aligned by display width ---------------------------
g list sales
exit_is 0 "list sales (table)"
cp "$tmp/out" "$tmp/table.txt"
is "$(awk 'NR > 1 { print $1 }' "$tmp/table.txt" | sort -n | tr '\n' ' ')" "1 2 3 4 6 " "the table hides the voided sale"
"$PY" - "$tmp/table.txt" <<'EOF' >"$tmp/py.out" 2>&1
import sys, unicodedata
def cols(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
head, rows = lines[0], lines[1:]
want = {"1": ("2025-03-05", "杭州市第一人民医院"), "2": ("2025-03-05", "ABC_Clinic诊所"),
        "3": ("2025-03-05", "ABC_Clinic诊所"), "4": ("2024-02-29", "杭州市第一人民医院"),
        "6": ("2025-06-01", "杭州市第一人民医院")}
assert len(rows) == 5, lines
for label, k in (("Sale date", 0), ("Destination", 1)):
    at = cols(head[:head.index(label)])
    for r in rows:
        rid = r.split()[0]
        text = want[rid][k]
        got = cols(r[:r.index(text)])
        assert got == at, "%s: header at column %d, row %s's %s at %d\n%s" % (
            label, at, rid, text, got, "\n".join(lines))
EOF
ok_if $? "table: Sale date and Destination start at the same display column in every row"
[ -s "$tmp/py.out" ] && diag "$(cat "$tmp/py.out")"

# --- more on refs and values ------------------------------------------------
g add products code=P4 name=医用纱布 spec=8x10
is "$rc:$out" "0:4" "a product P4 named 医用纱布"
g add products code=P5 name=医用纱布 spec=10x10
is "$rc:$out" "0:5" "a product P5 with the same name"
g add sales product=医用纱布 qty=1 batch=G1 sale_date=2025-03-05 customer=C1
exit_is 1 "a product name shared by two products is refused"
like "$err" "Product" "... naming the Product field"
g add sales product=P5 qty=1 batch=G1 sale_date=2025-03-05 customer=C1 "remarks=x=1; y=2"
is "$rc:$out" "0:7" "the code still finds P5; a value may contain '='"
g list sales --format csv
cp "$tmp/out" "$tmp/sales2.csv"
is "$(field_of "$tmp/sales2.csv" csv 7 remarks)" "x=1; y=2" "only the first '=' splits FIELD=VALUE"
is "$(field_of "$tmp/sales2.csv" csv 7 spec)" "10x10" "spec copied from P5, not from its namesake"
g add products code=P6 name=多参数监护仪 "class=Class III"
is "$rc:$out" "0:6" "an enum given by its label, Class III"
g list products --format csv
cp "$tmp/out" "$tmp/products2.csv"
is "$(field_of "$tmp/products2.csv" csv 6 class)" "III" "... is stored as its code III"

# --- writers at the same time each get their own id -----------------------
for i in 1 2 3 4 5 6; do
	"$GSPDESK_BIN" add sales product=P1 qty=$i batch=PAR sale_date=2025-03-05 customer=C1 \
		</dev/null >"$tmp/par.$i" 2>&1 &
done
wait
cat "$tmp"/par.* | sort -n | tr '\n' ' ' >"$tmp/par.all"
is "$(cat "$tmp/par.all")" "8 9 10 11 12 13 " "six adds at once: six distinct ids, no error"

done_testing
