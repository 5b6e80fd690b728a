/*
 * fmt.c - the report's printf (fmt.h).
 *
 * fmt_vbuf() walks the format once, copying text and the few conversions
 * it knows into the buffer, and counts what would not fit as snprintf()
 * does.  A conversion it does not know sends the whole format to
 * vsnprintf() with the arguments from their start.
 */
#include <stdarg.h>
#include <string.h>

#include "fmt.h"

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
		char num[24];
		int prec, len;
		long v;

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
			v = va_arg(ap, int);
			len = 0;
			{
				unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;
				char *e = num + sizeof(num);

				do {
					*--e = (char)('0' + u % 10);
					u /= 10;
				} while (u);
				if (v < 0)
					*--e = '-';
				len = (int)(num + sizeof(num) - e);
				put(buf, size, &n, e, len);
			}
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
