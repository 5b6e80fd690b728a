#include <linux/spinlock.h>
#include <linux/sched.h>
#include <linux/string.h>

/*
 * The twin of keep-global-clean.c: this file's own static port_done(),
 * which fills its void * parameter's bytes, is the one its call reaches,
 * not keep-global.c's global port_done() that converts it back; so the
 * struct's bytes may be written, CAP_RPM may be set, and the sleep behind
 * the test of it is reported.
 */
#define CAP_FIFO	(1 << 8)
#define CAP_RPM		(1 << 15)

spinlock_t port_lock;

struct s_port {
	unsigned int capabilities;
	int done;
};

static void port_done(void *data)
{
	memset(data, 0xff, sizeof(struct s_port));
}

void port_init(struct s_port *p)
{
	p->capabilities = CAP_FIFO;
	port_done(p);
}

static void rpm_get(struct s_port *p) { if (p->capabilities & CAP_RPM) msleep(1); }

void port_flush(struct s_port *p)
{
	spin_lock(&port_lock);
	rpm_get(p);
	spin_unlock(&port_lock);
}
/*
 * check-name: a struct pointer passed to a static function that writes its void * parameter's bytes, beside another file's global function of that name that converts it back, keeps the sleep behind a test of its field
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file $dir/keep-global.c && sleepcheck report
 *
 * check-output-start
testcases/fields/keep-shadow.c:38:9: warning: call to 'rpm_get' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/fields/keep-shadow.c:37:9: note: atomic context begins here, at '_raw_spin_lock' in 'port_flush'
testcases/fields/keep-shadow.c:38:9: note: 'port_flush' calls 'rpm_get'
testcases/fields/keep-shadow.c:33:72: note: 'rpm_get' calls 'msleep' on a path taken only when its field 'capabilities' of what argument 1 points to has a bit of 0x8000 set, which may sleep
 * check-output-end
 */
