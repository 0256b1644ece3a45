/* libFuzzer target: the field parsers. The first byte picks a field of any
 * form, the rest is typed into it; a value taken must format and convert
 * to storage text without crashing, and parse again to an equal value
 * from its machine form. Built by `make fuzz` (clang). */
#include "config.h"
#include "model/form.h"
#include "model/record.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int nforms, total = 0;
	const struct form *const *forms = forms_all(&nforms);
	for (int i = 0; i < nforms; i++)
		total += forms[i]->nfields;
	int pick = data[0] % total;
	const struct field *f = NULL;
	for (int i = 0; i < nforms && !f; i++) {
		if (pick < forms[i]->nfields)
			f = &forms[i]->fields[pick];
		else
			pick -= forms[i]->nfields;
	}
	char *text = malloc(size);
	memcpy(text, data + 1, size - 1);
	text[size - 1] = '\0';
	struct value v = { .null = true }, again = { .null = true };
	struct gerr err = { 0 };
	if (field_parse(f, text, &v, &err) == GERR_OK) {
		char *human = field_format(f, &v, FMT_HUMAN);
		char *machine = field_format(f, &v, FMT_MACHINE);
		free(field_storage_text(f, &v));
		if (f->type != FT_REF && field_parse(f, machine, &again, &err) != GERR_OK)
			abort();
		if (f->type != FT_REF && !value_equal(f, &v, &again))
			abort();
		free(human);
		free(machine);
	} else if (err.code != GERR_INPUT || !err.msg[0]) {
		abort();
	}
	value_clear(&v);
	value_clear(&again);
	free(text);
	return 0;
}
