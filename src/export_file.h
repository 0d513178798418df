/* export_file.h: -o FILE and \export FILE: an answer's rows written to a
 * file with dbt_export, with a progress line on a terminal. */
#ifndef DBT_EXPORT_FILE_H
#define DBT_EXPORT_FILE_H

#include "databot.h"
#include "options.h"
#include "output.h"

/* Export every row of p's SQL (shown: the answer on screen, may be NULL)
 * to path; force: replace an existing file. Progress goes to stderr when
 * it is a terminal, a closing note unless quiet. Returns the exit status:
 * 0, or that of the error (reported on out->diag). */
int export_to_file(dbt_session *s, const options *o, output *out, const dbt_plan *p,
                   const dbt_answer *shown, const char *path, int force);

/* The file for the nth answer (1-based) of -o FILE: FILE itself, then
 * NAME-2.EXT, NAME-3.EXT, ... Malloc'd; NULL on no memory. */
char *export_nth_path(const char *path, unsigned n);

#endif
