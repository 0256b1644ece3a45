#!/bin/sh
# Writes the form registry (model/form.h's forms_registry) to standard
# output from the form files named after SRCDIR, in their order: each
# file's `const struct form form_NAME = {` lines. Run by make from
# Makefile.am's FORMS list, so that list is the only one to keep.
# Usage: forms_registry.sh SRCDIR FILE...
set -e
srcdir=$1
shift
names=
for f in "$@"; do
	found=$(sed -n 's/^const struct form \(form_[a-z0-9_]*\) = {$/\1/p' "$srcdir/$f")
	if [ -z "$found" ]; then
		echo "forms_registry.sh: $f defines no const struct form form_NAME" >&2
		exit 1
	fi
	names="$names $found"
done
echo "/* Written by tools/forms_registry.sh from Makefile.am's FORMS: do not edit. */"
echo '#include "config.h"'
echo '#include "model/form.h"'
echo
for n in $names; do
	echo "extern const struct form $n;"
done
echo
echo "const struct form *const forms_registry[] = {"
for n in $names; do
	echo "	&$n,"
done
echo "};"
echo
echo "const int forms_registry_count = FORM_COUNT(forms_registry);"
