# The pickers find a product or customer by the pinyin initials of its
# name (issue 19), worked by hand: 一次性使用无菌注射器 yī cì xìng shǐ yòng
# wú jūn zhù shè qì (ycxsywjzsq), 重庆 zhòng or chóng qìng (zq, cq); the
# initials are shown beside the name, or the office's own mnemonic code.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add customers code=C3 name=重庆市第三人民医院
g add customers code=C4 name=宁波诊所 mnemonic=NBZS1
ui_start
log_in "$ADMIN_PASSWORD"

# a new sales line; the product field opens the picker with what was typed
keys 1
keys C-n
wait_for "*" >/dev/null
keys_text "ycxs"
keys Enter
on_screen "一次性使用无菌注射器" "ycxs finds the product by its initials"
on_screen "(ycxsywjzsq)" "... and the picker shows them"
unlike "$(screen)" "Pacemaker" "... and not the other product"
keys C-u
keys_text "qbq"
on_screen "Pacemaker起搏器X1" "qbq: 起 qǐ 搏 bó 器 qì, after Latin letters"
keys C-u
keys_text "ycxs"
wait_for "一次性使用无菌注射器" >/dev/null
keys Enter
# chosen: on to spec; six fields on is the customer
keys Tab Tab Tab Tab Tab Tab
keys_text "cqs"
keys Enter
on_screen "重庆市第三人民医院" "cqs: 重 read chóng, in the customer picker"
keys C-u
keys_text "zqs"
on_screen "重庆市第三人民医院" "zqs: 重 read zhòng"
keys C-u
keys_text "nbzs"
on_screen "(NBZS1)" "an office's own mnemonic code, shown"
ui_stop

done_testing
