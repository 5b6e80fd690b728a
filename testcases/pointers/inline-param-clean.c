#include <linux/spinlock.h>
#include <linux/sched.h>

struct work_head {
	void (*func)(struct work_head *w);
};

static void fast_work(struct work_head *w)
{
	(void)w;
}

/* stores its parameter: the function is the caller's argument */
static inline void init_work_head(struct work_head *w,
				  void (*func)(struct work_head *w))
{
	w->func = func;
}

static spinlock_t lock;

void setup(struct work_head *w)
{
	init_work_head(w, fast_work);
}

void run_work(struct work_head *w)
{
	spin_lock(&lock);
	w->func(w);
	spin_unlock(&lock);
}
/*
 * check-name: a function that does not sleep stored through an inline function's parameter
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
