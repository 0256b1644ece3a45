/* The field editor over mixed-width text: each character keeps its width,
 * the cursor moves by character and the view scrolls by cell. */
#include <criterion/criterion.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "base/strbuf.h"
#include "ui/lineedit.h"

static void utf8_locale(void)
{
	setlocale(LC_ALL, "C.UTF-8");
}

TestSuite(lineedit, .init = utf8_locale);

static void expect_text(struct lineedit *le, const char *want)
{
	char *got = le_text(le);
	cr_assert_str_eq(got, want);
	free(got);
}

static void type(struct lineedit *le, const wchar_t *s)
{
	for (; *s; s++)
		cr_assert(le_insert(le, *s));
}

Test(lineedit, insert_in_the_middle_of_chinese)
{
	struct lineedit le;
	le_init(&le, 0);
	le_set(&le, "注射器");
	cr_assert_eq(le.len, 3);
	cr_assert_eq(le.cursor, 3);
	cr_assert_not(le.changed, "setting the text is not an edit");
	le_left(&le);
	le_left(&le); /* between 注 and 射 */
	type(&le, L"5ml");
	expect_text(&le, "注5ml射器");
	cr_assert_eq(le.cursor, 4);
	cr_assert(le.changed);
	le_free(&le);
}

Test(lineedit, backspace_and_delete_remove_whole_characters)
{
	struct lineedit le;
	le_init(&le, 0);
	le_set(&le, "a医b院");
	le_backspace(&le); /* removes 院, all three bytes */
	expect_text(&le, "a医b");
	le_home(&le);
	le_right(&le);
	le_delete(&le); /* removes 医 */
	expect_text(&le, "ab");
	cr_assert_eq(le.cursor, 1);
	le_home(&le);
	cr_assert_not(le_backspace(&le), "nothing left of the cursor");
	le_end(&le);
	cr_assert_not(le_delete(&le), "nothing right of the cursor");
	le_free(&le);
}

Test(lineedit, limit_counts_characters_not_bytes)
{
	struct lineedit le;
	le_init(&le, 3);
	type(&le, L"中文字");
	cr_assert_not(le_insert(&le, L'x'), "the fourth character is refused");
	expect_text(&le, "中文字");
	le_free(&le);
}

Test(lineedit, control_characters_are_refused)
{
	struct lineedit le;
	le_init(&le, 0);
	cr_assert_not(le_insert(&le, L'\t'));
	cr_assert_not(le_insert(&le, 0x7F));
	cr_assert_not(le_insert(&le, 0x85));
	cr_assert_eq(le.len, 0);
	le_free(&le);
}

Test(lineedit, view_scrolls_by_cells_keeping_the_cursor_visible)
{
	struct lineedit le;
	le_init(&le, 0);
	le_set(&le, "一二三四五"); /* 5 characters, 10 cells */
	struct strbuf b = STRBUF_INIT;
	int cur = -1;
	/* width 6 with the cursor at the end: the cursor needs one cell, so at
	 * most 5 cells of text before it: two characters (4 cells) 四五 */
	le_view(&le, 6, &b, &cur);
	cr_assert_str_eq(sb_str(&b), "四五");
	cr_assert_eq(cur, 4);
	le_home(&le);
	sb_reset(&b);
	/* back at the start: 一二三 fill 6 cells exactly */
	le_view(&le, 6, &b, &cur);
	cr_assert_str_eq(sb_str(&b), "一二三");
	cr_assert_eq(cur, 0);
	sb_free(&b);
	le_free(&le);
}

Test(lineedit, view_never_cuts_a_wide_character)
{
	struct lineedit le;
	le_init(&le, 0);
	le_set(&le, "ab中文");
	le_home(&le);
	struct strbuf b = STRBUF_INIT;
	int cur = -1;
	/* 3 cells: "ab" (2) then 中 needs 2 more: it is left out, not halved */
	le_view(&le, 3, &b, &cur);
	cr_assert_str_eq(sb_str(&b), "ab");
	cr_assert_eq(cur, 0);
	sb_free(&b);
	le_free(&le);
}

Test(lineedit, cursor_column_counts_cells_before_it)
{
	struct lineedit le;
	le_init(&le, 0);
	le_set(&le, "x中y");
	le_home(&le);
	le_right(&le);
	le_right(&le); /* after x and 中: 1 + 2 cells */
	struct strbuf b = STRBUF_INIT;
	int cur = -1;
	le_view(&le, 20, &b, &cur);
	cr_assert_eq(cur, 3);
	cr_assert_str_eq(sb_str(&b), "x中y");
	sb_free(&b);
	le_free(&le);
}

Test(lineedit, invalid_bytes_become_replacement_characters)
{
	struct lineedit le;
	le_init(&le, 0);
	le_set(&le, "a\xff" "b");
	cr_assert_eq(le.len, 3);
	expect_text(&le, "a\xef\xbf\xbd" "b"); /* U+FFFD in UTF-8 */
	le_free(&le);
}

Test(lineedit, clear_empties_and_marks_changed)
{
	struct lineedit le;
	le_init(&le, 0);
	le_set(&le, "批号");
	cr_assert(le_clear(&le));
	cr_assert_eq(le.len, 0);
	cr_assert_eq(le.cursor, 0);
	cr_assert(le.changed);
	cr_assert_not(le_clear(&le), "already empty");
	le_free(&le);
}

Test(lineedit, a_field_not_edited_shows_its_start)
{
	struct lineedit le;
	le_init(&le, 100);
	le_set(&le, "杭州市第三人民医院ICU"); /* 21 cells, cursor at the end */
	struct strbuf view = STRBUF_INIT;
	int cur;
	/* being edited: the end, 15 cells and one for the cursor, what the
	 * grid used to show for every cell */
	le_view(&le, 16, &view, &cur);
	cr_assert_str_eq(sb_str(&view), "第三人民医院ICU");
	sb_reset(&view);
	/* 16 cells: seven characters (14) and the … (1); an eighth would not fit */
	le_view_start(&le, 16, &view);
	cr_assert_str_eq(sb_str(&view), "杭州市第三人民…");
	sb_reset(&view);
	le_view_start(&le, 21, &view);
	cr_assert_str_eq(sb_str(&view), "杭州市第三人民医院ICU");
	sb_free(&view);
	le_free(&le);
}
