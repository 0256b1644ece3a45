/* A record's history as lines for people (history.h). */
#include "config.h"
#include "core/history.h"

#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "core/records.h"
#include "db/db_audit.h"

struct ctx {
	struct session *s;
	const struct form *form;
	void (*line)(void *ud, const char *text);
	void *ud;
};

static const char *action_label(const char *action)
{
	if (strcmp(action, "add") == 0)
		return _("added");
	if (strcmp(action, "edit") == 0)
		return _("changed");
	if (strcmp(action, "void") == 0)
		return _("voided");
	return action;
}

static void change_line(struct ctx *h, const char *label, const char *old, const char *new)
{
	struct strbuf b = STRBUF_INIT;
	char *so = text_printable(*old ? old : _("(empty)"), false);
	char *sn = text_printable(*new ? new : _("(empty)"), false);
	/* TRANSLATORS: a field's label, its old value and its new value */
	sb_addf(&b, _("    %s: %s → %s\n"), label, so, sn);
	if (b.len && b.s[b.len - 1] == '\n')
		b.s[--b.len] = '\0';
	h->line(h->ud, sb_str(&b));
	sb_free(&b);
	free(so);
	free(sn);
}

static int row(void *ud, const struct audit_row *a)
{
	struct ctx *h = ud;
	char when[20];
	clock_local_text(a->at, when);
	struct strbuf b = STRBUF_INIT;
	char *user = text_printable(a->user, false);
	sb_addf(&b, "%s  %s  %s", when, user, action_label(a->action));
	free(user);
	if (a->reason) {
		char *why = text_printable(a->reason, false);
		sb_addf(&b, "  ");
		sb_addf(&b, _("%s: %s"), _("reason"), why);
		free(why);
	}
	h->line(h->ud, sb_str(&b));
	sb_free(&b);
	for (int i = 0; i < a->nchanges; i++) {
		const struct field *f = form_field(h->form, a->changes[i].field);
		if (!f) { /* "voided", the one bookkeeping column the trail records */
			bool now_void = a->changes[i].new_value && strcmp(a->changes[i].new_value, "1") == 0;
			change_line(h, _("Status"), now_void ? _("valid") : _("void"),
			            now_void ? _("void") : _("valid"));
			continue;
		}
		char *old = records_describe(h->s, f, a->changes[i].old_value);
		char *new = records_describe(h->s, f, a->changes[i].new_value);
		change_line(h, _(f->label), old, new);
		free(old);
		free(new);
	}
	return 0;
}

int history_lines(struct session *s, const struct form *form, int64_t id,
                  void (*line)(void *ud, const char *text), void *ud, struct gerr *err)
{
	struct ctx h = { s, form, line, ud };
	return records_history(s, form, id, row, &h, err);
}
