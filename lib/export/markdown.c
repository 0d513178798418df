/* markdown.c: an answer as a GitHub-flavoured Markdown table (see
 * export.h), for pasting into issues, pull requests and notes. */
#include "export.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "text.h"

#define MARKDOWN_HEADER ((size_t)-1)
#define MARKDOWN_DELIMITER ((size_t)-2)

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
        buf_printf(out, "%" PRId64, v->i);
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

/* Cell (row, col) into out; row MARKDOWN_HEADER is the column name. */
static void markdown_cell(buf *out, const dbt_answer *a, size_t row, size_t col)
{
    buf_reset(out);
    if (row == MARKDOWN_HEADER) {
        const char *name = dbt_answer_column_name(a, col);
        markdown_add_text(out, name, strlen(name));
    } else {
        markdown_add_value(out, dbt_answer_value(a, row, col));
    }
}

static int markdown_numeric(const dbt_answer *a, size_t col)
{
    dbt_type t = dbt_answer_column_type(a, col);
    return t == DBT_INT || t == DBT_REAL;
}

static void markdown_pad(buf *line, size_t n, char c)
{
    while (n--)
        buf_addc(line, c);
}

/* One table line into line: the header, the delimiter row or a row. */
static void markdown_line(buf *line, buf *cell, const dbt_answer *a, size_t row,
                          const size_t *width)
{
    buf_reset(line);
    buf_addc(line, '|');
    for (size_t c = 0; c < dbt_answer_columns(a); c++) {
        int right = markdown_numeric(a, c);
        buf_addc(line, ' ');
        if (row == MARKDOWN_DELIMITER) {
            markdown_pad(line, width[c] - (size_t)right, '-');
            if (right)
                buf_addc(line, ':');
        } else {
            markdown_cell(cell, a, row, c);
            size_t pad = width[c] - text_width(buf_str(cell));
            if (right)
                markdown_pad(line, pad, ' ');
            buf_addn(line, buf_str(cell), cell->len);
            if (!right)
                markdown_pad(line, pad, ' ');
        }
        buf_add(line, " |");
    }
    buf_addc(line, '\n');
}

int export_markdown(FILE *f, const dbt_answer *a, dbt_error *err)
{
    if (!f || !a)
        return err_set(err, DBT_ERR_USAGE, "export_markdown: no output or no answer");
    size_t ncols = dbt_answer_columns(a), nrows = dbt_answer_rows(a);
    if (ncols == 0)
        return export_check_stream(f, "Markdown", err);
    size_t *width = calloc(ncols, sizeof *width);
    if (!width)
        return err_set(err, DBT_ERR_NOMEM, "out of memory writing Markdown");
    buf cell, line;
    buf_init(&cell);
    buf_init(&line);
    for (size_t c = 0; c < ncols; c++) {
        markdown_cell(&cell, a, MARKDOWN_HEADER, c);
        width[c] = text_width(buf_str(&cell));
        if (width[c] < 3)
            width[c] = 3;
        for (size_t r = 0; r < nrows; r++) {
            markdown_cell(&cell, a, r, c);
            size_t w = text_width(buf_str(&cell));
            if (w > width[c])
                width[c] = w;
        }
    }
    int rc = 0;
    for (size_t i = 0; i < nrows + 2 && rc == 0; i++) {
        size_t row = i == 0 ? MARKDOWN_HEADER : i == 1 ? MARKDOWN_DELIMITER : i - 2;
        markdown_line(&line, &cell, a, row, width);
        if (line.oom || cell.oom)
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory writing Markdown");
        else if (fwrite(line.p, 1, line.len, f) != line.len)
            rc = export_check_stream(f, "Markdown", err) < 0
                     ? -1 : err_set(err, DBT_ERR_IO, "could not write the Markdown output");
    }
    free(width);
    buf_free(&cell);
    buf_free(&line);
    return rc < 0 ? -1 : export_check_stream(f, "Markdown", err);
}
