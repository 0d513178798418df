/* insight.c: the insight pane. The insight stage's sentences about the
 * answer (changes, outliers, top contributors; dbt_answer_insight), one
 * bullet each, wrapped to the pane; an answer without any says so. With
 * --llm-insights the model's narrative follows, under a line saying the
 * model wrote it (the sentences above are computed, the narrative is not).
 * The title says how many lines are below; j/k and the wheel scroll. */
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct insightview {
    const dbt_answer *a;
    lines sentences;         /* as the stage wrote them (terminal-safe) */
    const char *narrative;   /* the model's (the answer's), or NULL */
    lines wrapped;
    size_t label;            /* the wrapped line saying the model wrote what follows */
    int scroll;
} insightview;

static insightview *get(tui *t)
{
    pane *p = &t->panes[P_INSIGHT];
    if (!p->data)
        p->data = calloc(1, sizeof(insightview));
    return p->data;
}

static void compute(const dbt_answer *a, lines *out)
{
    for (size_t i = 0; i < dbt_answer_insights(a); i++)
        if (dbt_answer_insight(a, i))
            lines_add(out, dbt_answer_insight(a, i));
}

static void insight_recalc(pane *p, tui *t)
{
    insightview *v = get(t);
    if (!v)
        return;
    lines_free(&v->wrapped);
    const char *bullet = t->utf8 ? "\xe2\x80\xa2 " : "* ";
    for (size_t i = 0; i < v->sentences.n; i++) {
        buf b;
        buf_init(&b);
        buf_add(&b, bullet);
        buf_add(&b, v->sentences.v[i]);
        lines_wrap(&v->wrapped, buf_str(&b), p->w > 2 ? p->w - 1 : 1, t->utf8, "  ");
        buf_free(&b);
    }
    v->label = (size_t)-1;
    if (v->narrative) {
        lines_add(&v->wrapped, "");
        v->label = v->wrapped.n;
        lines_add(&v->wrapped, "The model's reading (--llm-insights):");
        lines_wrap(&v->wrapped, v->narrative, p->w > 2 ? p->w - 1 : 1, t->utf8, "");
    }
    v->scroll = 0;
}

static void insight_repaint(pane *p, tui *t)
{
    insightview *v = get(t);
    char right[48] = "";
    size_t below = v ? v->wrapped.n - (size_t)v->scroll : 0;
    if (p->h > 1 && below > (size_t)p->h - 1)
        snprintf(right, sizeof right, "%zu more below", below - ((size_t)p->h - 1));
    draw_title(t, p, right);
    if (!v || p->h < 2)
        return;
    if (v->wrapped.n == 0) {
        draw_text(p->win, 1, 1, v->a ? "no insights for this answer" : "no insights yet",
                  p->w - 2, A_DIM, 0, t->utf8);
        return;
    }
    for (int i = 0; i < p->h - 1 && (size_t)(v->scroll + i) < v->wrapped.n; i++)
        draw_text(p->win, 1 + i, 0, v->wrapped.v[v->scroll + i], p->w,
                  (size_t)(v->scroll + i) == v->label ? A_BOLD : 0, 0, t->utf8);
}

static int insight_key(pane *p, tui *t, int key)
{
    insightview *v = get(t);
    if (!v)
        return 0;
    int max = (int)v->wrapped.n - (p->h - 1);
    if (key == TK(KEY_DOWN) || key == 'j')
        v->scroll = v->scroll < max ? v->scroll + 1 : v->scroll;
    else if (key == TK(KEY_UP) || key == 'k')
        v->scroll = v->scroll > 0 ? v->scroll - 1 : 0;
    else
        return 0;
    p->dirty = 1;
    return 1;
}

static void insight_free(pane *p)
{
    insightview *v = p->data;
    if (!v)
        return;
    lines_free(&v->sentences);
    lines_free(&v->wrapped);
    free(v);
    p->data = NULL;
}

void insight_pane_set_answer(tui *t, const dbt_answer *a)
{
    insightview *v = get(t);
    if (!v)
        return;
    v->a = a;
    v->narrative = a ? dbt_answer_narrative(a) : NULL;
    lines_free(&v->sentences);
    if (a)
        compute(a, &v->sentences);
    pane *p = &t->panes[P_INSIGHT];
    if (p->win)
        insight_recalc(p, t);
    p->dirty = 1;
}

const pane_ops insight_pane_ops = { insight_recalc, insight_repaint, insight_key, insight_free };
