/*
 * db_merge.c - `sleepcheck merge OUT.db SHARD.db...` (cmd/merge.c): the facts of
 * databases written by separate runs (a CI job matrix, one job per
 * directory, each with its own $SLEEPCHECK_DB) put into one database, as
 * if one run had checked every file.
 *
 * This file owns the merge rule and none of the schema.  Tables, columns
 * and the links between them are read from the database itself
 * (pragma_table_info, pragma_foreign_key_list), so a column or a table
 * added in db.c is carried without a change here.  The schema has one
 * root table, file, keyed by path; every other table either hangs below
 * it through REFERENCES (func and binding below file, call below func)
 * and is copied with its file, ids renumbered, or is keyed by a path
 * column (scan) and follows the file of that path.  A table that is
 * neither is refused, so that a new kind of table is noticed, not
 * dropped.  Identifiers are quoted; values are only ever bound.
 *
 * The rule: a file present in several inputs (OUT, if it exists, is one
 * of them) is taken whole from the input that checked it last
 * (file.checked_at, in seconds); inputs that checked it in the same second
 * must hold the same facts for it, else the merge fails.  Every shard is
 * validated (it exists, is a sleepcheck database of this schema version
 * with the same tables and columns as OUT) before OUT is written, and OUT
 * is written in one transaction: after any error it is as it was (removed
 * if the merge created it) and the status is 2.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "db.h"

enum tkind { T_FILE, T_CHILD, T_PATH };

struct mtable {
	char *name;
	char **cols;		/* column names, in schema order */
	int ncols;
	int id;			/* the INTEGER PRIMARY KEY column, or -1 */
	int fk;			/* the column referring to the parent, or -1 */
	char *parent_name;
	int parent;		/* index of the parent table, or -1 */
	int path;		/* the 'path' column, or -1 */
	int has_children;
	enum tkind kind;
	char *shape;		/* columns, types, keys: compared across inputs */
	/* statements on OUT */
	sqlite3_stmt *ins;	/* INSERT of every column but id */
	sqlite3_stmt *del;	/* DELETE by parent id (file: by id, T_PATH: by path) */
	sqlite3_stmt *ids;	/* SELECT id by parent id */
};

/* one open input: OUT or a shard */
struct side {
	sqlite3 *h;
	const char *path;
	/* per table: its rows by parent id (file, T_PATH: by path); NULL
	 * when the input has no such table */
	sqlite3_stmt **sel;
};

struct merge {
	const char *out_path;
	struct mtable *t;
	int nt, file, checked_at;
	struct side out;
	sqlite3_stmt *src_set, *src_get, *conf_set, *conf_del, *conf_list;
	long long added, replaced, kept;
};

struct sbuf {
	char *s;
	size_t n, cap;
};

static void sb_grow(struct sbuf *b, size_t more)
{
	if (b->n + more + 1 > b->cap) {
		while (b->n + more + 1 > b->cap)
			b->cap = b->cap ? 2 * b->cap : 256;
		b->s = sc_realloc(b->s, b->cap);
	}
}

static void sb_mem(struct sbuf *b, const void *p, size_t len)
{
	sb_grow(b, len);
	if (len)
		memcpy(b->s + b->n, p, len);
	b->n += len;
	b->s[b->n] = 0;
}

static void sb_add(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void sb_add(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	sb_grow(b, len);
	va_start(ap, fmt);
	vsnprintf(b->s + b->n, len + 1, fmt, ap);
	va_end(ap);
	b->n += len;
}

/* an SQL identifier, quoted */
static void sb_ident(struct sbuf *b, const char *name)
{
	sb_mem(b, "\"", 1);
	for (; *name; name++) {
		if (*name == '"')
			sb_mem(b, "\"", 1);	/* a quote is doubled */
		sb_mem(b, name, 1);
	}
	sb_mem(b, "\"", 1);
}

static int merr(sqlite3 *h, const char *path, const char *what)
{
	fprintf(stderr, "sleepcheck: error: database '%s': %s (%s)\n", path,
		sqlite3_errmsg(h), what);
	return -1;
}

static sqlite3_stmt *prep(sqlite3 *h, const char *path, const char *sql)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK) {
		merr(h, path, sql);
		return NULL;
	}
	return st;
}

