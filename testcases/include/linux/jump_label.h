#ifndef _STUB_JUMP_LABEL_H
#define _STUB_JUMP_LABEL_H
#include <linux/compiler.h>
struct static_key { int enabled; };
struct static_key_false { struct static_key key; };
#define DEFINE_STATIC_KEY_FALSE(name) struct static_key_false name = { { 0 } }

/* arch/x86/include/asm/jump_label.h: a nop, patched into a jump to
 * l_yes when the key is enabled */
static __always_inline bool arch_static_branch(struct static_key *key, bool branch)
{
	asm goto("1: nop" : : "i" (key), "i" (branch) : : l_yes);
	return false;
l_yes:
	return true;
}
#define static_branch_unlikely(x)	arch_static_branch(&(x)->key, false)
#endif
