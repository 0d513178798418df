/* writer.c: the streaming writer interface every export format
 * implements (see export.h), and the helpers the writers share. */
#include "export.h"

#include <stdlib.h>

int export_writer_begin(export_writer *w, const dbt_answer *head, dbt_error *err)
{
    w->ncols = dbt_answer_columns(head);
    return w->ops->begin(w, head, err);
}

int export_writer_row(export_writer *w, const dbt_value *values, dbt_error *err)
{
    return w->ops->row(w, values, err);
}

int export_writer_end(export_writer *w, dbt_error *err)
{
    return w->ops->end(w, err);
}

void export_writer_free(export_writer *w)
{
    if (w)
        w->ops->free(w);
}

int export_writer_answer(export_writer *w, const dbt_answer *a, dbt_error *err)
{
    if (export_writer_begin(w, a, err) < 0)
        return -1;
    size_t ncols = dbt_answer_columns(a), nrows = dbt_answer_rows(a);
    dbt_value *row = malloc((ncols ? ncols : 1) * sizeof *row);
    if (!row)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing the export");
    int rc = 0;
    for (size_t r = 0; r < nrows && rc == 0; r++) {
        for (size_t c = 0; c < ncols; c++)
            row[c] = *dbt_answer_value(a, r, c);
        rc = export_writer_row(w, row, err);
    }
    free(row);
    return rc < 0 ? -1 : export_writer_end(w, err);
}

void export_add_int(buf *b, int64_t v)
{
    char tmp[24];
    size_t n = sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--n] = '-';
    buf_addn(b, tmp + n, sizeof tmp - n);
}