static int exec(sqlite3 *h, const char *path, const char *sql)
{
	if (sqlite3_exec(h, sql, NULL, NULL, NULL) != SQLITE_OK)
		return merr(h, path, sql);
	return 0;
}

/* steps a statement that returns no row, then resets it */
static int run(sqlite3 *h, const char *path, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE)
		return merr(h, path, sqlite3_sql(st));
	return 0;
}

static const char *ctext(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static void mtable_free(struct mtable *t)
{
	int j;

	sqlite3_finalize(t->ins);
	sqlite3_finalize(t->del);
	sqlite3_finalize(t->ids);
	for (j = 0; j < t->ncols; j++)
		free(t->cols[j]);
	free(t->cols);
	free(t->name);
	free(t->parent_name);
	free(t->shape);
}

static int find_table(const struct merge *m, const char *name)
{
	int i;

	for (i = 0; i < m->nt; i++)
		if (!strcmp(m->t[i].name, name))
			return i;
	return -1;
}

static int find_col(const struct mtable *t, const char *name)
{
	int i;

	for (i = 0; i < t->ncols; i++)
		if (!strcmp(t->cols[i], name))
			return i;
	return -1;
}

static const char sql_tables[] =
	"SELECT name FROM sqlite_master WHERE type = 'table' AND "
	"name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid";
static const char sql_cols[] =
	"SELECT name, type, pk FROM pragma_table_info(?1) ORDER BY cid";
static const char sql_fks[] =
	"SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1)";

/*
 * Reads table @name of @h into @t: its columns, key, reference and shape.
 * @return: 0, or -1 after an error naming @path.
 */
static int read_table(sqlite3 *h, const char *path, const char *name,
		      struct mtable *t)
{
	struct sbuf shape = { NULL, 0, 0 };
	int rc, npk = 0, intpk = -1, nfk = 0, ret = -1;
	char *fk_from = NULL;
	sqlite3_stmt *st;

	memset(t, 0, sizeof(*t));
	t->name = sc_strdup(name);
	t->id = t->fk = t->parent = t->path = -1;
	st = prep(h, path, sql_cols);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *cname = ctext(st, 0), *type = ctext(st, 1);
		int pk = sqlite3_column_int(st, 2);

		t->cols = sc_realloc(t->cols, (t->ncols + 1) * sizeof(*t->cols));
		t->cols[t->ncols] = sc_strdup(cname ? cname : "");
		if (pk) {
			npk++;
			if (type && !strcasecmp(type, "INTEGER"))
				intpk = t->ncols;
		}
		if (cname && !strcmp(cname, "path"))
			t->path = t->ncols;
		sb_add(&shape, "%s %s%s, ", cname ? cname : "", type ? type : "",
		       pk ? " key" : "");
		t->ncols++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		merr(h, path, sql_cols);
		goto out;
	}
	if (npk == 1 && intpk >= 0)
		t->id = intpk;	/* the rowid: renumbered on copy */

	st = prep(h, path, sql_fks);
	if (!st)
		goto out;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *ptab = ctext(st, 0), *from = ctext(st, 1), *to = ctext(st, 2);

		nfk++;
		free(t->parent_name);
		free(fk_from);
		t->parent_name = sc_strdup(ptab ? ptab : "");
		fk_from = sc_strdup(from ? from : "");
		sb_add(&shape, "%s -> %s(%s), ", fk_from, t->parent_name, to ? to : "");
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		merr(h, path, sql_fks);
		goto out;
	}
	if (nfk > 1) {
		fprintf(stderr, "sleepcheck: error: database '%s': table '%s' refers "
			"to %d tables; merge carries rows that belong to one\n",
			path, name, nfk);
		goto out;
	}
	if (nfk)
		t->fk = find_col(t, fk_from);
	ret = 0;
