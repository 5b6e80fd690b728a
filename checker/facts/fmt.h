/*
 * fmt.h - printf for the report's hot paths: a million-function report
 * writes forty megabytes of notes, and glibc's printf engine took more
 * time per line than the rest of the line's work.
 *
 * Only %s, %d, %c, %.*s and %% are formatted here (what the report's
 * lines use); a format with anything else is handed to vsnprintf() whole,
 * so every format gives what printf gives, byte for byte.
 *
 * Also the digits of a number as "%lld", "%llu" and "%llx" write them: the
 * facts' texts (textbuf.h) and the front ends' keys are written with
 * these, not with printf, and not with a copy of them each.
 */
#ifndef SLEEPCHECK_FMT_H
#define SLEEPCHECK_FMT_H

#include <stddef.h>
#include <stdio.h>

/// snprintf() into @buf of @size bytes, and what it returns.
int fmt_buf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/// fprintf() to @out.
void fmt_out(FILE *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * The digits of @v, written backwards from the end of @d (FMT_NUM bytes,
 * no NUL): each returns where the text starts; it ends at d + FMT_NUM.
 */
#define FMT_NUM 24
char *fmt_ll(char d[FMT_NUM], long long v);		/* "%lld" */
char *fmt_llu(char d[FMT_NUM], unsigned long long v);	/* "%llu" */
/* "%llx", or with @alt "%#llx" ("0", or "0x" and the digits) */
char *fmt_hex(char d[FMT_NUM], unsigned long long v, int alt);

#endif
