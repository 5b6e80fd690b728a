#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void parse_error(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: under kbuild (KBUILD_CHECKSRC), a file that does not parse keeps the build going (exit 0, as sparse), unless SLEEPCHECK_STRICT=1
 * check-exit-value: 0
 * check-command: top=$PWD; cp $file $tmp/x.c && cd $tmp && sed -i "3i int broken(;" x.c && KBUILD_CHECKSRC=2 sleepcheck --no-local-report -I$top/testcases/include x.c 2>/dev/null; echo "kbuild exit $?"; KBUILD_CHECKSRC=2 SLEEPCHECK_STRICT=1 sleepcheck --no-local-report -I$top/testcases/include x.c 2>/dev/null; echo "strict exit $?"; KBUILD_CHECKSRC=0 sleepcheck --no-local-report -I$top/testcases/include x.c 2>&1 | tail -1; echo "C=0 exit ${PIPESTATUS[0]}"
 *
 * check-output-start
kbuild exit 0
strict exit 2
sleepcheck: error: 'x.c' does not parse; its earlier facts are kept
C=0 exit 2
 * check-output-end
 */
