/* question.c: stage 1, cleaning the question text (see question.h). */
#include "question.h"

#include <stdint.h>
#include <string.h>
#include "text.h"
#include "util.h"

/* Is this code point something a question can hold? Control characters
 * (C0, DEL, C1), bidi overrides and the byte-order mark are not. */
static int is_visible(uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
        return 0;
    if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff)
        return 0;
    return 1;
}

int question_clean(const char *in, char **out, dbt_error *err)
{
    *out = NULL;
    if (!in)
        return err_set(err, DBT_ERR_INPUT, "no question given");
    size_t len = strlen(in);
    if (len > QUESTION_MAX_BYTES)
        return err_set(err, DBT_ERR_INPUT,
                       "question too long (%zu bytes; at most %d): ask one thing at a time",
                       len, QUESTION_MAX_BYTES);
    buf b;
    buf_init(&b);
    int pending_space = 0;
    for (size_t i = 0; i < len;) {
        size_t start = i;
        uint32_t cp;
        int bad = text_utf8_decode(in, len, &i, &cp) < 0;
        if (bad || !is_visible(cp) || cp == ' ' || cp == 0xa0) {
            pending_space = 1;
            continue;
        }
        if (pending_space && b.len)
            buf_addc(&b, ' ');
        pending_space = 0;
        buf_addn(&b, in + start, i - start);
    }
    if (b.oom) {
        buf_free(&b);
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    }
    if (b.len == 0) {
        buf_free(&b);
        return err_set(err, DBT_ERR_INPUT,
                       "empty question: ask about the data, e.g. \"how many orders per month\"");
    }
    *out = buf_take(&b);
    return *out ? 0 : err_set(err, DBT_ERR_NOMEM, "out of memory");
}
