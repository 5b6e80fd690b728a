/*
 * textbuf.c - a text that grows as it is written (textbuf.h): the facts'
 * sub-records and values (fact_text.c, fact_vals.c) are written with it
 * piece by piece, numbers by fmt.h's digit writers, not with printf.
 */
#include <string.h>

#include "facts.h"
#include "fmt.h"
#include "textbuf.h"

void tb_put(struct textbuf *t, const char *s, size_t n)
{
	if (!t->s || t->len + n + 1 > t->cap) {
		t->cap = 2 * (t->len + n + 1);
		t->s = sc_realloc(t->s, t->cap);
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

void tb_puts(struct textbuf *t, const char *s)
{
	if (!s)
		s = "(null)";	/* as glibc's printf writes it */
	tb_put(t, s, strlen(s));
}

void tb_putc(struct textbuf *t, char c)
{
	tb_put(t, &c, 1);
}

void tb_put_ll(struct textbuf *t, long long v)
{
	char d[FMT_NUM], *p = fmt_ll(d, v);

	tb_put(t, p, (size_t)(d + FMT_NUM - p));
}

void tb_put_llu(struct textbuf *t, unsigned long long v)
{
	char d[FMT_NUM], *p = fmt_llu(d, v);

	tb_put(t, p, (size_t)(d + FMT_NUM - p));
}

void tb_put_hex(struct textbuf *t, unsigned long long v, int alt)
{
	char d[FMT_NUM], *p = fmt_hex(d, v, alt);

	tb_put(t, p, (size_t)(d + FMT_NUM - p));
}
