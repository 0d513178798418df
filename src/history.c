/* history.c: the shared question history (see history.h). */
#include "history.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>

#include "paths.h"
#include "util.h"

#define HISTORY_LINES 2000

char *history_load(char *why, size_t n)
{
    why[0] = '\0';
    using_history();
    char *path = paths_history_file();
    if (!path)
        return NULL;
    if (make_parent_dirs(path) < 0) {
        snprintf(why, n, "cannot create the folder of %s: %s (history is off)", path, strerror(errno));
        free(path);
        return NULL;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) {
        snprintf(why, n, "cannot write %s: %s (history is off)", path, strerror(errno));
        free(path);
        return NULL;
    }
    close(fd);
    read_history(path);
    return path;
}

void history_remember(const char *histfile, const char *line)
{
    HIST_ENTRY *last = history_get(history_base + history_length - 1);
    if (last && strcmp(last->line, line) == 0)
        return;
    add_history(line);
    if (histfile) {
        append_history(1, histfile);
        history_truncate_file(histfile, HISTORY_LINES);
    }
}
