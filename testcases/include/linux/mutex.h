#ifndef _STUB_MUTEX_H
#define _STUB_MUTEX_H
#include <linux/compiler.h>
struct mutex { int owner; };
void mutex_lock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);
#endif
