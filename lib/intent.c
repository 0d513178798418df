/* intent.c: intent from the question's words (see intent.h). Whole words
 * only, ASCII case-insensitive; the first kind whose cue appears wins. */
#include "intent.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *intent;
    const char *cues[12];
} table[] = {
    { "share", { "share", "shares", "proportion", "proportions", "percentage", "percent",
                 "breakdown", "split", "mix", "composition", NULL } },
    { "distribution", { "distribution", "histogram", "spread", "distributed", NULL } },
    { "compare", { "vs", "versus", "compare", "compared", "comparison", NULL } },
    { "trend", { "trend", "trends", "over", "growth", "monthly", "weekly", "daily", "yearly",
                 "quarterly", "timeline", "evolution", NULL } },
};

/* Does the text hold word as a whole word? */
static int has_word(const char *text, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = text; *p; p++) {
        if (strncasecmp(p, word, n) != 0)
            continue;
        int starts = p == text || !isalnum((unsigned char)p[-1]);
        int ends = !isalnum((unsigned char)p[n]);
        if (starts && ends)
            return 1;
    }
    return 0;
}

const char *intent_classify(const char *question)
{
    if (!question)
        return NULL;
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        for (const char *const *c = table[i].cues; *c; c++)
            if (has_word(question, *c))
                return table[i].intent;
    return NULL;
}
