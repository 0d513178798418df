/* repl.h: the interactive prompt (readline): questions, confirmation of
 * the SQL before it runs, backslash commands, history. */
#ifndef DBT_REPL_H
#define DBT_REPL_H

#include <signal.h>
#include "databot.h"
#include "options.h"
#include "output.h"

/* Run the prompt until \q or end of input. *interrupt is set by the SIGINT
 * handler: it clears the line being typed. Returns the exit status. */
int repl_run(dbt_session *s, const options *o, output *out, volatile sig_atomic_t *interrupt);

#endif
