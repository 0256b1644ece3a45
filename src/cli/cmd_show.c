/* show: one record as label: value lines, or JSON; --history adds the
 * audit trail of who changed what, when and why. */
#include "config.h"
#include "cli/cli.h"
#include "cli/output.h"
#include "core/archive.h"
#include "core/history.h"
#include "base/date.h"
#include "base/i18n.h"
#include "base/json.h"
#include "core/lines.h"
#include "core/records.h"
#include "core/retention.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* value as stored, its control characters written out (the file may have
 * been edited by hand); a newline kept only in a multi-line field */
static void print_pair(int width, const char *label, const char *value, bool multiline)
{
	struct strbuf b = STRBUF_INIT;
	text_fit(&b, label, width, *value != '\0');
	char *safe = text_printable(value, multiline);
	if (*value)
		printf("%s  %s\n", sb_str(&b), safe);
	else
		printf("%s\n", sb_str(&b)); /* no trailing blanks: scripts compare lines */
	free(safe);
	sb_free(&b);
}

static void show_table(struct session *s, const struct record *r)
{
	const struct form *form = r->form;
	int width = text_width(_("Last changed by"));
	if (text_width(_("Entered by")) > width)
		width = text_width(_("Entered by"));
	if (text_width(_("Keep until")) > width)
		width = text_width(_("Keep until"));
	for (int i = 0; i < form->nfields; i++) {
		int w = text_width(_(form->fields[i].label));
		if (w > width)
			width = w;
	}
	printf("%s #%" PRId64 "  (%s %" PRId64 ")\n", _(form->title), r->id, _("version"), r->version);
	if (r->voided) {
		char *why = text_printable(r->void_reason ? r->void_reason : "", false);
		printf(_("%s: %s"), _("VOID"), why);
		free(why);
		putchar('\n');
	}
	for (int i = 0; i < form->nfields; i++) {
		const struct field *f = &form->fields[i];
		char *text = field_format(f, &r->v[i], FMT_HUMAN);
		/* a ref shown by name gets its code too; one named by id is its id */
		if (f->type == FT_REF && !r->v[i].null && strcmp(text, r->v[i].text) != 0) {
			char *both = xmalloc(strlen(text) + strlen(r->v[i].text) + 4);
			sprintf(both, "%s (%s)", text, r->v[i].text);
			free(text);
			text = both;
		}
		print_pair(width, _(f->label), text, f->flags & F_MULTILINE);
		free(text);
	}
	char line[160], when[20];
	clock_local_text(r->created_at, when);
	snprintf(line, sizeof line, "%s %s", r->created_by, when);
	print_pair(width, _("Entered by"), line, false);
	if (r->updated_by) {
		clock_local_text(r->updated_at, when);
		snprintf(line, sizeof line, "%s %s", r->updated_by, when);
		print_pair(width, _("Last changed by"), line, false);
	}
	struct retention keep;
	bool found = false;
	struct gerr err = { 0 };
	if (retention_of(s, form, r->id, &keep, &found, &err) == GERR_OK && found) {
		char text[160];
		retention_text(&keep, text, sizeof text);
		print_pair(width, _("Keep until"), text, false);
	}
}

static void show_json(const struct record *r)
{
	struct strbuf b = STRBUF_INIT;
	sb_addf(&b, "{\"id\":%" PRId64 ",\"version\":%" PRId64 ",\"voided\":%s", r->id, r->version,
	        r->voided ? "true" : "false");
	sb_add(&b, ",\"void_reason\":");
	json_quote(&b, r->void_reason);
	for (int i = 0; i < r->form->nfields; i++) {
		const struct field *f = &r->form->fields[i];
		sb_addc(&b, ',');
		json_quote(&b, f->name);
		sb_addc(&b, ':');
		out_json_value(&b, f, &r->v[i]);
	}
	sb_add(&b, ",\"created_by\":");
	json_quote(&b, r->created_by);
	sb_add(&b, ",\"created_at\":");
	json_quote(&b, r->created_at);
	sb_add(&b, ",\"updated_by\":");
	json_quote(&b, r->updated_by);
	sb_add(&b, ",\"updated_at\":");
	json_quote(&b, r->updated_at);
	sb_add(&b, "}\n");
	fputs(sb_str(&b), stdout);
	sb_free(&b);
}

/* One line under the header: its fields but the parent, in list widths. */
static int print_line(void *ud, const struct record *r)
{
	(void)ud;
	struct strbuf b = STRBUF_INIT;
	sb_add(&b, "   ");
	for (int i = 0; i < r->form->nfields; i++) {
		const struct field *f = &r->form->fields[i];
		if (strcmp(f->name, r->form->parent_field) == 0 || f->width == 0)
			continue;
		char *text = field_format(f, &r->v[i], FMT_HUMAN);
		char *safe = text_printable(text, false);
		sb_addc(&b, ' ');
		text_fit(&b, safe, f->width, true);
		free(safe);
		free(text);
	}
	while (b.len && b.s[b.len - 1] == ' ') /* no trailing blanks */
		b.s[--b.len] = '\0';
	printf("%s\n", sb_str(&b));
	sb_free(&b);
	return 0;
}

static void history_line(void *ud, const char *text)
{
	(void)ud;
	printf("%s\n", text);
}

struct archive_table {
	struct table *t;
	const struct archive_section *sec;
};

/* A section's columns: the listed fields, but the one naming its owner. */
static bool archive_column(const struct archive_section *sec, const struct field *f)
{
	return f->width > 0 && !archive_owner_field(sec, f);
}