out:
	free(fk_from);
	t->shape = shape.s ? shape.s : sc_strdup("");
	return ret;
}

/*
 * Reads OUT's schema into @m and decides how each table is merged.
 * @return: 0, or -1 after an error naming OUT.
 */
static int read_schema(struct merge *m)
{
	sqlite3 *h = m->out.h;
	const char *path = m->out_path;
	sqlite3_stmt *st = prep(h, path, sql_tables);
	int rc, i, j;

	if (!st)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		m->t = sc_realloc(m->t, (m->nt + 1) * sizeof(*m->t));
		if (read_table(h, path, ctext(st, 0) ? ctext(st, 0) : "", &m->t[m->nt])) {
			m->nt++;
			sqlite3_finalize(st);
			return -1;
		}
		m->nt++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return merr(h, path, sql_tables);

	m->file = find_table(m, "file");
	if (m->file < 0 || m->t[m->file].id < 0 || m->t[m->file].path < 0 ||
	    m->t[m->file].fk >= 0 ||
	    (m->checked_at = find_col(&m->t[m->file], "checked_at")) < 0) {
		fprintf(stderr, "sleepcheck: error: database '%s': no table 'file' "
			"(id, path, checked_at) at the root; not a fact database\n",
			path);
		return -1;
	}
	for (i = 0; i < m->nt; i++) {
		struct mtable *t = &m->t[i];

		if (i == m->file) {
			t->kind = T_FILE;
		} else if (t->fk >= 0) {
			struct mtable *p;

			t->kind = T_CHILD;
			t->parent = find_table(m, t->parent_name);
			p = t->parent >= 0 ? &m->t[t->parent] : NULL;
			if (!p || p->id < 0) {
				fprintf(stderr, "sleepcheck: error: database '%s': "
					"table '%s' refers to '%s', which has no "
					"INTEGER PRIMARY KEY; merge cannot renumber "
					"it\n", path, t->name, t->parent_name);
				return -1;
			}
			p->has_children = 1;
		} else if (t->path >= 0) {
			t->kind = T_PATH;
		} else {
			fprintf(stderr, "sleepcheck: error: database '%s': table '%s' "
				"belongs to no file (no REFERENCES, no path column); "
				"merge does not know how to carry it\n", path, t->name);
			return -1;
		}
	}
	/* every chain of references ends at file (no cycle) */
	for (i = 0; i < m->nt; i++) {
		int k = i;

		for (j = 0; j <= m->nt && m->t[k].kind == T_CHILD; j++)
			k = m->t[k].parent;
		if (m->t[i].kind == T_CHILD && k != m->file) {
			fprintf(stderr, "sleepcheck: error: database '%s': table '%s' "
				"is not below table 'file'; merge does not know how "
				"to carry it\n", path, m->t[i].name);
			return -1;
		}
	}
	return 0;
}

/* "SELECT every column FROM t" */
static void sb_select(struct sbuf *b, const struct mtable *t)
{
	int j;

	sb_add(b, "SELECT ");
	for (j = 0; j < t->ncols; j++) {
		if (j)
			sb_add(b, ", ");
		sb_ident(b, t->cols[j]);
	}
	sb_add(b, " FROM ");
	sb_ident(b, t->name);
}

/* the statement that reads table @i's rows of one parent (or one path) */
static sqlite3_stmt *prep_sel(struct merge *m, struct side *s, int i)
{
	const struct mtable *t = &m->t[i];
	struct sbuf b = { NULL, 0, 0 };
	sqlite3_stmt *st;

	sb_select(&b, t);
	sb_add(&b, " WHERE ");
	sb_ident(&b, t->cols[t->kind == T_CHILD ? t->fk : t->path]);
	sb_add(&b, " = ?1 ORDER BY ");
	if (t->id >= 0)
		sb_ident(&b, t->cols[t->id]);
	else
		sb_add(&b, "rowid");
	st = prep(s->h, s->path, b.s);
	free(b.s);
	return st;
}

