/* sqlite_catalog.c: reads a SQLite database's schema into the catalog:
 * tables and views, columns with declared types, primary keys, foreign keys,
 * row counts and the comments written in CREATE TABLE, through the driver's
 * own read-only queries. */
#include "db/driver.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "sqltext.h"
#include "table.h"
#include "util.h"

static const dbt_value *cell(const table *t, size_t r, size_t c)
{
    return &t->cells[r * t->ncols + c];
}

static const char *text_of(const dbt_value *v)
{
    return v->type == DBT_TEXT ? v->s : "";
}

/* Run SQL built in b, then reset b. */
static table *fetch(driver *d, buf *b, dbt_error *err)
{
    if (b->oom) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    table *t = table_query(d, buf_str(b), 0, err);
    buf_reset(b);
    return t;
}

/* Run PRAGMA name('table') for tab. */
static table *pragma(driver *d, const char *name, const cat_table *tab, buf *b, dbt_error *err)
{
    buf_add(b, "PRAGMA ");
    buf_add(b, name);
    buf_addc(b, '(');
    sql_add_literal(b, tab->name);
    buf_addc(b, ')');
    return fetch(d, b, err);
}

static int load_columns(driver *d, cat_table *tab, buf *b, dbt_error *err)
{
    /* PRAGMA table_info: cid, name, type, notnull, dflt_value, pk */
    table *t = pragma(d, "table_info", tab, b, err);
    if (!t)
        return -1;
    for (size_t r = 0; r < t->nrows; r++) {
        cat_column *col = catalog_add_column(tab, text_of(cell(t, r, 1)), text_of(cell(t, r, 2)));
        if (!col) {
            table_free(t);
            return err_set(err, DBT_ERR_NOMEM, "out of memory");
        }
        col->notnull = cell(t, r, 3)->i != 0;
        col->pk = cell(t, r, 5)->i != 0;
    }
    table_free(t);
    return 0;
}

/* How many rows of a foreign_key_list result belong to key id. */
static size_t key_parts(const table *t, int64_t id)
{
    size_t n = 0;
    for (size_t r = 0; r < t->nrows; r++)
        n += cell(t, r, 0)->i == id;
    return n;
}

/* Single-column foreign keys only. PRAGMA foreign_key_list:
 * id, seq, table, from, to, on_update, on_delete, match. */
static int load_foreign_keys(driver *d, cat_table *tab, buf *b, dbt_error *err)
{
    table *t = pragma(d, "foreign_key_list", tab, b, err);
    if (!t)
        return -1;
    for (size_t r = 0; r < t->nrows; r++) {
        if (key_parts(t, cell(t, r, 0)->i) != 1)
            continue;
        int c = catalog_find_column(tab, text_of(cell(t, r, 3)));
        if (c < 0 || tab->cols[c].ref_table)
            continue;
        cat_column *col = &tab->cols[c];
        col->ref_table = xstrdup(text_of(cell(t, r, 2)));
        if (cell(t, r, 4)->type == DBT_TEXT)
            col->ref_column = xstrdup(cell(t, r, 4)->s);
    }
    table_free(t);
    return 0;
}

static int load_row_count(driver *d, cat_table *tab, buf *b, dbt_error *err)
{
    buf_add(b, "SELECT count(*) FROM ");
    sql_add_ident(b, tab->name);
    if (b->oom)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    int rc = table_query_count(d, buf_str(b), &tab->rows, err);
    buf_reset(b);
    return rc;
}

enum { OWNER_NONE = -1, OWNER_TABLE = -2 };

/* Where the comment-reading scan of one CREATE TABLE statement stands. */
typedef struct {
    cat_table *tab;
    int depth;      /* parenthesis depth */
    int cur;        /* column of the definition being read, or OWNER_NONE */
    int owner;      /* who a comment on the current line belongs to */
    int want_name;  /* the next word starts a definition */
} comment_scan;

/* Append a comment's text (trimmed of blanks and comment punctuation) to the
 * owner's comment: a column's, or the table's when it has none yet. */
static void attach_comment(comment_scan *cs, const char *s, size_t n)
{
    while (n && (isspace((unsigned char)*s) || *s == '-' || *s == '*'))
        s++, n--;
    while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '*'))
        n--;
    if (!n || cs->owner == OWNER_NONE)
        return;
    char **dst = cs->owner == OWNER_TABLE ? &cs->tab->comment : &cs->tab->cols[cs->owner].comment;
    if (cs->owner == OWNER_TABLE && *dst)
        return;
    buf b;
    buf_init(&b);
    if (*dst) {
        buf_add(&b, *dst);
        buf_addc(&b, ' ');
    }
    buf_addn(&b, s, n);
    if (!b.oom) {
        free(*dst);
        *dst = buf_take(&b);
    }
    buf_free(&b);
}

