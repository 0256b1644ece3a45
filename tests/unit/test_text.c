/* UTF-8 decoding and terminal cell widths (base/text.h). Every expected
 * byte sequence and width below is worked out from the Unicode tables:
 * ASCII is 1 cell, CJK ideographs and the ideographic space 2, combining
 * marks 0. */
#include "config.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <criterion/criterion.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void text_init(void)
{
	cr_assert_not_null(setlocale(LC_ALL, "C.UTF-8"), "C.UTF-8 locale missing");
}

TestSuite(text, .init = text_init);

/* Decodes s (all of its bytes) and checks the length and the code point. */
static void decodes_to(const char *s, size_t len, wchar_t expect)
{
	wchar_t wc = 0;
	size_t k = utf8_decode(s, strlen(s), &wc);
	cr_assert_eq(k, len, "decode of %zu bytes gave length %zu, expected %zu", strlen(s), k, len);
	cr_assert_eq(wc, expect, "decoded U+%04lX, expected U+%04lX", (unsigned long)wc,
	             (unsigned long)expect);
}

static void refused(const char *s, size_t n)
{
	wchar_t wc = 0;
	cr_assert_eq(utf8_decode(s, n, &wc), 0, "a bad sequence of %zu bytes was accepted", n);
}

Test(text, decode_each_length)
{
	decodes_to("A", 1, L'A');
	decodes_to("\xC3\xA9", 2, 0xE9);          /* é */
	decodes_to("\xE4\xB8\xAD", 3, 0x4E2D);    /* 中 */
	decodes_to("\xF0\x9F\x98\x80", 4, 0x1F600);
	/* the smallest value of each length is not overlong */
	decodes_to("\xC2\x80", 2, 0x80);
	decodes_to("\xE0\xA0\x80", 3, 0x800);
	decodes_to("\xF0\x90\x80\x80", 4, 0x10000);
	/* the largest code point, and the neighbours of the surrogates */
	decodes_to("\xF4\x8F\xBF\xBF", 4, 0x10FFFF);
	decodes_to("\xED\x9F\xBF", 3, 0xD7FF);
	decodes_to("\xEE\x80\x80", 3, 0xE000);
}

Test(text, decode_reads_one_character_only)
{
	wchar_t wc = 0;
	/* "中文": the first call reads the 3 bytes of 中 and stops */
	cr_assert_eq(utf8_decode("中文", 6, &wc), 3);
	cr_assert_eq(wc, 0x4E2D);
}

Test(text, decode_refuses_overlong)
{
	refused("\xC0\xAF", 2);             /* '/' in two bytes */
	refused("\xC1\xBF", 2);             /* 0x7F in two bytes */
	refused("\xE0\x80\xAF", 3);         /* '/' in three bytes */
	refused("\xE0\x9F\xBF", 3);         /* 0x7FF in three bytes */
	refused("\xF0\x80\x80\xAF", 4);     /* '/' in four bytes */
	refused("\xF0\x8F\xBF\xBF", 4);     /* 0xFFFF in four bytes */
}

Test(text, decode_refuses_surrogates_and_beyond_unicode)
{
	refused("\xED\xA0\x80", 3);         /* U+D800 */
	refused("\xED\xBF\xBF", 3);         /* U+DFFF */
	refused("\xF4\x90\x80\x80", 4);     /* 0x110000 */
	refused("\xF5\x80\x80\x80", 4);     /* lead F5 starts 0x140000 */
	refused("\xF8\x88\x80\x80\x80", 5); /* five-byte form */
	refused("\xFF", 1);
	refused("\xFE", 1);
}

Test(text, decode_refuses_cut_and_broken_sequences)
{
	refused("\xE4\xB8\xAD", 2);         /* 中 with its last byte missing */
	refused("\xE4\xB8\xAD", 1);
	refused("\xF0\x9F\x98\x80", 3);
	refused("\xC3", 1);
	refused("\x80", 1);                 /* a continuation byte alone */
	refused("\xBF", 1);
	refused("\xE4\x41\xAD", 3);         /* 'A' where a continuation belongs */
	refused("\xC3\xC3", 2);
	refused("", 0);                     /* nothing to read */
}

