/* the fixed DMA code (atomic requests from the pool), no caller either */
/*
 * check-name: the fixed implementation keeps the contract: it sleeps only when gfp blocks
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include -Itestcases/seed/include -Iallocator -DPOOL_KERNEL testcases/seed/kernel/dma/mapping.c testcases/seed/arch/arm/mm/dma-mapping-pool.c testcases/seed/drivers/base/dma-mapping.c testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c allocator/dmapool.c && sleepcheck report; echo "exit $?"
 *
 * check-output-start
exit 0
 * check-output-end
 */
