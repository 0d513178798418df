/* purge.h: `databot purge`: delete every file databot itself wrote for a
 * person (history, cache, memory, audit log, conversations saved with
 * \save), after confirmation. */
#ifndef DBT_PURGE_H
#define DBT_PURGE_H

/* Returns the exit status. yes: no question asked. */
int purge_run(int yes, int quiet);

#endif
