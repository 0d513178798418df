/* batch.h: batch mode: -e questions, --sql queries, or questions one per
 * line on standard input, answered without confirmation. */
#ifndef DBT_BATCH_H
#define DBT_BATCH_H

#include <signal.h>
#include "databot.h"
#include "options.h"
#include "output.h"

/* Answer every job (or every line of stdin when there are none). Returns
 * the exit status: that of the first failure, 0 when all succeeded.
 * *interrupted is polled between questions (set by the SIGINT handler). */
int batch_run(dbt_session *s, const options *o, output *out,
              volatile sig_atomic_t *interrupted);

/* One question or query, start to finish: plan, (run), show. Shared with
 * the REPL for its -y mode. Returns the exit status for this one. */
int batch_one(dbt_session *s, const options *o, output *out, int is_sql, const char *text);

#endif