static int archive_row(void *ud, const struct record *r)
{
	struct archive_table *at = ud;
	const struct form *f = r->form;
	char **cells = xcalloc((size_t)f->nfields + 1, sizeof *cells);
	char id[24];
	snprintf(id, sizeof id, "%" PRId64, r->id);
	int n = 0;
	cells[n++] = xstrdup(id);
	for (int i = 0; i < f->nfields; i++)
		if (archive_column(at->sec, &f->fields[i]))
			cells[n++] = field_format(&f->fields[i], &r->v[i], FMT_HUMAN);
	table_add(at->t, cells);
	return 0;
}

/* One section of an archive: its rows (the owner's own column left out),
 * then how many and the totals. */
static int archive_section(struct cli *c, const struct archive_section *sec, int64_t id,
                           struct gerr *err)
{
	const struct form *f = form_find(sec->form);
	const char **h = xcalloc((size_t)f->nfields + 1, sizeof *h);
	int n = 0;
	h[n++] = "ID";
	for (int i = 0; i < f->nfields; i++)
		if (archive_column(sec, &f->fields[i]))
			h[n++] = _(f->fields[i].label);
	struct archive_table at = { table_new(n, h), sec };
	struct table *t = at.t;
	free(h);
	struct archive_totals tot;
	int rc = archive_rows(&c->s, sec, id, archive_row, &at, &tot, err);
	if (rc == GERR_OK) {
		printf("\n%s\n", _(sec->title));
		if (tot.rows)
			table_print(t, stdout);
		printf(_("Records: %" PRId64), tot.rows);
		for (int i = 0; i < ARCHIVE_TOTALS && sec->totals[i]; i++) {
			const struct field *sf = form_field(f, sec->totals[i]);
			struct value v = { .null = false, .num = tot.sum[i] };
			char *text = field_format(sf, &v, FMT_HUMAN);
			fputs(_(", "), stdout);
			printf(_("%s: %s"), _(sf->label), text);
			free(text);
		}
		putchar('\n');
	}
	table_free(t);
	return rc;
}

static int show_archive(struct cli *c, const struct form *owner, int64_t id, struct gerr *err)
{
	int n;
	const struct archive_section *secs = archive_sections_of(owner->name, &n);
	for (int i = 0; i < n; i++) {
		if (!archive_visible(&c->s, &secs[i]))
			continue;
		int rc = archive_section(c, &secs[i], id, err);
		if (rc)
			return rc;
	}
	return GERR_OK;
}

static int show_exec(struct cli *c, const struct cmd_args *a)
{
	bool history = cmd_flag(a, "history"), archive = cmd_flag(a, "archive");
	enum out_format format = OUT_TABLE;
	const char *f = cmd_value(a, "format");
	if (f && (!out_format_parse(f, &format) || format == OUT_CSV))
		return cli_usage("show", _("--format takes table or json, not \"%s\""), f);
	int rc = GERR_OK;
	char **words = a->argv;
	int nwords = a->argc;
	const struct form *form = cli_form("show", nwords >= 1 ? words[0] : NULL, &rc);
	if (!form)
		return rc;
	int64_t id;
	if (nwords != 2 || !cli_parse_id(words[1], &id))
		return cli_usage("show", "%s", _("Give the form and the record's id."));
	if (archive && ((strcmp(form->name, "customers") != 0 && strcmp(form->name, "suppliers") != 0) ||
	                format == OUT_JSON))
		return cli_usage("show", "%s", _("--archive shows a customer's or a supplier's archive as a table: show customers ID --archive, show suppliers ID --archive"));
	struct gerr err = { 0 };
	struct record *r = NULL;
	if ((rc = cli_login(c, &err)) || (rc = records_get(&c->s, form, id, &r, &err)))
		return cli_fail(&err);
	if (format == OUT_JSON)
		show_json(r);
	else
		show_table(&c->s, r);
	char *licence = archive ? archive_licence(&c->s, r) : NULL;
	if (licence)
		printf("%s\n", licence);
	free(licence);
	record_free(r);
	if (form->lines && format != OUT_JSON) {
		printf("\n%s:\n", _(form_find(form->lines)->title));
		if ((rc = lines_list(&c->s, form, id, print_line, NULL, &err)) != GERR_OK)
			return cli_fail(&err);
	}
	if (archive && (rc = show_archive(c, form, id, &err)) != GERR_OK)
		return cli_fail(&err);
	if (history) {
		printf("\n%s\n", _("History:"));
		if ((rc = history_lines(&c->s, form, id, history_line, NULL, &err)) != GERR_OK)
			return cli_fail(&err);
	}
	return 0;
}

static const struct cmd_option show_options[] = {
	{ "history", 0, NULL, N_("and every change: who, when, why, each field's old and new value") },
	{ "format", 0, "table|json", N_("print label: value lines (the default) or JSON") },
	{ "archive", 0, NULL, N_("a customer's or a supplier's archive: every record of it, form by form") },
	{ NULL, 0, NULL, NULL },
};

const struct cmd_entry cmd_show_entry = {
	.name = "show",
	.summary = N_("show one record, with its history of changes"),
	.subs = (const struct cmd_sub[]){
		{ NULL, "FORM ID [--history] [--format table|json]\ncustomers ID --archive\nsuppliers ID --archive", show_options, show_exec },
		{ 0 },
	},
};
