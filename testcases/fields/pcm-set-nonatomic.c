#include <linux/spinlock.h>

/*
 * The store pcm-nonatomic-store.c adds to pcm-nonatomic.c: a driver that
 * asks for a non-atomic PCM (ASoC's soc_new_pcm(), sound/soc/soc-pcm.c:
 * `pcm->nonatomic = rtd->dai_link->nonatomic`, here the constant true).
 */
struct snd_pcm {
	int device;
	bool nonatomic;
};

void pcm_set_nonatomic(struct snd_pcm *pcm)
{
	pcm->nonatomic = true;
}
/*
 * check-name: a store of true into a PCM's nonatomic field (with pcm-nonatomic.c, pcm-nonatomic-store.c)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
