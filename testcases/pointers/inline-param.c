#include <linux/spinlock.h>
#include <linux/sched.h>

struct work_head {
	void (*func)(struct work_head *w);
};

static void slow_work(struct work_head *w)
{
	msleep(1);
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
	init_work_head(w, slow_work);
}

void run_work(struct work_head *w)
{
	spin_lock(&lock);
	w->func(w);
	spin_unlock(&lock);
}
/*
 * check-name: a function stored into a field through an inline function's parameter is a target
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/pointers/inline-param.c:10:9: warning: call to 'msleep' may sleep in atomic context, in 'slow_work' [-Wsleep-in-atomic]
testcases/pointers/inline-param.c:30:9: note: 'slow_work' runs in atomic context: 'run_work' calls through 'struct work_head'.func here with spinlock held
testcases/pointers/inline-param.c:29:9: note: atomic context begins here, at '_raw_spin_lock' in 'run_work'
testcases/pointers/inline-param.c:24:9: note: 'slow_work' is bound to 'struct work_head.func' here
testcases/pointers/inline-param.c:10:9: note: 'slow_work' calls 'msleep', which may sleep
 * check-output-end
 */
