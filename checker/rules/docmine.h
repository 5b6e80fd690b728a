/*
 * docmine.h - rules from documentation: the DMA-API documents
 * (docmine.c) and the kernel-doc comments of a tree (kdocmine.c), each
 * rule with its provenance.  `sleepcheck rules-from-doc` (cmd/) reads
 * the options; both write the rules to stdout.
 */
#ifndef SLEEPCHECK_DOCMINE_H
#define SLEEPCHECK_DOCMINE_H

/// Rules from the API documents @docs, read with the phrases of
/// @patterns (NULL: the rules directory's doc-patterns).
/// @return: 0, or 2 after error lines.
int docmine(const char *patterns, char **docs, int ndocs);

/// Rules from the kernel-doc comments of @tree (only under its @paths,
/// when @npaths), read with @patterns (NULL: kdoc-patterns); counts to
/// stderr with @stats, each statement not made a rule with @list_skipped.
/// @return: 0, or 2 after error lines.
int kdocmine(const char *patterns, const char *tree, char **paths, int npaths,
	     int stats, int list_skipped);

#endif
