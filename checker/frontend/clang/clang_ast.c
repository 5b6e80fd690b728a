/*
 * clang_ast.c - libclang cursors into the front end's own tree
 * (clang_ast.h).
 *
 * A translation unit is parsed once, with the gfp probe declaration
 * appended to the main file's text as an unsaved file, so the blocking
 * mask is evaluated with the file's own macros, as the sparse front end
 * does.  Function bodies are converted on first use (a caller needs the
 * body of each inline function it expands), into nodes allocated from
 * one arena per unit.  Positions are expansion positions, so code
 * written through a macro sits where the macro was used; columns count
 * a tab to the next multiple of 8, as gcc and sparse do.  A call sits
 * where its callee expression begins (the function's name, `ops` in
 * `ops->alloc(...)`), a function at its name: the one convention both
 * front ends follow.
 *
 * libclang 14 does not say which operator a BinaryOperator or
 * UnaryOperator node has.  It is read, when first asked for, from the
 * source text between the operands (or before a prefix operand), found
 * through file locations, which for macro arguments are where they are
 * written.  Inside a macro's own body that text is not reachable; there
 * the types decide the cases that matter (`=` and unary `&` and `*`),
 * and any other operator is unknown: a documented limit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clang_cursor.h"

#include "clang_ast.h"
#include "clang_assert.h"
#include "ir_limits.h"

struct arena {
	struct arena *next;
	size_t used, size;
	max_align_t data[];
};

struct ctu {
	CXIndex idx;
	CXTranslationUnit tu;
	const struct rules *rules;
	struct cdecl **hash;
	unsigned hsize, ndecls;
	struct arena *arena;
	char *text;		/* main file and probe */
	unsigned orig_lines;	/* lines of the file before the probe */
	unsigned *line_off;	/* offset of each line of text, from 1 */
	CXPrintingPolicy policy;
	CXFile main;
	struct fact_file *tags;	/* where field names' structs are defined */
	struct asites asites;	/* assertions of the body being converted */
	struct cdecl *marker;	/* CLANG_ASSERT_MARKER, made on first use */
	struct bitwise { CXCursor decl; int yes; } *bw;	/* typedefs looked at */
	int nbw, bwcap;
	struct fnheld { CXCursor decl; int used, yes; } *fnh;	/* records looked at for
				 * a function pointer (holds_fn()): open
				 * addressing by clang_hashCursor() */
	unsigned nfnh, fnhcap;
	/* the files whose text text_at() read: clang_getFileContents()
	 * looks its file up among all the unit's source entries */
	struct ftext { CXFile f; const char *buf; size_t size; } *ft;
	int nft, ftcap;
	CXCursor *tops;		/* the main file's top-level cursors */
	int ntops, topcap, tops_known;
	/* the structs clang_conv_nested() walked, and for whom */
	struct nested_done {
		CXCursor rec;
		unsigned hash;
		void (*fn)(void *arg, const char *outer, const char *inner);
		void *arg;
	} *nd;
	int nnd, ndcap;
};

static struct ctu *cur_tu;	/* for position(); one unit per process */

static void *alloc(struct ctu *t, size_t size)
{
	struct arena *a = t->arena;
	void *p;

	size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (!a || a->used + size > a->size) {
		size_t n = size > 65536 ? size : 65536;

		a = sc_malloc(sizeof(*a) + n);
		a->next = t->arena;
		a->used = 0;
		a->size = n;
		t->arena = a;
	}
	p = (char *)a->data + a->used;
	a->used += size;
	memset(p, 0, size);
	return p;
}

static char *astrdup(struct ctu *t, const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(alloc(t, n), s, n);
}

static char *cxstr(struct ctu *t, CXString s)
{
	const char *c = clang_getCString(s);
	char *r = astrdup(t, c ? c : "");

	clang_disposeString(s);
	return r;
}

static void *keep_cursor(struct ctu *t, CXCursor c)
{
	CXCursor *p = alloc(t, sizeof(*p));

	*p = c;
	return p;
}

/*
 * Columns as gcc and sparse count them: a tab advances to the next
 * multiple of 8, so both front ends put a call at the same column.
 */
static int display_col(struct ctu *t, unsigned line, unsigned col)
{
	const char *p;
	unsigned i;
	int c = 0;

	if (!t || line < 1 || line > t->orig_lines)
		return (int)col;
	p = t->text + t->line_off[line];
	for (i = 1; i < col && p[i - 1] && p[i - 1] != '\n'; i++)
		c = p[i - 1] == '\t' ? (c + 8) & ~7 : c + 1;
	return c + 1;
}

static void position_at(CXSourceLocation loc, int *line, int *col)
{
	CXFile f;
	unsigned l, k;

	clang_getExpansionLocation(loc, &f, &l, &k, NULL);
	*line = (int)l;
	*col = cur_tu && clang_File_isEqual(f, cur_tu->main) ?
	       display_col(cur_tu, l, k) : (int)k;
}

static void position(CXCursor c, int *line, int *col)
{
	position_at(clang_getCursorLocation(c), line, col);
}

static int is_gfp_type(const struct rules *rules, CXType ty)
{
	int guard = 0;

	if (!rules->gfp_type)
		return 0;
	while (guard++ < 32) {
		if (ty.kind == CXType_Typedef) {
			CXString s = clang_getTypedefName(ty);
			int yes = !strcmp(clang_getCString(s), rules->gfp_type);

			clang_disposeString(s);
			if (yes)
				return 1;
			ty = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(ty));
		} else if (ty.kind == CXType_Elaborated) {
			ty = clang_Type_getNamedType(ty);
		} else {
			return 0;
		}
	}
	return 0;
}

/*
 * Records where record @rec, named @tag, is defined: the file and line of
 * its name in the definition, where the macro that wrote it was expanded
 * (as sparse places it).
 */
static void record_tag(struct ctu *t, CXCursor rec, const char *tag)
{
	CXCursor def = clang_getCursorDefinition(rec);
	CXFile file;
	CXString name;
	unsigned line, col, off;
	char buf[600];

	if (!t->tags)
		return;
	if (!clang_Cursor_isNull(def))
		rec = def;
	clang_getExpansionLocation(clang_getCursorLocation(rec), &file, &line,
				   &col, &off);
	if (!file)
		return;
	name = clang_getFileName(file);
	snprintf(buf, sizeof(buf), "%s", clang_getCString(name));
	clang_disposeString(name);
	fact_norm_path(buf);
	snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), ":%u", line);
	fact_file_add_tag(t->tags, tag, buf);
}

void clang_tu_record_tags(struct ctu *t, struct fact_file *facts)
{
	t->tags = facts;
}

/*
 * "struct T" or "union T" of record declaration @rec; an anonymous
 * struct or union member is named by the record around it, as C reaches
 * its fields (`struct tasklet_struct.callback`), as sparse_pointers.c does.
 */
static void record_name(struct ctu *t, CXCursor rec, char *buf, size_t size)
{
	CXString s;
	const char *n;
	int guard = 0;

	while (clang_Cursor_isAnonymousRecordDecl(rec) && guard++ < 8) {
		CXCursor up = clang_getCursorSemanticParent(rec);
		enum CXCursorKind k = clang_getCursorKind(up);

		if (k != CXCursor_StructDecl && k != CXCursor_UnionDecl)
			break;
		rec = up;
	}
	s = clang_getCursorSpelling(rec);
	n = clang_getCString(s);

	if (!n || !*n || strchr(n, ' ') || clang_Cursor_isAnonymousRecordDecl(rec))
		n = "<anonymous>";
	snprintf(buf, size, "%s %s", clang_getCursorKind(rec) == CXCursor_UnionDecl ?
		 "union" : "struct", n);
	clang_disposeString(s);
	record_tag(t, rec, buf);
}

static struct cdecl *decl_of(struct ctu *t, CXCursor c);

static int param_index(CXCursor parm)
{
	CXCursor fn = clang_getCursorSemanticParent(parm);
	int i, n = clang_Cursor_getNumArguments(fn);

	for (i = 0; i < n; i++)
		if (clang_equalCursors(clang_Cursor_getArgument(fn, i), parm))
			return i;
	return -1;
}

/* libclang has no query for it: its spelling of a noreturn function
 * type ends in __attribute__((noreturn)) */
static int type_is_noreturn(CXType ty)
{
	CXString s = clang_getTypeSpelling(ty);
	const char *p = clang_getCString(s);
	int r = p && strstr(p, "__attribute__((noreturn))") != NULL;

	clang_disposeString(s);
	return r;
}

static void decl_fill(struct ctu *t, struct cdecl *d, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	CXType ty;

	d->name = cxstr(t, clang_getCursorSpelling(c));
	position(c, &d->line, &d->col);
	switch (k) {
	case CXCursor_FunctionDecl: {
		CXCursor def = clang_getCursorDefinition(c);

		d->kind = CD_FUNC;
		d->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
		d->is_noreturn = type_is_noreturn(clang_getCursorType(c));
		if (!clang_Cursor_isNull(def)) {
			d->is_inline = clang_Cursor_isFunctionInlined(def);
			position(def, &d->line, &d->col);
		} else {
			d->is_inline = clang_Cursor_isFunctionInlined(c);
		}
		break;
	}
	case CXCursor_VarDecl:
		d->kind = CD_VAR;
		d->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
		d->is_global = clang_getCursorKind(clang_getCursorSemanticParent(c)) ==
			       CXCursor_TranslationUnit;
		ty = clang_getCanonicalType(clang_getCursorType(c));
		d->is_object = ty.kind == CXType_Record || ty.kind == CXType_ConstantArray ||
			       ty.kind == CXType_IncompleteArray;
		break;
	case CXCursor_ParmDecl:
		d->kind = CD_PARAM;
		d->param = param_index(c);
		break;
	case CXCursor_FieldDecl:
		d->kind = CD_FIELD;
		break;
	case CXCursor_EnumConstantDecl:
		d->kind = CD_ENUM;
		break;
	default:
		d->kind = CD_OTHER;
		break;
	}
}

static struct cdecl *decl_of(struct ctu *t, CXCursor c)
{
	struct cdecl *d;
	unsigned h, i;

	if (clang_Cursor_isNull(c))
		return NULL;
	c = clang_getCanonicalCursor(c);
	h = clang_hashCursor(c);
	for (d = t->hash[h % t->hsize]; d; d = d->hash_next)
		if (d->hash == h && clang_equalCursors(*(CXCursor *)d->cursor, c))
			return d;
	if (t->ndecls >= t->hsize) {
		unsigned n = 2 * t->hsize;
		struct cdecl **nh = sc_calloc(n, sizeof(*nh));

		for (i = 0; i < t->hsize; i++) {
			while ((d = t->hash[i])) {
				t->hash[i] = d->hash_next;
				d->hash_next = nh[d->hash % n];
				nh[d->hash % n] = d;
			}
		}
		free(t->hash);
		t->hash = nh;
		t->hsize = n;
	}
	d = alloc(t, sizeof(*d));
	d->hash = h;
	d->cursor = keep_cursor(t, c);
	decl_fill(t, d, c);
	d->hash_next = t->hash[h % t->hsize];
	t->hash[h % t->hsize] = d;
	t->ndecls++;
	return d;
}

/* children of a cursor, as a growing array */
struct kids {
	CXCursor *v;
	int n, cap;
};

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData arg)
{
	struct kids *k = arg;

	(void)parent;
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 8;
		k->v = sc_realloc(k->v, k->cap * sizeof(*k->v));
	}
	k->v[k->n++] = c;
	return CXChildVisit_Continue;
}

static int is_code(CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);

	return clang_isExpression(k) || clang_isStatement(k);
}

static struct cn *cv(struct ctu *t, CXCursor c, int depth);

static void add_kid(struct ctu *t, struct cn *n, struct cn *k, int *cap)
{
	if (n->nkids == *cap) {
		struct cn **v = alloc(t, (*cap ? 2 * *cap : 4) * sizeof(*v));

		if (n->nkids)
			memcpy(v, n->kids, n->nkids * sizeof(*v));
		n->kids = v;
		*cap = *cap ? 2 * *cap : 4;
	}
	n->kids[n->nkids++] = k;
}

static struct cn *node(struct ctu *t, enum cn_kind kind, CXCursor c)
{
	struct cn *n = alloc(t, sizeof(*n));

	n->kind = kind;
	n->cursor = keep_cursor(t, c);
	position(c, &n->line, &n->col);
	return n;
}

/* the gfp_t arguments of a call, from the callee's function type */
static unsigned char *call_gfp(struct ctu *t, CXCursor callee, int nargs)
{
	CXType ty = clang_getCursorType(callee);
	unsigned char *v = NULL;
	int i, n, guard = 0, any = 0;

	while (guard++ < 16) {
		if (ty.kind == CXType_Pointer)
			ty = clang_getPointeeType(ty);
		else if (ty.kind == CXType_Typedef)
			ty = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(ty));
		else if (ty.kind == CXType_Elaborated)
			ty = clang_Type_getNamedType(ty);
		else if (ty.kind == CXType_Unexposed && clang_getCanonicalType(ty).kind ==
			 CXType_FunctionProto && clang_getNumArgTypes(ty) < 0)
			ty = clang_getCanonicalType(ty);
		else
			break;
	}
	n = clang_getNumArgTypes(ty);
	if (n <= 0 || nargs <= 0)
		return NULL;
	v = alloc(t, nargs);
	for (i = 0; i < n && i < nargs; i++)
		if (is_gfp_type(t->rules, clang_getArgType(ty, i)))
			v[i] = any = 1;
	return any ? v : NULL;
}

/* the value of @c as an integer constant expression: 1 and *v, or 0 */
static int eval_int(CXCursor c, long long *v)
{
	CXEvalResult r = clang_Cursor_Evaluate(c);
	int ok = r && clang_EvalResult_getKind(r) == CXEval_Int;

	if (ok)
		*v = clang_EvalResult_getAsLongLong(r);
	if (r)
		clang_EvalResult_dispose(r);
	return ok;
}

static int int_constant(CXCursor c)
{
	long long v;

	return eval_int(c, &v);
}

/*
 * An unexposed expression with one operand is an implicit cast, unless
 * it spans more than its operand, or is a constant whose operand is not
 * (inside a macro both span the macro's name): then it is a type trait
 * whose operand is the expression of a typeof().
 */
static int is_type_trait(CXCursor c, CXCursor kid)
{
	if (!clang_equalRanges(clang_getCursorExtent(c), clang_getCursorExtent(kid)))
		return int_constant(c);
	return int_constant(c) && !int_constant(kid);
}