static int prep_out(struct merge *m)
{
	const char *path = m->out_path;
	sqlite3 *h = m->out.h;
	int i, j, k;

	m->out.sel = sc_calloc(m->nt, sizeof(*m->out.sel));
	for (i = 0; i < m->nt; i++) {
		struct mtable *t = &m->t[i];
		struct sbuf b = { NULL, 0, 0 };

		if (!(m->out.sel[i] = prep_sel(m, &m->out, i)))
			return -1;
		sb_add(&b, "INSERT INTO ");
		sb_ident(&b, t->name);
		sb_add(&b, "(");
		for (j = 0, k = 0; j < t->ncols; j++) {
			if (j == t->id)
				continue;
			if (k++)
				sb_add(&b, ", ");
			sb_ident(&b, t->cols[j]);
		}
		sb_add(&b, ") VALUES (");
		for (j = 0; j < k; j++)
			sb_add(&b, "%s?%d", j ? ", " : "", j + 1);
		sb_add(&b, ")");
		t->ins = prep(h, path, b.s);
		b.n = 0;
		sb_add(&b, "DELETE FROM ");
		sb_ident(&b, t->name);
		sb_add(&b, " WHERE ");
		sb_ident(&b, t->cols[t->kind == T_FILE ? t->id :
				     t->kind == T_CHILD ? t->fk : t->path]);
		sb_add(&b, " = ?1");
		t->del = prep(h, path, b.s);
		if (t->kind == T_CHILD && t->has_children) {
			b.n = 0;
			sb_add(&b, "SELECT ");
			sb_ident(&b, t->cols[t->id]);
			sb_add(&b, " FROM ");
			sb_ident(&b, t->name);
			sb_add(&b, " WHERE ");
			sb_ident(&b, t->cols[t->fk]);
			sb_add(&b, " = ?1");
			t->ids = prep(h, path, b.s);
		}
		free(b.s);
		if (!t->ins || !t->del || (t->kind == T_CHILD && t->has_children && !t->ids))
			return -1;
	}
	if (exec(h, path, "CREATE TEMP TABLE merge_src(path TEXT PRIMARY KEY, "
		 "src TEXT NOT NULL)") ||
	    exec(h, path, "CREATE TEMP TABLE merge_conflict(path TEXT PRIMARY KEY, "
		 "a TEXT NOT NULL, b TEXT NOT NULL, t INTEGER NOT NULL)"))
		return -1;
	m->src_set = prep(h, path, "INSERT OR REPLACE INTO temp.merge_src(path, src) "
			  "VALUES (?1, ?2)");
	m->src_get = prep(h, path, "SELECT src FROM temp.merge_src WHERE path = ?1");
	m->conf_set = prep(h, path, "INSERT OR IGNORE INTO temp.merge_conflict"
			   "(path, a, b, t) VALUES (?1, ?2, ?3, ?4)");
	m->conf_del = prep(h, path, "DELETE FROM temp.merge_conflict WHERE path = ?1");
	m->conf_list = prep(h, path, "SELECT path, a, b, t FROM temp.merge_conflict "
			    "ORDER BY path");
	if (!m->src_set || !m->src_get || !m->conf_set || !m->conf_del || !m->conf_list)
		return -1;
	return 0;
}

/*
 * Checks that shard @s has only tables OUT has, each of the same shape,
 * and prepares its statements (NULL for a table it does not have).
 */
