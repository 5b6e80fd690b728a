/**
 * ctx_inline - an inline in a header
 *
 * Context: Any context.
 */
static inline int ctx_inline(void)
{
	return 1;
}

/**
 * CTX_MACRO - a macro
 *
 * Context: May sleep.
 */
#define CTX_MACRO(x) ctx_sleeps(x)

/**
 * ctx_header_sleeps - declared in a header
 *
 * Context: Can sleep.
 */
extern void ctx_header_sleeps(void);
