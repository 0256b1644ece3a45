/* Pinyin initials (base/pinyin.h). Readings worked by hand from the
 * Xinhua dictionary: 杭 háng 州 zhōu 市 shì 第 dì 一 yī 人 rén 民 mín
 * 医 yī 院 yuàn; 一 yī 次 cì 性 xìng 使 shǐ 用 yòng 注 zhù 射 shè 器 qì;
 * 重 zhòng or chóng 庆 qìng; 𠮷 (U+20BB7, Ext-B) is a form of 吉 jí,
 * 野 yě 家 jiā; 超 chāo 机 jī 号 hào. */
#include "config.h"
#include "base/pinyin.h"

#include <criterion/criterion.h>
#include <string.h>
#include <time.h>

TestSuite(pinyin);

static void initials_are(const char *name, const char *expect)
{
	char out[64];
	pinyin_initials(name, out, sizeof out);
	cr_assert_str_eq(out, expect, "initials of %s", name);
}

#define BIT(c) (1u << ((c) - 'a'))

Test(pinyin, initials_of_names)
{
	initials_are("杭州市第一人民医院", "hzsdyrmyy");
	initials_are("一次性使用注射器", "ycxsyzsq");
	initials_are("𠮷野家", "jyj");
	/* Latin letters and digits as themselves, lower case; the rest left out */
	initials_are("B超机(3号)", "bcj3h");
	initials_are("ＣＴ室", "cts");
	initials_are("", "");
}

Test(pinyin, initials_cut_to_fit)
{
	char out[4];
	pinyin_initials("杭州市第一人民医院", out, sizeof out);
	cr_assert_str_eq(out, "hzs");
}

Test(pinyin, prefix_and_substring)
{
	const char *h = "杭州市第一人民医院";
	cr_assert(pinyin_match(h, "hzsd"));
	cr_assert(pinyin_match(h, "dyrm"));
	cr_assert(pinyin_match(h, "HZSDYRMYY"));
	cr_assert(!pinyin_match(h, "hzsdx"));
	cr_assert(!pinyin_match(h, "hzsdyrmyyy"));
	cr_assert(pinyin_match("一次性使用注射器", "ycxsyzsq"));
	cr_assert(pinyin_match("一次性使用注射器", "zsq"));
}

Test(pinyin, every_reading_of_a_polyphonic_character)
{
	cr_assert(pinyin_match("重庆", "cq"));
	cr_assert(pinyin_match("重庆", "zq"));
	cr_assert(pinyin_match("重庆市第三人民医院", "cqs"));
	cr_assert(!pinyin_match("重庆", "xq"));
	cr_assert(pinyin_letters(0x91CD) & BIT('z'));
	cr_assert(pinyin_letters(0x91CD) & BIT('c'));
}

Test(pinyin, ext_b)
{
	cr_assert(pinyin_match("𠮷野家", "jyj"));
	cr_assert(pinyin_match("𠮷野家", "yj"));
	/* U+20000 has its own reading, hē */
	cr_assert(pinyin_letters(0x20000) & BIT('h'));
}

Test(pinyin, latin_digits_and_refusals)
{
	cr_assert(pinyin_match("B超机3号", "cj3"));
	cr_assert(pinyin_match("B超机3号", "b"));
	cr_assert(!pinyin_match("B超机3号", ""));
	cr_assert(!pinyin_match("B超机3号", "c-j"));
	cr_assert(!pinyin_match("B超机3号", "超"));
}

Test(pinyin, no_blowup_with_many_polyphonic_characters)
{
	/* 200 × 重 (two readings each) against a query of 100 that fails at
	 * its last key: 2^200 reading choices, but 200 × 100 set tests. */
	char name[200 * 3 + 1] = "", query[102];
	for (int i = 0; i < 200; i++)
		strcat(name, "重");
	memset(query, 'c', 100);
	query[100] = 'x';
	query[101] = '\0';
	clock_t t0 = clock();
	for (int i = 0; i < 100; i++)
		cr_assert(!pinyin_match(name, query));
	double ms = (double)(clock() - t0) * 1000.0 / CLOCKS_PER_SEC;
	cr_assert(ms < 500, "100 matches took %.1f ms", ms);
}

Test(pinyin, table_covers_the_cjk_blocks)
{
	/* Unihan 15 reads all but about 100 of the 20,992 URO characters */
	unsigned uro = 0, prev = 0;
	for (unsigned i = 0; i < pinyin_table_len; i++) {
		cr_assert(i == 0 || pinyin_table[i].cp > prev, "table not sorted at %u", i);
		prev = pinyin_table[i].cp;
		uro += prev >= 0x4E00 && prev <= 0x9FFF;
	}
	cr_assert(uro > 20800, "only %u URO characters read", uro);
}

/* A name named by its initials (import, trace --product): the whole name,
 * any reading of each character, case ignored. */
Test(pinyin, whole_initials_name_a_record)
{
	cr_assert(pinyin_is_initials("一次性使用注射器", "ycxsyzsq"));
	cr_assert(pinyin_is_initials("一次性使用注射器", "YCXSYZSQ"));
	cr_assert(!pinyin_is_initials("一次性使用注射器", "ycx"), "a prefix is not the name");
	cr_assert(!pinyin_is_initials("一次性使用注射器", "syzsq"), "nor a tail");
	cr_assert(pinyin_is_initials("重庆", "cq"));
	cr_assert(pinyin_is_initials("重庆", "zq"));
	cr_assert(pinyin_is_initials("B超机(3号)", "bcj3h"));
	cr_assert(!pinyin_is_initials("杭州市第一人民医院", ""));
	cr_assert(!pinyin_is_initials("杭州市第一人民医院", "hzs-dyrmyy"));
}