static int prep_shard(struct merge *m, struct side *s)
{
	sqlite3_stmt *st = prep(s->h, s->path, sql_tables);
	int rc, i, ret = -1;

	if (!st)
		return -1;
	s->sel = sc_calloc(m->nt, sizeof(*s->sel));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct mtable t;
		int differs;

		if (read_table(s->h, s->path, ctext(st, 0) ? ctext(st, 0) : "", &t)) {
			mtable_free(&t);
			goto out;
		}
		i = find_table(m, t.name);
		differs = i < 0 || strcmp(t.shape, m->t[i].shape);
		if (differs)
			fprintf(stderr, "sleepcheck: error: database '%s': table '%s' "
				"%s in '%s'; it was written by another sleepcheck\n",
				s->path, t.name, i < 0 ? "is not" : "differs from the one",
				m->out_path);
		mtable_free(&t);
		if (differs)
			goto out;
		if (!(s->sel[i] = prep_sel(m, s, i)))
			goto out;
	}
	if (rc != SQLITE_DONE) {
		merr(s->h, s->path, sql_tables);
		goto out;
	}
	if (!s->sel[m->file]) {
		fprintf(stderr, "sleepcheck: error: database '%s' has no table "
			"'file'; not a fact database\n", s->path);
		goto out;
	}
	ret = 0;
out:
	sqlite3_finalize(st);
	return ret;
}

static void side_close(struct merge *m, struct side *s)
{
	int i;

	if (s->sel)
		for (i = 0; i < m->nt; i++)
			sqlite3_finalize(s->sel[i]);
	free(s->sel);
	s->sel = NULL;
	sqlite3_close(s->h);
	s->h = NULL;
}

/*
 * Appends to @b what the row of table @i at @row holds and, below it,
 * the rows that refer to it, ids left out, each value with its type and
 * length: two inputs hold the same facts for a file when these strings of
 * their file rows are equal.
 */
static int sig_row(struct merge *m, struct side *s, int i, sqlite3_stmt *row,
		   struct sbuf *b)
{
	const struct mtable *t = &m->t[i];
	int j, c, rc;

	sb_mem(b, "(", 1);
	sb_mem(b, &i, sizeof(i));
	for (j = 0; j < t->ncols; j++) {
		unsigned char type = (unsigned char)sqlite3_column_type(row, j);
		long long v;
		double d;
		int len;

		if (j == t->id || j == t->fk)
			continue;
		sb_mem(b, &type, 1);	/* then a value of that type */
		switch (type) {
		case SQLITE_NULL:
			break;
		case SQLITE_INTEGER:
			v = sqlite3_column_int64(row, j);
			sb_mem(b, &v, sizeof(v));
			break;
		case SQLITE_FLOAT:
			d = sqlite3_column_double(row, j);
			sb_mem(b, &d, sizeof(d));
			break;
		default:
			len = sqlite3_column_bytes(row, j);
			sb_mem(b, &len, sizeof(len));
			sb_mem(b, type == SQLITE_BLOB ? sqlite3_column_blob(row, j) :
				  (const void *)sqlite3_column_text(row, j), len);
			break;
		}
	}
	if (!t->has_children)
		goto done;
	for (c = 0; c < m->nt; c++) {
		sqlite3_stmt *sel = s->sel[c];

		if (m->t[c].parent != i || m->t[c].kind != T_CHILD || !sel)
			continue;
		sqlite3_bind_int64(sel, 1, sqlite3_column_int64(row, t->id));
		while ((rc = sqlite3_step(sel)) == SQLITE_ROW)
			if (sig_row(m, s, c, sel, b))
				break;
		sqlite3_reset(sel);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW)
			return merr(s->h, s->path, sqlite3_sql(sel));
		if (rc == SQLITE_ROW)
			return -1;
	}
done:
	sb_mem(b, ")", 1);
	return 0;
}

