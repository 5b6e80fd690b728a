/*
 * clang_loads.h - which expressions of the libclang front end's tree
 * read memory (sparse's OP_LOAD).
 */
#ifndef SLEEPCHECK_CLANG_LOADS_H
#define SLEEPCHECK_CLANG_LOADS_H

struct ctu;
struct cn;

/// Is @n a read of memory: a member (`p->a`, `s.a`), `*p` or `a[i]`?
int clang_is_load(struct ctu *t, struct cn *n);

/// Is @n an index `a[i]` (kids[0] the array, kids[1] the index)?
int clang_is_index(struct cn *n);

#endif
