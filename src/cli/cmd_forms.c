/* forms [FORM]: every form and its fields, read from the forms tables. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "base/i18n.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <string.h>

static const char *type_name(enum ftype t)
{
	static const char *names[] = {
		[FT_TEXT] = N_("text"), [FT_INT] = N_("whole number"), [FT_DECIMAL] = N_("number"),
		[FT_DATE] = N_("date"), [FT_DATETIME] = N_("date and time"), [FT_ENUM] = N_("choice"),
		[FT_BOOL] = N_("yes/no"), [FT_REF] = N_("reference"),
	};
	return _(names[t]);
}

static void describe(const struct form *form)
{
	printf("%s — %s\n", form->name, _(form->title));
	const char *headers[] = { _("Field"), _("Label"), _("Type"), _("Required"), _("Notes") };
	struct table *t = table_new(5, headers);
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		struct strbuf notes = STRBUF_INIT;
		if (f->type == FT_ENUM)
			for (const struct choice *ch = f->choices; ch->code; ch++)
				sb_addf(&notes, "%s%s=%s", ch != f->choices ? ", " : "", ch->code, _(ch->label));
		else if (f->type == FT_REF)
			sb_addf(&notes, "→ %s", f->ref);
		sb_addf(&notes, "%s%s", notes.len ? ". " : "", _(f->help));
		char **cells = xcalloc(5, sizeof *cells);
		cells[0] = xstrdup(f->name);
		cells[1] = xstrdup(_(f->label));
		cells[2] = xstrdup(type_name(f->type));
		cells[3] = xstrdup((f->flags & F_REQUIRED) ? _("required") : (f->flags & F_COMPUTED) ? _("computed") : "");
		cells[4] = sb_steal(&notes);
		table_add(t, cells);
	}
	table_print(t, stdout);
	table_free(t);
	const struct form *child = form->lines ? form_find(form->lines) : NULL;
	if (child && child->line_key) {
		const char *value = NULL; /* the first field that is neither parent nor key */
		for (int i = 0; i < child->nfields && !value; i++)
			if (strcmp(child->fields[i].name, child->parent_field) != 0 &&
			    strcmp(child->fields[i].name, child->line_key) != 0)
				value = child->fields[i].name;
		printf(_("Lines: %s (%s). On the command line %s.CODE=VALUE sets the %s of the line whose %s has that code.\n"),
		       child->name, _(child->title), value, value, child->line_key);
	} else if (child) {
		printf(_("Lines: %s (%s), each added with: gspdesk add %s %s=ID ...\n"), child->name,
		       _(child->title), child->name, child->parent_field);
	}
}

static int forms_exec(struct cli *c, const struct cmd_args *a)
{
	if (a->argc > 1)
		return cli_usage("forms", NULL);
	struct gerr err = { 0 };
	if (cli_login(c, &err))
		return cli_fail(&err);
	if (a->argc == 1) {
		int rc;
		const struct form *form = cli_form("forms", a->argv[0], &rc);
		if (!form)
			return rc;
		describe(form);
		return 0;
	}
	int n;
	const struct form *const *all = forms_all(&n);
	for (int i = 0; i < n; i++) {
		if (i)
			putchar('\n');
		describe(all[i]);
	}
	return 0;
}

const struct cmd_entry cmd_forms_entry = {
	.name = "forms",
	.summary = N_("list the forms and their fields"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "[FORM]", NULL, forms_exec },
		{ 0 },
	},
};