/* copies the row of table @i at @row of shard @s, and the rows below it */
static int copy_row(struct merge *m, struct side *s, int i, sqlite3_stmt *row,
		    long long parent)
{
	const struct mtable *t = &m->t[i];
	long long old_id, new_id;
	int j, k, c, rc;

	for (j = 0, k = 1; j < t->ncols; j++) {
		if (j == t->id)
			continue;
		if (j == t->fk && t->kind == T_CHILD)
			sqlite3_bind_int64(t->ins, k++, parent);
		else
			sqlite3_bind_value(t->ins, k++, sqlite3_column_value(row, j));
	}
	if (run(m->out.h, m->out_path, t->ins))
		return -1;
	if (!t->has_children)
		return 0;
	old_id = sqlite3_column_int64(row, t->id);
	new_id = sqlite3_last_insert_rowid(m->out.h);
	for (c = 0; c < m->nt; c++) {
		sqlite3_stmt *sel = s->sel[c];

		if (m->t[c].parent != i || m->t[c].kind != T_CHILD || !sel)
			continue;
		sqlite3_bind_int64(sel, 1, old_id);
		while ((rc = sqlite3_step(sel)) == SQLITE_ROW)
			if (copy_row(m, s, c, sel, new_id))
				break;
		sqlite3_reset(sel);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW)
			return merr(s->h, s->path, sqlite3_sql(sel));
		if (rc == SQLITE_ROW)
			return -1;
	}
	return 0;
}

/* deletes from OUT the rows below row @id of table @i */
static int delete_below(struct merge *m, int i, long long id)
{
	int c, rc;

	for (c = 0; c < m->nt; c++) {
		struct mtable *t = &m->t[c];

		if (t->parent != i || t->kind != T_CHILD)
			continue;
		if (t->has_children) {
			sqlite3_bind_int64(t->ids, 1, id);
			while ((rc = sqlite3_step(t->ids)) == SQLITE_ROW)
				if (delete_below(m, c, sqlite3_column_int64(t->ids, 0)))
					break;
			sqlite3_reset(t->ids);
			if (rc != SQLITE_DONE && rc != SQLITE_ROW)
				return merr(m->out.h, m->out_path, sqlite3_sql(t->ids));
			if (rc == SQLITE_ROW)
				return -1;
		}
		sqlite3_bind_int64(t->del, 1, id);
		if (run(m->out.h, m->out_path, t->del))
			return -1;
	}
	return 0;
}

/* replaces OUT's rows of the path tables (scan) for @path by @s's */
static int copy_path_rows(struct merge *m, struct side *s, const char *path)
{
	int i, rc;

	for (i = 0; i < m->nt; i++) {
		struct mtable *t = &m->t[i];
		sqlite3_stmt *sel = s->sel[i];

		if (t->kind != T_PATH)
			continue;
		sqlite3_bind_text(t->del, 1, path, -1, SQLITE_TRANSIENT);
		if (run(m->out.h, m->out_path, t->del))
			return -1;
		if (!sel)
			continue;
		sqlite3_bind_text(sel, 1, path, -1, SQLITE_TRANSIENT);
		while ((rc = sqlite3_step(sel)) == SQLITE_ROW)
			if (copy_row(m, s, i, sel, 0))
				break;
		sqlite3_reset(sel);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW)
			return merr(s->h, s->path, sqlite3_sql(sel));
		if (rc == SQLITE_ROW)
			return -1;
	}
	return 0;
}

/* the input OUT's facts of @path came from: a shard, or OUT itself */
static char *source_of(struct merge *m, const char *path)
{
	char *src = NULL;

	sqlite3_bind_text(m->src_get, 1, path, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(m->src_get) == SQLITE_ROW && ctext(m->src_get, 0))
		src = sc_strdup(ctext(m->src_get, 0));
	sqlite3_reset(m->src_get);
	return src ? src : sc_strdup(m->out_path);
}

/* the same facts for the file at @srow in @s and at @orow in OUT? */
static int same_facts(struct merge *m, struct side *s, sqlite3_stmt *srow,
		      sqlite3_stmt *orow)
{
	struct sbuf a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	int ret = -1;

	if (!sig_row(m, s, m->file, srow, &a) && !sig_row(m, &m->out, m->file, orow, &b))
		ret = a.n == b.n && !memcmp(a.s, b.s, a.n);
	free(a.s);
	free(b.s);
	return ret;
}

