/*
 * options.c - the option parsing every command shares (cmd.h): glibc's
 * getopt_long with the errors said once, in sleepcheck's words, and the
 * exact matching of the modes that pass other options to a compiler.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"

/* how many long options of @opts start with @name (up to '=') */
static int prefix_matches(const struct option *opts, const char *name)
{
	size_t n = strcspn(name, "=");
	int i, k = 0;

	for (i = 0; opts[i].name; i++) {
		if (!strncmp(opts[i].name, name, n) && !opts[i].name[n])
			return 1;	/* exact */
		k += !strncmp(opts[i].name, name, n);
	}
	return k;
}

int cmd_getopt(int argc, char **argv, const char *shortopts,
	       const struct option *opts, int only, const char *cmd)
{
	char sopts[64];
	const char *arg;
	int c;

	/* a leading ':' tells a missing value from an unknown option */
	snprintf(sopts, sizeof(sopts), ":%s", shortopts);
	opterr = 0;
	c = only ? getopt_long_only(argc, argv, sopts, opts, NULL) :
		getopt_long(argc, argv, sopts, opts, NULL);
	if (c != '?' && c != ':')
		return c;
	arg = argv[optind - 1];
	if (c == ':')
		fprintf(stderr, "sleepcheck: error: %s option '%s' needs a value\n",
			cmd, arg);
	else if (!optopt && arg[0] == '-' &&
		 prefix_matches(opts, arg + 1 + (arg[1] == '-')) > 1)
		fprintf(stderr, "sleepcheck: error: ambiguous %s option '%s'\n",
			cmd, arg);
	else if (!optopt)
		fprintf(stderr, "sleepcheck: error: unknown %s option '%s'\n",
			cmd, arg);
	else if (arg[0] == '-' && (arg[1] == '-' || only) && strchr(arg, '='))
		fprintf(stderr, "sleepcheck: error: %s option '%.*s' takes no "
			"value\n", cmd, (int)strcspn(arg, "="), arg);
	else
		fprintf(stderr, "sleepcheck: error: unknown %s option '-%c'\n",
			cmd, optopt);
	return '?';
}

int cmd_own_option(int argc, char **argv, int *i, const struct option *opts,
		   const char *cmd, const char **value)
{
	const char *a = argv[*i], *name;
	size_t n;
	int k;

	*value = NULL;
	if (a[0] != '-')
		return 0;
	name = a[1] == '-' ? a + 2 : a + 1;
	if (name == a + 1 && name[0] != 'W')
		return 0;
	n = strcspn(name, "=");
	for (k = 0; opts[k].name; k++) {
		if (strncmp(opts[k].name, name, n) || opts[k].name[n])
			continue;
		if (opts[k].has_arg == no_argument) {
			if (name[n] == '=') {
				fprintf(stderr, "sleepcheck: error: %s option '%.*s' "
					"takes no value\n", cmd, (int)(name + n - a), a);
				return '?';
			}
		} else if (name[n] == '=') {
			*value = name + n + 1;
		} else if (*i + 1 < argc) {
			*value = argv[++*i];
		} else {
			fprintf(stderr, "sleepcheck: error: %s option '%s' needs a "
				"value\n", cmd, a);
			return '?';
		}
		(*i)++;
		return opts[k].val;
	}
	return 0;
}

void cmd_help(const char *synopsis)
{
	printf("usage: sleepcheck %s\n", synopsis);
}

int cmd_number(const char *name, const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (!*s || *end || v < 0 || v > 1000000000) {
		fprintf(stderr, "sleepcheck: error: '%s' needs a number, not '%s'\n",
			name, s);
		return -1;
	}
	return (int)v;
}