/* the canonical spelling of @ty without const/volatile in front */
static void type_key(CXType ty, char *buf, size_t size)
{
	CXString s = clang_getTypeSpelling(clang_getCanonicalType(ty));
	const char *p = clang_getCString(s);

	for (;;) {
		if (!strncmp(p, "const ", 6))
			p += 6;
		else if (!strncmp(p, "volatile ", 9))
			p += 9;
		else
			break;
	}
	snprintf(buf, size, "%s", p);
	clang_disposeString(s);
}

/* do @x and @y have the same type_key()?  The same canonical type has,
 * and canonical types of two kinds are spelled apart (a builtin type's
 * name is its kind's, the others' say `*`, `[`, `(`, struct, enum ...),
 * without spelling either */
static int same_key(CXType x, CXType y)
{
	char a[256], b[256];

	x = clang_getCanonicalType(x);
	y = clang_getCanonicalType(y);
	if (clang_equalTypes(x, y))
		return 1;
	if (x.kind != y.kind)
		return 0;
	type_key(x, a, sizeof(a));
	type_key(y, b, sizeof(b));
	return !strcmp(a, b);
}

/*
 * _Generic(x, T1: f1((void *)p), T2: f2((void *)p), ...): libclang 14
 * does not say which association is chosen.  Where the associations call
 * functions whose first parameter points to their type (seqlock.h's
 * __seqprop()), the one whose parameter points to x's type is; returns
 * its child index, or 0 when that does not decide.
 */
static int generic_selected(CXCursor c, struct kids *k)
{
	char want[256], have[256];
	int i, found = 0;

	(void)c;
	if (k->n < 3)
		return 0;
	type_key(clang_getCursorType(k->v[0]), want, sizeof(want));
	for (i = 1; i < k->n; i++) {
		CXCursor x = k->v[i], fn;
		CXType pt;
		int guard = 0;

		while (clang_getCursorKind(x) == CXCursor_UnexposedExpr && guard++ < 4) {
			struct kids in = { NULL, 0, 0 };

			clang_visitChildren(x, collect, &in);
			if (in.n != 1) {
				free(in.v);
				break;
			}
			x = in.v[0];
			free(in.v);
		}
		if (clang_getCursorKind(x) != CXCursor_CallExpr)
			continue;
		fn = clang_getCursorReferenced(x);
		if (clang_getCursorKind(fn) != CXCursor_FunctionDecl)
			continue;
		pt = clang_getArgType(clang_getCursorType(fn), 0);
		if (pt.kind == CXType_Invalid)
			continue;
		pt = clang_getPointeeType(clang_getCanonicalType(pt));
		if (pt.kind == CXType_Invalid)
			continue;
		type_key(pt, have, sizeof(have));
		if (!strcmp(want, have)) {
			if (found)
				return 0;
			found = i;
		}
	}
	return found;
}

/* for (init; cond; inc) body: clang leaves out the parts not written */
static void for_parts(struct ctu *t, CXCursor c, struct kids *k, struct cn *n,
		      int depth)
{
	CXCursor part[3];
	int have[3] = { 0, 0, 0 }, nh = k->n - 1, i;
	CXToken *tok = NULL;
	unsigned ntok = 0, semi[2] = { 0, 0 }, nsemi = 0, j;
	int pdepth = 0;

	clang_tokenize(t->tu, clang_getCursorExtent(c), &tok, &ntok);
	if (ntok > 2 && clang_getTokenKind(tok[0]) == CXToken_Keyword) {
		CXString s = clang_getTokenSpelling(t->tu, tok[0]);
		int isfor = !strcmp(clang_getCString(s), "for");

		clang_disposeString(s);
		for (j = 1; isfor && j < ntok && nsemi < 2; j++) {
			CXString p = clang_getTokenSpelling(t->tu, tok[j]);
			const char *x = clang_getCString(p);

			if (!strcmp(x, "("))
				pdepth++;
			else if (!strcmp(x, ")"))
				pdepth--;
			else if (!strcmp(x, ";") && pdepth == 1)
				clang_getExpansionLocation(clang_getTokenLocation(t->tu, tok[j]),
							   NULL, NULL, NULL, &semi[nsemi++]);
			clang_disposeString(p);
		}
	}
	if (tok)
		clang_disposeTokens(t->tu, tok, ntok);
	for (i = 0; i < nh; i++) {
		int slot;

		if (nsemi == 2) {
			unsigned off;

			clang_getExpansionLocation(clang_getCursorLocation(k->v[i]),
						   NULL, NULL, NULL, &off);
			slot = off < semi[0] ? 0 : off < semi[1] ? 1 : 2;
			if (clang_getCursorKind(k->v[i]) == CXCursor_DeclStmt)
				slot = 0;
		} else {
			/* inside a macro (list_for_each_entry): by position */
			slot = nh == 3 ? i : nh == 2 ? i + (i == 0 ? 0 : 1) : 1;
		}
		if (slot > 2 || have[slot])
			continue;
		part[slot] = k->v[i];
		have[slot] = 1;
	}
	n->kids = alloc(t, 4 * sizeof(*n->kids));
	n->nkids = 4;
	for (i = 0; i < 3; i++)
		n->kids[i] = have[i] ? cv(t, part[i], depth + 1) : NULL;
	n->kids[3] = nh >= 0 ? cv(t, k->v[nh], depth + 1) : NULL;
}

/* a binary operator sits at its operator, after the left operand */
static void op_position(struct ctu *t, CXCursor left, struct cn *n)
{
	CXFile f;
	unsigned off, line;
	const char *p;

	clang_getExpansionLocation(clang_getRangeEnd(clang_getCursorExtent(left)),
				   &f, &line, NULL, &off);
	if (!clang_File_isEqual(f, t->main) || line > t->orig_lines)
		return;
	p = t->text + off;
	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p || !strchr("=|&!<>+-*/%^", *p))
		return;		/* inside a macro: the macro's position */
	n->line = (int)line;
	n->col = display_col(t, line, (unsigned)(p - (t->text + t->line_off[line])) + 1);
}

/* a constant made here, not by clang */
static struct cn *made_const(struct ctu *t, CXCursor c, long long v)
{
	struct cn *n = node(t, CN_OTHER, c);

	n->val_state = 1;
	n->val = v;
	return n;
}

/* the marker call CLANG_ASSERT_MARKER(rule, kinds) in place of the
 * expansion @c of an assertion (clang_assert.c); a warning that asserts
 * nothing (@cond not null) is CLANG_ASSERT_MARKER(rule, 0, cond): its
 * condition is evaluated, and its value is the marker's, as sparse's
 * strong definition `__sleepcheck_warn(N, !!(c))` makes it */
static struct cn *assert_marker(struct ctu *t, CXCursor c, int rule, unsigned kinds,
				CXCursor cond, int depth)
{
	struct cn *n = node(t, CN_CALL, c), *ref = node(t, CN_REF, c);
	int cap = 0;

	if (!t->marker) {
		t->marker = alloc(t, sizeof(*t->marker));
		memset(t->marker, 0, sizeof(*t->marker));
		t->marker->name = astrdup(t, CLANG_ASSERT_MARKER);
		t->marker->kind = CD_FUNC;
		t->marker->body_state = 2;
		/* libclang answers a null cursor with nothing: no type, no
		 * attributes (clang_fn_pure() of `if (WARN_ON(x))`) */
		t->marker->cursor = keep_cursor(t, clang_getNullCursor());
	}
	ref->decl = t->marker;
	add_kid(t, n, ref, &cap);
	add_kid(t, n, made_const(t, c, rule), &cap);
	add_kid(t, n, made_const(t, c, kinds), &cap);
	if (!clang_Cursor_isNull(cond))
		add_kid(t, n, cv(t, cond, depth + 1), &cap);
	return n;
}

struct decl_search {
	enum CXCursorKind kind;
	const char *name;
	CXCursor found;
};

static enum CXChildVisitResult find_decl(CXCursor c, CXCursor parent, CXClientData p)
{
	struct decl_search *ds = p;
	CXString s;
	int eq;

	(void)parent;
	if (clang_getCursorKind(c) != ds->kind)
		return CXChildVisit_Continue;
	s = clang_getCursorSpelling(c);
	eq = !strcmp(clang_getCString(s), ds->name);
	clang_disposeString(s);
	if (!eq)
		return CXChildVisit_Continue;
	ds->found = c;
	return CXChildVisit_Break;
}

CXCursor clang_find_decl(CXTranslationUnit tu, enum CXCursorKind kind,
			 const char *name)
{
	struct decl_search ds = { kind, name, clang_getNullCursor() };

	clang_visitChildren(clang_getTranslationUnitCursor(tu), find_decl, &ds);
	return ds.found;
}

/*
 * The call fn(&var) that leaving the scope of @var (DECL @d) makes, if
 * its declaration has __attribute__((cleanup(fn))), else NULL.  libclang
 * does not expose the attribute; the declaration printed has it.  The
 * call is where the declaration begins (sparse_cleanup.c).
 */
static struct cn *cleanup_call(struct ctu *t, CXCursor var, struct cn *d)
{
	static const char key[] = "__attribute__((cleanup(";
	struct cn *call, *ref, *addr, *v;
	CXCursor fn = clang_getNullCursor();
	CXString s;
	const char *p, *e;
	char name[256];
	int cap = 0;

	if (!clang_Cursor_hasAttrs(var))
		return NULL;
	s = clang_getCursorPrettyPrinted(var, t->policy);
	p = strstr(clang_getCString(s), key);
	e = p ? strchr(p + sizeof(key) - 1, ')') : NULL;
	if (e && e - p - (sizeof(key) - 1) < sizeof(name)) {
		memcpy(name, p + sizeof(key) - 1, e - p - (sizeof(key) - 1));
		name[e - p - (sizeof(key) - 1)] = 0;
		fn = clang_find_decl(t->tu, CXCursor_FunctionDecl, name);
	}
	clang_disposeString(s);
	if (clang_Cursor_isNull(fn))
		return NULL;
	call = node(t, CN_CALL, var);
	ref = node(t, CN_REF, var);
	addr = node(t, CN_UNOP, var);
	v = node(t, CN_REF, var);
	ref->decl = decl_of(t, fn);
	ref->decl->is_cleanup = 1;
	v->decl = d->decl;
	addr->op = OP_ADDR;
	add_kid(t, addr, v, &cap);
	cap = 0;
	add_kid(t, call, ref, &cap);
	add_kid(t, call, addr, &cap);
	/* where the declaration begins, as sparse has it */
	position_at(clang_getRangeStart(clang_getCursorExtent(var)), &call->line, &call->col);
	ref->line = addr->line = v->line = call->line;
	ref->col = addr->col = v->col = call->col;
	return call;
}

