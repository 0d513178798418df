/* paths.c: XDG locations of databot's files (see paths.h). */
#include "paths.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static char *xdg_dir(const char *var, const char *fallback)
{
    const char *dir = getenv(var);
    const char *home = getenv("HOME");
    buf b;
    buf_init(&b);
    if (dir && *dir == '/')
        buf_printf(&b, "%s/databot", dir);
    else if (home && *home)
        buf_printf(&b, "%s/%s/databot", home, fallback);
    else
        return NULL;
    return buf_take(&b);
}

char *paths_state_dir(void)
{
    return xdg_dir("XDG_STATE_HOME", ".local/state");
}

char *paths_data_dir(void)
{
    return xdg_dir("XDG_DATA_HOME", ".local/share");
}

char *paths_cache_dir(void)
{
    return xdg_dir("XDG_CACHE_HOME", ".cache");
}

char *paths_history_file(void)
{
    const char *env = getenv("DATABOT_HISTFILE");
    if (env && *env)
        return strcmp(env, "/dev/null") == 0 ? NULL : xstrdup(env);
    char *dir = paths_state_dir();
    if (!dir)
        return NULL;
    buf b;
    buf_init(&b);
    buf_printf(&b, "%s/history", dir);
    free(dir);
    return buf_take(&b);
}
