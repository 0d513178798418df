/* paths.h: where databot keeps a person's files, by the XDG base directory
 * rules: state (history, audit) under $XDG_STATE_HOME/databot, data (the
 * memory of confirmed questions) under $XDG_DATA_HOME/databot, cache under
 * $XDG_CACHE_HOME/databot, config under $XDG_CONFIG_HOME. */
#ifndef DBT_PATHS_H
#define DBT_PATHS_H

/* $XDG_STATE_HOME/databot (fallback ~/.local/state/databot); malloc'd or NULL. */
char *paths_state_dir(void);
/* $XDG_DATA_HOME/databot (fallback ~/.local/share/databot); malloc'd or NULL. */
char *paths_data_dir(void);
/* $XDG_CACHE_HOME/databot (fallback ~/.cache/databot); malloc'd or NULL. */
char *paths_cache_dir(void);
/* The history file: $DATABOT_HISTFILE, else STATE/history. NULL when
 * history is off (DATABOT_HISTFILE=/dev/null) or there is no home. */
char *paths_history_file(void);

#endif