static struct cn *cv(struct ctu *t, CXCursor c, int depth)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct kids k = { NULL, 0, 0 };
	struct cn *n;
	int cap = 0, i;

	if (depth > 2000)	/* clang itself stops far below this */
		return NULL;
	if (t->asites.n && is_code(c)) {
		const struct asite *a;
		CXCursor cond = clang_getNullCursor();
		int rule;
		unsigned kinds;

		CXCursor lock = clang_getNullCursor();

		a = clang_assert_at(t->rules, &t->asites, c, &rule, &kinds, &lock);
		/* a warning whose condition is not found stays as written */
		if (a && a->warn)
			cond = clang_assert_cond(a, c);
		if (a && (!a->warn || !clang_Cursor_isNull(cond))) {
			n = assert_marker(t, c, rule, kinds, cond, depth);
			/* an assert-held's lock */
			if (n && !a->warn && kinds && !clang_Cursor_isNull(lock))
				n->lock = cv(t, lock, depth + 1);
			/* a warning's value: a branch on it has a warned
			 * edge (clang_ir.c warn_side()) */
			if (n && t->rules->asserts[rule].kind == ASSERT_WARN)
				n->warn = 1;
			return n;
		}
	}
	clang_visitChildren(c, collect, &k);
	switch (kind) {
	case CXCursor_CompoundStmt:
		n = node(t, CN_COMPOUND, c);
		n->scope = 1;
		break;
	case CXCursor_IfStmt: n = node(t, CN_IF, c); break;
	case CXCursor_WhileStmt: n = node(t, CN_WHILE, c); break;
	case CXCursor_DoStmt: n = node(t, CN_DO, c); break;
	case CXCursor_SwitchStmt: n = node(t, CN_SWITCH, c); break;
	case CXCursor_CaseStmt: n = node(t, CN_CASE, c); break;
	case CXCursor_DefaultStmt: n = node(t, CN_DEFAULT, c); break;
	case CXCursor_BreakStmt: n = node(t, CN_BREAK, c); break;
	case CXCursor_ContinueStmt: n = node(t, CN_CONTINUE, c); break;
	case CXCursor_ReturnStmt: n = node(t, CN_RETURN, c); break;
	case CXCursor_StmtExpr: n = node(t, CN_STMTEXPR, c); break;
	case CXCursor_InitListExpr: {
		CXType ty = clang_getCanonicalType(clang_getCursorType(c));

		n = node(t, CN_INITLIST, c);
		if (ty.kind == CXType_Record) {
			CXCursor rec = clang_getTypeDeclaration(ty);
			struct kids f = { NULL, 0, 0 };
			char buf[512];
			int j, m = 0;

			record_name(t, rec, buf, sizeof(buf));
			n->name = astrdup(t, buf);
			clang_visitChildren(rec, collect, &f);
			n->fields = alloc(t, (f.n + 1) * sizeof(char *));
			n->fdecls = alloc(t, (f.n + 1) * sizeof(struct cdecl *));
			for (j = 0; j < f.n; j++)
				if (clang_getCursorKind(f.v[j]) == CXCursor_FieldDecl) {
					n->fdecls[m] = decl_of(t, f.v[j]);
					n->fields[m++] = cxstr(t, clang_getCursorSpelling(f.v[j]));
				}
			free(f.v);
		}
		break;
	}
	case CXCursor_ForStmt:
		n = node(t, CN_FOR, c);
		for_parts(t, c, &k, n, depth);
		free(k.v);
		return n;
	case CXCursor_LabelStmt:
		n = node(t, CN_LABEL, c);
		n->name = cxstr(t, clang_getCursorSpelling(c));
		break;
	case CXCursor_GotoStmt:
		n = node(t, CN_GOTO, c);
		n->name = k.n ? cxstr(t, clang_getCursorSpelling(k.v[0])) : NULL;
		free(k.v);
		return n;
	case CXCursor_DeclStmt:
		n = node(t, CN_COMPOUND, c);
		for (i = 0; i < k.n; i++) {
			struct cn *d;
			CXCursor init;

			if (clang_getCursorKind(k.v[i]) != CXCursor_VarDecl)
				continue;
			d = node(t, CN_DECL, k.v[i]);
			d->decl = decl_of(t, k.v[i]);
			init = clang_Cursor_getVarDeclInitializer(k.v[i]);
			/* a static local's initializer does not run here */
			if (!clang_Cursor_isNull(init) && d->decl->is_static)
				d->decl->static_init = 1;
			if (!clang_Cursor_isNull(init) && !d->decl->is_static) {
				struct cn *e = cv(t, init, depth + 1);

				if (e) {
					d->kids = alloc(t, sizeof(*d->kids));
					d->kids[0] = e;
					d->nkids = 1;
				}
			}
			d->cleanup = cleanup_call(t, k.v[i], d);
			add_kid(t, n, d, &cap);
		}
		free(k.v);
		return n;
	case CXCursor_CallExpr: {
		int na = clang_Cursor_getNumArguments(c);
		struct cn *callee;

		n = node(t, CN_CALL, c);
		if (!k.n) {
			free(k.v);
			return n;
		}
		callee = cv(t, k.v[0], depth + 1);
		add_kid(t, n, callee, &cap);
		for (i = 0; i < na; i++)
			add_kid(t, n, cv(t, clang_Cursor_getArgument(c, i), depth + 1), &cap);
		n->arg_gfp = call_gfp(t, k.v[0], na);
		/* a call sits where its callee expression begins: the
		 * function's name, or `ops` in `ops->alloc(...)` */
		free(k.v);
		return n;
	}
	case CXCursor_DeclRefExpr:
		n = node(t, CN_REF, c);
		n->decl = decl_of(t, clang_getCursorReferenced(c));
		free(k.v);
		return n;
	case CXCursor_MemberRefExpr: {
		CXCursor field = clang_getCursorReferenced(c);
		char buf[600], rec[512];

		n = node(t, CN_MEMBER, c);
		n->decl = decl_of(t, field);
		record_name(t, clang_getCursorSemanticParent(field), rec, sizeof(rec));
		snprintf(buf, sizeof(buf), "%s.%s", rec, n->decl ? n->decl->name : "?");
		n->name = astrdup(t, buf);
		break;
	}
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
		n = node(t, kind == CXCursor_BinaryOperator ? CN_BINOP : CN_ASSIGN, c);
		if (k.n)
			op_position(t, k.v[0], n);
		break;
	case CXCursor_UnaryOperator: n = node(t, CN_UNOP, c); break;
	case CXCursor_ConditionalOperator: n = node(t, CN_COND, c); break;
	case CXCursor_ParenExpr:
		n = node(t, CN_CAST, c);
		break;
	case CXCursor_CStyleCastExpr: {
		/* the operand is the last child; one before it may be the
		 * expression of a typeof() in the type, never evaluated */
		struct cn *x = NULL;

		n = node(t, CN_CAST, c);
		for (i = k.n - 1; i >= 0 && !x; i--)
			if (is_code(k.v[i]))
				x = cv(t, k.v[i], depth + 1);
		if (x)
			add_kid(t, n, x, &cap);
		else
			n->kind = CN_OTHER;
		free(k.v);
		return n;
	}
	case CXCursor_GCCAsmStmt:
		n = node(t, CN_ASM, c);
		break;
	case CXCursor_AddrLabelExpr:
		n = node(t, CN_ADDRLABEL, c);
		n->name = k.n ? cxstr(t, clang_getCursorSpelling(k.v[0])) : NULL;
		free(k.v);
		return n;
	case CXCursor_GenericSelectionExpr:
		i = generic_selected(c, &k);
		if (i > 0) {
			n = node(t, CN_CAST, c);
			add_kid(t, n, cv(t, k.v[i], depth + 1), &cap);
			free(k.v);
			return n;
		}
		n = node(t, CN_OTHER, c);
		break;
	case CXCursor_UnaryExpr:	/* sizeof, alignof */
		n = node(t, CN_NOEVAL, c);
		free(k.v);
		return n;
	case CXCursor_UnexposedExpr:
		for (i = 0; i < k.n; i++)
			if (clang_getCursorKind(k.v[i]) == CXCursor_MemberRef)
				break;
		if (i < k.n) {
			/* .a.b = value: the last MemberRef names the field */
			CXCursor field;
			char buf[600], rec[512];
			int last = i;

			n = node(t, CN_DESIG, c);
			/* the first designator's field too (fdecls[0]): the
			 * member of the object a nested one is in */
			n->fdecls = alloc(t, 2 * sizeof(struct cdecl *));
			n->fdecls[0] = decl_of(t, clang_getCursorReferenced(k.v[i]));
			n->fdecls[1] = NULL;
			for (; i < k.n; i++)
				if (clang_getCursorKind(k.v[i]) == CXCursor_MemberRef)
					last = i;
			field = clang_getCursorReferenced(k.v[last]);
			n->decl = decl_of(t, field);
			record_name(t, clang_getCursorSemanticParent(field), rec, sizeof(rec));
			snprintf(buf, sizeof(buf), "%s.%s", rec,
				 cxstr(t, clang_getCursorSpelling(k.v[last])));
			n->name = astrdup(t, buf);
			break;
		}
		if (k.n == 4 && clang_equalRanges(clang_getCursorExtent(k.v[0]),
						  clang_getCursorExtent(k.v[1])) &&
		    clang_equalRanges(clang_getCursorExtent(k.v[0]),
				      clang_getCursorExtent(k.v[2]))) {
			/* GNU a ?: b: the common operand, two opaque uses
			 * of it, and b; kept as a two-operand CN_COND */
			n = node(t, CN_COND, c);
			add_kid(t, n, cv(t, k.v[0], depth + 1), &cap);
			add_kid(t, n, cv(t, k.v[3], depth + 1), &cap);
			free(k.v);
			return n;
		}
		for (i = 0, cap = -1; i < k.n; i++)
			if (is_code(k.v[i]))
				cap = cap == -1 ? i : -2;
		if (cap >= 0 && is_type_trait(c, k.v[cap])) {
			/* __builtin_types_compatible_p(typeof(*x), T) and the
			 * like: a constant whose operand is a type's, never
			 * evaluated */
			n = node(t, CN_NOEVAL, c);
			free(k.v);
			return n;
		}
		cap = 0;
		if (k.n == 3 && is_code(k.v[0]) && is_code(k.v[1]) && is_code(k.v[2])) {
			long long v;

			if (eval_int(k.v[0], &v)) {
				/* __builtin_choose_expr(c, a, b): only one side exists */
				n = node(t, CN_CAST, c);
				add_kid(t, n, cv(t, k.v[v ? 1 : 2], depth + 1), &cap);
				free(k.v);
				return n;
			}
		}
		n = node(t, CN_CAST, c);
		break;
	default:
		n = node(t, CN_OTHER, c);
		break;
	}
	for (i = 0; i < k.n; i++) {
		struct cn *x;

		if (!is_code(k.v[i]))
			continue;
		x = cv(t, k.v[i], depth + 1);
		if (x)
			add_kid(t, n, x, &cap);
	}
	if (n->kind == CN_CAST && n->nkids != 1)
		n->kind = CN_OTHER;
	free(k.v);
	return n;
}

struct cn *clang_body(struct ctu *t, struct cdecl *d)
{
	CXCursor def;
	struct kids k = { NULL, 0, 0 };
	int i;

	if (!d || d->kind != CD_FUNC)
		return NULL;
	if (d->body_state)
		return d->body;
	d->body_state = 2;
	def = clang_getCursorDefinition(*(CXCursor *)d->cursor);
	if (clang_Cursor_isNull(def))
		return NULL;
	clang_visitChildren(def, collect, &k);
	for (i = 0; i < k.n; i++) {
		if (clang_getCursorKind(k.v[i]) == CXCursor_CompoundStmt) {
			clang_assert_scan(t->rules, t->tu, k.v[i], &t->asites);
			d->body = cv(t, k.v[i], 0);
			t->asites.n = 0;
			d->body_state = 1;
			break;
		}
	}
	free(k.v);
	return d->body;
}

static enum cn_op op_from(const char *s, int prefix)
{
	static const struct {
		const char *text;
		enum cn_op op;
	} ops[] = {
		{ "||", OP_LOR }, { "&&", OP_LAND }, { "==", OP_EQ }, { "!=", OP_NE },
		{ "<<=", OP_OTHER }, { ">>=", OP_OTHER }, { "<<", OP_SHL }, { ">>", OP_SHR },
		{ "<=", OP_LE }, { ">=", OP_GE }, { "|=", OP_BOR }, { "&=", OP_BAND },
		{ "++", OP_INC }, { "--", OP_INC }, { "->", OP_OTHER },
		{ "+=", OP_ADD_ASSIGN }, { "-=", OP_ADD_ASSIGN }, { "*=", OP_OTHER }, { "/=", OP_OTHER },
		{ "%=", OP_OTHER }, { "^=", OP_OTHER },
		{ "|", OP_BOR }, { "&", OP_BAND }, { "<", OP_LT }, { ">", OP_GT },
		{ "!", OP_LNOT }, { "~", OP_BNOT }, { "*", OP_MUL }, { "-", OP_SUB },
		{ "+", OP_ADD }, { "/", OP_DIV }, { "%", OP_MOD }, { "^", OP_XOR },
		{ "=", OP_ASSIGN_PLAIN },
	};
	size_t i;

	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (strncmp(s, ops[i].text, strlen(ops[i].text)))
			continue;
		if (!prefix)
			return ops[i].op;
		switch (ops[i].op) {	/* the prefix forms */
		case OP_BAND: return OP_ADDR;
		case OP_MUL: return OP_DEREF;
		case OP_SUB: return OP_NEG;
		case OP_LNOT: case OP_BNOT: case OP_INC: case OP_ADD: return ops[i].op;
		default: return OP_OTHER;
		}
	}
	return OP_OTHER;
}

/* the text of file @f (its size into *@size), read once a file */
static const char *file_text(struct ctu *t, CXFile f, size_t *size)
{
	struct ftext *e;
	int i;

	for (i = t->nft - 1; i >= 0; i--)
		if (t->ft[i].f == f) {
			*size = t->ft[i].size;
			return t->ft[i].buf;
		}
	if (t->nft == t->ftcap) {
		t->ftcap = t->ftcap ? 2 * t->ftcap : 16;
		t->ft = sc_realloc(t->ft, t->ftcap * sizeof(*t->ft));
	}
	e = &t->ft[t->nft++];
	e->f = f;
	e->size = 0;
	e->buf = clang_getFileContents(t->tu, f, &e->size);
	*size = e->size;
	return e->buf;
}

/* the text at @loc's file position: its file's buffer from there */
static const char *text_at(struct ctu *t, CXSourceLocation loc, CXFile *f, unsigned *off)
{
	const char *buf;
	size_t size;

	clang_getFileLocation(loc, f, NULL, NULL, off);
	if (!*f || !(buf = file_text(t, *f, &size)) || *off >= size)
		return NULL;
	return buf + *off;
}

static const char *skip_space(const char *p)
{
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\\')
			p++;
		if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");

			if (!e)
				return p;
			p = e + 2;
		} else {
			return p;
		}
	}
}

static int is_lvalue_kind(CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);

	return k == CXCursor_DeclRefExpr || k == CXCursor_MemberRefExpr ||
	       k == CXCursor_ArraySubscriptExpr || k == CXCursor_ParenExpr;
}

/* inside a macro's body the operator cannot be read: what the types say */
static enum cn_op op_by_types(struct cn *n)
{
	CXCursor c = *(CXCursor *)n->cursor, k0;
	CXType rt, ot;

	if (!n->nkids)
		return OP_OTHER;
	k0 = *(CXCursor *)n->kids[0]->cursor;
	if (n->kind == CN_BINOP) {
		/* an operand read for its value is wrapped in an implicit
		 * lvalue-to-rvalue cast; the left side of `=` is not */
		return is_lvalue_kind(k0) ? OP_ASSIGN_PLAIN : OP_OTHER;
	}
	if (n->kind != CN_UNOP)
		return OP_OTHER;
	rt = clang_getCanonicalType(clang_getCursorType(c));
	ot = clang_getCanonicalType(clang_getCursorType(k0));
	if (ot.kind == CXType_Pointer &&
	    clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(ot)), rt))
		return OP_DEREF;
	if (rt.kind == CXType_Pointer && is_lvalue_kind(k0))
		return OP_ADDR;
	return OP_OTHER;
}

enum cn_op clang_op(struct ctu *t, struct cn *n)
{
	CXFile f1, f2;
	unsigned o1, o2;
	const char *p, *q;

	if (n->op != OP_NONE)
		return n->op;
	if (n->kind != CN_BINOP && n->kind != CN_ASSIGN && n->kind != CN_UNOP)
		return OP_NONE;
	n->op = OP_OTHER;
	if (n->kind == CN_UNOP) {
		CXSourceRange r = clang_getCursorExtent(*(CXCursor *)n->cursor);

		p = text_at(t, clang_getRangeStart(r), &f1, &o1);
		if (p && strchr("!~&*-+", *p)) {
			n->op = op_from(p, 1);
			return n->op;
		}
		/* postfix ++ / -- end the extent */
		q = text_at(t, clang_getRangeEnd(r), &f2, &o2);
		if (q && o2 >= 2 && (!strncmp(q - 2, "++", 2) || !strncmp(q - 2, "--", 2)) &&
		    n->nkids && clang_getCursorKind(*(CXCursor *)n->kids[0]->cursor) !=
		    CXCursor_UnexposedExpr) {
			n->op = OP_INC;
			return n->op;
		}
		n->op = op_by_types(n);
		return n->op;
	}
	if (n->nkids != 2)
		return n->op;
	p = text_at(t, clang_getRangeEnd(clang_getCursorExtent(*(CXCursor *)n->kids[0]->cursor)),
		    &f1, &o1);
	q = text_at(t, clang_getRangeStart(clang_getCursorExtent(*(CXCursor *)n->kids[1]->cursor)),
		    &f2, &o2);
	if (p && q && clang_File_isEqual(f1, f2) && o2 > o1) {
		const char *op = skip_space(p);

		if (op < q && strchr("|&=!<>+-*/%^", *op)) {
			n->op = op_from(op, 0);
			return n->op;
		}
	}
	n->op = n->kind == CN_ASSIGN ? OP_OTHER : op_by_types(n);
	return n->op;
}

int clang_const(struct ctu *t, struct cn *n, long long *v)
{
	(void)t;
	if (!n)
		return 0;
	if (!n->val_state) {
		enum CXCursorKind k = clang_getCursorKind(*(CXCursor *)n->cursor);

		n->val_state = 2;
		if (clang_isExpression(k) && n->kind != CN_CALL && n->kind != CN_ASSIGN &&
		    n->kind != CN_STMTEXPR && eval_int(*(CXCursor *)n->cursor, &n->val))
			n->val_state = 1;
	}
	*v = n->val;
	return n->val_state == 1;
}

