/*
 * fmt.c - the report's printf (fmt.h).
 *
 * fmt_vbuf() walks the format once, copying text and the few conversions
 * it knows into the buffer, and counts what would not fit as snprintf()
 * does.  A conversion it does not know sends the whole format to
 * vsnprintf() with the arguments from their start.  The number writers
 * below serve it, the facts' texts (textbuf.c) and the front ends alike.
 */
#include <stdarg.h>
#include <string.h>

#include "fmt.h"

char *fmt_llu(char d[FMT_NUM], unsigned long long v)
{
	char *p = d + FMT_NUM;

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return p;
}

char *fmt_ll(char d[FMT_NUM], long long v)
{
	char *p = fmt_llu(d, v < 0 ? -(unsigned long long)v : (unsigned long long)v);

	if (v < 0)
		*--p = '-';
	return p;
}

char *fmt_hex(char d[FMT_NUM], unsigned long long v, int alt)
{
	char *p = d + FMT_NUM;
	unsigned long long x = v;

	do {
		*--p = "0123456789abcdef"[x & 15];
		x >>= 4;
	} while (x);
	if (alt && v) {
		*--p = 'x';
		*--p = '0';
	}
	return p;
}

/* @len bytes of @s at *@n of @buf (kept within @size, NUL excluded) */
static void put(char *buf, size_t size, size_t *n, const char *s, size_t len)
{
	if (*n < size) {
		size_t room = size - 1 - *n;

		memcpy(buf + *n, s, len < room ? len : room);
	}
	*n += len;
}

/* the format with the conversions known here; -1: another one */
static int fmt_vbuf(char *buf, size_t size, const char *fmt, va_list ap)
{
	size_t n = 0;
	const char *p = fmt;

	while (*p) {
		const char *pct = strchr(p, '%'), *s;
		char num[FMT_NUM], *e;
		int prec, len;

		if (!pct) {
			put(buf, size, &n, p, strlen(p));
			break;
		}
		put(buf, size, &n, p, pct - p);
		p = pct + 1;
		switch (*p) {
		case 's':
			s = va_arg(ap, const char *);
			if (!s)
				return -1;	/* glibc's "(null)": vsnprintf() */
			put(buf, size, &n, s, strlen(s));
			break;
		case 'd':
			e = fmt_ll(num, va_arg(ap, int));
			put(buf, size, &n, e, (size_t)(num + sizeof(num) - e));
			break;
		case 'c':
			num[0] = (char)va_arg(ap, int);
			put(buf, size, &n, num, 1);
			break;
		case '%':
			put(buf, size, &n, "%", 1);
			break;
		case '.':
			if (p[1] != '*' || p[2] != 's')
				return -1;
			prec = va_arg(ap, int);
			s = va_arg(ap, const char *);
			if (prec < 0 || !s)
				return -1;
			len = (int)strnlen(s, (size_t)prec);
			put(buf, size, &n, s, len);
			p += 2;
			break;
		default:
			return -1;
		}
		p++;
	}
	if (size)
		buf[n < size ? n : size - 1] = '\0';
	return (int)n;
}

int fmt_buf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = fmt_vbuf(buf, size, fmt, ap);
	va_end(ap);
	if (n < 0) {
		va_start(ap, fmt);
		n = vsnprintf(buf, size, fmt, ap);
		va_end(ap);
	}
	return n;
}

void fmt_out(FILE *out, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = fmt_vbuf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= 0 && (size_t)n < sizeof(buf)) {
		fwrite(buf, 1, n, out);
		return;
	}
	va_start(ap, fmt);
	vfprintf(out, fmt, ap);
	va_end(ap);
}
