#!/bin/sh
# Messages in the user's language (issue 2, "Language" and "Done when"):
# `--lang zh_CN add sales ... expiry=` before sale_date exits 1 with a
# Chinese message naming 有效期限, `--lang en` names "Expiry date", and the
# database is unchanged; without --lang the locale decides (LANG=zh_CN.UTF-8
# picks Chinese even though this machine never generated that locale), and
# --lang overrides it; the table's Chinese labels are the paper form's words
# and stay aligned by display width.
# Needs a complete po/zh_CN.po: until it lands, the Chinese tests fail.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

# An English office: without --lang and GSPDESK_LANG, the locale decides,
# and the office's language where it names none (tests/cli/lang_office.sh).
unset GSPDESK_LANG
init_db --lang en
add_fixtures
g add sales product=P1 qty=3 batch=B1 expiry=2027-06-30 sale_date=2025-03-05 customer=C1
is "$rc:$out" "0:1" "a sale to list"
g add sales product=P2 qty=1 serial=SN-01 sale_date=2025-04-01 customer=C2
is "$rc:$out" "0:2" "a second sale"

# has_cjk TEXT: TEXT contains a CJK ideograph.
has_cjk() {
	printf '%s' "$1" | "$PY" -c '
import sys
t = sys.stdin.buffer.read().decode("utf-8", "replace")
sys.exit(0 if any("\u4e00" <= c <= "\u9fff" for c in t) else 1)'
}

expired="product=P1 qty=1 batch=B1 expiry=2025-03-04 sale_date=2025-03-05 customer=C1"

# --- English, by --lang and by default ---------------------------------------
refused 1 "Expiry date" "--lang en, expiry before the sale date" --lang en add sales $expired
unlike "$err" "有效期限" "--lang en: no Chinese label"
like "$err" "2025-03-05" "the message gives the sale date it compared with"
refused 1 "Expiry date" "LANG=C.UTF-8 without --lang: English" add sales $expired
LANG=zh_CN.UTF-8
refused 1 "Expiry date" "LANG=zh_CN.UTF-8 with --lang en: --lang wins" --lang en add sales $expired
unlike "$err" "有效期限" "--lang en over a Chinese LANG: no Chinese label"
LANG=C.UTF-8

if [ "$HAVE_ZH" != yes ] || ! have_python; then
	diag "no zh_CN.gmo in '${GSPDESK_PO_DIR:-}' or '${GSPDESK_PO_SRCDIR:-}' (or no python3)"
	for t in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21; do
		skip "Chinese messages $t" "no zh_CN catalogue"
	done
	done_testing
fi

# --- Chinese ----------------------------------------------------------------
refused 1 "有效期限" "--lang zh_CN, expiry before the sale date" --lang zh_CN add sales $expired
unlike "$err" "Expiry date" "--lang zh_CN: not the English label"
LANG=zh_CN.UTF-8
refused 1 "有效期限" "LANG=zh_CN.UTF-8 without --lang: Chinese" add sales $expired
LANG=C.UTF-8
LC_ALL=zh_CN.UTF-8
export LC_ALL
g add sales $expired
like "$err" "有效期限" "LC_ALL=zh_CN.UTF-8: Chinese"
unset LC_ALL
LANG=en_US.UTF-8
g --lang zh_CN add sales $expired
like "$err" "有效期限" "LANG=en_US.UTF-8 with --lang zh_CN: Chinese"
LANG=C.UTF-8

g --lang zh_CN add sales product=P1 qty=0 batch=B1 sale_date=2025-03-05 customer=C1
like "$err" "数量" "qty=0 in Chinese names 数量"
g --lang zh_CN add sales product=P1 qty=1 batch=B1 sale_date=2025-02-29 customer=C1
like "$err" "销售日期" "2025-02-29 in Chinese names 销售日期"
g --lang zh_CN add widgets code=W
if [ "$rc" = 2 ] && has_cjk "$err"; then ok "a usage error in Chinese (exit 2)"; else not_ok "a usage error in Chinese (exit 2)"; diag "exit $rc: $err"; fi
g_as "$ADMIN" wrong-password-1 --lang zh_CN list sales
if [ "$rc" = 3 ] && has_cjk "$err"; then ok "a login failure in Chinese (exit 3)"; else not_ok "a login failure in Chinese (exit 3)"; diag "exit $rc: $err"; fi
GSPDESK_DB=$tmp/none.db
g --lang zh_CN list sales
if [ "$rc" = 4 ] && has_cjk "$err"; then ok "a missing database in Chinese (exit 4)"; else not_ok "a missing database in Chinese (exit 4)"; diag "exit $rc: $err"; fi
GSPDESK_DB=$tmp/data/gspdesk.db
g_without GSPDESK_USER --lang zh_CN --help
if [ "$rc" = 0 ] && has_cjk "$out"; then ok "--lang zh_CN --help in Chinese"; else not_ok "--lang zh_CN --help in Chinese"; diag "exit $rc: $out"; fi

