/* extract.c: the one SQL statement in a model's reply. Models wrap it in
 * ```sql fences, in bare ``` fences, in prose ("Here is the query: SELECT
 * ..."), or think aloud first (<think>...</think>); this finds the query
 * and trims it to one statement without a trailing ';'. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "llm/llm.h"

/* Does the text start (after blanks) with a query keyword? */
static int starts_query(const char *p, const char *end)
{
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (p < end && *p == '(')
        p++;
    static const char *const kw[] = { "SELECT", "WITH", "VALUES" };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++) {
        size_t n = strlen(kw[i]);
        if ((size_t)(end - p) >= n && strncasecmp(p, kw[i], n) == 0 &&
            ((size_t)(end - p) == n || !isalnum((unsigned char)p[n]) ))
            return 1;
    }
    return 0;
}

/* Does the text start with any SQL statement's verb (a write included:
 * the guard, not the extractor, refuses it with a reason)? */
static int starts_statement(const char *p, const char *end)
{
    if (starts_query(p, end))
        return 1;
    while (p < end && isspace((unsigned char)*p))
        p++;
    static const char *const kw[] = { "INSERT", "UPDATE", "DELETE", "DROP", "CREATE", "ALTER",
                                      "PRAGMA", "ATTACH", "REPLACE", "MERGE", "TRUNCATE", "EXPLAIN" };
    for (size_t i = 0; i < sizeof kw / sizeof *kw; i++) {
        size_t n = strlen(kw[i]);
        if ((size_t)(end - p) > n && strncasecmp(p, kw[i], n) == 0 && isspace((unsigned char)p[n]))
            return 1;
    }
    return 0;
}

/* The statement in [p, end): up to the first ';' outside quotes and
 * comments; blanks trimmed. */
static char *one_statement(const char *p, const char *end)
{
    while (p < end && isspace((unsigned char)*p))
        p++;
    const char *q = p;
    char quote = 0;
    while (q < end) {
        char c = *q;
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"' || c == '`') {
            quote = c;
        } else if (c == '-' && q + 1 < end && q[1] == '-') {
            while (q < end && *q != '\n')
                q++;
            continue;
        } else if (c == ';') {
            break;
        }
        q++;
    }
    while (q > p && isspace((unsigned char)q[-1]))
        q--;
    if (q == p)
        return NULL;
    return xstrndup(p, (size_t)(q - p));
}

/* Skip <think>...</think> blocks (reasoning models): a copy without them. */
static char *without_thinking(const char *s)
{
    buf b;
    buf_init(&b);
    const char *p = s;
    for (;;) {
        const char *open = strstr(p, "<think>");
        if (!open) {
            buf_add(&b, p);
            break;
        }
        buf_addn(&b, p, (size_t)(open - p));
        const char *close = strstr(open, "</think>");
        if (!close)
            break;     /* thinking never ended: nothing after it is an answer */
        p = close + 8;
    }
    return buf_take(&b);
}

/* The first fenced block holding a query, or NULL. */
static char *from_fences(const char *s)
{
    const char *p = s;
    while ((p = strstr(p, "```"))) {
        const char *info = p + 3;
        const char *nl = strchr(info, '\n');
        if (!nl)
            return NULL;
        const char *body = nl + 1;
        /* a one-line fence: ```SELECT 1``` */
        const char *close = strstr(body, "```");
        const char *end = close ? close : body + strlen(body);
        size_t ilen = (size_t)(nl - info);
        int lang_ok = ilen == 0 || strncasecmp(info, "sql", 3) == 0 ||
                      strncasecmp(info, "sqlite", 6) == 0 || strncasecmp(info, "postgres", 8) == 0 ||
                      strncasecmp(info, "pgsql", 5) == 0 || starts_query(info, nl);
        if (lang_ok && starts_statement(starts_query(info, nl) ? info : body, end))
            return one_statement(starts_query(info, nl) ? info : body, end);
        if (!close)
            return NULL;
        p = close + 3;
    }
    return NULL;
}

static int has_word_ci(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = s; *p; p++)
        if (strncasecmp(p, w, n) == 0 && (p == s || !isalnum((unsigned char)p[-1])) &&
            !isalnum((unsigned char)p[n]))
            return 1;
    return 0;
}

/* A query in prose: the first SELECT or WITH that starts a line or follows
 * ':' or blanks, up to ';' or a blank line. */
static char *from_prose(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (p != s && !(isspace((unsigned char)p[-1]) || p[-1] == ':' || p[-1] == '`' || p[-1] == '('))
            continue;
        const char *end = p + strlen(p);
        if (!starts_query(p, end) || (toupper((unsigned char)*p) != 'S' && toupper((unsigned char)*p) != 'W'))
            continue;
        /* "select" in a sentence ("I select the rows...") is not a query:
         * a query names FROM or is short like SELECT 1 */
        const char *para = strstr(p, "\n\n");
        const char *stop = para ? para : end;
        char *stmt = one_statement(p, stop);
        if (!stmt)
            continue;
        size_t n = strlen(stmt);
        while (n && (stmt[n - 1] == '`' || stmt[n - 1] == '.'))
            stmt[--n] = '\0';
        if (has_word_ci(stmt, "from") || strncmp(p, "SELECT", 6) == 0 || strncmp(p, "WITH", 4) == 0)
            return stmt;
        free(stmt);
    }
    return NULL;
}

char *extract_sql(const char *reply)
{
    if (!reply)
        return NULL;
    char *text = without_thinking(reply);
    if (!text)
        return NULL;
    char *sql = from_fences(text);
    if (!sql)
        sql = from_prose(text);
    free(text);
    return sql;
}
