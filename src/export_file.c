/* export_file.c: -o FILE and \export FILE (see export_file.h). */
#include "export_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* n with thousands separators: 1,234,567. */
static void grouped(char *out, size_t n, unsigned long long v)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%llu", v);
    size_t j = 0;
    for (int i = 0; i < len && j + 2 < n; i++) {
        if (i && (len - i) % 3 == 0)
            out[j++] = ',';
        out[j++] = digits[i];
    }
    out[j] = '\0';
}

typedef struct progress_line {
    FILE *f;
    int show;              /* draw the line (stderr is a terminal, not --quiet) */
    int drawn;
    uint64_t rows;
} progress_line;

static void on_progress(void *ctx, uint64_t rows, int done)
{
    progress_line *pl = ctx;
    pl->rows = rows;
    if (!pl->show)
        return;
    if (done) {
        if (pl->drawn)
            fputs("\r\033[K", pl->f);
        pl->drawn = 0;
    } else {
        char num[40];
        grouped(num, sizeof num, (unsigned long long)rows);
        fprintf(pl->f, "\rexported %s rows\xe2\x80\xa6", num);
        pl->drawn = 1;
    }
    fflush(pl->f);
}

int export_to_file(dbt_session *s, const options *o, output *out, const dbt_plan *p,
                   const dbt_answer *shown, const char *path, int force)
{
    dbt_export_opts eo;
    dbt_export_opts_init(&eo);
    eo.format = o->output_format;
    eo.force = force;
    /* the display cap is not an export's; --max-rows is when given */
    eo.max_rows = options_is_set(o, "max-rows") ? o->cfg.max_rows : 0;
    eo.database = o->database;
    progress_line pl = { out->diag, !o->quiet && isatty(fileno(out->diag)), 0, 0 };
    eo.progress = on_progress;
    eo.progress_ctx = &pl;
    dbt_error err;
    int rc = dbt_export(s, p, shown, path, &eo, &err);
    if (rc < 0) {
        on_progress(&pl, pl.rows, 1);
        fprintf(out->diag, "databot: export to %s failed: %s\n", path, err.message);
        fflush(out->diag);
        return output_exit_code(err.code);
    }
    if (!o->quiet) {
        char num[40];
        grouped(num, sizeof num, (unsigned long long)pl.rows);
        fprintf(out->diag, "databot: exported %s row%s to %s", num, pl.rows == 1 ? "" : "s", path);
        if (rc == 1)
            fprintf(out->diag, " (stopped at --max-rows %ld; the query has more)", eo.max_rows);
        fputc('\n', out->diag);
        fflush(out->diag);
    }
    return 0;
}

char *export_nth_path(const char *path, unsigned n)
{
    size_t len = strlen(path);
    char *out = malloc(len + 16);
    if (!out || n <= 1) {
        if (out)
            memcpy(out, path, len + 1);
        return out;
    }
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base)
        dot = path + len;
    snprintf(out, len + 16, "%.*s-%u%s", (int)(dot - path), path, n, dot);
    return out;
}
