#include "config.h"
#include "base/chain.h"

#include <inttypes.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

/* "N" for NULL, else "<length>:<bytes>". */
static void part(crypto_hash_sha256_state *st, const char *s)
{
	if (!s) {
		crypto_hash_sha256_update(st, (const unsigned char *)"N", 1);
		return;
	}
	/* the length in decimal, written backwards: snprintf here was a tenth
	 * of a bulk import's time */
	char len[24];
	char *p = len + sizeof len;
	*--p = ':';
	size_t n = strlen(s);
	do
		*--p = (char)('0' + n % 10);
	while (n /= 10);
	crypto_hash_sha256_update(st, (const unsigned char *)p,
	                          (unsigned long long)(len + sizeof len - p));
	crypto_hash_sha256_update(st, (const unsigned char *)s, strlen(s));
}

void chain_hash(const struct chain_row *row, const char *prev, char out[CHAIN_HEX])
{
	char id[24], record[24];
	snprintf(id, sizeof id, "%" PRId64, row->id);
	snprintf(record, sizeof record, "%" PRId64, row->record_id);
	crypto_hash_sha256_state st;
	crypto_hash_sha256_init(&st);
	part(&st, "gspdesk-audit-1");
	part(&st, id);
	part(&st, row->at);
	part(&st, row->user);
	part(&st, row->form);
	part(&st, row->record_id ? record : NULL);
	part(&st, row->action);
	part(&st, row->changes);
	part(&st, row->reason);
	part(&st, prev);
	unsigned char digest[crypto_hash_sha256_BYTES];
	crypto_hash_sha256_final(&st, digest);
	sodium_bin2hex(out, CHAIN_HEX, digest, sizeof digest);
}

void chain_head_format(const struct chain_head *h, char out[CHAIN_HEAD_TEXT])
{
	snprintf(out, CHAIN_HEAD_TEXT, "%" PRId64 " %s", h->id, h->id ? h->hash : "-");
}

bool chain_head_parse(const char *text, struct chain_head *h)
{
	char hash[CHAIN_HEX + 1];
	long long id;
	char end;
	memset(h, 0, sizeof *h);
	if (sscanf(text, " %lld %65s %c", &id, hash, &end) != 2 || id < 0)
		return false;
	if (id == 0)
		return strcmp(hash, "-") == 0;
	if (strlen(hash) != CHAIN_HEX - 1 || strspn(hash, "0123456789abcdef") != CHAIN_HEX - 1)
		return false;
	h->id = id;
	memcpy(h->hash, hash, CHAIN_HEX);
	return true;
}
