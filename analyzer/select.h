/* Which TUs a list of files on the command line means: a TU of the compile
 * database is itself; any other file (a header) means the TUs that read it
 * when they were last analysed (the cache's units know), plus every TU the
 * cache knows nothing about. The pre-commit hook passes staged headers. */
#ifndef PT_SELECT_H
#define PT_SELECT_H
#include "compdb.h"

/* Keeps the selected TUs of db; the others of their projects move to
 * db->context. A source file (.c/.cpp...) that is not in the database but
 * exists joins it with the flags of its nearest neighbour there, as clangd
 * does, and returns 1 with a note in err; one that does not exist is
 * reported in err and makes it return -1 (the rest is kept). */
int pt_select_files(struct pt_compdb *db, char **files, size_t nfiles, const char *cache_dir,
                    char *err, size_t errlen);

#endif
