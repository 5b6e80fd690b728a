#ifndef _STUB_SEQLOCK_H
#define _STUB_SEQLOCK_H
#include <linux/preempt.h>
/* include/linux/seqlock.h: the writer disables preemption itself only
 * for the seqcount variants whose lock is preemptible (mutex); which one
 * is chosen by _Generic on the seqcount's type */
typedef struct seqcount { unsigned sequence; } seqcount_t;
typedef struct seqcount_mutex { seqcount_t seqcount; } seqcount_mutex_t;
static inline bool __seqprop_preemptible(const seqcount_t *s)
{
	return false;
}
static inline bool __seqprop_mutex_preemptible(const seqcount_mutex_t *s)
{
	return true;
}
#define seqprop_preemptible(s) _Generic(*(s),				\
	seqcount_t:		__seqprop_preemptible((void *)(s)),	\
	seqcount_mutex_t:	__seqprop_mutex_preemptible((void *)(s)))
#define write_seqcount_begin(s)						\
	do { if (seqprop_preemptible(s)) preempt_disable(); barrier(); } while (0)
#define write_seqcount_end(s)						\
	do { barrier(); if (seqprop_preemptible(s)) preempt_enable(); } while (0)
#endif
