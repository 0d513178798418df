/* audit.h: the audit log. Every statement the session executes (and every
 * SQL the person wrote that the guard refused) becomes one JSON line in
 * cfg.audit_path: time, user, database, question, SQL, source, rows,
 * duration and outcome. Internal to libdatabot. */
#ifndef DBT_AUDIT_H
#define DBT_AUDIT_H

#include "databot.h"

typedef struct audit_entry {
    const char *question;   /* NULL for SQL the person wrote */
    const char *sql;
    const char *source;     /* dbt_plan_source */
    long long rows;         /* -1: none (null) */
    double duration_ms;     /* < 0: not run (null) */
    int rc;                 /* 0 ok, 1 truncated, -1 failed (err says how) */
    const dbt_error *err;
} audit_entry;

/* Append e to cfg->audit_path (created mode 0600, its folders 0700) in one
 * write with O_APPEND. Does nothing when audit_path is NULL or empty.
 * Best effort: returns 0, or -1 with errno; the query's result stands
 * either way. */
int audit_write(const dbt_config *cfg, const audit_entry *e);

#endif