int clang_literal_zero(struct ctu *t, struct cn *n)
{
	long long v;
	int guard = 0;

	/* the conversions libclang implies (ImplicitCastExpr, unexposed);
	 * parentheses or a cast written (`((void *)0)`) stop it */
	while (n && n->kind == CN_CAST && n->nkids == 1 && n->kids[0] && guard++ < 64 &&
	       clang_getCursorKind(*(CXCursor *)n->cursor) == CXCursor_UnexposedExpr)
		n = n->kids[0];
	return n && clang_getCursorKind(*(CXCursor *)n->cursor) == CXCursor_IntegerLiteral &&
	       clang_const(t, n, &v) && v == 0;
}

int clang_returns_gfp(struct ctu *t, struct cdecl *d)
{
	return is_gfp_type(t->rules,
			   clang_getCursorResultType(*(CXCursor *)d->cursor));
}

unsigned clang_gfp_params(struct ctu *t, struct cdecl *d)
{
	CXType ty = clang_getCursorType(*(CXCursor *)d->cursor);
	int i, n = clang_getNumArgTypes(ty);
	unsigned bits = 0;

	for (i = 0; i < n && i < GFP_MAX_PARAMS; i++)
		if (is_gfp_type(t->rules, clang_getArgType(ty, i)))
			bits |= 1u << i;
	return bits;
}

struct walk_arg {
	struct ctu *t;
	void (*fn)(void *, struct cdecl *);
	void (*var)(void *, struct cdecl *, struct cn *, const char *);
	void *arg;
};

/* keeps top-level cursor @c when it is written in the main file, or
 * expanded there (SYSCALL_DEFINE), not in the probe */
static enum CXChildVisitResult top(CXCursor c, CXCursor parent, CXClientData p)
{
	struct ctu *t = p;
	unsigned line;
	CXFile f;

	(void)parent;
	clang_getExpansionLocation(clang_getCursorLocation(c), &f, &line, NULL, NULL);
	if (!clang_File_isEqual(f, t->main) || line > t->orig_lines)
		return CXChildVisit_Continue;
	if (t->ntops == t->topcap) {
		t->topcap = t->topcap ? 2 * t->topcap : 256;
		t->tops = sc_realloc(t->tops, t->topcap * sizeof(*t->tops));
	}
	t->tops[t->ntops++] = c;
	return CXChildVisit_Continue;
}

/* a static function defined, not inline, outside the main file; with
 * w->var, a static variable defined there instead */
static enum CXChildVisitResult top_header(CXCursor c, CXCursor parent, CXClientData p)
{
	struct walk_arg *w = p;
	struct cdecl *d;
	CXFile f;

	(void)parent;
	if (w->var) {
		CXCursor init;

		if (clang_getCursorKind(c) != CXCursor_VarDecl ||
		    clang_Cursor_getStorageClass(c) != CX_SC_Static)
			return CXChildVisit_Continue;
		clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
		if (clang_File_isEqual(f, w->t->main))
			return CXChildVisit_Continue;
		init = clang_Cursor_getVarDeclInitializer(c);
		w->var(w->arg, decl_of(w->t, c),
		       clang_Cursor_isNull(init) ? NULL : cv(w->t, init, 0), NULL);
		return CXChildVisit_Continue;
	}
	if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c))
		return CXChildVisit_Continue;
	/* what decl_fill() reads for is_inline and is_static, before
	 * making a cdecl for each of the headers' inline functions */
	if (clang_Cursor_isFunctionInlined(c) ||
	    clang_Cursor_getStorageClass(clang_getCanonicalCursor(c)) != CX_SC_Static)
		return CXChildVisit_Continue;
	clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
	if (clang_File_isEqual(f, w->t->main))
		return CXChildVisit_Continue;
	d = decl_of(w->t, c);
	if (d && d->is_static && !d->is_inline)
		w->fn(w->arg, d);
	return CXChildVisit_Continue;
}

void clang_tu_walk_headers(struct ctu *t, void (*fn)(void *arg, struct cdecl *d),
			   void *arg)
{
	struct walk_arg w = { t, fn, NULL, arg };

	clang_visitChildren(clang_getTranslationUnitCursor(t->tu), top_header, &w);
}

void clang_tu_walk_header_vars(struct ctu *t,
			       void (*var)(void *arg, struct cdecl *d, struct cn *init,
					   const char *record), void *arg)
{
	struct walk_arg w = { t, NULL, var, arg };

	clang_visitChildren(clang_getTranslationUnitCursor(t->tu), top_header, &w);
}

void clang_tu_walk(struct ctu *t, void (*fn)(void *arg, struct cdecl *d),
		   void (*var)(void *arg, struct cdecl *d, struct cn *init,
			       const char *record), void *arg)
{
	int i;

	/* the main file's cursors are found on the first walk */
	if (!t->tops_known) {
		clang_visitChildren(clang_getTranslationUnitCursor(t->tu), top, t);
		t->tops_known = 1;
	}
	for (i = 0; i < t->ntops; i++) {
		CXCursor c = t->tops[i];
		enum CXCursorKind k = clang_getCursorKind(c);

		if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
			fn(arg, decl_of(t, c));
		} else if (k == CXCursor_VarDecl) {
			CXCursor init = clang_Cursor_getVarDeclInitializer(c);

			/* one with no initializer too: what it makes
			 * (clang_fnptrs.c) */
			var(arg, decl_of(t, c),
			    clang_Cursor_isNull(init) ? NULL : cv(t, init, 0), NULL);
		}
	}
}

int clang_tu_probe(struct ctu *t, const struct rules *rules,
		   unsigned long long *mask, unsigned char **noassert)
{
	CXCursor tuc = clang_getTranslationUnitCursor(t->tu);
	struct kids k = { NULL, 0, 0 };
	int i, r, found = 0;

	*noassert = NULL;
	clang_visitChildren(tuc, collect, &k);
	for (i = k.n - 1; i >= 0; i--) {
		CXString s;
		CXCursor init;
		CXEvalResult ev;
		int gfp;

		if (clang_getCursorKind(k.v[i]) != CXCursor_VarDecl)
			continue;
		s = clang_getCursorSpelling(k.v[i]);
		gfp = !strcmp(clang_getCString(s), "__sleepcheck_gfp_probe");
		r = rules_noassert_index(rules, clang_getCString(s));
		clang_disposeString(s);
		if (r >= 0) {
			if (!*noassert)
				*noassert = sc_calloc((size_t)rules->nasserts, 1);
			(*noassert)[r] = 1;
		}
		if (!gfp)
			continue;
		/* the gfp probe is written before the assertion probe's:
		 * read from the end, they have all been seen */
		init = clang_Cursor_getVarDeclInitializer(k.v[i]);
		ev = clang_isInvalid(clang_getCursorKind(init)) ? NULL :
		     clang_Cursor_Evaluate(init);
		if (ev && clang_EvalResult_getKind(ev) == CXEval_Int) {
			*mask = clang_EvalResult_getAsUnsigned(ev);
			found = *mask != 0;
		}
		if (ev)
			clang_EvalResult_dispose(ev);
		break;
	}
	free(k.v);
	return found;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, r;

	if (!f)
		return NULL;
	do {
		if (cap - n < 65536) {
			cap = cap ? 2 * cap : 65536;
			buf = sc_realloc(buf, cap + 1);
		}
		r = fread(buf + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	if (ferror(f)) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

struct ctu *clang_tu_parse(const char *file, const char *display,
			   const char *const *args, int nargs,
			   const struct rules *rules, const char *probe)
{
	struct ctu *t = sc_calloc(1, sizeof(*t));
	struct CXUnsavedFile unsaved;
	size_t len = 0, i, plen = probe ? strlen(probe) : 0;
	unsigned nd, d;
	char *text = read_file(file, &len);
	enum CXErrorCode err;

	if (!text) {
		fprintf(stderr, "%s: error: cannot read: %m\n", display);
		free(t);
		return NULL;
	}
	t->rules = rules;
	t->hsize = 1024;
	t->hash = sc_calloc(t->hsize, sizeof(*t->hash));
	t->orig_lines = 1;
	for (i = 0; i < len; i++)
		t->orig_lines += text[i] == '\n';
	t->line_off = sc_calloc(t->orig_lines + 2, sizeof(*t->line_off));
	t->line_off[1] = 0;
	for (i = 0, nd = 2; i < len; i++)
		if (text[i] == '\n')
			t->line_off[nd++] = (unsigned)(i + 1);
	t->text = sc_malloc(len + plen + 3);
	memcpy(t->text, text, len);
	t->text[len] = '\n';
	memcpy(t->text + len + 1, probe ? probe : "", plen);
	t->text[len + 1 + plen] = '\n';
	t->text[len + 2 + plen] = '\0';
	free(text);
	unsaved.Filename = file;
	unsaved.Contents = t->text;
	unsaved.Length = len + plen + 2;

	t->idx = clang_createIndex(0, 0);
	err = clang_parseTranslationUnit2(t->idx, file, args, nargs, &unsaved, 1,
					  CXTranslationUnit_KeepGoing, &t->tu);
	if (err != CXError_Success || !t->tu) {
		fprintf(stderr, "%s: error: libclang could not parse it (error %d)\n",
			display, (int)err);
		clang_tu_free(t);
		return NULL;
	}
	t->main = clang_getFile(t->tu, file);
	cur_tu = t;
	nd = clang_getNumDiagnostics(t->tu);
	for (d = 0; d < nd; d++) {
		CXDiagnostic dg = clang_getDiagnostic(t->tu, d);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(dg);
		CXFile f;
		unsigned line;
		CXString s;

		clang_getExpansionLocation(clang_getDiagnosticLocation(dg), &f, &line,
					   NULL, NULL);
		if (sev < CXDiagnostic_Error ||
		    (clang_Location_isFromMainFile(clang_getDiagnosticLocation(dg)) &&
		     line > t->orig_lines)) {
			clang_disposeDiagnostic(dg);
			continue;
		}
		s = clang_getDiagnosticSpelling(dg);
		if (!f) {
			/* an error about the command line has no position */
			fprintf(stderr, "%s: error: %s\n", display, clang_getCString(s));
		} else {
			CXString fn = clang_getFileName(f);
			int dl, dc;

			position_at(clang_getDiagnosticLocation(dg), &dl, &dc);
			fprintf(stderr, "%s:%d:%d: error: %s\n",
				clang_File_isEqual(f, t->main) ? display : clang_getCString(fn),
				dl, dc, clang_getCString(s));
			clang_disposeString(fn);
		}
		clang_disposeString(s);
		clang_disposeDiagnostic(dg);
		clang_tu_free(t);
		return NULL;
	}
	return t;
}

void clang_tu_free(struct ctu *t)
{
	struct arena *a;

	if (!t)
		return;
	while ((a = t->arena)) {
		t->arena = a->next;
		free(a);
	}
	free(t->asites.v);
	if (t->policy)
		clang_PrintingPolicy_dispose(t->policy);
	if (t->tu)
		clang_disposeTranslationUnit(t->tu);
	if (t->idx)
		clang_disposeIndex(t->idx);
	if (cur_tu == t)
		cur_tu = NULL;
	free(t->hash);
	free(t->text);
	free(t->line_off);
	free(t->bw);
	free(t->fnh);
	free(t->ft);
	free(t->nd);
	free(t->tops);
	free(t);
}

/* ---- types for gfp values in struct fields (clang_fields.c) ---- */

/* the struct (not union) declaration @ty is, through typedefs and
 * qualifiers; 1 and *rec, or 0 */
static int struct_decl(CXType ty, CXCursor *rec)
{
	ty = clang_getCanonicalType(ty);
	if (ty.kind != CXType_Record)
		return 0;
	*rec = clang_getTypeDeclaration(ty);
	return clang_getCursorKind(*rec) == CXCursor_StructDecl;
}

/* the struct (not union) that parameter @k of @fn points to, in *@rec */
static int param_struct(struct cdecl *fn, int k, CXCursor *rec)
{
	CXType ty = clang_getCursorType(*(CXCursor *)fn->cursor);

	if (k < 0 || k >= clang_getNumArgTypes(ty))
		return 0;
	ty = clang_getCanonicalType(clang_getArgType(ty, k));
	return ty.kind == CXType_Pointer && struct_decl(clang_getPointeeType(ty), rec);
}

int clang_fn_nparams(struct cdecl *fn)
{
	CXType ty;

	if (!fn || !fn->cursor)
		return 0;
	ty = clang_getCursorType(*(CXCursor *)fn->cursor);
	return ty.kind == CXType_FunctionProto ? clang_getNumArgTypes(ty) : 0;
}

/* is @ty a pointer to a const-qualified object? */
static int type_points_const(CXType ty)
{
	ty = clang_getCanonicalType(ty);
	return ty.kind == CXType_Pointer && clang_isConstQualifiedType(clang_getPointeeType(ty));
}

int clang_param_points_const(struct cdecl *fn, int k)
{
	CXType ty;

	if (!fn || !fn->cursor)
		return 0;
	ty = clang_getCursorType(*(CXCursor *)fn->cursor);
	return k >= 0 && k < clang_getNumArgTypes(ty) &&
	       type_points_const(clang_getArgType(ty, k));
}

int clang_points_const(struct cn *n)
{
	return n && n->cursor && type_points_const(clang_getCursorType(*(CXCursor *)n->cursor));
}

int clang_param_struct_ptr(struct ctu *t, struct cdecl *fn, int k)
{
	CXCursor rec;

	(void)t;
	return param_struct(fn, k, &rec);
}

int clang_decl_struct(struct cdecl *d)
{
	CXCursor rec;

	return d && (d->kind == CD_VAR || d->kind == CD_PARAM) && d->cursor &&
	       struct_decl(clang_getCursorType(*(CXCursor *)d->cursor), &rec);
}

int clang_var_struct(struct cdecl *var)
{
	CXCursor rec;

	return var && var->kind == CD_VAR && var->cursor &&
	       struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &rec);
}

int clang_points_to_var_struct(struct cn *n, struct cdecl *var)
{
	CXCursor a, b;
	CXType ty;

	if (!n || !n->cursor || !var || var->kind != CD_VAR || !var->cursor)
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->cursor));
	if (ty.kind != CXType_Pointer || !struct_decl(clang_getPointeeType(ty), &a) ||
	    !struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &b))
		return 0;
	return clang_equalCursors(clang_getCanonicalCursor(a), clang_getCanonicalCursor(b));
}

/* is @field a named member of a named struct (no anonymous record
 * around it)?  Its cursor into *@c, its struct's into *@parent */
static int struct_field(struct cdecl *field, CXCursor *c, CXCursor *parent)
{
	if (!field || field->kind != CD_FIELD || !field->name[0])
		return 0;
	*c = *(CXCursor *)field->cursor;
	*parent = clang_getCursorSemanticParent(*c);
	return clang_getCursorKind(*parent) == CXCursor_StructDecl &&
	       !clang_Cursor_isAnonymousRecordDecl(*parent);
}

