#include <linux/spinlock.h>
#include <linux/slab.h>
#include <linux/interrupt.h>

static spinlock_t lock;

void *grow(size_t n, gfp_t gfp)
{
	return kmalloc(n, gfp);
}

static irqreturn_t on_irq(int irq, void *data)
{
	kfree(grow(8, GFP_ATOMIC));
	return IRQ_HANDLED;
}

void user(void)
{
	spin_lock(&lock);
	kfree(grow(8, GFP_ATOMIC));
	spin_unlock(&lock);
	request_irq(1, on_irq, 0, "x", NULL);
}
/*
 * check-name: explain: the gfp condition of a sleep, atomic callers and entry points
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck explain grow && sleepcheck explain on_irq && sleepcheck explain user; sleepcheck explain nothing_like_this 2>/dev/null; echo "exit $?"
 *
 * check-output-start
testcases/explain/explain.c:7:7: 'grow'
  may sleep only if its gfp argument 2 allows blocking:
    testcases/explain/explain.c:9:16: 'grow' calls '__kmalloc', which may sleep
  entered with spinlock held: from 'user' at testcases/explain/explain.c:21:15
testcases/explain/explain.c:12:20: 'on_irq' (static)
  does not sleep (no chain to a sleep source)
  runs in hardirq context: registered by 'user' with 'request_threaded_irq' at testcases/explain/explain.c:23:9 (rules/kernel-entry.rules:12)
testcases/explain/explain.c:18:6: 'user'
  may sleep:
    testcases/explain/explain.c:23:9: 'user' calls 'request_threaded_irq', which may sleep
  not entered in atomic context by any call in the database
exit 2
 * check-output-end
 */