Test(text, valid_strings)
{
	cr_assert(utf8_valid(""));
	cr_assert(utf8_valid("abc"));
	cr_assert(utf8_valid("产品销售记录 2025"));
	cr_assert(utf8_valid("\xF4\x8F\xBF\xBF"));
	cr_assert_not(utf8_valid("ab\xC3"));              /* cut at the end */
	cr_assert_not(utf8_valid("\xE4\xB8"));
	cr_assert_not(utf8_valid("a\x80z"));
	cr_assert_not(utf8_valid("\xC0\xAF"));
	cr_assert_not(utf8_valid("ok\xED\xA0\x80ok"));   /* a surrogate inside */
	cr_assert_not(utf8_valid("\xC3\xA9\xFF"));
}

Test(text, chars_counts_characters_not_bytes)
{
	cr_assert_eq(utf8_chars(""), 0);
	cr_assert_eq(utf8_chars("abc"), 3);
	cr_assert_eq(utf8_chars("中文"), 2);        /* 6 bytes */
	cr_assert_eq(utf8_chars("a中b文c"), 5);     /* 9 bytes */
	cr_assert_eq(utf8_chars("é"), 1);
	cr_assert_eq(utf8_chars("\xF0\x9F\x98\x80"), 1);
	cr_assert_eq(utf8_chars("规格型号/批号"), 7);
}

Test(text, cells_of_single_characters)
{
	cr_assert_eq(wc_cells(L'a'), 1);
	cr_assert_eq(wc_cells(0x4E2D), 2);   /* 中 */
	cr_assert_eq(wc_cells(0x3000), 2);   /* ideographic space */
	cr_assert_eq(wc_cells(0xFF21), 2);   /* fullwidth Ａ */
	cr_assert_eq(wc_cells(0xFF0C), 2);   /* fullwidth comma ， */
	cr_assert_eq(wc_cells(0x0301), 0);   /* combining acute */
	cr_assert_eq(wc_cells(L'\t'), 1);    /* controls count 1 */
	cr_assert_eq(wc_cells(0x1B), 1);
}

Test(text, width_ascii_chinese_mixed)
{
	cr_assert_eq(text_width(""), 0);
	cr_assert_eq(text_width("hello"), 5);
	cr_assert_eq(text_width("中文"), 4);              /* 2 × 2 */
	cr_assert_eq(text_width("产品销售记录"), 12);      /* 6 × 2 */
	cr_assert_eq(text_width("a中b"), 4);              /* 1 + 2 + 1 */
	cr_assert_eq(text_width("5ml 注射器"), 10);       /* 4 + 3 × 2 */
	cr_assert_eq(text_width("\xE3\x80\x80x"), 3);     /* U+3000 + x */
	cr_assert_eq(text_width("e\xCC\x81"), 1);         /* e + combining acute */
}

/* text_fit into a fresh buffer, copied to out (freed before any check). */
static void fit(char *out, size_t n, const char *s, int cells, bool pad)
{
	struct strbuf b = STRBUF_INIT;
	text_fit(&b, s, cells, pad);
	snprintf(out, n, "%s", sb_str(&b));
	sb_free(&b);
}

static void fits_to(const char *s, int cells, bool pad, const char *expect)
{
	char got[256];
	fit(got, sizeof got, s, cells, pad);
	cr_assert_str_eq(got, expect, "text_fit(\"%s\", %d, %d) gave \"%s\", expected \"%s\"", s,
	                 cells, pad, got, expect);
	cr_assert(utf8_valid(got), "text_fit(\"%s\", %d) split a character", s, cells);
}

Test(text, fit_short_text_is_unchanged)
{
	fits_to("hello", 10, false, "hello");
	fits_to("hello", 5, false, "hello");      /* exactly 5 cells: no ellipsis */
	fits_to("中文字符", 8, false, "中文字符");   /* exactly 8 cells */
	fits_to("", 3, false, "");
}

Test(text, fit_pads_to_the_width)
{
	fits_to("hello", 8, true, "hello   ");     /* 5 + 3 spaces */
	fits_to("中文", 7, true, "中文   ");        /* 4 + 3 spaces */
	fits_to("", 3, true, "   ");
	fits_to("中文字符", 8, true, "中文字符");
}

Test(text, fit_cuts_ascii_with_ellipsis)
{
	/* 11 cells into 8: 7 cells of text and the 1-cell "…" */
	fits_to("hello world", 8, false, "hello w…");
	fits_to("hello world", 8, true, "hello w…");
	fits_to("abc", 2, false, "a…");
}

