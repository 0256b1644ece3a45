/* Saving the form screen (form_screen.h): the fields typed or changed,
 * with the lines, through the core's lines_add / lines_edit; an edit is
 * checked whole before its reason is asked, and a refusal the quality
 * manager may override asks why instead of refusing. */
#include "config.h"
#include "ui/form_screen.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "core/lines.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* The assignments to save: every filled field when new, the changed ones
 * when editing. Returns how many; texts are freed by the caller. */
static int collect(struct form_screen *fs, struct assign *a, char **texts)
{
	int n = 0;
	for (int i = 0; i < fs->form->nfields; i++) {
		const struct field *f = &fs->form->fields[i];
		if (f->flags & F_COMPUTED)
			continue;
		char *text = le_text(&fs->ed[i]);
		bool same = fs->initial[i] && strcmp(text, fs->initial[i]) == 0;
		if ((!fs->orig && *text) || (fs->orig && !same)) {
			a[n].field = f->name;
			a[n].value = text;
			texts[n++] = text;
		} else {
			free(text);
		}
	}
	return n;
}

/* A refusal that gives way to a reason from this user (a batch's second
 * expiry date, for the quality manager): asks for it below the refusal;
 * true with s->override_reason set (the caller frees *why) to try again. */
static bool ask_override(struct form_screen *fs, int rc, const struct gerr *err, char **why)
{
	struct session *s = &fs->ui->s;
	*why = NULL;
	if (rc != GERR_INPUT || !s->override_offered)
		return false;
	s->override_offered = false;
	if (!ui_prompt_about(fs->ui, err->msg, _("Why? (the audit trail keeps it; Esc: no)"), &*why) ||
	    !**why)
		return false;
	s->override_reason = *why;
	return true;
}

int64_t form_save(struct form_screen *fs)
{
	if (!form_check_field(fs, fs->focus))
		return 0;
	struct assign a[MAXFIELDS];
	char *texts[MAXFIELDS];
	int n = collect(fs, a, texts);
	struct gerr err = { 0 };
	int64_t id = 0;
	int rc = GERR_OK;
	struct line_edit *lines = NULL;
	int nlines = fs->has_grid ? grid_lines(&fs->grid, &lines) : 0;
	struct session *s = &fs->ui->s;
	char *why = NULL;
	s->asks_reason = true;
	s->override_offered = false;
	if (!fs->orig) {
		rc = lines_add(s, fs->form, a, n, lines, nlines, &id, &err);
		if (ask_override(fs, rc, &err, &why))
			rc = lines_add(s, fs->form, a, n, lines, nlines, &id, &err);
	} else if (n == 0 && nlines == 0) {
		ui_message(fs->ui, R_HINT, "%s", _("Nothing changed."));
	} else {
		char *reason = NULL;
		/* refused input is refused before the reason is typed */
		rc = lines_edit_check(s, fs->form, fs->orig->id, a, n, lines, nlines,
		                      fs->orig->version, &err);
		if (ask_override(fs, rc, &err, &why)) /* its reason is the change's too */
			rc = lines_edit_check(s, fs->form, fs->orig->id, a, n, lines, nlines,
			                      fs->orig->version, &err);
		if (rc == GERR_OK &&
		    (why ? (reason = xstrdup(why)) != NULL
		         : ui_prompt_reason(fs->ui, _("Reason for the change:"), &reason))) {
			rc = lines_edit(s, fs->form, fs->orig->id, a, n, lines, nlines, reason,
			                fs->orig->version, &err);
			id = rc == GERR_OK ? fs->orig->id : 0;
		}
		free(reason);
	}
	s->asks_reason = false;
	s->override_reason = NULL;
	free(why);
	for (int i = 0; i < n; i++)
		free(texts[i]);
	if (rc) {
		form_set_error(fs, &err);
		return 0;
	}
	if (id && fs->orig)
		ui_message(fs->ui, R_HINT, _("Saved the changes to record %" PRId64 "."), id);
	else if (id)
		ui_message(fs->ui, R_HINT, _("Saved as record %" PRId64 "."), id);
	return id;
}
