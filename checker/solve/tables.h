/*
 * tables.h - global arrays of structs as tables of constants, for the
 * solver's value conditions: what integer member F of element I of a
 * file-scope array G holds, from its initializer (fact_fstore "table G"
 * records, sparse_tables.c), when no function of the program writes
 * that member of any struct of its type ("!" records) nor the struct
 * wholesale (the "*WHY" records that write, as fieldsets.c reads them).
 */
#ifndef SLEEPCHECK_TABLES_H
#define SLEEPCHECK_TABLES_H

#include "facts.h"

struct tb_rec;
struct tb_tab;

struct tables {
	struct tb_tab *t;	/* sorted by name, then file */
	int nt;
	struct tb_rec *r;	/* sorted by table, field, element */
	int nr;
	const char **written;	/* fields some function writes ("!"), and
				 * struct types written wholesale; sorted */
	int nwritten;
};

/// Reads the tables and the written fields and structs of @set.
void tb_build(struct tables *t, const struct fact_set *set);

/// The number of elements of table @name (@is_static: the one of
/// @file), -1 when not known (no such table, two of one name, a record
/// not read).
long tb_len(const struct tables *t, const char *name, int is_static,
	    const struct fact_file *file);

/// What member @field ("struct T.F") of element @i of that table holds:
/// 1 and *@v, 0 when not known (tb_len() -1, @i out of bounds, a value
/// not constant, the member written by some function or wholesale).
int tb_value(const struct tables *t, const char *name, int is_static,
	     const struct fact_file *file, const char *field, long i, long long *v);

/// The elements I (0..63) of that table whose member @field holds a
/// value @pred(@arg, value) says yes to, or whose value is not known, a
/// bit each in *@mask, with every I from its length to 63: 1, or 0 when
/// the table is not known or longer than 64.
int tb_index_set(const struct tables *t, const char *name, int is_static,
		 const struct fact_file *file, const char *field,
		 int (*pred)(const void *arg, long long v), const void *arg,
		 unsigned long long *mask);

/// How many tables were read, and how many of them are known (one
/// record of one length, their struct not written wholesale).
void tb_stats(const struct tables *t, int *ntables, int *nknown);

void tb_free(struct tables *t);

#endif
