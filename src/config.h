/* config.h: settings from the config file ($XDG_CONFIG_HOME/databot/config,
 * INI style) and the environment (DATABOT_MAX_ROWS, ...), applied under the
 * command-line flags: flag > environment > config file > default. Also the
 * named connections ([connection NAME] with a target) for `databot @NAME`. */
#ifndef DBT_CONFIG_H
#define DBT_CONFIG_H

#include <stddef.h>
#include "options.h"

typedef struct connection {
    char *name;
    char *target;
    int line;
} connection;

typedef struct config {
    char *path;              /* the file read, or NULL when there is none */
    connection *conns;
    size_t nconns;
    char **owned;            /* strings the options point into */
    size_t nowned;
} config;

/* The config file's path: $DATABOT_CONFIG, else $XDG_CONFIG_HOME/databot/config,
 * else ~/.config/databot/config. Malloc'd; NULL without HOME. */
char *config_default_path(void);

/* Read the config file (a missing file is fine) and apply its settings to o.
 * Returns 0, or -1 with "FILE line N: what is wrong" in errbuf. */
int config_load(config *c, const char *path, options *o, char *errbuf, size_t errlen);

/* Apply DATABOT_<SETTING> environment variables (DATABOT_MAX_ROWS=100). */
int config_apply_env(options *o, char *errbuf, size_t errlen);

/* The target of a named connection, or NULL. */
const char *config_connection(const config *c, const char *name);

/* Resolve "@NAME" in o->database. Returns 0, or -1 with errbuf. */
int config_resolve_target(const config *c, options *o, char *errbuf, size_t errlen);

/* --print-config: every setting, its value and where it came from. */
void config_print(FILE *f, const config *c, const options *o);
/* --list-connections */
void config_print_connections(FILE *f, const config *c);

/* A target with any password replaced by ***, for showing. Malloc'd. */
char *config_mask_secret(const char *target);

void config_free(config *c);

#endif
