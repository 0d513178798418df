/* sqltext.c: quoting identifiers and literals (see sqltext.h). */
#include "sqltext.h"

#include <stdlib.h>
#include <string.h>

/* Words that cannot stand unquoted as a name in SQLite or PostgreSQL
 * (sorted, lower case). */
static const char *const reserved[] = {
    "abort", "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc",
    "asymmetric", "between", "both", "by", "case", "cast", "check", "collate", "column",
    "constraint", "create", "cross", "current", "current_date", "current_time",
    "current_timestamp", "current_user", "default", "deferrable", "delete", "desc",
    "distinct", "do", "drop", "else", "end", "escape", "except", "exists", "false",
    "fetch", "filter", "for", "foreign", "from", "full", "glob", "grant", "group",
    "having", "if", "in", "index", "initially", "inner", "insert", "intersect", "into",
    "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
    "localtimestamp", "natural", "not", "notnull", "null", "of", "offset", "on", "only",
    "or", "order", "outer", "over", "placing", "primary", "references", "regexp",
    "returning", "right", "select", "session_user", "set", "some", "symmetric", "table",
    "then", "to", "trailing", "transaction", "true", "union", "unique", "update",
    "user", "using", "values", "variadic", "when", "where", "window", "with",
};

static int cmp_word(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int sql_is_reserved(const char *word)
{
    char low[32];
    size_t n = strlen(word);
    if (n >= sizeof low)
        return 0;
    for (size_t i = 0; i <= n; i++)
        low[i] = (word[i] >= 'A' && word[i] <= 'Z') ? (char)(word[i] + 32) : word[i];
    const char *key = low;
    return bsearch(&key, reserved, sizeof reserved / sizeof *reserved, sizeof *reserved,
                   cmp_word) != NULL;
}

static int plain_name(const char *s)
{
    if (!((*s >= 'a' && *s <= 'z') || *s == '_'))
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_'))
            return 0;
    return 1;
}

void sql_add_quoted(buf *b, const char *name)
{
    buf_addc(b, '"');
    for (const char *p = name; *p; p++) {
        if (*p == '"')
            buf_addc(b, '"');
        buf_addc(b, *p);
    }
    buf_addc(b, '"');
}

void sql_add_ident(buf *b, const char *name)
{
    if (plain_name(name) && !sql_is_reserved(name))
        buf_add(b, name);
    else
        sql_add_quoted(b, name);
}

void sql_add_literal(buf *b, const char *s)
{
    buf_addc(b, '\'');
    for (const char *p = s; *p; p++) {
        if (*p == '\'')
            buf_addc(b, '\'');
        buf_addc(b, *p);
    }
    buf_addc(b, '\'');
}