int clang_struct_member(struct cdecl *field)
{
	CXCursor c, parent;

	return struct_field(field, &c, &parent);
}

int clang_field_gfp(struct ctu *t, struct cdecl *field)
{
	CXCursor c, parent;

	return struct_field(field, &c, &parent) &&
	       is_gfp_type(t->rules, clang_getCursorType(c));
}

int clang_is_pointer(struct cn *n)
{
	return n && clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->cursor)).kind ==
		    CXType_Pointer;
}

/*
 * As sparse linearizes casts: a cast written to a pointer other than
 * void *, or an implicit conversion to one from another pointer type
 * (qualifiers of the pointed-to type aside), is an OP_PTRCAST.
 */
int clang_pointer_cast(struct cn *n)
{
	CXCursor c;
	CXType ty, from;
	enum CXCursorKind k;

	if (!n || n->kind != CN_CAST || n->nkids != 1)
		return 0;
	c = *(CXCursor *)n->cursor;
	k = clang_getCursorKind(c);
	if (k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(c));
	if (ty.kind != CXType_Pointer ||
	    clang_getCanonicalType(clang_getPointeeType(ty)).kind == CXType_Void)
		return 0;
	if (k == CXCursor_CStyleCastExpr)
		return 1;
	from = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->kids[0]->cursor));
	if (from.kind != CXType_Pointer)
		return 0;	/* an array or a function decays */
	return !same_key(clang_getPointeeType(ty), clang_getPointeeType(from));
}

int clang_struct_name(struct ctu *t, struct cn *n, char *name, size_t size)
{
	CXCursor rec;

	name[0] = '\0';
	if (!n || !n->cursor ||
	    !struct_decl(clang_getCursorType(*(CXCursor *)n->cursor), &rec))
		return 0;
	record_name(t, rec, name, size);
	return !strstr(name, "<anonymous>");
}

static int gfp_pointee_type(struct ctu *t, CXType ty);

int clang_gfp_pointee(struct ctu *t, struct cn *n)
{
	if (!n || !n->cursor)
		return 0;
	return gfp_pointee_type(t, clang_getCursorType(*(CXCursor *)n->cursor));
}

/* does a pointer of type @ty point to a struct with a gfp_t member? */
static int gfp_pointee_type(struct ctu *t, CXType ty)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec;
	int i, found = 0;

	ty = clang_getCanonicalType(ty);
	if (ty.kind != CXType_Pointer ||
	    !struct_decl(clang_getPointeeType(ty), &rec))
		return 0;
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n && !found; i++) {
		CXCursor c = f.v[i];
		CXString s;

		if (clang_getCursorKind(c) != CXCursor_FieldDecl)
			continue;
		s = clang_getCursorSpelling(c);
		found = clang_getCString(s)[0] && is_gfp_type(t->rules, clang_getCursorType(c));
		clang_disposeString(s);
	}
	free(f.v);
	return found;
}

int clang_gfp_fields(struct ctu *t, struct cdecl *var, const char **names, int max,
		     int *first)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec;
	int i, n = 0, nf = 0;

	*first = -1;
	if (!var || (var->kind != CD_VAR && var->kind != CD_PARAM) ||
	    !struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &rec))
		return 0;
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n; i++) {
		CXCursor c = f.v[i];
		CXString s;

		if (clang_getCursorKind(c) != CXCursor_FieldDecl)
			continue;
		s = clang_getCursorSpelling(c);
		if (clang_getCString(s)[0] && is_gfp_type(t->rules, clang_getCursorType(c)) &&
		    n < max) {
			if (!nf)
				*first = n;
			names[n++] = astrdup(t, clang_getCString(s));
		}
		clang_disposeString(s);
		nf++;
	}
	free(f.v);
	return n;
}

int clang_field_volatile(struct cdecl *field)
{
	if (!field || field->kind != CD_FIELD || !field->cursor)
		return 0;
	return clang_isVolatileQualifiedType(
		clang_getCanonicalType(clang_getCursorType(*(CXCursor *)field->cursor)));
}

int clang_field_int(struct cdecl *field, int no_union, int *bits)
{
	CXCursor c, parent;
	CXType ty;
	int guard = 0;

	if (!field || field->kind != CD_FIELD || !field->name[0])
		return 0;
	c = *(CXCursor *)field->cursor;
	if (clang_Cursor_isBitField(c))
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(c));
	switch (ty.kind) {
	case CXType_Bool: case CXType_Char_U: case CXType_UChar: case CXType_UShort:
	case CXType_UInt: case CXType_ULong: case CXType_ULongLong:
	case CXType_Char_S: case CXType_SChar: case CXType_Short: case CXType_Int:
	case CXType_Long: case CXType_LongLong: case CXType_Enum:
		break;
	default:
		return 0;
	}
	*bits = ty.kind == CXType_Bool ? 1 : (int)clang_Type_getSizeOf(ty) * 8;
	parent = clang_getCursorSemanticParent(c);
	while (guard++ < 8) {
		enum CXCursorKind k = clang_getCursorKind(parent);

		if (k == CXCursor_UnionDecl && no_union)
			return 0;
		if (k != CXCursor_StructDecl && k != CXCursor_UnionDecl)
			return 0;
		if (!clang_Cursor_isAnonymousRecordDecl(parent))
			return k == CXCursor_StructDecl || !no_union;
		parent = clang_getCursorSemanticParent(parent);
	}
	return 0;
}

struct cdecl *clang_init_field(struct ctu *t, struct cn *init, int k)
{
	CXType ty;
	CXCursor rec;
	struct kids f = { NULL, 0, 0 };
	struct cdecl *d = NULL;
	int j, m = 0;

	if (!init || init->kind != CN_INITLIST || !init->cursor)
		return NULL;
	ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)init->cursor));
	if (ty.kind != CXType_Record)
		return NULL;
	rec = clang_getTypeDeclaration(ty);
	clang_visitChildren(rec, collect, &f);
	for (j = 0; j < f.n && !d; j++)
		if (clang_getCursorKind(f.v[j]) == CXCursor_FieldDecl && m++ == k)
			d = decl_of(t, f.v[j]);
	free(f.v);
	return d;
}

/* @field's name when it is a member of struct @rec, else the name of
 * @rec's first member (at offset 0: what a member at offset 0 reached
 * through it is inside); 0 when none */
static int member_name_in(CXCursor rec, struct cdecl *field, char *name, size_t size)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor parent;
	int i, ok = 0;

	if (field && field->kind == CD_FIELD) {
		parent = clang_getCursorSemanticParent(*(CXCursor *)field->cursor);
		if (clang_equalCursors(clang_getCanonicalCursor(parent),
				       clang_getCanonicalCursor(rec))) {
			snprintf(name, size, "%s", field->name);
			return field->name[0] ? 2 : 0;
		}
	}
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n; i++) {
		CXString sp;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl)
			continue;
		sp = clang_getCursorSpelling(f.v[i]);
		snprintf(name, size, "%s", clang_getCString(sp));
		ok = clang_getCString(sp)[0] != '\0';
		clang_disposeString(sp);
		break;
	}
	free(f.v);
	return ok;
}

static int integer_type(struct ctu *t, CXType ty, int *bits);

/* does struct @rec have a named integer member, not a bitfield? */
static int has_int_member(struct ctu *t, CXCursor rec)
{
	struct kids f = { NULL, 0, 0 };
	int i, yes = 0, bits;

	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n && !yes; i++) {
		CXString sp;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl ||
		    clang_Cursor_isBitField(f.v[i]))
			continue;
		sp = clang_getCursorSpelling(f.v[i]);
		yes = clang_getCString(sp)[0] &&
		      integer_type(t, clang_getCursorType(f.v[i]), &bits);
		clang_disposeString(sp);
	}
	free(f.v);
	return yes;
}

int clang_param_int_members(struct ctu *t, struct cdecl *fn, int k)
{
	CXCursor rec;

	return param_struct(fn, k, &rec) && has_int_member(t, rec);
}

int clang_param_tag_int_member(struct ctu *t, struct cdecl *fn, int k, char *tag,
			       size_t size, const char *name)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec;
	CXString sp;
	int i, yes = 0, bits;

	if (!param_struct(fn, k, &rec) || clang_Cursor_isAnonymousRecordDecl(rec))
		return 0;
	sp = clang_getCursorSpelling(rec);
	snprintf(tag, size, "%s", clang_getCString(sp));
	clang_disposeString(sp);
	if (!tag[0] || strchr(tag, ' '))
		return 0;
	if (!name)
		return 1;
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n && !yes; i++) {
		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl ||
		    clang_Cursor_isBitField(f.v[i]))
			continue;
		sp = clang_getCursorSpelling(f.v[i]);
		yes = !strcmp(clang_getCString(sp), name) &&
		      integer_type(t, clang_getCursorType(f.v[i]), &bits);
		clang_disposeString(sp);
	}
	free(f.v);
	return yes;
}

int clang_var_int_members(struct ctu *t, struct cdecl *var)
{
	CXCursor rec;

	return var && var->cursor &&
	       struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &rec) &&
	       has_int_member(t, rec);
}

int clang_param_member_name(struct ctu *t, struct cdecl *fn, int k,
			    struct cdecl *field, char *name, size_t size)
{
	CXCursor rec;

	(void)t;
	if (!param_struct(fn, k, &rec))
		return 0;
	return member_name_in(rec, field, name, size);	/* 2, 1 or 0 */
}

/* the named members of anonymous struct or union @rec, those of the
 * anonymous ones in it too, each with a ',' after it, onto @names */
static void anon_names(CXCursor rec, char *names, size_t size, int depth)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor in;
	size_t n;
	int i;

	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n; i++) {
		CXString sp;
		CXType ty;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl)
			continue;
		sp = clang_getCursorSpelling(f.v[i]);
		n = strlen(names);
		if (clang_getCString(sp)[0]) {
			snprintf(names + n, size - n, "%s,", clang_getCString(sp));
		} else if (depth < 4) {
			ty = clang_getCanonicalType(clang_getCursorType(f.v[i]));
			in = clang_getTypeDeclaration(ty);
			if (ty.kind == CXType_Record &&
			    (clang_getCursorKind(in) == CXCursor_StructDecl ||
			     clang_getCursorKind(in) == CXCursor_UnionDecl))
				anon_names(in, names, size, depth + 1);
		}
		clang_disposeString(sp);
	}
	free(f.v);
}

int clang_param_anon_members(struct cdecl *fn, int k, struct cdecl *field,
			     char *names, size_t size)
{
	CXCursor rec, parent, in;
	CXType ty;

	int depth;

	names[0] = '\0';
	if (!field || field->kind != CD_FIELD || !field->cursor || !param_struct(fn, k, &rec))
		return 0;
	rec = clang_getCanonicalCursor(rec);
	parent = clang_getCursorSemanticParent(*(CXCursor *)field->cursor);
	if (!field->name[0]) {
		/* the anonymous member itself */
		ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)field->cursor));
		in = clang_getTypeDeclaration(ty);
		if (!clang_equalCursors(clang_getCanonicalCursor(parent), rec) ||
		    ty.kind != CXType_Record ||
		    (clang_getCursorKind(in) != CXCursor_StructDecl &&
		     clang_getCursorKind(in) != CXCursor_UnionDecl))
			return 0;
		anon_names(in, names, size, 0);
		return names[0] != '\0';
	}
	/* a member of an anonymous struct or union in @rec (libclang names
	 * `dentry->d_lru` by d_lru, its parent the anonymous union): the
	 * outermost such one's names */
	for (depth = 0; depth < 4 && clang_Cursor_isAnonymousRecordDecl(parent); depth++) {
		in = clang_getCursorSemanticParent(parent);
		if (clang_equalCursors(clang_getCanonicalCursor(in), rec)) {
			anon_names(parent, names, size, 0);
			return names[0] != '\0';
		}
		parent = in;
	}
	return 0;
}

int clang_var_member_name(struct cdecl *var, struct cdecl *field, char *name,
			  size_t size)
{
	CXCursor rec;

	if (!var || !var->cursor ||
	    !struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &rec))
		return 0;
	return member_name_in(rec, field, name, size);
}

/* the bytes member @c of a struct is said to hold (sparse's
 * member_holding(): a bitfield's from its storage unit, laid out as
 * sparse's lay_out_struct() does, by the type's alignment), and the
 * bytes a store of it writes (a bitfield's whole unit); 0 when not known */
static int field_bytes(CXCursor c, long long *start, long long *end,
		       long long *store_end)
{
	CXType ty = clang_getCursorType(c);
	long long bits = clang_Cursor_getOffsetOfField(c);
	long long size = clang_Type_getSizeOf(ty), align = clang_Type_getAlignOf(ty);
	long long in, width;

	if (bits < 0 || size < 0 || align <= 0)
		return 0;
	if (!clang_Cursor_isBitField(c)) {
		*start = bits / 8;
		*end = *start + (size > 0 ? size : 1);
		*store_end = *start + size;
		return 1;
	}
	width = clang_getFieldDeclBitWidth(c);
	in = bits % (8 * align);
	*start = (bits - in) / 8;
	*end = *start + ((in + width + 7) / 8 > 0 ? (in + width + 7) / 8 : 1);
	*store_end = *start + size;
	return width >= 0;
}

int clang_var_zero_member(struct ctu *t, struct cdecl *var, char *name,
			  size_t size, int *integer)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec;
	long long whole, start, end, store_end;
	int i, r = 0, bits;

	if (!var || !var->cursor ||
	    !struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &rec))
		return 0;
	whole = clang_Type_getSizeOf(clang_getCursorType(rec));
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n; i++) {
		CXString sp;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl)
			continue;
		if (!field_bytes(f.v[i], &start, &end, &store_end) || start > 0)
			break;
		sp = clang_getCursorSpelling(f.v[i]);
		snprintf(name, size, "%s", clang_getCString(sp));
		r = clang_getCString(sp)[0] && whole > 0 && whole <= end;
		clang_disposeString(sp);
		*integer = r && !clang_Cursor_isBitField(f.v[i]) &&
			   integer_type(t, clang_getCursorType(f.v[i]), &bits) &&
			   store_end == whole;
		break;
	}
	free(f.v);
	return r;
}

