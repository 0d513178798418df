/* session.h: the session's inside, shared by session.c and the modules
 * that read it (describe.c). Internal to libdatabot. */
#ifndef DBT_SESSION_H
#define DBT_SESSION_H

#include <signal.h>
#include "catalog.h"
#include "databot.h"
#include "db/driver.h"
#include "engine/engine.h"

struct dbt_session {
    driver *d;
    catalog cat;
    engine *eng;
    dbt_config cfg;
    char *as_of;                   /* owned copy of cfg.as_of, or NULL */
    volatile sig_atomic_t cancel;
    const char **names;            /* for completion, NULL-terminated */
    struct llm_chain *chain;       /* stage 3 through models; NULL = the built-in engine only */
    long asked;                    /* plans made by dbt_ask */
    struct semantic *sem;          /* the semantic file, or NULL */
};

/* For modules that run queries of their own on the session's database
 * (export_run.c): the driver, and lim filled with the session's limits
 * and its cancel flag (cleared). */
driver *session_driver(dbt_session *s, query_limits *lim);

#endif