/* merges the file at @srow of shard @s into OUT */
static int merge_file(struct merge *m, struct side *s, sqlite3_stmt *srow)
{
	const struct mtable *ft = &m->t[m->file];
	sqlite3_stmt *osel = m->out.sel[m->file];
	char *path = sc_strdup(ctext(srow, ft->path));
	long long t_shard = sqlite3_column_int64(srow, m->checked_at);
	long long t_out = 0, out_id = -1;
	int rc, ret = -1;

	sqlite3_bind_text(osel, 1, path, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(osel);
	if (rc == SQLITE_ROW) {
		out_id = sqlite3_column_int64(osel, ft->id);
		t_out = sqlite3_column_int64(osel, m->checked_at);
	} else if (rc != SQLITE_DONE) {
		merr(m->out.h, m->out_path, sqlite3_sql(osel));
		goto out;
	}
	if (out_id >= 0 && t_shard == t_out) {
		int same = same_facts(m, s, srow, osel);

		if (same < 0)
			goto out;
		if (!same) {
			char *a = source_of(m, path);

			sqlite3_bind_text(m->conf_set, 1, path, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(m->conf_set, 2, a, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(m->conf_set, 3, s->path, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int64(m->conf_set, 4, t_out);
			free(a);
			if (run(m->out.h, m->out_path, m->conf_set))
				goto out;
		}
	}
	sqlite3_reset(osel);
	if (out_id >= 0 && t_shard <= t_out) {
		m->kept++;
		ret = 0;
		goto out;
	}
	if (out_id >= 0) {
		sqlite3_bind_int64(m->t[m->file].del, 1, out_id);
		if (delete_below(m, m->file, out_id) ||
		    run(m->out.h, m->out_path, m->t[m->file].del))
			goto out;
		sqlite3_bind_text(m->conf_del, 1, path, -1, SQLITE_TRANSIENT);
		if (run(m->out.h, m->out_path, m->conf_del))
			goto out;
		m->replaced++;
	} else {
		m->added++;
	}
	if (copy_row(m, s, m->file, srow, 0) || copy_path_rows(m, s, path))
		goto out;
	sqlite3_bind_text(m->src_set, 1, path, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(m->src_set, 2, s->path, -1, SQLITE_TRANSIENT);
	ret = run(m->out.h, m->out_path, m->src_set);
out:
	sqlite3_reset(osel);
	free(path);
	return ret;
}

static int merge_shard(struct merge *m, const char *path)
{
	struct side s = { NULL, path, NULL };
	struct sbuf b = { NULL, 0, 0 };
	sqlite3_stmt *all = NULL;
	int rc, ret = -1;

	if (sqlite3_open_v2(path, &s.h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		merr(s.h, path, "open");
		goto out;
	}
	sqlite3_busy_timeout(s.h, 600 * 1000);
	sqlite3_exec(s.h, "PRAGMA cache_size = -262144", NULL, NULL, NULL);
	if (exec(s.h, path, "BEGIN") || prep_shard(m, &s))
		goto out;
	sb_select(&b, &m->t[m->file]);
	sb_add(&b, " ORDER BY ");
	sb_ident(&b, m->t[m->file].cols[m->t[m->file].path]);
	all = prep(s.h, path, b.s);
	if (!all)
		goto out;
	while ((rc = sqlite3_step(all)) == SQLITE_ROW)
		if (merge_file(m, &s, all))
			break;
	if (rc == SQLITE_DONE)
		ret = 0;
	else if (rc != SQLITE_ROW)
		merr(s.h, path, b.s);
out:
	sqlite3_finalize(all);
	free(b.s);
	if (s.h)
		sqlite3_exec(s.h, "COMMIT", NULL, NULL, NULL);
	side_close(m, &s);
	return ret;
}

/* prints the files two inputs hold different facts for; returns their number */
static int report_conflicts(struct merge *m)
{
	int n = 0;

	while (sqlite3_step(m->conf_list) == SQLITE_ROW) {
		time_t t = (time_t)sqlite3_column_int64(m->conf_list, 3);
		char when[64];
		struct tm tm;

		strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S UTC", gmtime_r(&t, &tm));
		fprintf(stderr, "%s: error: checked at the same time (%s) in '%s' "
			"and in '%s' with different facts; merge cannot tell which "
			"is newer: check it again in one of them\n",
			ctext(m->conf_list, 0), when, ctext(m->conf_list, 1),
			ctext(m->conf_list, 2));
		n++;
	}
	sqlite3_reset(m->conf_list);
	return n;
}

static void merge_free(struct merge *m)
{
	int i;

	sqlite3_finalize(m->src_set);
	sqlite3_finalize(m->src_get);
	sqlite3_finalize(m->conf_set);
	sqlite3_finalize(m->conf_del);
	sqlite3_finalize(m->conf_list);
	for (i = 0; i < m->nt; i++)
		mtable_free(&m->t[i]);
	side_close(m, &m->out);
	free(m->t);
}

static void remove_db(const char *path)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	size_t i, len = strlen(path) + 16;
	char *p = sc_malloc(len);

	for (i = 0; i < sizeof(suffix) / sizeof(suffix[0]); i++) {
		snprintf(p, len, "%s%s", path, suffix[i]);
		unlink(p);
	}
	free(p);
}

static int merge_into(struct merge *m, char **shards, int n)
{
	int i;

	if (sqlite3_open_v2(m->out_path, &m->out.h, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		return merr(m->out.h, m->out_path, "open");
	m->out.path = m->out_path;
	sqlite3_busy_timeout(m->out.h, 600 * 1000);
	sqlite3_exec(m->out.h, "PRAGMA cache_size = -262144", NULL, NULL, NULL);
	if (exec(m->out.h, m->out_path, "BEGIN IMMEDIATE"))
		return -1;
	if (read_schema(m) || prep_out(m))
		goto fail;
	for (i = 0; i < n; i++)
		if (merge_shard(m, shards[i]))
			goto fail;
	if (report_conflicts(m))
		goto fail;
	if (exec(m->out.h, m->out_path, "COMMIT"))
		goto fail;
	return 0;
fail:
	sqlite3_exec(m->out.h, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

int db_merge(const char *out_path, char **shards, int n)
{
	struct merge m;
	struct stat ost, sst;
	struct scdb *db;
	int i, out_exists, ret;

	memset(&m, 0, sizeof(m));
	m.out_path = out_path;
	out_exists = stat(m.out_path, &ost) == 0;

	/* every shard is checked before OUT is opened */
	for (i = 0; i < n; i++) {
		if (stat(shards[i], &sst)) {
			fprintf(stderr, "sleepcheck: error: cannot open database '%s': "
				"%s\n", shards[i], strerror(errno));
			return 2;
		}
		if (out_exists && sst.st_dev == ost.st_dev && sst.st_ino == ost.st_ino) {
			fprintf(stderr, "sleepcheck: error: database '%s' is both the "
				"output and a shard\n", shards[i]);
			return 2;
		}
		db = db_open(shards[i], DB_READ);
		if (!db)
			return 2;
		db_close(db);
	}
	/* OUT: refused if it is not ours; created, with the schema, if missing */
	db = db_open(m.out_path, DB_WRITE);
	if (!db) {
		if (!out_exists)
			remove_db(m.out_path);
		return 2;
	}
	db_close(db);

	ret = merge_into(&m, shards, n);
	if (!ret)
		fprintf(stderr, "sleepcheck: merged %d database%s into '%s': %lld "
			"files added, %lld replaced by newer facts, %lld kept\n",
			n, n > 1 ? "s" : "", m.out_path, m.added, m.replaced,
			m.kept);
	merge_free(&m);
	if (ret && !out_exists)
		remove_db(m.out_path);
	return ret ? 2 : 0;
}
