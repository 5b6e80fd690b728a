/*
 * clang_cursor.h - libclang cursor searches shared by the files of the
 * front end that read cursors themselves (clang_ast.c, clang_context.c).
 * It includes <clang-c/Index.h>: only such files include it.
 */
#ifndef SLEEPCHECK_CLANG_CURSOR_H
#define SLEEPCHECK_CLANG_CURSOR_H

#include <clang-c/Index.h>

/// The first declaration of kind @kind named @name at the top level of
/// @tu (a file-scope variable, a function), or a null cursor.
CXCursor clang_find_decl(CXTranslationUnit tu, enum CXCursorKind kind,
			 const char *name);

#endif
