/*
 * textbuf.h - a text that grows as it is written, piece by piece: NULL
 * until something is written, then always NUL-terminated; the caller
 * owns and frees ->s.  Numbers are written as printf's "%lld", "%llu" and
 * "%llx"/"%#llx" write them.
 */
#ifndef SLEEPCHECK_TEXTBUF_H
#define SLEEPCHECK_TEXTBUF_H

#include <stddef.h>

struct textbuf {
	char *s;
	size_t len, cap;
};

void tb_put(struct textbuf *t, const char *s, size_t n);
void tb_puts(struct textbuf *t, const char *s);	/* NULL: "(null)" */
void tb_putc(struct textbuf *t, char c);
void tb_put_ll(struct textbuf *t, long long v);
void tb_put_llu(struct textbuf *t, unsigned long long v);
void tb_put_hex(struct textbuf *t, unsigned long long v, int alt);

#endif
