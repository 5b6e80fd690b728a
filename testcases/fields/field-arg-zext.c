#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/slab.h>

/*
 * field-arg-sext.c with an unsigned char field: its only store sets bits
 * 0xff, the value reaches the int parameter zero-extended, so the
 * callee's test of bit 0x100 never holds (J=$struct knob.level, decided
 * by the field's stores on memory kzalloc() made): no path reaches the
 * sleep.
 */
struct knob {
	unsigned char level;
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
		k->level = 0xff;
	return k;
}

void knob_apply(struct knob *k, spinlock_t *l)
{
	spin_lock(l);
	set_level(k->level);
	spin_unlock(l);
}
/*
 * check-name: a field's value passed zero-extended keeps the field's bits: the callee's test of another bit is decided
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