int clang_var_members_from(struct cdecl *var, long long from, char *names,
			   size_t size)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec;
	long long start, end, store_end;
	size_t used = 0;
	int i, n = 0;

	if (!var || !var->cursor || size < 1 ||
	    !struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &rec))
		return -1;
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n && n >= 0; i++) {
		CXString sp;
		size_t len;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl)
			continue;
		if (!field_bytes(f.v[i], &start, &end, &store_end)) {
			n = -1;
			break;
		}
		sp = clang_getCursorSpelling(f.v[i]);
		len = strlen(clang_getCString(sp));
		if (len && end > from) {
			if (used + len + 2 > size) {
				n = -1;
			} else {
				memcpy(names + used, clang_getCString(sp), len + 1);
				used += len + 1;
				n++;
			}
		}
		clang_disposeString(sp);
	}
	names[used] = '\0';
	free(f.v);
	return n;
}

int clang_var_store_member(struct cdecl *var, struct cdecl *field, char *name,
			   size_t size)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec, fc, parent;
	long long from, to, start, end, store_end;
	int i, r = 0;

	if (!var || !var->cursor || !field || field->kind != CD_FIELD ||
	    !struct_decl(clang_getCursorType(*(CXCursor *)var->cursor), &rec))
		return 0;
	fc = *(CXCursor *)field->cursor;
	parent = clang_getCursorSemanticParent(fc);
	if (!clang_equalCursors(clang_getCanonicalCursor(parent),
				clang_getCanonicalCursor(rec)) ||
	    !field_bytes(fc, &from, &end, &to))
		return 0;
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n; i++) {
		CXString sp;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl)
			continue;
		if (!field_bytes(f.v[i], &start, &end, &store_end))
			break;
		if (from < start || from >= end)
			continue;
		sp = clang_getCursorSpelling(f.v[i]);
		snprintf(name, size, "%s", clang_getCString(sp));
		/* a bitfield's unit written whole (sparse_objints.c
		 * stored_unit_member()) */
		if (clang_getCString(sp)[0] &&
		    (to <= end || (clang_Cursor_isBitField(f.v[i]) &&
				   from == start && to <= store_end)))
			r = clang_equalCursors(f.v[i], fc) ? 2 : 1;
		clang_disposeString(sp);
		break;
	}
	free(f.v);
	return r;
}

int clang_field_at0(struct cdecl *field)
{
	CXCursor c, parent;
	enum CXCursorKind k;

	if (!field || field->kind != CD_FIELD)
		return 0;
	c = *(CXCursor *)field->cursor;
	parent = clang_getCursorSemanticParent(c);
	k = clang_getCursorKind(parent);
	return (k == CXCursor_StructDecl || k == CXCursor_UnionDecl) &&
	       !clang_Cursor_isAnonymousRecordDecl(parent) &&
	       clang_Cursor_getOffsetOfField(c) == 0;
}

int clang_member_in_union(struct cn *n)
{
	CXCursor parent;
	int guard = 0;

	/* from the member to the struct the access starts at: not past a
	 * pointer (`p->u.q->flags` is a member of what q points to) */
	for (; n && guard++ < 16; n = n->kids[0]) {
		while (n && n->kind == CN_CAST && n->nkids == 1)
			n = n->kids[0];
		if (!n || n->kind != CN_MEMBER || !n->nkids)
			return 0;
		if (n->decl && n->decl->kind == CD_FIELD) {
			parent = clang_getCursorSemanticParent(*(CXCursor *)n->decl->cursor);
			if (clang_getCursorKind(parent) == CXCursor_UnionDecl)
				return 1;
		}
		if (clang_is_pointer(n->kids[0]))
			return 0;
	}
	return 0;
}

/* ---- integer values, for flag atoms (clang_fields.c) ---- */

/* is typedef declaration @decl written with __bitwise (sparse's
 * restricted types, which __CHECKER__ alone makes so)? */
static int typedef_bitwise(struct ctu *t, CXCursor decl)
{
	CXToken *tok = NULL;
	unsigned ntok = 0, j;
	int i, yes = 0;

	for (i = 0; i < t->nbw; i++)
		if (clang_equalCursors(t->bw[i].decl, decl))
			return t->bw[i].yes;
	clang_tokenize(t->tu, clang_getCursorExtent(decl), &tok, &ntok);
	for (j = 0; j < ntok && !yes; j++) {
		CXString s;

		if (clang_getTokenKind(tok[j]) != CXToken_Identifier)
			continue;
		s = clang_getTokenSpelling(t->tu, tok[j]);
		yes = !strcmp(clang_getCString(s), "__bitwise") ||
		      !strcmp(clang_getCString(s), "__bitwise__");
		clang_disposeString(s);
	}
	if (tok)
		clang_disposeTokens(t->tu, tok, ntok);
	if (t->nbw == t->bwcap) {
		t->bwcap = t->bwcap ? 2 * t->bwcap : 32;
		t->bw = sc_realloc(t->bw, t->bwcap * sizeof(*t->bw));
	}
	t->bw[t->nbw].decl = decl;
	t->bw[t->nbw++].yes = yes;
	return yes;
}

/*
 * Is @ty an integer type as sparse's is_integer() in sparse_fields.c has
 * it: bool, a character, an integer or an enum, but not a __bitwise type
 * (a restricted type, not an integer, for sparse) nor the gfp type?
 * *@bits: its width (1 for bool).
 */
static int integer_type(struct ctu *t, CXType ty, int *bits)
{
	CXType c = clang_getCanonicalType(ty);
	int guard = 0;

	if (is_gfp_type(t->rules, ty))
		return 0;
	switch (c.kind) {
	case CXType_Bool:
	case CXType_Char_U: case CXType_UChar: case CXType_UShort:
	case CXType_UInt: case CXType_ULong: case CXType_ULongLong:
	case CXType_Char_S: case CXType_SChar: case CXType_Short:
	case CXType_Int: case CXType_Long: case CXType_LongLong:
	case CXType_Enum:
		break;
	default:
		return 0;
	}
	while (guard++ < 32) {
		if (ty.kind == CXType_Typedef) {
			CXCursor d = clang_getTypeDeclaration(ty);

			if (typedef_bitwise(t, d))
				return 0;
			ty = clang_getTypedefDeclUnderlyingType(d);
		} else if (ty.kind == CXType_Elaborated) {
			ty = clang_Type_getNamedType(ty);
		} else {
			break;
		}
	}
	*bits = c.kind == CXType_Bool ? 1 : (int)clang_Type_getSizeOf(c) * 8;
	return *bits > 0;
}

/* the function type a call's callee has, through pointers and typedefs */
static CXType callee_type(CXCursor callee)
{
	CXType ty = clang_getCursorType(callee);
	int guard = 0;

	while (guard++ < 16) {
		if (ty.kind == CXType_Pointer)
			ty = clang_getPointeeType(ty);
		else if (ty.kind == CXType_Typedef)
			ty = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(ty));
		else if (ty.kind == CXType_Elaborated)
			ty = clang_Type_getNamedType(ty);
		else if (ty.kind == CXType_Unexposed && clang_getCanonicalType(ty).kind ==
			 CXType_FunctionProto && clang_getNumArgTypes(ty) < 0)
			ty = clang_getCanonicalType(ty);
		else
			break;
	}
	return ty;
}

int clang_arg_integer(struct ctu *t, struct cn *call, int j, int *bits)
{
	CXType ty;

	if (call->kind != CN_CALL || j < 0 || j + 1 >= call->nkids || !call->kids[0] ||
	    !call->kids[j + 1])
		return 0;
	ty = callee_type(*(CXCursor *)call->kids[0]->cursor);
	if (j < clang_getNumArgTypes(ty))
		ty = clang_getArgType(ty, j);
	else	/* variadic: the argument as promoted */
		ty = clang_getCursorType(*(CXCursor *)call->kids[j + 1]->cursor);
	return integer_type(t, ty, bits);
}

int clang_arg_points_to_field(struct ctu *t, struct cn *call, int j,
			       struct cdecl *field)
{
	CXType ty;
	CXCursor f, parent, want, have;

	(void)t;
	if (!field || field->kind != CD_FIELD || call->kind != CN_CALL || j < 0 ||
	    j + 1 >= call->nkids || !call->kids[0])
		return 0;
	ty = callee_type(*(CXCursor *)call->kids[0]->cursor);
	if (j >= clang_getNumArgTypes(ty))
		return 0;
	ty = clang_getCanonicalType(clang_getArgType(ty, j));
	if (ty.kind != CXType_Pointer)
		return 0;
	want = clang_getTypeDeclaration(clang_getCanonicalType(clang_getPointeeType(ty)));
	if (clang_getCursorKind(want) != CXCursor_StructDecl)
		return 0;
	f = *(CXCursor *)field->cursor;
	parent = clang_getCursorSemanticParent(f);
	if (clang_getCursorKind(parent) != CXCursor_StructDecl ||
	    clang_Cursor_isAnonymousRecordDecl(parent) || clang_Cursor_isAnonymous(parent))
		return 0;
	have = clang_getTypeDeclaration(clang_getCanonicalType(clang_getCursorType(f)));
	return clang_equalCursors(clang_getCanonicalCursor(want),
				  clang_getCanonicalCursor(have));
}

int clang_param_integer(struct ctu *t, struct cdecl *fn, int k)
{
	CXType ty = clang_getCursorType(*(CXCursor *)fn->cursor);
	int bits;

	if (k < 0 || k >= clang_getNumArgTypes(ty))
		return 0;
	return integer_type(t, clang_getArgType(ty, k), &bits);
}

int clang_param_pointer(struct ctu *t, struct cdecl *fn, int k)
{
	CXType ty = clang_getCursorType(*(CXCursor *)fn->cursor);

	(void)t;
	if (k < 0 || k >= clang_getNumArgTypes(ty))
		return 0;
	return clang_getCanonicalType(clang_getArgType(ty, k)).kind == CXType_Pointer;
}

int clang_param_fn_pointer(struct ctu *t, struct cdecl *fn, int k)
{
	CXType ty = clang_getCursorType(*(CXCursor *)fn->cursor), p;

	(void)t;
	if (k < 0 || k >= clang_getNumArgTypes(ty))
		return 0;
	p = clang_getCanonicalType(clang_getArgType(ty, k));
	if (p.kind != CXType_Pointer)
		return 0;
	p = clang_getCanonicalType(clang_getPointeeType(p));
	return p.kind == CXType_FunctionProto || p.kind == CXType_FunctionNoProto;
}

int clang_param_int_pointer(struct ctu *t, struct cdecl *fn, int k)
{
	CXType ty = clang_getCursorType(*(CXCursor *)fn->cursor), p;
	int bits;

	if (k < 0 || k >= clang_getNumArgTypes(ty))
		return 0;
	p = clang_getCanonicalType(clang_getArgType(ty, k));
	return p.kind == CXType_Pointer &&
	       integer_type(t, clang_getPointeeType(clang_getArgType(ty, k)), &bits);
}

int clang_field_integer(struct ctu *t, struct cdecl *field)
{
	CXCursor c, parent;
	int bits;

	return struct_field(field, &c, &parent) &&
	       !clang_Cursor_isAnonymous(parent) && !clang_Cursor_isBitField(c) &&
	       integer_type(t, clang_getCursorType(c), &bits);
}

int clang_field_pointer(struct ctu *t, struct cdecl *field)
{
	CXCursor c, parent;
	CXType ty;

	(void)t;
	if (!struct_field(field, &c, &parent) || clang_Cursor_isAnonymous(parent) ||
	    clang_Cursor_isBitField(c))
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(c));
	if (ty.kind != CXType_Pointer)
		return 0;
	ty = clang_getCanonicalType(clang_getPointeeType(ty));
	return ty.kind != CXType_FunctionProto && ty.kind != CXType_FunctionNoProto;
}

int clang_var_integer(struct ctu *t, struct cdecl *var)
{
	int bits;

	return var && var->kind == CD_VAR && var->cursor &&
	       integer_type(t, clang_getCursorType(*(CXCursor *)var->cursor), &bits);
}

int clang_int_bits(struct ctu *t, struct cn *n)
{
	CXType c;

	(void)t;
	if (!n)
		return 0;
	c = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->cursor));
	if (c.kind == CXType_Bool)
		return 1;
	if (c.kind == CXType_Pointer)
		return 0;
	return (int)clang_Type_getSizeOf(c) * 8;
}

int clang_field_int_type(struct ctu *t, struct cdecl *field, int *bits, int *is_signed)
{
	CXCursor c;
	CXType ty;

	if (!field || field->kind != CD_FIELD || !field->cursor)
		return 0;
	c = *(CXCursor *)field->cursor;
	if (clang_Cursor_isBitField(c) || !integer_type(t, clang_getCursorType(c), bits))
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(c));
	if (ty.kind == CXType_Enum)
		ty = clang_getCanonicalType(clang_getEnumDeclIntegerType(
			clang_getTypeDeclaration(ty)));
	switch (ty.kind) {
	case CXType_Char_S: case CXType_SChar: case CXType_Short: case CXType_Int:
	case CXType_Long: case CXType_LongLong:
		*is_signed = 1;
		break;
	default:
		*is_signed = 0;
	}
	return 1;
}

int clang_signed_int(struct cn *n)
{
	CXType c;

	if (!n)
		return 0;
	c = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->cursor));
	switch (c.kind) {
	case CXType_Char_S: case CXType_SChar: case CXType_Short: case CXType_Int:
	case CXType_Long: case CXType_LongLong: case CXType_Enum:
		return 1;
	default:
		return 0;
	}
}

/* integer-ish canonical kinds, bool aside */
static int int_kind(CXType c)
{
	switch (c.kind) {
	case CXType_Char_U: case CXType_UChar: case CXType_UShort:
	case CXType_UInt: case CXType_ULong: case CXType_ULongLong:
	case CXType_Char_S: case CXType_SChar: case CXType_Short:
	case CXType_Int: case CXType_Long: case CXType_LongLong:
	case CXType_Enum: case CXType_UInt128: case CXType_Int128:
		return 1;
	default:
		return 0;
	}
}

int clang_plain_int_cast(struct cn *n)
{
	CXType to, from;

	if (!n || n->kind != CN_CAST || n->nkids != 1 || !n->kids[0])
		return 0;
	to = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->cursor));
	from = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->kids[0]->cursor));
	if (to.kind == CXType_Bool)
		return from.kind == CXType_Bool;
	return int_kind(to) && (int_kind(from) || from.kind == CXType_Bool);
}

int clang_struct_ptr(struct cn *n)
{
	CXType ty;
	CXCursor rec;

	if (!n)
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->cursor));
	return ty.kind == CXType_Pointer && struct_decl(clang_getPointeeType(ty), &rec);
}

int clang_ret_pointer(struct cdecl *fn)
{
	CXType ty = clang_getCanonicalType(clang_getCursorResultType(*(CXCursor *)fn->cursor));
	CXCursor rec;

	return ty.kind == CXType_Pointer && !struct_decl(clang_getPointeeType(ty), &rec);
}

