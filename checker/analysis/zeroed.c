/*
 * zeroed.c - the values-list entries of a call given fresh zeroed memory
 * (see zeroed.h): what kzalloc() and its kind return holds 0 in every
 * member until a store, so a call given it before any store sees J.*==#0;
 * a member stored since with a value the walk does not know is J.P==?,
 * which fieldints.c fi_known() lets override the 0.
 */
#include <stdio.h>
#include <string.h>

#include "ir_limits.h"
#include "zeroed.h"

int vals_has_entry(const char *list, const char *prefix)
{
	size_t n = strlen(prefix);
	const char *p = list;

	while (*p) {
		if (!strncmp(p, prefix, n))
			return 1;
		p = strchr(p, ',');
		if (!p)
			break;
		p++;
	}
	return 0;
}

int vals_zeroed_entries(int j, char unk[][ATOM_FIELD_MAX + 2], int nunk, char *list,
			size_t size)
{
	char add[LIM_FIELD_VALS], entry[ATOM_FIELD_MAX + 40];
	size_t n;
	int i;

	snprintf(add, sizeof(add), "%d.*==#0", j);
	for (i = 0; i < nunk; i++) {
		n = (size_t)snprintf(entry, sizeof(entry), "%d.%s==", j, unk[i]);
		if (vals_has_entry(list, entry) || vals_has_entry(add, entry))
			continue;
		if (strlen(add) + n + 3 >= sizeof(add))
			return 0;
		strcat(add, ",");
		strcat(add, entry);
		strcat(add, "?");
	}
	if (strlen(list) + strlen(add) + 2 >= size)
		return 0;
	if (list[0])
		strcat(list, ",");
	strcat(list, add);
	return 1;
}
