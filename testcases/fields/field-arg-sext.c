#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/slab.h>

/*
 * A field's value passed on sign-extended: a signed char field whose
 * only store is -1 (bits 0xff of the field) reaches an int parameter as
 * 0xffffffff, whose bit 0x100 the callee tests.  The callee's bits are
 * not the field's, so its test is not decided by the field's stores
 * (J=$struct T.F is written only for a value zero-extended or
 * truncated): the sleep is reported.  field-arg-zext.c is the twin with
 * an unsigned field.
 */
struct knob {
	signed char level;
};

static void set_level(int level)
{
	if (level & 0x100)
		msleep(1);
}

struct knob *knob_new(void)
{
	struct knob *k = kzalloc(sizeof(*k), GFP_KERNEL);

	if (k)
		k->level = -1;
	return k;
}

void knob_apply(struct knob *k, spinlock_t *l)
{
	spin_lock(l);
	set_level(k->level);
	spin_unlock(l);
}
/*
 * check-name: a field's value passed sign-extended says nothing of the callee's bits
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fields/field-arg-sext.c:36:9: warning: call to 'set_level' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/field-arg-sext.c:35:9: note: atomic context begins here, at '_raw_spin_lock' in 'knob_apply'
testcases/fields/field-arg-sext.c:36:9: note: 'knob_apply' calls 'set_level'
testcases/fields/field-arg-sext.c:21:17: note: 'set_level' calls 'msleep' on a path taken only when its argument 1 has a bit of 0x100 set, which may sleep
 * check-output-end
 */
