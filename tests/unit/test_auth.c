/* Password hashes (core/auth.h). The cost is OWASP's Argon2id setting,
 * 19 MiB = 19 * 1024 = 19456 KiB of memory and two passes, written into
 * the hash as "m=19456,t=2,p=1"; hashes made earlier with libsodium's
 * interactive setting (64 MiB = 65536 KiB, two passes) must still verify. */
#include "config.h"
#include "core/auth.h"

#include <criterion/criterion.h>
#include <sodium.h>
#include <string.h>

static void auth_setup(void)
{
	struct gerr err;
	cr_assert_eq(auth_init(&err), GERR_OK);
}

TestSuite(auth, .init = auth_setup);

Test(auth, new_hash_is_argon2id_19mib_two_passes)
{
	char h[AUTH_HASH_MAX];
	struct gerr err;
	cr_assert_eq(auth_hash("correct horse", h, &err), GERR_OK);
#ifdef AUTH_TEST_COST
	cr_assert(strncmp(h, "$argon2id$v=19$m=8,t=1,p=1$", 27) == 0, "hash %s", h);
#else
	cr_assert(strncmp(h, "$argon2id$v=19$m=19456,t=2,p=1$", 31) == 0, "hash %s", h);
#endif
	cr_assert(auth_verify(h, "correct horse"));
	cr_assert_not(auth_verify(h, "correct horsE"));
}

Test(auth, same_password_hashes_differently)
{
	char a[AUTH_HASH_MAX], b[AUTH_HASH_MAX];
	struct gerr err;
	cr_assert_eq(auth_hash("same password", a, &err), GERR_OK);
	cr_assert_eq(auth_hash("same password", b, &err), GERR_OK);
	cr_assert_str_neq(a, b, "the salt is random");
}

Test(auth, hash_of_the_older_setting_still_verifies)
{
	char old[crypto_pwhash_STRBYTES];
	const char *pw = "an older password";
	cr_assert_eq(crypto_pwhash_str_alg(old, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	                                   crypto_pwhash_MEMLIMIT_INTERACTIVE,
	                                   crypto_pwhash_ALG_ARGON2ID13), 0);
	cr_assert(strstr(old, "m=65536,t=2,p=1") != NULL, "hash %s", old);
	cr_assert(auth_verify(old, pw));
	cr_assert_not(auth_verify(old, "An older password"));
}

Test(auth, short_password_refused_naming_the_rule)
{
	struct gerr err;
	/* seven characters, three of them Chinese: one short of eight */
	cr_assert_eq(auth_check_new("密码ab12中", &err), GERR_INPUT);
	cr_assert_str_eq(err.field, "password");
	cr_assert_eq(auth_check_new("密码ab12中文", &err), GERR_OK);
}
