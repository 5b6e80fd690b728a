#include <linux/spinlock.h>
#include <linux/sched.h>

struct pair { int a, b; };
static spinlock_t lock;

/* sparse reports a type error here, as it does in some kernel files */
int pair_sum(struct pair p)
{
	return p + 1;
}

void type_error(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: a type error sparse reports does not stop the file; --sparse-warnings shows it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file; echo "check exit $?"; sleepcheck --no-local-report --sparse-warnings -Itestcases/include $file; echo "check exit $?"; sleepcheck report
 *
 * check-output-start
check exit 0
check exit 0
testcases/errors/type-error.c:16:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/errors/type-error.c:15:9: note: atomic context begins here, at '_raw_spin_lock' in 'type_error'
testcases/errors/type-error.c:16:9: note: 'type_error' calls 'msleep', which may sleep
 * check-output-end
 * check-error-start
testcases/errors/type-error.c:10:18: error: incompatible types for operation (+):
testcases/errors/type-error.c:10:18:    struct pair p
testcases/errors/type-error.c:10:18:    int
testcases/errors/type-error.c:13:6: warning: symbol 'type_error' was not declared. Should it be static?
 * check-error-end
 */
