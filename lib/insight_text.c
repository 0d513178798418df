/* insight_text.c: the words of insights: labels from the database made
 * safe and short, column names made readable, plurals, and the finished
 * sentence. Numbers are formatted by numfmt.c. */
#include "insight.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "chart.h"
#include "text.h"

#define INSIGHT_LABEL_MAX 40   /* columns a label may take in a sentence */

void insight_add_label(buf *b, const dbt_value *v)
{
    buf safe;
    buf_init(&safe);
    char *s = chart_value_label(v);
    if (s)
        text_sanitize(s, strlen(s), 1, &safe);
    text_fit(buf_str(&safe), INSIGHT_LABEL_MAX, 1, b);
    free(s);
    buf_free(&safe);
}

static void insight_name_raw(buf *b, const char *name)
{
    buf safe;
    buf_init(&safe);
    text_sanitize(name ? name : "value", name ? strlen(name) : 5, 1, &safe);
    for (char *p = safe.p; p && *p; p++)
        if (*p == '_')
            *p = ' ';
    text_fit(buf_str(&safe), INSIGHT_LABEL_MAX, 1, b);
    buf_free(&safe);
}

void insight_add_name(buf *b, const char *name)
{
    size_t start = b->len;
    insight_name_raw(b, name);
    if (start == 0 && b->len && b->p[0] >= 'a' && b->p[0] <= 'z')
        b->p[0] = (char)(b->p[0] - 'a' + 'A');     /* a sentence starts with it */
}

void insight_add_plural(buf *b, const char *name)
{
    buf n;
    buf_init(&n);
    insight_name_raw(&n, name);
    const char *s = buf_str(&n);
    size_t len = n.len;
    char last = len ? s[len - 1] : 0, before = len > 1 ? s[len - 2] : 0;
    if (last == 'y' && len > 1 && !strchr("aeiou", before)) {
        buf_addn(b, s, len - 1);
        buf_add(b, "ies");
    } else if (last == 's' || last == 'x' || last == 'z' ||
               (last == 'h' && (before == 'c' || before == 's'))) {
        buf_add(b, s);
        buf_add(b, "es");
    } else {
        buf_add(b, s);
        buf_add(b, len ? "s" : "values");
    }
    buf_free(&n);
}

char *insight_finish(buf *b)
{
    if (b->oom) {
        buf_free(b);
        return NULL;
    }
    return buf_take(b);
}
