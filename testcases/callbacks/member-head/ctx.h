/* two structs, each with an atomic notifier chain of its own (the same
 * kind of head, in different fields) */
#ifndef CTX_H
#define CTX_H

#include "../notifier/notifier.h"

struct a_ctx {
	int state;
	struct atomic_notifier_head chain;
};

struct b_ctx {
	long flags;
	int users;
	struct atomic_notifier_head chain;
};

/* an a_ctx inside another struct */
struct wrap {
	int id;
	struct a_ctx a;
};

void fire_a_ctx(struct a_ctx *a);

#endif
