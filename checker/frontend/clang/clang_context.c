/*
 * clang_context.c - the lock annotations of a function (__acquires(x),
 * __releases(x), __must_hold(x)), as the libclang front end reads them.
 *
 * Without __CHECKER__ the kernel's macros are empty, so the AST holds
 * nothing of them.  Their tokens are still in the source: this file
 * reads them where a function is declared, after its parameter list and
 * before the `;` or `{` that ends the declarator, in the declaration a
 * call's name finds (as sparse binds the call to the declaration in
 * scope) or in a function's definition.  A declaration written by a
 * macro is not read (its name's position is inside the expansion).
 * The annotated expression is read as sparse_context.c reads it: a
 * parameter of the function or a file-scope variable, members (`a.b`,
 * `a->b`, also inside unnamed members, as sparse looks them up), `*` and `&`;
 * a name that is neither is a pseudo-lock (RCU); anything else (a call,
 * parentheses, an index) names no lock.  Its type is found through the
 * function's parameters and the structs' fields with libclang, and its
 * kind and what it implies are analysis/lockctx.c's, shared with the
 * sparse front end.  What a declaration says is kept per declaration,
 * for the unit being lowered.  A member the source names through a
 * macro (`dentry->d_lock`, `#define d_lock d_lockref.lock`) is not
 * found, since the tokens are read unexpanded: it names a lock of
 * unknown kind (LOCKCTX_UNKNOWN), as anything else not typed here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clang_cursor.h"

#include "facts.h"
#include "lockctx.h"
#include "clang_ast.h"
#include "clang_context.h"

#define SCAN_BYTES	2048	/* from the name: parameters and annotations */
#define SCAN_TAIL	256	/* after a prototype's extent */
#define SCAN_TOKENS	512

struct seen {
	CXCursor decl;
	unsigned hash;
	int n;
	struct cctx c[CCTX_MAX];
	struct seen *next;
};

static struct seen *table[256];
static struct { CXFile file; size_t size; } files[8];
static int nfiles;

void clang_contexts_reset(void)
{
	unsigned i;

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		while (table[i]) {
			struct seen *s = table[i];

			table[i] = s->next;
			free(s);
		}
	nfiles = 0;
}

static size_t file_size(CXTranslationUnit tu, CXFile f)
{
	size_t size = 0;
	int i;

	for (i = 0; i < nfiles; i++)
		if (clang_File_isEqual(files[i].file, f))
			return files[i].size;
	clang_getFileContents(tu, f, &size);
	i = nfiles < 8 ? nfiles++ : 7;
	files[i].file = f;
	files[i].size = size;
	return size;
}

/* the tokens of an annotation's expression, and what they name */
struct px {
	char **s;
	int i, n;
	CXCursor fn;
	CXTranslationUnit tu;
	int param;		/* the root is parameter param, or -1 */
};

static int is(struct px *p, const char *s)
{
	return p->i < p->n && !strcmp(p->s[p->i], s);
}

