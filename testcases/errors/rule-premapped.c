#include <linux/compiler.h>
#include <linux/sched.h>

/*
 * Rules checked against the code: `premapped NAME ARG OBJ` says NAME's
 * argument ARG may be the address of global object OBJ, mapped at boot.
 * Where the database has NAME's body, some call must pass &OBJ there, or
 * to a function passing that parameter on there (write_pair() passes
 * its second register on); a rule no call bears out (the wrong argument
 * number, an object never passed) is an error at the rule's line, and
 * the report exits 2.  Rules that hold are quiet, and so is one whose
 * function has no body here.  One function's rules must name one
 * argument: another is a parse error at the line.
 */
struct gas {
	unsigned char space_id;
	u64 address;
};

struct gas status_reg, enable_reg, other_reg;

void *ioremap_cache(u64 phys, unsigned long size);

int write_reg(u64 value, struct gas *reg)
{
	return ioremap_cache(reg->address, value) != 0;
}

static int write_pair(u64 value, struct gas *a, struct gas *b)
{
	return write_reg(value, a) | write_reg(value, b);
}

int write_status(u64 value)
{
	return write_reg(value, &status_reg);
}

int write_both(u64 value)
{
	return write_pair(value, &other_reg, &enable_reg);
}
/*
 * check-name: a premapped rule whose object no call passes to its function's argument is an error at the rule
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && mkdir $tmp/bad $tmp/good $tmp/two && cp rules/*.rules $tmp/bad && cp rules/*.rules $tmp/good && cp rules/*.rules $tmp/two && printf 'premapped write_reg 1 status_reg\npremapped write_reg 1 enable_reg\n' > $tmp/bad/zz.rules && printf 'premapped write_reg 2 status_reg\npremapped write_reg 2 enable_reg\npremapped not_here 1 status_reg\n' > $tmp/good/zz.rules && printf 'premapped write_reg 2 status_reg\npremapped write_reg 1 enable_reg\n' > $tmp/two/zz.rules && sleepcheck report --rules=$tmp/bad 2>&1 | sed "s|$tmp/||"; echo "exit ${PIPESTATUS[0]}"; sleepcheck report --rules=$tmp/good; echo "exit $?"; sleepcheck report --rules=$tmp/two 2>&1 | sed "s|$tmp/||g"; echo "exit ${PIPESTATUS[0]}"
 *
 * check-output-start
bad/zz.rules:1:1: error: no call passes '&status_reg' as argument 1 of 'write_reg', nor to a function passing it on there
bad/zz.rules:2:1: error: no call passes '&enable_reg' as argument 1 of 'write_reg', nor to a function passing it on there
exit 2
exit 0
two/zz.rules:2:21: error: 'write_reg' is premapped in argument 2 at two/zz.rules:1
exit 2
 * check-output-end
 */
