/* markdown.c: an answer as a GitHub-flavoured Markdown table (see
 * export.h), for pasting into issues, pull requests and notes. */
#include "export.h"

#include <stdlib.h>
#include <string.h>
#include "text.h"

/* Append s sanitised, with '|' escaped; line breaks (LF, CR LF, CR)
 * become <br> rather than the \n escape text_sanitize would write. */
static void markdown_add_text(buf *out, const char *s, size_t len)
{
    buf clean;
    buf_init(&clean);
    size_t from = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != '\n' && s[i] != '\r')
            continue;
        text_sanitize(s + from, i - from, 1, &clean);
        if (i < len) {
            buf_add(&clean, "<br>");
            if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
                i++;
        }
        from = i + 1;
    }
    const char *p = buf_str(&clean);
    for (size_t i = 0; i < clean.len; i++) {
        if (p[i] == '|')
            buf_addc(out, '\\');
        buf_addc(out, p[i]);
    }
    out->oom |= clean.oom;
    buf_free(&clean);
}

static void markdown_add_value(buf *out, const dbt_value *v)
{
    char num[EXPORT_REAL_MAX];
    switch (v->type) {
    case DBT_NULL:
        break;
    case DBT_INT:
        export_add_int(out, v->i);
        break;
    case DBT_REAL:
        buf_add(out, export_real_string(v->r, num));
        break;
    case DBT_TEXT:
        markdown_add_text(out, v->s ? v->s : "", v->s ? v->len : 0);
        break;
    case DBT_BLOB:
        buf_add(out, "\\x");
        for (size_t i = 0; i < v->len; i++)
            buf_printf(out, "%02x", (unsigned)(unsigned char)v->s[i]);
        break;
    }
}

/* Head rows Markdown reads to size its columns: all of them for an
 * answer held in memory, the first ones when streaming. */
typedef struct markdown_writer {
    export_writer base;
    FILE *f;
    size_t *width;         /* per column, display columns */
    int *right;            /* per column: numeric, right-aligned */
    buf cell, line;
} markdown_writer;

static void markdown_pad(buf *line, size_t n, char c)
{
    while (n--)
        buf_addc(line, c);
}

/* One cell padded to its column's width into mw->line. */
static void markdown_put(markdown_writer *mw, size_t c)
{
    buf *line = &mw->line;
    size_t w = text_width(buf_str(&mw->cell));
    size_t pad = w < mw->width[c] ? mw->width[c] - w : 0;
    buf_addc(line, ' ');
    if (mw->right[c])
        markdown_pad(line, pad, ' ');
    buf_addn(line, buf_str(&mw->cell), mw->cell.len);
    if (!mw->right[c])
        markdown_pad(line, pad, ' ');
    buf_add(line, " |");
}

static int markdown_flush(markdown_writer *mw, size_t at_least, dbt_error *err)
{
    if (mw->line.oom || mw->cell.oom)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing Markdown");
    if (mw->line.len < at_least || mw->line.len == 0)
        return 0;
    if (fwrite(mw->line.p, 1, mw->line.len, mw->f) != mw->line.len)
        return export_check_stream(mw->f, "Markdown", err) < 0
                   ? -1 : err_set(err, DBT_ERR_IO, "could not write the Markdown output");
    buf_reset(&mw->line);
    return 0;
}

static int markdown_begin(export_writer *w, const dbt_answer *head, dbt_error *err)
{
    markdown_writer *mw = (markdown_writer *)w;
    size_t ncols = w->ncols, nrows = dbt_answer_rows(head);
    if (ncols == 0)
        return 0;
    mw->width = calloc(ncols, sizeof *mw->width);
    mw->right = calloc(ncols, sizeof *mw->right);
    if (!mw->width || !mw->right)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing Markdown");
    for (size_t c = 0; c < ncols; c++) {
        dbt_type t = dbt_answer_column_type(head, c);
        mw->right[c] = t == DBT_INT || t == DBT_REAL;
        const char *name = dbt_answer_column_name(head, c);
        buf_reset(&mw->cell);
        markdown_add_text(&mw->cell, name, strlen(name));
        mw->width[c] = text_width(buf_str(&mw->cell));
        if (mw->width[c] < 3)
            mw->width[c] = 3;
        for (size_t r = 0; r < nrows; r++) {
            buf_reset(&mw->cell);
            markdown_add_value(&mw->cell, dbt_answer_value(head, r, c));
            size_t cw = text_width(buf_str(&mw->cell));
            if (cw > mw->width[c])
                mw->width[c] = cw;
        }
    }
    /* the header line and the delimiter line */
    buf_addc(&mw->line, '|');
    for (size_t c = 0; c < ncols; c++) {
        const char *name = dbt_answer_column_name(head, c);
        buf_reset(&mw->cell);
        markdown_add_text(&mw->cell, name, strlen(name));
        markdown_put(mw, c);
    }
    buf_add(&mw->line, "\n|");
    for (size_t c = 0; c < ncols; c++) {
        buf_addc(&mw->line, ' ');
        markdown_pad(&mw->line, mw->width[c] - (size_t)mw->right[c], '-');
        if (mw->right[c])
            buf_addc(&mw->line, ':');
        buf_add(&mw->line, " |");
    }
    buf_addc(&mw->line, '\n');
    return markdown_flush(mw, 0, err);
}

static int markdown_row(export_writer *w, const dbt_value *v, dbt_error *err)
{
    markdown_writer *mw = (markdown_writer *)w;
    if (w->ncols == 0)
        return 0;
    buf_addc(&mw->line, '|');
    for (size_t c = 0; c < w->ncols; c++) {
        buf_reset(&mw->cell);
        markdown_add_value(&mw->cell, &v[c]);
        markdown_put(mw, c);
    }
    buf_addc(&mw->line, '\n');
    return markdown_flush(mw, 65536, err);
}

static int markdown_end(export_writer *w, dbt_error *err)
{
    markdown_writer *mw = (markdown_writer *)w;
    if (markdown_flush(mw, 0, err) < 0)
        return -1;
    return export_check_stream(mw->f, "Markdown", err);
}

static void markdown_free(export_writer *w)
{
    markdown_writer *mw = (markdown_writer *)w;
    free(mw->width);
    free(mw->right);
    buf_free(&mw->cell);
    buf_free(&mw->line);
    free(mw);
}

static const export_writer_ops markdown_ops = { markdown_begin, markdown_row, markdown_end,
                                                markdown_free };

export_writer *export_markdown_writer(FILE *f, dbt_error *err)
{
    if (!f) {
        err_set(err, DBT_ERR_USAGE, "export_markdown: no output");
        return NULL;
    }
    markdown_writer *mw = calloc(1, sizeof *mw);
    if (!mw) {
        err_set(err, DBT_ERR_NOMEM, "out of memory writing Markdown");
        return NULL;
    }
    mw->base.ops = &markdown_ops;
    mw->f = f;
    buf_init(&mw->cell);
    buf_init(&mw->line);
    return &mw->base;
}

int export_markdown(FILE *f, const dbt_answer *a, dbt_error *err)
{
    if (!f || !a)
        return err_set(err, DBT_ERR_USAGE, "export_markdown: no output or no answer");
    export_writer *w = export_markdown_writer(f, err);
    if (!w)
        return -1;
    int rc = export_writer_answer(w, a, err);
    export_writer_free(w);
    return rc;
}
