/* stats.c: \stats in the full-screen interface, an overlay like the help
 * (help.c draws the box; arrows scroll it, any other key closes it). What
 * the models cost: for the last question, all the session counted since
 * it was asked (its SQL request, corrections, another reading, the
 * --llm-insights narrative of its answer), and for the whole session. The
 * numbers are the library's (dbt_session_stats), those the line prompt's
 * \stats shows, read when \stats is typed: never while a job runs. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>

void stats_mark(tui *t, const char *question)
{
    free(t->stats.question);
    t->stats.question = xstrdup(question);
    dbt_session_stats(t->s, &t->stats.at_question);
}

void stats_show(tui *t)
{
    dbt_session_stats(t->s, &t->stats.now);
    t->overlay = OV_STATS;
    t->ov_scroll = 0;
}

void stats_draw(tui *t)
{
    const dbt_stats *n = &t->stats.now, *q = &t->stats.at_question;
    char l[12][200];
    int k = 0;
    if (t->stats.question) {
        snprintf(l[k++], sizeof l[0], "Last question: %s", t->stats.question);
        snprintf(l[k++], sizeof l[0], "  model requests %ld, cache hits %ld, memory hits %ld",
                 n->requests - q->requests, n->cache_hits - q->cache_hits,
                 n->memory_hits - q->memory_hits);
        snprintf(l[k++], sizeof l[0], "  tokens in %ld, out %ld", n->tokens_in - q->tokens_in,
                 n->tokens_out - q->tokens_out);
        snprintf(l[k++], sizeof l[0], "  cost $%.4f", n->cost - q->cost);
    } else {
        snprintf(l[k++], sizeof l[0], "Last question: none asked yet");
    }
    snprintf(l[k++], sizeof l[0], "Session");
    snprintf(l[k++], sizeof l[0], "  questions %ld, model requests %ld", n->questions, n->requests);
    snprintf(l[k++], sizeof l[0], "  cache hits %ld, memory hits %ld, corrections %ld",
             n->cache_hits, n->memory_hits, n->corrections);
    snprintf(l[k++], sizeof l[0], "  fallbacks to the built-in engine %ld", n->fallbacks);
    snprintf(l[k++], sizeof l[0], "  confident engine answers %ld", n->engine_answers);
    snprintf(l[k++], sizeof l[0], "  tokens in %ld, out %ld", n->tokens_in, n->tokens_out);
    snprintf(l[k++], sizeof l[0], "  cost $%.4f (a model without a known price counts 0)", n->cost);
    const char *v[12];
    for (int i = 0; i < k; i++)
        v[i] = l[i];
    overlay_lines(t, " Model use ", v, k);
}

void stats_free(tui *t)
{
    free(t->stats.question);
    t->stats.question = NULL;
}
