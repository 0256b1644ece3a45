#include "config.h"
#include "core/auth.h"
#include "base/i18n.h"
#include "base/text.h"

#include <sodium.h>
#include <string.h>

int auth_init(struct gerr *err)
{
	if (sodium_init() < 0)
		return gerr_set(err, GERR_AUTH, NULL, "%s", _("The password library could not start."));
	return GERR_OK;
}

int auth_check_new(const char *password, struct gerr *err)
{
	if (!utf8_valid(password) || utf8_chars(password) < AUTH_MIN_PASSWORD)
		return gerr_set(err, GERR_INPUT, "password",
		                _("A password needs at least %d characters."), AUTH_MIN_PASSWORD);
	return GERR_OK;
}

int auth_hash(const char *password, char out[AUTH_HASH_MAX], struct gerr *err)
{
	_Static_assert(AUTH_HASH_MAX >= crypto_pwhash_STRBYTES, "hash buffer too small");
	/* OWASP's Argon2id setting (19 MiB, two passes) rather than libsodium's
	 * interactive 64 MiB: every command checks a password first, and an
	 * annual report must run in 32 MB. Older hashes carry their own
	 * settings and still verify. */
	if (crypto_pwhash_str_alg(out, password, strlen(password), AUTH_OPSLIMIT,
	                          AUTH_MEMLIMIT, crypto_pwhash_ALG_ARGON2ID13) != 0)
		return gerr_set(err, GERR_AUTH, NULL, "%s",
		                _("Not enough memory to protect the password."));
	return GERR_OK;
}

bool auth_verify(const char *hash, const char *password)
{
	return crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
}

void auth_token_new(char out[AUTH_TOKEN_TEXT])
{
	unsigned char bytes[32];
	randombytes_buf(bytes, sizeof bytes);
	memcpy(out, AUTH_TOKEN_PREFIX, sizeof AUTH_TOKEN_PREFIX - 1);
	sodium_bin2hex(out + sizeof AUTH_TOKEN_PREFIX - 1, 65, bytes, sizeof bytes);
	sodium_memzero(bytes, sizeof bytes);
}

void auth_token_hash(const char *token, char out[AUTH_TOKEN_HASH])
{
	unsigned char digest[32];
	crypto_generichash(digest, sizeof digest, (const unsigned char *)token, strlen(token), NULL, 0);
	sodium_bin2hex(out, AUTH_TOKEN_HASH, digest, sizeof digest);
}