Test(text, fit_never_splits_a_wide_character)
{
	/* 8 cells into 5: 4 left for text = 中文, then "…" = 5 cells */
	fits_to("中文字符", 5, false, "中文…");
	/* into 6: 5 left, 字 would need 6, so 中文… (5 cells), padded to 6 */
	fits_to("中文字符", 6, false, "中文…");
	fits_to("中文字符", 6, true, "中文… ");
	/* 5 cells into 2: 1 left, a fits, 中 does not */
	fits_to("a中文", 2, false, "a…");
	/* into 1: no room for any text, only the ellipsis */
	fits_to("中文", 1, false, "…");
	fits_to("中文", 3, true, "中…");             /* 2 + 1 */
	/* 5 cells into 4: 3 left, a (1) + 中 (2) = 3 fit, 文 does not */
	fits_to("a中文", 4, true, "a中…");
}

Test(text, fit_width_of_result_equals_cells_when_padded)
{
	static const char *samples[] = { "北京市第一人民医院", "x中y文z字", "一次性使用无菌注射器 5ml",
	                                  "abc", "" };
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		for (int cells = 1; cells <= 24; cells++) {
			char got[256];
			fit(got, sizeof got, samples[i], cells, true);
			cr_assert(utf8_valid(got));
			cr_assert_eq(text_width(got), cells, "\"%s\" fit to %d gave \"%s\" (%d cells)",
			             samples[i], cells, got, text_width(got));
		}
	}
}

Test(text, fit_zero_cells_gives_nothing)
{
	fits_to("中文", 0, false, "");
	fits_to("中文", 0, true, "");
}

Test(text, fit_appends_to_the_buffer)
{
	struct strbuf b = STRBUF_INIT;
	sb_add(&b, "产品:");
	/* 6 cells into 5: 4 left = 注射, then "…": 5 cells, nothing to pad */
	text_fit(&b, "注射器", 5, true);
	char first[64];
	snprintf(first, sizeof first, "%s", sb_str(&b));
	/* 6 cells into 4: 3 left = 注 only, "…" makes 3, one space pads to 4 */
	text_fit(&b, "注射器", 4, true);
	char both[64];
	snprintf(both, sizeof both, "%s", sb_str(&b));
	sb_free(&b);
	cr_assert_str_eq(first, "产品:注射…");
	cr_assert_str_eq(both, "产品:注射…注… ");
}

/* Batch and serial keys, worked by hand: Ｂ is U+FF22, ２ U+FF12, ０ U+FF10,
 * ４ U+FF14, the ideographic space U+3000. */
static void key_is(const char *typed, const char *key)
{
	char *got = text_key(typed);
	cr_assert_str_eq(got, key, "text_key(\"%s\")", typed);
	free(got);
}

Test(text, key_ignores_case_spaces_around_and_width)
{
	key_is("B2024", "B2024");
	key_is("b2024", "B2024");
	key_is(" B2024 ", "B2024");
	key_is("\tb2024\n", "B2024");
	key_is("Ｂ２０２４", "B2024");
	key_is("\xe3\x80\x80ｂ２０２４\xe3\x80\x80", "B2024");
	key_is("jk600-2612-0457", "JK600-2612-0457");
	key_is("ＪＫ６００－２６１２", "JK600-2612"); /* full-width hyphen U+FF0D */
}

Test(text, key_keeps_what_tells_numbers_apart)
{
	key_is("B 2024", "B 2024");      /* a space inside stays one space */
	key_is("B  2024", "B 2024");
	key_is("批号B2024", "批号B2024"); /* other characters as typed */
	key_is("B2024-1", "B2024-1");
	key_is("", "");
	key_is("   ", "");
	cr_assert_null(text_key(NULL));
}

/* text_printable (issue 16): each control character written out, worked
 * by hand from the code points; ordinary text, Chinese included, as it is. */