# The table: the paper form's own words, aligned by display width.
g --lang zh_CN list sales
exit_is 0 "--lang zh_CN list sales"
cp "$tmp/out" "$tmp/table.txt"
head=$(head -n 1 "$tmp/table.txt")
missing=
for w in 规格型号 数量 批号 有效期限 销售日期 去向 备注; do
	case $head in *"$w"*) ;; *) missing="$missing $w" ;; esac
done
is "$missing" "" "the Chinese table header has 规格型号 数量 批号 有效期限 销售日期 去向 备注"
"$PY" - "$tmp/table.txt" <<'EOF' >"$tmp/py.out" 2>&1
import sys, unicodedata
def cols(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
head, rows = lines[0], lines[1:]
want = {"1": ("2025-03-05", "杭州市第一人民医院"), "2": ("2025-04-01", "ABC_Clinic诊所")}
assert len(rows) == 2, lines
for label, k in (("销售日期", 0), ("去向", 1)):
    at = cols(head[:head.index(label)])
    for r in rows:
        rid = r.split()[0]
        text = want[rid][k]
        got = cols(r[:r.index(text)])
        assert got == at, "%s at column %d, row %s's %s at %d\n%s" % (
            label, at, rid, text, got, "\n".join(lines))
EOF
ok_if $? "the Chinese table: 销售日期 and 去向 line up with every row's values"
[ -s "$tmp/py.out" ] && diag "$(cat "$tmp/py.out")"

# an enum takes its translated label (the label is read from the catalogue)
class2=
if command -v gettext >/dev/null 2>&1; then
	class2=$(LANGUAGE=zh_CN TEXTDOMAINDIR=$tmp/locale gettext -d gspdesk "Class II")
fi
if [ -n "$class2" ] && [ "$class2" != "Class II" ]; then
	g --lang zh_CN add products code=P8 name=电子血压计 "class=$class2" implant=否
	is "$rc:$out" "0:3" "--lang zh_CN: class=$class2 (the Chinese label of Class II) accepted"
	g list products --format csv
	like "$out" "3,P8,电子血压计,,,,II,no," "... and stored as the code II, implant=否 as no"
else
	skip "--lang zh_CN: the Chinese label of Class II accepted" "no gettext program or no translation"
	skip "... and stored as the code II" "no gettext program or no translation"
fi

# csv and json keep the stable English field names in any language
g --lang zh_CN list sales --format csv
is "$(head -n 1 "$tmp/out" | tr -d '\r')" \
	"id,product,spec,qty,batch,serial,expiry,sale_date,customer,unit_price,amount,remarks,product_name,manufacturer,reg_no,unit,buyer_name,buyer_address,buyer_contact,buyer_phone,buyer_licence" \
	"--lang zh_CN csv header: the field names, not labels"

# a word shared by several records is translated for all of them, not for
# the first that used it (收货 is not a 培训类别, a holiday not a 召回原因)
g --lang zh_CN forms receipts
like "$(printf '%s\n' "$out" | grep "^kind ")" "入库类别" "receipts: the kind of receipt, not of training"
g --lang zh_CN forms holidays
like "$out" "类别" "holidays: a kind of day"
unlike "$out" "培训类别" "... not a kind of training"
g --lang zh_CN forms training
like "$out" "培训类别" "training keeps its own"
g --lang zh_CN forms returns
like "$out" "退货原因" "returns: why the goods came back"
unlike "$out" "召回原因" "... not why a batch was recalled"
g --lang zh_CN forms recalls
like "$out" "召回原因" "recalls keep theirs"
g --lang zh_CN forms events
like "$out" "closed=已结案" "an adverse event's status closed: a state, not a time"
unlike "$out" "closed=结束时间" "... not the recall's closing time"

# zh_label FORM FIELD WANT UNWANTED DESC: the line of FIELD in
# `--lang zh_CN forms FORM` holds WANT and (unless empty) not UNWANTED
zh_label() {
	g --lang zh_CN forms "$1"
	line=$(printf '%s\n' "$out" | grep "^$2 ")
	like "$line" "$3" "$5"
	[ -z "$4" ] || unlike "$line" "$4" "... not $4"
}
# one English word read two ways gets two msgids (step 1 of the review)
# a label is also an import column title: within a form, no two alike
g --lang zh_CN forms
"$PY" - "$tmp/out" <<'EOF' >"$tmp/py.out" 2>&1
import sys, unicodedata
def cols(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
for block in open(sys.argv[1], encoding="utf-8").read().split("\n\n"):
    lines = block.strip().splitlines()
    head = lines[1]
    start, end = cols(head[:head.index("名称")]), cols(head[:head.index("类型")])
    labels = []
    for line in lines[2:]:
        at, label = 0, ""
        for c in line:
            if start <= at < end:
                label += c
            at += cols(c)
        if label.strip():
            labels.append(label.strip())
    twice = sorted(set(l for l in labels if labels.count(l) > 1))
    assert not twice, "%s: %s" % (lines[0], ", ".join(twice))
EOF
ok_if $? "--lang zh_CN forms: no form has two fields with one Chinese label"
[ -s "$tmp/py.out" ] && diag "$(cat "$tmp/py.out")"
zh_label sales product_name 当日产品名称 "" "sales: the name of the day of sale is not a second 产品名称 column"
zh_label receipt_lines product_name 当日产品名称 "" "receipt lines: the same, so an import header names one field"
zh_label products approved_by 审核人 批准 "products: who approved the qualification, not a report's sign-off"
zh_label suppliers approved_by 审核人 批准 "suppliers: 审核人 too"
zh_label due_handled note 处理说明 通知情况 "a handled due row's note: what was done, not a recall notice's"
zh_label staff role 岗位 角色 "staff: a post in the office, not an account's role"
zh_label staff active 在职 启用 "staff: still employed, not a survey item's 启用"
zh_label attendees unit 部门 "单位 " "attendees: the department or ward, not a unit of measure"
g add service kind=repair customer=C1 product=P1 description=漏液 "notified_at=2026-11-27 09:00"
is "$rc" 0 "a same-city repair with two days to go"
g --lang zh_CN deadlines
like "$out" "期限内" "deadlines: time is left (期限内)"
unlike "$out" "未处理" "... not a complaint's 未处理"
like "$out" "待办事项" "deadlines: the column of what is to be done (工程师到场) is 待办事项"
unlike "$out" "时限事项" "... the word 时限 heads the lists' column of time left"
g add service kind=repair customer=C1 product=P1 description=漏液 "notified_at=2026-11-25 08:00"
is "$rc" 0 "a same-city repair past its 48 hours"
g --lang zh_CN deadlines
like "$out" "已逾期" "deadlines: a missed one is 已逾期, as the training report's Overdue column"
g --lang zh_CN due
like "$(head -n 1 "$tmp/out")" "截止时间" "due: the column of when each row is due is 截止时间"
unlike "$(head -n 1 "$tmp/out")" "到期 " "... not 到期, as the list's own title, 待办事项, is not"

# one concept, one Chinese word across screens (step 2 of the review)
g --lang zh_CN forms survey_actions
like "$out" "done=已完成" "an improvement action done: 已完成, as its 完成日期 says"
like "$out" "留空时为处理中" "... and empty is the choice's own word, 处理中"
zh_label due_handled row_key 标识 "" "a due row's key identifies it (标识), not a keyboard key (键)"
g --lang zh_CN forms recalls
like "$out" "每个购货单位都处理完之前为处理中" "a recall is open (处理中) until every buyer is dealt with"
like "$out" "closed=已结束" "a recall ends (已结束), as its 结束时间 and 结束说明 say"
unlike "$out" "closed=已结案" "... it is not a complaint's case closed"
zh_label returns supplier_contact 供货单位联系人 "" "returns: the supplier is 供货单位, as in receipts"

# a Chinese screen shows no English codes in its help (step 2 of the review)
for f in attendees complaints receipts receipt_lines suppliers training holidays; do
	g --lang zh_CN forms "$f"
	# the Notes column after the "code=label." list of choices
	notes=$(printf '%s\n' "$out" | sed -n '3,$p' | sed 's/^.*\. //')
	case $notes in
	*passed* | *investigating* | *purchase* | *accepted* | *yes：* | *suspended* | *regulations* | *workday*)
		not_ok "forms $f: help in Chinese words only"; diag "$notes" ;;
	*) ok "forms $f: help in Chinese words only" ;;
	esac
done

done_testing
