/*
 * fmt.h - printf for the report's hot paths: a million-function report
 * writes forty megabytes of notes, and glibc's printf engine took more
 * time per line than the rest of the line's work.
 *
 * Only %s, %d, %c, %.*s and %% are formatted here (what the report's
 * lines use); a format with anything else is handed to vsnprintf() whole,
 * so every format gives what printf gives, byte for byte.
 */
#ifndef SLEEPCHECK_FMT_H
#define SLEEPCHECK_FMT_H

#include <stdio.h>

/// snprintf() into @buf of @size bytes, and what it returns.
int fmt_buf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/// fprintf() to @out.
void fmt_out(FILE *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