/* End of a quoted identifier or string starting at p (', ", ` or [). */
static const char *skip_quoted(const char *p)
{
    char close = *p == '[' ? ']' : *p;
    for (p++; *p; p++)
        if (*p == close) {
            if (close != ']' && p[1] == close)
                p++;
            else
                return p + 1;
        }
    return p;
}

/* Is this bare word a table constraint rather than a column name? */
static int is_constraint_word(const char *s, size_t n)
{
    static const char *const words[] = { "constraint", "primary", "unique", "check", "foreign" };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && strncasecmp(words[i], s, n) == 0)
            return 1;
    return 0;
}

/* Read the name that starts a definition at p; returns the text after it. */
static const char *read_definition_name(comment_scan *cs, const char *p)
{
    const char *end;
    char *name;
    if (strchr("\"`[", *p)) {
        end = skip_quoted(p);
        size_t n = (size_t)(end - p);
        name = xstrndup(p + 1, n >= 2 ? n - 2 : 0);
    } else {
        for (end = p; *end && (isalnum((unsigned char)*end) || *end == '_' || (unsigned char)*end >= 0x80); end++)
            ;
        if (end == p)
            end++;
        name = is_constraint_word(p, (size_t)(end - p)) ? NULL : xstrndup(p, (size_t)(end - p));
    }
    cs->cur = name ? catalog_find_column(cs->tab, name) : OWNER_NONE;
    if (cs->cur < 0)
        cs->cur = OWNER_NONE;
    cs->owner = cs->cur;
    cs->want_name = 0;
    free(name);
    return end;
}

/* Give each column the comments written after its definition on the same
 * line (-- to the end of the line, or a block comment); a comment on a line
 * of its own is not a column's. A comment on the line of the opening
 * parenthesis describes the table. */
void sqlite_read_comments(cat_table *tab, const char *sql)
{
    comment_scan cs = { tab, 0, OWNER_NONE, OWNER_NONE, 0 };
    const char *p = sql ? sql : "";
    while (*p) {
        if (p[0] == '-' && p[1] == '-') {
            const char *end = strchr(p, '\n');
            end = end ? end : p + strlen(p);
            attach_comment(&cs, p + 2, (size_t)(end - p - 2));
            p = end;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            end = end ? end : p + strlen(p);
            attach_comment(&cs, p + 2, (size_t)(end - p - 2));
            if (memchr(p, '\n', (size_t)(end - p)))
                cs.owner = OWNER_NONE;
            p = *end ? end + 2 : end;
        } else if (*p == '\n') {
            cs.owner = OWNER_NONE;
            p++;
        } else if (isspace((unsigned char)*p)) {
            p++;
        } else if (cs.depth == 1 && cs.want_name) {
            p = read_definition_name(&cs, p);
        } else if (strchr("'\"`[", *p)) {
            p = skip_quoted(p);
            cs.owner = cs.depth ? cs.cur : OWNER_NONE;
        } else {
            if (*p == '(' && ++cs.depth == 1) {
                cs.owner = OWNER_TABLE;
                cs.want_name = 1;
            } else if (*p == ')' && --cs.depth == 0) {
                return;
            } else if (*p == ',' && cs.depth == 1) {
                cs.want_name = 1;
            } else if (cs.depth) {
                cs.owner = cs.cur;
            }
            p++;
        }
    }
}

int sqlite_load_catalog(driver *d, catalog *cat, dbt_error *err)
{
    buf b;
    buf_init(&b);
    buf_add(&b, "SELECT name, type, sql FROM sqlite_schema WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    table *list = fetch(d, &b, err);
    if (!list) {
        buf_free(&b);
        return -1;
    }
    int rc = 0;
    for (size_t r = 0; r < list->nrows && rc == 0; r++) {
        int is_view = strcmp(text_of(cell(list, r, 1)), "view") == 0;
        cat_table *tab = catalog_add_table(cat, text_of(cell(list, r, 0)), is_view);
        if (!tab) {
            rc = err_set(err, DBT_ERR_NOMEM, "out of memory");
            break;
        }
        rc = load_columns(d, tab, &b, err);
        if (rc == 0 && !is_view)
            rc = load_foreign_keys(d, tab, &b, err);
        if (rc == 0 && !is_view)
            rc = load_row_count(d, tab, &b, err);
        if (rc == 0 && !is_view)
            sqlite_read_comments(tab, text_of(cell(list, r, 2)));
    }
    table_free(list);
    buf_free(&b);
    return rc;
}
