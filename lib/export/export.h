/* export.h: machine-readable renderings of a dbt_answer: CSV/TSV, JSON
 * (array or NDJSON), GitHub Markdown, and the JSON encoding helpers other
 * modules embed answers with. Every writer writes to a FILE * the caller
 * owns, returns 0, or -1 with err filled (DBT_ERR_IO when the stream
 * reports a write error, DBT_ERR_USAGE for bad arguments). Output never
 * depends on the process locale. Internal to libdatabot. */
#ifndef DBT_EXPORT_H
#define DBT_EXPORT_H

#include <stdio.h>
#include "databot.h"
#include "util.h"

/* Longest text export_real_string() writes, with its NUL. */
#define EXPORT_REAL_MAX 32

/* r in its shortest round-trip form ("%.15g", else "%.16g", else
 * "%.17g"), always with '.' as the decimal point; integral values keep a
 * ".0" so the value still reads as a real ("3.0", "1e+20"); "NaN",
 * "Infinity", "-Infinity" for the non-finite. Returns out. */
char *export_real_string(double r, char out[EXPORT_REAL_MAX]);

/* For the writers: 0 when f has no error after a flush, else -1 with
 * err set to DBT_ERR_IO naming what was being written ("CSV"). */
int export_check_stream(FILE *f, const char *what, dbt_error *err);

/* CSV as RFC 4180 says: lines end "\r\n"; a field is quoted when it holds
 * sep, '"', CR or LF, or starts or ends with a space or tab; quotes are
 * doubled. NULL is an empty field, an empty string is "" (so the two stay
 * apart); integers in decimal, reals by export_real_string(), blobs as
 * \x followed by lowercase hex digits; text bytes as stored.
 * sep '\t' gives TSV instead ("linear TSV", as PostgreSQL's COPY text
 * format): lines end "\n", nothing is quoted, and backslash, tab, LF and
 * CR inside a field are written \\ \t \n \r. sep may not be '"', CR, LF,
 * NUL or a backslash. header: write the column names first. */
int export_csv(FILE *f, const dbt_answer *a, char sep, int header, dbt_error *err);

/* Append s[0..len) as a JSON string literal, always valid JSON and valid
 * UTF-8: '"' and '\\' escaped, control characters (C0, DEL, C1) as \n \t
 * \r \b \f or \u00XX, U+2028/2029 and bidi overrides as \uXXXX, valid
 * UTF-8 passed through, each invalid byte replaced by U+FFFD. */
void json_add_string(buf *b, const char *s, size_t len);

/* Append one value: integers as integers, reals by export_real_string()
 * (NaN and infinities as null), NULL as null, text as a string, blobs as
 * the string "\\x<hex>". */
void json_add_value(buf *b, const dbt_value *v);

/* Append, without braces, for the caller to embed in an object:
 * "columns":["a",...],"rows":[[...],...],"truncated":false,"elapsed_ms":N */
void json_add_answer_fields(buf *b, const dbt_answer *a);

/* The answer as a JSON array of objects keyed by column name, one object
 * per line ("[\n{...},\n{...}\n]\n"; "[]\n" for no rows), or with ndjson
 * one object per line and nothing else. A repeated column name gets a
 * suffix ("id", "id_2") so no key is lost. */
int export_json(FILE *f, const dbt_answer *a, int ndjson, dbt_error *err);

/* The answer as a GitHub-flavoured Markdown table: cells padded to the
 * column's display width, numeric columns right-aligned ("---:"), values
 * sanitised for a terminal (text_sanitize) with '|' written "\|" and line
 * breaks "<br>"; NULL is an empty cell. */
int export_markdown(FILE *f, const dbt_answer *a, dbt_error *err);

/* ---- streaming writers ---------------------------------------------------
 * The writers above are thin wrappers over these: a writer is begun with
 * a "head" (the column names and the first rows, possibly none, which it
 * may read to size columns), then given every row in order (the head's
 * rows included) as they arrive from the database, then ended. Formats
 * that size columns (Markdown, xlsx) size them from the head; a later row
 * that is wider just sticks out. export_writer_end() flushes and reports
 * a write error; export_writer_free() releases everything (and, for xlsx,
 * abandons an unfinished workbook). */
typedef struct export_writer export_writer;

typedef struct export_writer_ops {
    int (*begin)(export_writer *w, const dbt_answer *head, dbt_error *err);
    int (*row)(export_writer *w, const dbt_value *values, dbt_error *err);
    int (*end)(export_writer *w, dbt_error *err);
    void (*free)(export_writer *w);
} export_writer_ops;

struct export_writer {
    const export_writer_ops *ops;
    size_t ncols;          /* set by begin */
};

/* Text writers on a FILE * the caller owns (and closes). NULL with err
 * on no memory or a bad separator. */
export_writer *export_csv_writer(FILE *f, char sep, int header, dbt_error *err);
export_writer *export_json_writer(FILE *f, int ndjson, dbt_error *err);
export_writer *export_markdown_writer(FILE *f, dbt_error *err);

/* What the xlsx "About" sheet says and which chart to draw; every
 * pointer may be NULL. */
typedef struct export_xlsx_meta {
    const char *question;
    const char *sql;
    const char *database;
    const char *chart;                 /* chart kind name: "bar", "grouped", "stacked",
                                          "proportion", "line", "histogram", "scatter";
                                          anything else or NULL: no chart */
    const char *const *insights;       /* NULL-terminated sentences */
    long max_rows;                     /* the cap the export ran with, 0 = none */
} export_xlsx_meta;

/* An xlsx workbook written to path in constant-memory mode, its temporary
 * files in tmpdir (NULL: the system's). The meta strings are copied. */
export_writer *export_xlsx_writer(const char *path, const char *tmpdir,
                                  const export_xlsx_meta *meta, dbt_error *err);
/* Tell the xlsx writer the export was cut by the row cap (for About). */
void export_xlsx_set_truncated(export_writer *w);

int export_writer_begin(export_writer *w, const dbt_answer *head, dbt_error *err);
int export_writer_row(export_writer *w, const dbt_value *values, dbt_error *err);
int export_writer_end(export_writer *w, dbt_error *err);
void export_writer_free(export_writer *w);

/* begin(a), every row of a, end: a whole answer through a writer. */
int export_writer_answer(export_writer *w, const dbt_answer *a, dbt_error *err);

/* Append the decimal digits of v (faster than printf on hot paths). */
void export_add_int(buf *b, int64_t v);

#endif
