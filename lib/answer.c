/* answer.c: the chart (stage 6) and insights (stage 7) of an answer, as
 * the public API shows them: computed once by analyse_answer() when the
 * answer is made, redrawn at any size by the front ends. */
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "insight.h"
#include "table.h"
#include "util.h"

void answer_analyse(dbt_answer *a, const char *intent)
{
    a->intent = intent;
    a->chart = chart_choose(a, intent, CHART_AUTO, NULL);
    a->insights = insights_compute(a, NULL);
}

const char *dbt_answer_narrative(const dbt_answer *a)
{
    return a->narrative;
}

const char *dbt_answer_chart_type(const dbt_answer *a)
{
    return chart_kind_name(a->chart ? chart_get_kind(a->chart) : CHART_NONE);
}

int dbt_answer_set_chart(dbt_answer *a, const char *type, dbt_error *err)
{
    chart_kind k;
    if (!type || chart_kind_parse(type, &k) < 0)
        return err_set(err, DBT_ERR_USAGE,
                       "unknown chart type '%s': use auto, none, bar, grouped, stacked, "
                       "proportion, line, histogram, scatter or kpi", type ? type : "");
    chart *c = chart_choose(a, a->intent, k, err);
    if (!c)
        return -1;
    chart_free(a->chart);
    a->chart = c;
    return 0;
}

int dbt_answer_render_chart(const dbt_answer *a, int width, int height, int utf8, int ansi,
                            char **out, dbt_error *err)
{
    *out = NULL;
    buf b;
    buf_init(&b);
    if (a->chart && chart_get_kind(a->chart) != CHART_NONE &&
        chart_render(a->chart, width, height, utf8, ansi, &b) < 0) {
        buf_free(&b);
        return err_set(err, DBT_ERR_NOMEM, "out of memory drawing the chart");
    }
    *out = buf_take(&b);
    return *out ? 0 : err_set(err, DBT_ERR_NOMEM, "out of memory drawing the chart");
}

int dbt_answer_chart_json(const dbt_answer *a, char **out)
{
    buf b;
    buf_init(&b);
    if (a->chart)
        chart_to_json(a->chart, &b);
    else
        buf_add(&b, "null");
    *out = buf_take(&b);
    return *out ? 0 : -1;
}

size_t dbt_answer_insights(const dbt_answer *a)
{
    return a->insights ? insights_count(a->insights) : 0;
}

const char *dbt_answer_insight(const dbt_answer *a, size_t i)
{
    return i < dbt_answer_insights(a) ? insight_sentence(insights_get(a->insights, i)) : NULL;
}

const char *dbt_answer_insight_kind(const dbt_answer *a, size_t i)
{
    return i < dbt_answer_insights(a) ? insight_kind_name(insights_get(a->insights, i)->kind) : NULL;
}

int dbt_answer_insights_json(const dbt_answer *a, char **out)
{
    buf b;
    buf_init(&b);
    if (a->insights)
        insights_to_json(a->insights, &b);
    else
        buf_add(&b, "[]");
    *out = buf_take(&b);
    return *out ? 0 : -1;
}

int dbt_answer_chart_cells(const dbt_answer *a, int width, int height, int utf8,
                           uint32_t *cp, unsigned char *color)
{
    size_t cells = (size_t)width * (size_t)height;
    for (size_t i = 0; i < cells; i++)
        cp[i] = ' ', color[i] = 0;
    if (!a->chart || chart_get_kind(a->chart) == CHART_NONE)
        return 0;
    chart_grid g;
    if (chart_render_grid(a->chart, width, height, utf8, &g) < 0)
        return -1;
    for (int y = 0; y < g.h && y < height; y++)
        for (int x = 0; x < g.w && x < width; x++) {
            cp[y * width + x] = g.cp[y * g.w + x];
            color[y * width + x] = g.color[y * g.w + x];
        }
    chart_grid_free(&g);
    return 0;
}
