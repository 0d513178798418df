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
};

#endif