Test(text, printable_writes_controls_out)
{
	static const struct {
		const char *in;
		bool multiline;
		const char *out;
	} cases[] = {
		{ "康宁 Kangning", false, "康宁 Kangning" },
		{ "r\x1b]0;PWNED\a\x1b[2J", false, "r\\x1B]0;PWNED\\x07\\x1B[2J" },
		{ "a\nb\rc\td", false, "a\\nb\\rc\\td" },
		{ "a\nb", true, "a\nb" },
		{ "\x7f", false, "\\x7F" },
		{ "\xc2\x9b" "2J", false, "\\u009B2J" },          /* C1 CSI */
		{ "abc\xe2\x80\xae" "fed", false, "abc\\u202Efed" }, /* RLO */
		{ "\xe2\x81\xa6x\xe2\x81\xa9", false, "\\u2066x\\u2069" }, /* isolates */
		{ "P\xe2\x80\x8b" "1", false, "P\\u200B1" },      /* zero-width space */
		{ "\xef\xbb\xbfx", false, "\\uFEFFx" },
		{ "a\xff" "b", false, "a\\xFFb" },               /* broken UTF-8 */
		{ "", false, "" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = text_printable(cases[i].in, cases[i].multiline);
		cr_assert_str_eq(got, cases[i].out, "case %zu", i);
		free(got);
	}
}

/* ---- text_wrap: widths by hand, ASCII 1 cell, 汉字 2 ---- */

/* Wraps s at cells and checks the lines, given as NULL-ended arguments. */
static void wraps_to(const char *s, int cells, ...)
{
	char **lines = NULL;
	int n = text_wrap(s, cells, &lines), i = 0;
	va_list ap;
	va_start(ap, cells);
	for (const char *want; (want = va_arg(ap, const char *)) != NULL; i++) {
		cr_assert_lt(i, n, "\"%s\" at %d: %d lines, expected more (\"%s\" next)", s, cells, n, want);
		cr_expect_str_eq(lines[i], want, "\"%s\" at %d, line %d", s, cells, i + 1);
	}
	va_end(ap);
	cr_expect_eq(n, i, "\"%s\" at %d: %d lines, expected %d", s, cells, n, i);
	text_lines_free(lines, n);
}

Test(text, wrap_ascii_at_spaces)
{
	/* "the quick" is 9 cells; " brown" would make 15 */
	wraps_to("the quick brown fox", 10, "the quick", "brown fox", NULL);
	/* exactly 10 cells fit in 10 */
	wraps_to("abcde fghi jk", 10, "abcde fghi", "jk", NULL);
	wraps_to("short", 80, "short", NULL);
}

Test(text, wrap_chinese_between_characters)
{
	/* 7 characters of 2 cells: 3 to a 6-cell line */
	wraps_to("一二三四五六七", 6, "一二三", "四五六", "七", NULL);
	/* 5 cells hold two (4), never half a third */
	wraps_to("一二三", 5, "一二", "三", NULL);
}

Test(text, wrap_mixed_chinese_and_ascii)
{
	/* 批号 4 + space 1 + B231128-01 10 = 15 > 12: the number goes down
	 * whole; then 10 + space 1 + 已 2 = 13 > 12: 已召回 goes down */
	wraps_to("批号 B231128-01 已召回", 12, "批号", "B231128-01", "已召回", NULL);
	/* ASCII next to 汉字 breaks beside the wide one: 共 2 + 3 cells of
	 * 120 = 5, then 条 at 5 + 2 = 7 > 6 */
	wraps_to("共120条", 6, "共120", "条", NULL);
}

Test(text, wrap_splits_a_word_longer_than_the_line)
{
	wraps_to("abcdefghij", 4, "abcd", "efgh", "ij", NULL);
	/* after a short word: the long one starts its own line, then splits */
	wraps_to("ab abcdefgh", 4, "ab", "abcd", "efgh", NULL);
}

Test(text, wrap_keeps_punctuation_with_its_text)
{
	/* 中 2 + 文 2 = 4; "，" may not start a line, so 文 goes down with it */
	wraps_to("中文，好", 4, "中", "文，", "好", NULL);
	/* 甲 2 + （ 2 + 乙 2 = 6, ） would make 8; "）" may not start a line
	 * nor "（" end one: all three go down */
	wraps_to("甲（乙）", 6, "甲", "（乙）", NULL);
}

Test(text, wrap_newlines_end_lines)
{
	wraps_to("ab\ncd", 10, "ab", "cd", NULL);
	wraps_to("a\n\nb", 10, "a", "", "b", NULL);
	wraps_to("a\n", 10, "a", NULL);
	wraps_to("", 10, NULL);
}
