#ifndef _STUB_VMALLOC_H
#define _STUB_VMALLOC_H
#include <linux/compiler.h>
void *vmalloc(unsigned long size);
void vfree(const void *addr);
#endif