/* the named gfp_t members of record @rec, in order, into @names */
static int gfp_members(struct ctu *t, CXCursor rec, const char **names, int max)
{
	struct kids f = { NULL, 0, 0 };
	int i, n = 0;

	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n; i++) {
		CXCursor c = f.v[i];
		CXString s;

		if (clang_getCursorKind(c) != CXCursor_FieldDecl)
			continue;
		s = clang_getCursorSpelling(c);
		if (clang_getCString(s)[0] && is_gfp_type(t->rules, clang_getCursorType(c)) &&
		    n < max)
			names[n++] = astrdup(t, clang_getCString(s));
		clang_disposeString(s);
	}
	free(f.v);
	return n;
}

int clang_param_out_gfp_fields(struct ctu *t, struct cdecl *fn, int k,
			       const char **names, int max)
{
	CXType ty = clang_getCursorType(*(CXCursor *)fn->cursor);
	CXCursor rec;

	if (k < 0 || k >= clang_getNumArgTypes(ty))
		return -1;
	ty = clang_getCanonicalType(clang_getArgType(ty, k));
	if (ty.kind != CXType_Pointer)
		return 0;
	ty = clang_getCanonicalType(clang_getPointeeType(ty));
	if (ty.kind != CXType_Pointer || !struct_decl(clang_getPointeeType(ty), &rec))
		return 0;
	return gfp_members(t, rec, names, max);
}

int clang_ret_gfp_fields(struct ctu *t, struct cdecl *fn, const char **names, int max)
{
	CXType ty = clang_getCanonicalType(clang_getCursorResultType(*(CXCursor *)fn->cursor));
	CXCursor rec;

	if (ty.kind != CXType_Pointer || !struct_decl(clang_getPointeeType(ty), &rec))
		return -1;
	return gfp_members(t, rec, names, max);
}

/* ---- what sparse's expand.c costs (clang_lower.c) ---- */

static enum CXChildVisitResult find_pure(CXCursor c, CXCursor parent, CXClientData p)
{
	enum CXCursorKind k = clang_getCursorKind(c);

	(void)parent;
	if (k == CXCursor_PureAttr || k == CXCursor_ConstAttr) {
		*(int *)p = 1;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

int clang_fn_pure(struct cdecl *fn)
{
	int yes = 0;

	if (!fn || fn->kind != CD_FUNC)
		return 0;
	clang_visitChildren(*(CXCursor *)fn->cursor, find_pure, &yes);
	return yes;
}

int clang_cast_converts(struct cn *n)
{
	if (!n || n->kind != CN_CAST || n->nkids != 1 || !n->kids[0])
		return 0;
	return !same_key(clang_getCursorType(*(CXCursor *)n->cursor),
			 clang_getCursorType(*(CXCursor *)n->kids[0]->cursor));
}

int clang_zext_bits(struct cn *n)
{
	CXType to, from;
	int w;

	if (!clang_plain_int_cast(n))
		return 0;
	to = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->cursor));
	from = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)n->kids[0]->cursor));
	switch (from.kind) {
	case CXType_Bool:
		w = 1;
		break;
	case CXType_Char_U: case CXType_UChar: case CXType_UShort:
	case CXType_UInt: case CXType_ULong: case CXType_ULongLong:
		w = (int)clang_Type_getSizeOf(from) * 8;
		break;
	default:
		return 0;
	}
	return w < (int)clang_Type_getSizeOf(to) * 8 ? w : 0;
}

/*
 * Struct types whose bytes may be written other than field by field
 * (clang_wholesale.c; sparse_wholesale.c is the other front end's).
 */

/* "struct T" of the tagged struct @ty is (canonical), as sparse names
 * it: 1 and *@rec, or 0 (a union, an untagged struct) */
static int tagged_struct(struct ctu *t, CXType ty, CXCursor *rec, char *buf, size_t size)
{
	CXString s;
	const char *n;
	int ok;

	if (!struct_decl(ty, rec) || clang_Cursor_isAnonymousRecordDecl(*rec))
		return 0;
	s = clang_getCursorSpelling(*rec);
	n = clang_getCString(s);
	ok = n && *n && !strchr(n, ' ');
	if (ok)
		snprintf(buf, size, "struct %s", n);
	clang_disposeString(s);
	return ok;
}

/* 'v' void, 's' struct or union, 'b' anything else a pointer points to */
static char pointee_kind(CXType p)
{
	p = clang_getCanonicalType(p);
	return p.kind == CXType_Void ? 'v' : p.kind == CXType_Record ? 's' : 'b';
}

/* fills one side of a conversion from type @ty */
static void conv_side(struct ctu *t, CXType ty, char *name, size_t size, char *kind)
{
	CXCursor rec;

	ty = clang_getCanonicalType(ty);
	name[0] = '\0';
	if (ty.kind == CXType_Pointer || ty.kind == CXType_ConstantArray ||
	    ty.kind == CXType_IncompleteArray || ty.kind == CXType_VariableArray) {
		CXType p = ty.kind == CXType_Pointer ? clang_getPointeeType(ty) :
			   clang_getArrayElementType(ty);

		*kind = pointee_kind(p);
		tagged_struct(t, p, &rec, name, size);
	} else {
		*kind = int_kind(ty) ? 'i' : ty.kind == CXType_FunctionProto ||
			ty.kind == CXType_FunctionNoProto ? 'f' : 'o';
	}
}

struct first_walk {
	struct ctu *t;
	const char *want;
	int depth, is_union, found;
};

static int holds_first(struct ctu *t, CXType ty, const char *want, int depth);

static enum CXVisitorResult first_field(CXCursor f, CXClientData data)
{
	struct first_walk *w = data;
	CXType ty = clang_getCanonicalType(clang_getCursorType(f));
	CXCursor rec;
	char name[256];

	if (ty.kind == CXType_Record &&
	    ((tagged_struct(w->t, ty, &rec, name, sizeof(name)) && !strcmp(name, w->want)) ||
	     holds_first(w->t, ty, w->want, w->depth + 1)))
		w->found = 1;
	return w->found || !w->is_union ? CXVisit_Break : CXVisit_Continue;
}

/* does record type @ty hold struct @want ("struct U") at its start: as
 * its first member (any member of a union), or inside that member, at
 * most 4 deep? */
static int holds_first(struct ctu *t, CXType ty, const char *want, int depth)
{
	struct first_walk w = { t, want, depth, 0, 0 };
	enum CXCursorKind k;

	ty = clang_getCanonicalType(ty);
	if (depth > 4 || ty.kind != CXType_Record)
		return 0;
	k = clang_getCursorKind(clang_getTypeDeclaration(ty));
	if (k != CXCursor_StructDecl && k != CXCursor_UnionDecl)
		return 0;
	w.is_union = k == CXCursor_UnionDecl;
	clang_Type_visitFields(ty, first_field, &w);
	return w.found;
}

/* what pointer or array type @ty points to */
static CXType pointee_of(CXType ty)
{
	ty = clang_getCanonicalType(ty);
	return ty.kind == CXType_Pointer ? clang_getPointeeType(ty) : clang_getArrayElementType(ty);
}

int clang_pointee_struct(struct ctu *t, struct cn *n, char *name, size_t size)
{
	int guard = 0;
	char kind;

	while (n && n->kind == CN_CAST && n->nkids == 1 && n->kids[0] && guard++ < 64)
		n = n->kids[0];
	name[0] = '\0';
	if (!n || !n->cursor)
		return 0;
	conv_side(t, clang_getCursorType(*(CXCursor *)n->cursor), name, size, &kind);
	return name[0] != '\0';
}

int clang_conv(struct ctu *t, struct cn *n, struct cconv *c)
{
	CXCursor cur;
	enum CXCursorKind k;

	if (!n || n->kind != CN_CAST || n->nkids != 1 || !n->kids[0] || !n->kids[0]->cursor)
		return 0;
	cur = *(CXCursor *)n->cursor;
	k = clang_getCursorKind(cur);
	if (k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
		return 0;
	if (same_key(clang_getCursorType(cur),
		     clang_getCursorType(*(CXCursor *)n->kids[0]->cursor)))
		return 0;
	conv_side(t, clang_getCursorType(cur), c->to, sizeof(c->to), &c->tk);
	conv_side(t, clang_getCursorType(*(CXCursor *)n->kids[0]->cursor), c->from,
		  sizeof(c->from), &c->fk);
	if (c->to[0] && !strcmp(c->to, c->from))
		return 0;
	c->tconst = type_points_const(clang_getCursorType(cur));
	c->first = c->to[0] && c->from[0] &&
		   (holds_first(t, pointee_of(clang_getCursorType(cur)), c->from, 0) ||
		    holds_first(t, pointee_of(clang_getCursorType(*(CXCursor *)n->kids[0]->cursor)),
				c->to, 0));
	return 1;
}

struct nest_walk {
	struct ctu *t;
	const char *outer;
	void (*fn)(void *arg, const char *outer, const char *inner);
	void *arg;
	int depth;
};

static enum CXVisitorResult nest_field(CXCursor f, CXClientData data);

/* the named structs record type @ty holds by value, at most 4 deep */
static void nest_record(struct nest_walk *w, CXType ty)
{
	if (w->depth > 4)
		return;
	w->depth++;
	clang_Type_visitFields(clang_getCanonicalType(ty), nest_field, w);
	w->depth--;
}

static enum CXVisitorResult nest_field(CXCursor f, CXClientData data)
{
	struct nest_walk *w = data;
	CXType ty = clang_getCanonicalType(clang_getCursorType(f));
	CXCursor rec;
	char name[256];
	int guard = 0;

	while ((ty.kind == CXType_ConstantArray || ty.kind == CXType_IncompleteArray) &&
	       guard++ < 8)
		ty = clang_getCanonicalType(clang_getArrayElementType(ty));
	if (ty.kind != CXType_Record)
		return CXVisit_Continue;
	if (tagged_struct(w->t, ty, &rec, name, sizeof(name)))
		w->fn(w->arg, w->outer, name);
	nest_record(w, ty);
	return CXVisit_Continue;
}

void clang_conv_nested(struct ctu *t, struct cn *n, int from,
		       void (*fn)(void *arg, const char *outer, const char *inner), void *arg)
{
	CXType ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)(from ?
					   n->kids[0]->cursor : n->cursor)));
	struct nest_walk w = { t, NULL, fn, arg, 0 };
	CXCursor rec;
	char name[256];

	struct nested_done *d;
	unsigned hash;
	int i;

	ty = ty.kind == CXType_Pointer ? clang_getPointeeType(ty) : clang_getArrayElementType(ty);
	if (!tagged_struct(t, ty, &rec, name, sizeof(name)))
		return;
	/* a struct's fields are walked once for the same @fn and @arg */
	hash = clang_hashCursor(rec);
	for (i = 0; i < t->nnd; i++)
		if (t->nd[i].hash == hash && t->nd[i].fn == fn && t->nd[i].arg == arg &&
		    clang_equalCursors(t->nd[i].rec, rec))
			return;
	if (t->nnd == t->ndcap) {
		t->ndcap = t->ndcap ? 2 * t->ndcap : 16;
		t->nd = sc_realloc(t->nd, t->ndcap * sizeof(*t->nd));
	}
	d = &t->nd[t->nnd++];
	d->rec = rec;
	d->hash = hash;
	d->fn = fn;
	d->arg = arg;
	w.outer = name;
	nest_record(&w, ty);
}

/* a member of an __le or __be type (a typedef of one), by value */
static enum CXVisitorResult endian_field(CXCursor f, CXClientData data)
{
	int *depth = data, guard = 0;
	CXType ty = clang_getCursorType(f);

	while (guard++ < 16) {
		if (ty.kind == CXType_Typedef) {
			CXString s = clang_getTypedefName(ty);
			const char *n = clang_getCString(s);
			int hit = n && (!strncmp(n, "__le", 4) || !strncmp(n, "__be", 4));

			clang_disposeString(s);
			if (hit) {
				*depth = -1;
				return CXVisit_Break;
			}
			ty = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(ty));
		} else if (ty.kind == CXType_Elaborated) {
			ty = clang_Type_getNamedType(ty);
		} else if (ty.kind == CXType_ConstantArray || ty.kind == CXType_IncompleteArray) {
			ty = clang_getArrayElementType(ty);
		} else {
			break;
		}
	}
	ty = clang_getCanonicalType(ty);
	if (ty.kind == CXType_Record && *depth < 4) {
		int d = *depth + 1;

		clang_Type_visitFields(ty, endian_field, &d);
		if (d < 0) {
			*depth = -1;
			return CXVisit_Break;
		}
	}
	return CXVisit_Continue;
}

static enum CXChildVisitResult packed_attr(CXCursor c, CXCursor parent, CXClientData data)
{
	(void)parent;
	if (clang_getCursorKind(c) == CXCursor_PackedAttr) {
		*(int *)data = 1;
		return CXChildVisit_Break;
	}
	return CXChildVisit_Continue;
}

/* is stream path @p under a directory called @dir ("uapi/")? */
static int path_under(const char *p, const char *dir)
{
	const char *s = strstr(p, dir);

	return s && (s == p || s[-1] == '/');
}

unsigned clang_field_struct(struct ctu *t, struct cdecl *field, char *name, size_t size,
			    void (*fn)(void *arg, const char *outer, const char *inner),
			    void *arg)
{
	CXCursor rec;
	CXFile file;
	CXString path;
	unsigned line, col, off, props = 0;
	struct nest_walk w = { t, name, fn, arg, 0 };
	int guard = 0, packed = 0, depth = 0;
	const char *p;

	if (!field || field->kind != CD_FIELD || !field->cursor)
		return 0;
	rec = clang_getCursorSemanticParent(*(CXCursor *)field->cursor);
	while (clang_Cursor_isAnonymousRecordDecl(rec) && guard++ < 8)
		rec = clang_getCursorSemanticParent(rec);
	if (!tagged_struct(t, clang_getCursorType(rec), &rec, name, size))
		return 0;
	clang_getExpansionLocation(clang_getCursorLocation(rec), &file, &line, &col, &off);
	path = clang_getFileName(file);
	p = file ? clang_getCString(path) : NULL;
	if (p && path_under(p, "uapi/"))
		props |= WH_UAPI;
	if (p && (strstr(p, "include/acpi/") || path_under(p, "acpica/")))
		props |= WH_FW;
	if (file)
		clang_disposeString(path);
	clang_visitChildren(rec, packed_attr, &packed);
	if (packed)
		props |= WH_PACKED;
	clang_Type_visitFields(clang_getCanonicalType(clang_getCursorType(rec)), endian_field,
			       &depth);
	if (depth < 0)
		props |= WH_ENDIAN;
	if (props)
		nest_record(&w, clang_getCursorType(rec));
	return props;
}

