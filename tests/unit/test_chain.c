/* The audit chain's hash (base/chain.c). Expected digests were computed
 * outside the program, from the documented layout, with:
 *   printf '%s' '15:gspdesk-audit-11:120:2026-01-01T00:00:00Z5:admin5:sales1:73:add2:{}N0:' | sha256sum
 * (each part "<length>:<bytes>", "N" for NULL, the previous hash last). */
#include "config.h"
#include "base/chain.h"

#include <criterion/criterion.h>

#define H1 "662abf7dc88086846f6ecc5546cbcede46355cf728f285631fa3c95c5b3f0ad5"

Test(chain, first_row_hashes_its_parts_and_an_empty_previous)
{
	struct chain_row r = { 1, "2026-01-01T00:00:00Z", "admin", "sales", 7, "add", "{}", NULL, NULL };
	char h[CHAIN_HEX];
	chain_hash(&r, "", h);
	cr_expect_str_eq(h, H1);
}

/* printf '%s' "15:gspdesk-audit-11:220:2026-01-01T00:00:00Z4:li.w5:usersN6:passwd2:{}9:forgot it64:$H1" | sha256sum */
Test(chain, second_row_chains_on_the_first)
{
	struct chain_row r = { 2, "2026-01-01T00:00:00Z", "li.w", "users", 0, "passwd", "{}", "forgot it",
	                       NULL };
	char h[CHAIN_HEX];
	chain_hash(&r, H1, h);
	cr_expect_str_eq(h, "8f2b700db0735dea60c8fecb614b9c8e67a6e5f3e1f58bf12c7526c83e0120ab");
}

Test(chain, one_changed_byte_changes_the_hash)
{
	struct chain_row r = { 1, "2026-01-01T00:00:00Z", "admin", "sales", 7, "add", "{ }", NULL, NULL };
	char h[CHAIN_HEX];
	chain_hash(&r, "", h);
	cr_expect_str_neq(h, H1);
}

Test(chain, a_head_is_written_as_id_space_hash_and_read_back)
{
	struct chain_head h = { 42, H1 }, back;
	char text[CHAIN_HEAD_TEXT];
	chain_head_format(&h, text);
	cr_expect_str_eq(text, "42 " H1);
	cr_expect(chain_head_parse(" 42 " H1 "\n", &back));
	cr_expect_eq(back.id, 42);
	cr_expect_str_eq(back.hash, H1);
}

Test(chain, an_empty_chain_has_head_zero)
{
	struct chain_head h = { 0, "" }, back;
	char text[CHAIN_HEAD_TEXT];
	chain_head_format(&h, text);
	cr_expect_str_eq(text, "0 -");
	cr_expect(chain_head_parse("0 -", &back));
	cr_expect_eq(back.id, 0);
}

Test(chain, anything_else_is_not_a_head)
{
	struct chain_head h;
	cr_expect_not(chain_head_parse("nonsense", &h));
	cr_expect_not(chain_head_parse("42", &h));
	cr_expect_not(chain_head_parse("42 " H1 " more", &h));
	cr_expect_not(chain_head_parse("-1 " H1, &h));
	/* 63 hex digits, and one upper-case digit */
	cr_expect_not(chain_head_parse("42 62abf7dc88086846f6ecc5546cbcede46355cf728f285631fa3c95c5b3f0ad5", &h));
	cr_expect_not(chain_head_parse("42 662ABf7dc88086846f6ecc5546cbcede46355cf728f285631fa3c95c5b3f0ad5", &h));
	cr_expect_not(chain_head_parse("0 " H1, &h));
}
