#ifndef _STUB_LOCKDEP_H
#define _STUB_LOCKDEP_H
/* include/linux/lockdep.h without CONFIG_LOCKDEP (Debian's config): the
 * assertions expand to nothing the compiler keeps */
#define lockdep_assert_held(l)			do { (void)(l); } while (0)
#define lockdep_assert_held_once(l)		do { (void)(l); } while (0)
#define lockdep_assert_irqs_disabled()		do { } while (0)
#define lockdep_assert_preemption_disabled()	do { } while (0)
#define lockdep_assert_in_softirq()		do { } while (0)
#endif