static int is_ident(const char *s)
{
	return (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_';
}

static CXType invalid(void)
{
	CXType t;

	memset(&t, 0, sizeof(t));
	t.kind = CXType_Invalid;
	return t;
}

#define FIND_ANON	8	/* unnamed struct or union fields looked into */

struct find {
	const char *name;
	CXCursor found;
	CXCursor anon[FIND_ANON];	/* the unnamed fields, in order */
	int nanon;
};

static enum CXVisitorResult find_field(CXCursor c, CXClientData d)
{
	struct find *f = d;
	CXString s = clang_getCursorSpelling(c);
	int yes = !strcmp(clang_getCString(s), f->name);
	CXCursor t;

	clang_disposeString(s);
	if (yes) {
		f->found = c;
		return CXVisit_Break;
	}
	t = clang_getTypeDeclaration(clang_getCanonicalType(clang_getCursorType(c)));
	if (clang_Cursor_isAnonymousRecordDecl(t) && f->nanon < FIND_ANON)
		f->anon[f->nanon++] = c;
	return CXVisit_Continue;
}

/* the parameter of @fn named @name: its number, or -1 */
static int param_named(CXCursor fn, const char *name)
{
	int i, n = clang_Cursor_getNumArguments(fn), k = -1;

	for (i = 0; i < n; i++) {
		CXString s = clang_getCursorSpelling(clang_Cursor_getArgument(fn, i));

		if (!strcmp(clang_getCString(s), name))
			k = i;
		clang_disposeString(s);
	}
	return k;
}

/* a name: a parameter of the function, else a file-scope variable */
static CXType name_type(struct px *p, const char *name)
{
	int k = param_named(p->fn, name);
	CXCursor var;

	if (k >= 0) {
		p->param = k;
		return clang_getCursorType(clang_Cursor_getArgument(p->fn, k));
	}
	var = clang_find_decl(p->tu, CXCursor_VarDecl, name);
	return clang_Cursor_isNull(var) ? invalid() : clang_getCursorType(var);
}

/* the field of record type @t named @name, looked for in its unnamed
 * struct and union fields too (sparse_context.c member_named()), or a
 * null cursor */
static CXCursor find_in_anon(CXType t, const char *name, int depth)
{
	struct find f;
	int i;

	memset(&f, 0, sizeof(f));
	f.name = name;
	f.found = clang_getNullCursor();
	t = clang_getCanonicalType(t);
	if (t.kind != CXType_Record || depth > 8)
		return f.found;
	clang_Type_visitFields(t, find_field, &f);
	for (i = 0; clang_Cursor_isNull(f.found) && i < f.nanon; i++)
		f.found = find_in_anon(clang_getCursorType(f.anon[i]), name, depth + 1);
	return f.found;
}

static CXType member(CXType t, const char *name)
{
	CXCursor f = find_in_anon(t, name, 0);

	return clang_Cursor_isNull(f) ? invalid() : clang_getCursorType(f);
}

static CXType pointee(CXType t)
{
	t = clang_getCanonicalType(t);
	return t.kind == CXType_Pointer ? clang_getPointeeType(t) : invalid();
}

/* sparse_context.c expr_type(): `&e` has e's type; parentheses, calls
 * and the rest are no lock (sparse keeps `(e)` as an operator) */
static CXType unary(struct px *p, int depth)
{
	CXType t;

	if (depth > 16 || p->i >= p->n)
		return invalid();
	if (is(p, "&") || is(p, "*")) {
		int deref = is(p, "*");

		p->i++;
		t = unary(p, depth + 1);
		return deref ? pointee(t) : t;
	}
	if (!is_ident(p->s[p->i]))
		return invalid();
	t = name_type(p, p->s[p->i++]);
	while (t.kind != CXType_Invalid && (is(p, "->") || is(p, "."))) {
		if (is(p, "->"))
			t = pointee(t);
		p->i++;
		if (p->i >= p->n || !is_ident(p->s[p->i]))
			return invalid();
		t = member(t, p->s[p->i++]);
	}
	return t;
}

/* "spinlock" of a struct type, "" for an unnamed one; 0 if no struct,
 * -1 for a union */
static int struct_tag(CXType t, char *buf, size_t size)
{
	CXCursor d;
	CXString s;
	const char *n;

	t = clang_getCanonicalType(t);
	if (t.kind != CXType_Record)
		return 0;
	d = clang_getTypeDeclaration(t);
	if (clang_getCursorKind(d) != CXCursor_StructDecl)
		return clang_getCursorKind(d) == CXCursor_UnionDecl ? -1 : 0;
	s = clang_getCursorSpelling(d);
	n = clang_getCString(s);
	if (!n || strchr(n, ' ') || clang_Cursor_isAnonymousRecordDecl(d))
		n = "";
	snprintf(buf, size, "%s", n);
	clang_disposeString(s);
	return 1;
}

/* the kind of the lock the expression @s[0..@n) of @fn's annotation
 * names (sparse_context.c context_kind(): -1 for a struct that is no
 * atomic lock, LOCKCTX_UNKNOWN for what is not typed here), its root
 * parameter in *@arg */
static int expr_kind(CXTranslationUnit tu, CXCursor fn, char **s, int n, int *arg)
{
	struct px p = { s, 0, n, fn, tu, -1 };
	char tag[256], raw[256];
	CXType t;
	int st;

	*arg = -1;
	if (n == 1 && is_ident(s[0]) && param_named(fn, s[0]) < 0 &&
	    clang_Cursor_isNull(clang_find_decl(tu, CXCursor_VarDecl, s[0])))
		return lockctx_pseudo_kind(s[0]);
	t = unary(&p, 0);
	if (p.i != n || t.kind == CXType_Invalid)
		return LOCKCTX_UNKNOWN;
	*arg = p.param;
	t = clang_getCanonicalType(t);
	while (t.kind == CXType_Pointer)
		t = clang_getCanonicalType(clang_getPointeeType(t));
	st = struct_tag(t, tag, sizeof(tag));
	if (st <= 0)
		return st < 0 ? -1 : LOCKCTX_UNKNOWN;
	if (*tag)
		return lockctx_struct_kind(tag, NULL);
	st = struct_tag(member(t, "raw_lock"), raw, sizeof(raw));
	return lockctx_struct_kind(NULL, st > 0 && *raw ? raw : NULL);
}

/* the annotations in the tokens @s[0..@n), the function's name first */
static int scan(CXTranslationUnit tu, CXCursor fn, char **s, int n, struct cctx *c)
{
	int i, j, depth, nc = 0;

	for (i = 1; i < n && strcmp(s[i], "("); i++)
		if (!strcmp(s[i], ";") || !strcmp(s[i], "{"))
			return 0;
	for (depth = 0; i < n; i++)
		if (!strcmp(s[i], "("))
			depth++;
		else if (!strcmp(s[i], ")") && --depth == 0)
			break;
	for (i++; i < n && nc < CCTX_MAX; i++) {
		int in, out, kind, arg;

		if (!strcmp(s[i], ";") || !strcmp(s[i], "{") || !strcmp(s[i], ",") ||
		    !strcmp(s[i], "="))
			break;
		if (!lockctx_macro(s[i], &in, &out) || i + 1 >= n || strcmp(s[i + 1], "("))
			continue;
		for (depth = 0, j = i + 1; j < n; j++)
			if (!strcmp(s[j], "("))
				depth++;
			else if (!strcmp(s[j], ")") && --depth == 0)
				break;
		if (j >= n)
			break;
		/* every one is kept: lockctx.c decides what each implies
		 * at a call and at the function's own entry, and whether
		 * the others say all the call changes */
		kind = expr_kind(tu, fn, s + i + 2, j - i - 2, &arg);
		c[nc].in = in;
		c[nc].out = out;
		c[nc].kind = kind;
		c[nc++].arg = kind == AK_RCU ? -1 : arg;
		i = j;
	}
	return nc;
}

static unsigned offset_of(CXSourceLocation l, CXFile *f)
{
	unsigned off;

	clang_getExpansionLocation(l, f, NULL, NULL, &off);
	return off;
}

/* the annotations written on declaration @d */
static int read_decl(CXCursor d, struct cctx *c)
{
	CXTranslationUnit tu = clang_Cursor_getTranslationUnit(d);
	CXSourceLocation at = clang_getCursorLocation(d);
	CXFile f, g;
	unsigned start, end, fstart, ntok, i;
	size_t size;
	CXToken *tok;
	char **s;
	int n;

	start = offset_of(at, &f);
	clang_getFileLocation(at, &g, NULL, NULL, &fstart);
	if (!f || !g || !clang_File_isEqual(f, g) || fstart != start)
		return 0;	/* written by a macro */
	end = offset_of(clang_getRangeEnd(clang_getCursorExtent(d)), &g);
	if (!g || !clang_File_isEqual(f, g) || end < start)
		return 0;
	end += SCAN_TAIL;
	if (end > start + SCAN_BYTES)
		end = start + SCAN_BYTES;
	size = file_size(tu, f);
	if (end > size)
		end = (unsigned)size;
	clang_tokenize(tu, clang_getRange(clang_getLocationForOffset(tu, f, start),
					  clang_getLocationForOffset(tu, f, end)),
		       &tok, &ntok);
	if (ntok > SCAN_TOKENS)
		ntok = SCAN_TOKENS;
	s = sc_malloc((ntok + 1) * sizeof(*s));
	for (i = 0; i < ntok; i++) {
		CXString t = clang_getTokenSpelling(tu, tok[i]);

		s[i] = sc_strdup(clang_getCString(t));
		clang_disposeString(t);
	}
	n = scan(tu, d, s, (int)ntok, c);
	for (i = 0; i < ntok; i++)
		free(s[i]);
	free(s);
	clang_disposeTokens(tu, tok, ntok);
	return n;
}

/* read_decl(), once per declaration */
static int contexts_of(CXCursor d, struct cctx *c)
{
	unsigned h = clang_hashCursor(d);
	struct seen *s;

	for (s = table[h % 256]; s; s = s->next)
		if (s->hash == h && clang_equalCursors(s->decl, d))
			break;
	if (!s) {
		s = sc_calloc(1, sizeof(*s));
		s->decl = d;
		s->hash = h;
		s->n = read_decl(d, s->c);
		s->next = table[h % 256];
		table[h % 256] = s;
	}
	memcpy(c, s->c, s->n * sizeof(*c));
	return s->n;
}

int clang_call_contexts(struct cn *call, struct cctx *c)
{
	CXCursor d;

	if (!call || !call->cursor ||
	    clang_getCursorKind(*(CXCursor *)call->cursor) != CXCursor_CallExpr)
		return 0;
	d = clang_getCursorReferenced(*(CXCursor *)call->cursor);
	if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
		return 0;
	return contexts_of(d, c);
}

int clang_fn_contexts(struct cdecl *fn, struct cctx *c)
{
	CXCursor d;

	if (!fn || !fn->cursor)
		return 0;
	d = clang_getCursorDefinition(*(CXCursor *)fn->cursor);
	if (clang_Cursor_isNull(d))
		return 0;
	return contexts_of(d, c);
}
