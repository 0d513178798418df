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

/* Every query of a plan passes these (dbt_run, export_run.c): -1 with
 * DBT_ERR_REFUSED (and an audit line) when its full scans go over
 * cfg.max_scan_rows and the person did not allow it; else 0. */
int session_check_scan(dbt_session *s, const dbt_plan *p, dbt_error *err);
/* One audit line for a statement of p that ran: rows (-1 none), ms, rc
 * (0 ok, 1 truncated, -1 failed with err). */
void session_audit(dbt_session *s, const dbt_plan *p, long long rows, double ms, int rc,
                   const dbt_error *err);

#endif
