/*
 * unless.h - a store a function makes only where a pointer member did
 * not hold a global object's address (unless.c): `iter->temp = temp`
 * under `!WARN_ON_ONCE(iter->temp == static_temp_buf)` in
 * trace_find_next_entry() (kernel/trace/trace.c:3995-4002).  Both front
 * ends ask it of the IR they lowered, so that they write the same rets
 * (facts.h fact_func.rets K.F!^&&V).
 */
#ifndef SLEEPCHECK_UNLESS_H
#define SLEEPCHECK_UNLESS_H

#include "ir.h"

/// The value V (fact_addr_value()) of an address atom of @ir on member
/// @field of what parameter @param points to (ATOM_ADDR, `p->F == &G`)
/// such that block @block is reached from the entry only through an edge
/// of a branch whose condition there says the atom is false; 0 when
/// there is none.
unsigned long long ir_store_unless(const struct ir_func *ir, int param,
				   const char *field, int block);

#endif
