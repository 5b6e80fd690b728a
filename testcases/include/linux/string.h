#ifndef _STUB_STRING_H
#define _STUB_STRING_H
#include <linux/compiler.h>
void *memset(void *s, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
#endif
