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

#endif
