/* purge.c: `databot purge` (see purge.h). The config file is the person's
 * own writing and stays. */
#include "purge.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"
#include "util.h"

typedef struct file_list {
    char **paths;
    size_t n;
} file_list;

/* nftw has no context pointer: the list being filled. */
static file_list *collecting;

static void list_add(file_list *l, const char *path)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->paths[i], path) == 0)
            return;
    char **p = realloc(l->paths, (l->n + 1) * sizeof *p);
    if (!p)
        return;
    l->paths = p;
    if ((l->paths[l->n] = xstrdup(path)) != NULL)
        l->n++;
}

static int collect(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)sb, (void)ftw;
    if (type == FTW_F || type == FTW_SL)
        list_add(collecting, path);
    return 0;
}

static int collect_dir(file_list *l, const char *dir)
{
    if (!dir || access(dir, F_OK) < 0)
        return 0;
    collecting = l;
    return nftw(dir, collect, 16, FTW_PHYS);
}

/* Remove the folders left empty, deepest first. */
static int remove_dir(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)sb, (void)ftw;
    if (type == FTW_DP)
        rmdir(path);
    return 0;
}

/* Conversations saved with \save: their paths are listed in STATE/saved. */
static void collect_saved(file_list *l, const char *state)
{
    if (!state)
        return;
    buf path;
    buf_init(&path);
    buf_printf(&path, "%s/saved", state);
    FILE *f = path.oom ? NULL : fopen(buf_str(&path), "r");
    buf_free(&path);
    if (!f)
        return;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        if (line[n - 1] == '\n')
            line[n - 1] = '\0';
        if (*line == '/' && access(line, F_OK) == 0)
            list_add(l, line);
    }
    free(line);
    fclose(f);
}

static int confirm(size_t n)
{
    fprintf(stderr, "Delete these %zu file%s? [y/N] ", n, n == 1 ? "" : "s");
    char answer[16];
    if (!fgets(answer, sizeof answer, stdin))
        return 0;
    return answer[0] == 'y' || answer[0] == 'Y';
}

int purge_run(int yes, int quiet)
{
    file_list l = { NULL, 0 };
    char *state = paths_state_dir(), *cache = paths_cache_dir(), *hist = paths_history_file();
    char *data = paths_data_dir();
    collect_saved(&l, state);
    collect_dir(&l, state);
    collect_dir(&l, data);
    collect_dir(&l, cache);
    if (hist && access(hist, F_OK) == 0)
        list_add(&l, hist);
    int status = 0;
    if (l.n == 0) {
        if (!quiet)
            printf("Nothing to delete: databot has written no files for you.\n");
        goto done;
    }
    for (size_t i = 0; i < l.n; i++)
        fprintf(stderr, "  %s\n", l.paths[i]);
    if (!yes && !isatty(STDIN_FILENO)) {
        fprintf(stderr, "databot: not deleting without confirmation: run 'databot purge --yes'\n");
        status = 2;
        goto done;
    }
    if (!yes && !confirm(l.n)) {
        fprintf(stderr, "Nothing deleted.\n");
        goto done;
    }
    for (size_t i = 0; i < l.n; i++) {
        if (unlink(l.paths[i]) == 0) {
            if (!quiet)
                printf("removed %s\n", l.paths[i]);
        } else {
            fprintf(stderr, "databot: cannot remove %s: %s\n", l.paths[i], strerror(errno));
            status = 1;
        }
    }
    if (state)
        nftw(state, remove_dir, 16, FTW_DEPTH | FTW_PHYS);
    if (data)
        nftw(data, remove_dir, 16, FTW_DEPTH | FTW_PHYS);
    if (cache)
        nftw(cache, remove_dir, 16, FTW_DEPTH | FTW_PHYS);
done:
    for (size_t i = 0; i < l.n; i++)
        free(l.paths[i]);
    free(l.paths);
    free(state);
    free(data);
    free(cache);
    free(hist);
    return status;
}