int clang_extern_table(struct ctu *t, struct cdecl *var, char *name, size_t size,
		       void (*fn)(void *arg, const char *outer, const char *inner), void *arg)
{
	struct nest_walk w = { t, name, fn, arg, 0 };
	CXCursor c, rec;
	CXType ty;

	if (!var || var->kind != CD_VAR || !var->cursor)
		return 0;
	c = *(CXCursor *)var->cursor;
	ty = clang_getCanonicalType(clang_getCursorType(c));
	if (clang_Cursor_getStorageClass(c) != CX_SC_Extern || ty.kind != CXType_IncompleteArray)
		return 0;
	ty = clang_getArrayElementType(ty);
	if (!tagged_struct(t, ty, &rec, name, size))
		return 0;
	nest_record(&w, ty);
	return 1;
}

/* ---- function-pointer members of tagged structs (clang_fnptrs.c) ---- */

static int fn_pointer_type(CXType ty)
{
	ty = clang_getCanonicalType(ty);
	if (ty.kind != CXType_Pointer)
		return 0;
	ty = clang_getCanonicalType(clang_getPointeeType(ty));
	return ty.kind == CXType_FunctionProto || ty.kind == CXType_FunctionNoProto;
}

static CXType strip_arrays(CXType ty)
{
	int guard = 0;

	ty = clang_getCanonicalType(ty);
	while ((ty.kind == CXType_ConstantArray || ty.kind == CXType_IncompleteArray ||
		ty.kind == CXType_VariableArray) && guard++ < LIM_TYPE_CHAIN)
		ty = clang_getCanonicalType(clang_getArrayElementType(ty));
	return ty;
}

struct holds_walk {
	int depth, found;
};

static int holds_fn(CXType ty, int depth);

static enum CXVisitorResult holds_field(CXCursor f, CXClientData data)
{
	struct holds_walk *h = data;
	CXType ty = clang_getCursorType(f);

	if (fn_pointer_type(ty) || holds_fn(ty, h->depth + 1)) {
		h->found = 1;
		return CXVisit_Break;
	}
	return CXVisit_Continue;
}

/* does type @ty hold a function pointer by value (sparse_fnptrs.c)? */
static int holds_fn(CXType ty, int depth)
{
	struct holds_walk h = { depth, 0 };

	ty = strip_arrays(ty);
	if (ty.kind != CXType_Record || depth > LIM_FN_DEPTH)
		return 0;
	clang_Type_visitFields(ty, holds_field, &h);
	return h.found;
}

/* holds_fn(@ty, 0), each record's answer remembered in @t */
static int holds_fn_memo(struct ctu *t, CXType ty)
{
	CXCursor decl;
	unsigned i, j, mask;
	int yes;

	ty = strip_arrays(ty);
	if (ty.kind != CXType_Record)
		return 0;
	decl = clang_getCanonicalCursor(clang_getTypeDeclaration(ty));
	if (2 * (t->nfnh + 1) > t->fnhcap) {
		struct fnheld *old = t->fnh;
		unsigned oldcap = t->fnhcap;

		t->fnhcap = oldcap ? 2 * oldcap : 256;
		t->fnh = sc_calloc(t->fnhcap, sizeof(*t->fnh));
		for (i = 0; i < oldcap; i++) {
			if (!old[i].used)
				continue;
			for (j = clang_hashCursor(old[i].decl) & (t->fnhcap - 1);
			     t->fnh[j].used; j = (j + 1) & (t->fnhcap - 1))
				;
			t->fnh[j] = old[i];
		}
		free(old);
	}
	mask = t->fnhcap - 1;
	for (j = clang_hashCursor(decl) & mask; t->fnh[j].used; j = (j + 1) & mask)
		if (clang_equalCursors(t->fnh[j].decl, decl))
			return t->fnh[j].yes;
	yes = holds_fn(ty, 0);
	t->fnh[j].decl = decl;
	t->fnh[j].used = 1;
	t->fnh[j].yes = yes;
	t->nfnh++;
	return yes;
}

static CXType decl_type(struct cdecl *d)
{
	return clang_getCursorType(*(CXCursor *)d->cursor);
}

/* does a pointer of type @ty point to a tagged struct declaring a
 * function-pointer member directly (sparse_fnptrs.c sc_fn_pointee())? */
static int fn_pointee_type(struct ctu *t, CXType ty)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec;
	char name[256];
	int i, found = 0;

	ty = clang_getCanonicalType(ty);
	if (ty.kind != CXType_Pointer ||
	    !tagged_struct(t, clang_getPointeeType(ty), &rec, name, sizeof(name)))
		return 0;
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n && !found; i++) {
		CXString s;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl)
			continue;
		s = clang_getCursorSpelling(f.v[i]);
		found = clang_getCString(s)[0] && fn_pointer_type(clang_getCursorType(f.v[i]));
		clang_disposeString(s);
	}
	free(f.v);
	return found;
}

/* clang_ops_unknown() of record type @ty, @depth structs deep */
static void ops_fields(struct ctu *t, CXType ty, int depth,
		       void (*fn)(void *arg, const char *field), void *arg)
{
	struct kids f = { NULL, 0, 0 };
	CXCursor rec;
	char name[256], field[600];
	int i, tagged, guard = 0;

	ty = clang_getCanonicalType(ty);
	while ((ty.kind == CXType_ConstantArray || ty.kind == CXType_IncompleteArray ||
		ty.kind == CXType_VariableArray) && guard++ < LIM_TYPE_CHAIN)
		ty = clang_getCanonicalType(clang_getArrayElementType(ty));
	if (ty.kind != CXType_Record || depth > LIM_FN_DEPTH)
		return;
	rec = clang_getTypeDeclaration(ty);
	tagged = clang_getCursorKind(rec) == CXCursor_StructDecl &&
		 tagged_struct(t, ty, &rec, name, sizeof(name));
	clang_visitChildren(rec, collect, &f);
	for (i = 0; i < f.n; i++) {
		CXType ft;
		CXString s;

		if (clang_getCursorKind(f.v[i]) != CXCursor_FieldDecl)
			continue;
		ft = clang_getCursorType(f.v[i]);
		s = clang_getCursorSpelling(f.v[i]);
		if (clang_getCString(s)[0] && fn_pointee_type(t, ft) && !gfp_pointee_type(t, ft)) {
			if (tagged && snprintf(field, sizeof(field), "%s.%s", name,
					       clang_getCString(s)) < (int)sizeof(field))
				fn(arg, field);
		} else {
			ops_fields(t, ft, depth + 1, fn, arg);
		}
		clang_disposeString(s);
	}
	free(f.v);
}

void clang_ops_unknown(struct ctu *t, struct cdecl *var,
		       void (*fn)(void *arg, const char *field), void *arg)
{
	if (var && var->kind == CD_VAR && var->cursor)
		ops_fields(t, decl_type(var), 0, fn, arg);
}

int clang_fn_pointee(struct ctu *t, struct cn *n)
{
	return n && n->cursor && fn_pointee_type(t, clang_getCursorType(*(CXCursor *)n->cursor));
}

int clang_fn_pointee_field(struct ctu *t, struct cdecl *field)
{
	return field && field->kind == CD_FIELD && field->cursor &&
	       fn_pointee_type(t, decl_type(field));
}

int clang_fn_field(struct cdecl *field)
{
	return field && field->kind == CD_FIELD && field->cursor &&
	       fn_pointer_type(decl_type(field));
}

int clang_fn_field_direct(struct ctu *t, struct cdecl *field, char *name, size_t size)
{
	CXCursor rec, parent;
	char sname[256];

	if (!clang_fn_field(field) || !field->name[0])
		return 0;
	parent = clang_getCursorSemanticParent(*(CXCursor *)field->cursor);
	if (clang_getCursorKind(parent) != CXCursor_StructDecl ||
	    clang_Cursor_isAnonymousRecordDecl(parent) ||
	    !tagged_struct(t, clang_getCursorType(parent), &rec, sname, sizeof(sname)))
		return 0;
	return snprintf(name, size, "%s.%s", sname, field->name) < (int)size;
}

int clang_fn_holds(struct ctu *t, struct cdecl *d)
{
	return d && d->cursor && holds_fn_memo(t, decl_type(d));
}

int clang_fn_is_struct(struct cdecl *d)
{
	CXCursor rec;

	return d && d->cursor && struct_decl(decl_type(d), &rec);
}

int clang_fn_extern(struct cdecl *var)
{
	return var && var->cursor &&
	       clang_Cursor_getStorageClass(*(CXCursor *)var->cursor) == CX_SC_Extern;
}

struct bare_walk {
	struct ctu *t;
	void (*fn)(void *arg, const char *outer, const char *inner);
	void *arg;
	int depth;
};

static void bare_type(struct bare_walk *b, CXType ty);

static enum CXVisitorResult bare_field(CXCursor f, CXClientData data)
{
	struct bare_walk *b = data;

	b->depth++;
	bare_type(b, clang_getCursorType(f));
	b->depth--;
	return CXVisit_Continue;
}

/* an object of type @ty made with no list of its own: "*bare" of a
 * tagged struct (@fn with no inner) and "*in:" of what it holds; what a
 * union or an untagged struct holds (sparse_fnptrs.c bare()) */
static void bare_type(struct bare_walk *b, CXType ty)
{
	CXCursor rec;
	char name[256];

	ty = strip_arrays(ty);
	if (ty.kind != CXType_Record || b->depth > LIM_FN_DEPTH || !holds_fn_memo(b->t, ty))
		return;
	if (tagged_struct(b->t, ty, &rec, name, sizeof(name))) {
		struct nest_walk w = { b->t, name, b->fn, b->arg, 0 };

		b->fn(b->arg, name, NULL);
		nest_record(&w, ty);
		return;
	}
	clang_Type_visitFields(ty, bare_field, b);
}

void clang_fn_bare(struct ctu *t, struct cdecl *d,
		   void (*fn)(void *arg, const char *outer, const char *inner), void *arg)
{
	struct bare_walk b = { t, fn, arg, 0 };

	if (d && d->cursor)
		bare_type(&b, decl_type(d));
}

struct list_walk {
	struct ctu *t;
	void (*fn)(void *arg, const char *name);
	void *arg;
	int depth;
};

static enum CXVisitorResult list_field(CXCursor f, CXClientData data);

/* the tagged structs holding a function pointer a list of @ty makes, at
 * most 4 deep (sparse_fnptrs.c list_types()) */
static void list_record(struct list_walk *w, CXType ty)
{
	CXCursor rec;
	char name[256];

	ty = strip_arrays(clang_getCanonicalType(ty));
	if (ty.kind != CXType_Record || w->depth > 4 || !holds_fn_memo(w->t, ty))
		return;
	if (tagged_struct(w->t, ty, &rec, name, sizeof(name)))
		w->fn(w->arg, name);
	w->depth++;
	clang_Type_visitFields(ty, list_field, w);
	w->depth--;
}

static enum CXVisitorResult list_field(CXCursor f, CXClientData data)
{
	list_record(data, clang_getCursorType(f));
	return CXVisit_Continue;
}

void clang_fn_list_types(struct ctu *t, struct cn *init,
			 void (*fn)(void *arg, const char *name), void *arg)
{
	struct list_walk w = { t, fn, arg, 0 };

	if (init && init->kind == CN_INITLIST && init->cursor)
		list_record(&w, clang_getCursorType(*(CXCursor *)init->cursor));
}

void clang_fn_copy_types(struct ctu *t, struct cn *v,
			 void (*fn)(void *arg, const char *name), void *arg)
{
	struct list_walk w = { t, fn, arg, 0 };

	if (v && v->kind != CN_INITLIST && v->kind != CN_DESIG && v->cursor)
		list_record(&w, clang_getCursorType(*(CXCursor *)v->cursor));
}

int clang_fn_list_struct(struct ctu *t, struct cn *init)
{
	CXType ty;
	CXCursor rec;
	char name[256];

	if (!init || init->kind != CN_INITLIST || !init->cursor || !init->fields)
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)init->cursor));
	return tagged_struct(t, ty, &rec, name, sizeof(name)) && holds_fn_memo(t, ty);
}

void clang_fn_array_list(struct ctu *t, struct cn *init,
			 void (*fn)(void *arg, const char *outer, const char *inner), void *arg)
{
	struct bare_walk b = { t, fn, arg, 0 };
	CXType ty;

	if (!init || init->kind != CN_INITLIST || !init->cursor)
		return;
	ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)init->cursor));
	if (ty.kind == CXType_ConstantArray || ty.kind == CXType_IncompleteArray ||
	    ty.kind == CXType_VariableArray)
		bare_type(&b, ty);
}

/* clang_table_type()'s field visitor: a member with no name, an array or
 * a union (or a struct or union of no tag) says no */
static enum CXVisitorResult plain_field(CXCursor c, CXClientData p)
{
	CXType ty = clang_getCanonicalType(clang_getCursorType(c));
	CXString s = clang_getCursorSpelling(c);
	int bad = !clang_getCString(s) || !clang_getCString(s)[0];

	clang_disposeString(s);
	if (ty.kind == CXType_ConstantArray || ty.kind == CXType_IncompleteArray ||
	    ty.kind == CXType_VariableArray)
		bad = 1;
	if (ty.kind == CXType_Record) {
		CXCursor d = clang_getTypeDeclaration(ty);

		if (clang_getCursorKind(d) == CXCursor_UnionDecl ||
		    clang_Cursor_isAnonymousRecordDecl(d))
			bad = 1;
	}
	if (bad) {
		*(int *)p = 1;
		return CXVisit_Break;
	}
	return CXVisit_Continue;
}

int clang_table_type(struct ctu *t, struct cdecl *d, long *n, char *tag, size_t size)
{
	CXType ty, el;
	CXCursor rec;
	CXString s;
	int bad = 0;

	if (!d || d->kind != CD_VAR || !d->is_global || !d->cursor)
		return 0;
	ty = clang_getCanonicalType(clang_getCursorType(*(CXCursor *)d->cursor));
	if (ty.kind != CXType_ConstantArray)
		return 0;
	el = clang_getCanonicalType(clang_getArrayElementType(ty));
	if (el.kind != CXType_Record)
		return 0;
	rec = clang_getTypeDeclaration(el);
	if (clang_getCursorKind(rec) != CXCursor_StructDecl ||
	    clang_Cursor_isAnonymousRecordDecl(rec) || clang_Type_getSizeOf(el) <= 0)
		return 0;
	clang_Type_visitFields(el, plain_field, &bad);
	if (bad)
		return 0;
	s = clang_getCursorSpelling(rec);
	if (!clang_getCString(s) || !clang_getCString(s)[0]) {
		clang_disposeString(s);
		return 0;
	}
	snprintf(tag, size, "struct %s", clang_getCString(s));
	clang_disposeString(s);
	*n = (long)clang_getArraySize(ty);
	(void)t;
	return 1;
}
