/* chart.c: the chart object: kind names, freeing, rendering dispatch
 * (to chart_bar.c, chart_line.c, chart_kpi.c) and the JSON description
 * for --format json. The choice itself is in chart_choose.c. */
#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "export/export.h"

static const char *const chart_names[CHART_KIND_COUNT] = {
    "none", "bar", "grouped", "stacked", "proportion", "line", "histogram", "scatter", "kpi"
};

const char *chart_kind_name(chart_kind k)
{
    if (k == CHART_AUTO)
        return "auto";
    return (int)k >= 0 && (int)k < CHART_KIND_COUNT ? chart_names[k] : "unknown";
}

int chart_kind_parse(const char *name, chart_kind *k)
{
    static const struct { const char *alias; chart_kind kind; } aliases[] = {
        { "auto", CHART_AUTO }, { "table", CHART_NONE }, { "grouped-bar", CHART_GROUPED_BAR },
        { "stacked-bar", CHART_STACKED_BAR }, { "pie", CHART_PROPORTION },
        { "share", CHART_PROPORTION }, { "hist", CHART_HISTOGRAM }, { "card", CHART_KPI },
    };
    if (!name)
        return -1;
    for (int i = 0; i < CHART_KIND_COUNT; i++)
        if (str_ieq(name, chart_names[i])) {
            *k = (chart_kind)i;
            return 0;
        }
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (str_ieq(name, aliases[i].alias)) {
            *k = aliases[i].kind;
            return 0;
        }
    return -1;
}

chart_kind chart_get_kind(const chart *c)
{
    return c ? c->kind : CHART_NONE;
}

void chart_free(chart *c)
{
    if (!c)
        return;
    free(c->x_name);
    free(c->y_name);
    if (c->labels)
        for (size_t i = 0; i < c->n; i++)
            free(c->labels[i]);
    free(c->labels);
    free(c->x);
    for (size_t s = 0; s < c->nseries; s++) {
        free(c->series[s].name);
        free(c->series[s].v);
    }
    free(c->series);
    free(c->edges);
    free(c->prev_label);
    free(c->spark);
    free(c);
}

int chart_render_grid(const chart *c, int width, int height, int utf8, chart_grid *g)
{
    if (chart_grid_init(g, width, height) < 0)
        return -1;
    switch (c ? c->kind : CHART_NONE) {
    case CHART_NONE:
        break;
    case CHART_BAR:
        chart_draw_bar(g, c, utf8);
        break;
    case CHART_GROUPED_BAR:
        chart_draw_grouped(g, c, utf8, 0);
        break;
    case CHART_STACKED_BAR:
        chart_draw_grouped(g, c, utf8, 1);
        break;
    case CHART_PROPORTION:
        chart_draw_proportion(g, c, utf8);
        break;
    case CHART_LINE:
        chart_draw_line(g, c, utf8, 0);
        break;
    case CHART_SCATTER:
        chart_draw_line(g, c, utf8, 1);
        break;
    case CHART_HISTOGRAM:
        chart_draw_histogram(g, c, utf8);
        break;
    case CHART_KPI:
        chart_draw_kpi(g, c, utf8);
        break;
    }
    return 0;
}

int chart_render(const chart *c, int width, int height, int utf8, int ansi, buf *out)
{
    if (!c || c->kind == CHART_NONE || width < 1 || height < 1)
        return 0;
    chart_grid g;
    if (chart_render_grid(c, width, height, utf8, &g) < 0)
        return -1;
    /* drop blank rows at the bottom */
    int rows = g.h;
    while (rows > 1) {
        int blank = 1;
        for (int x = 0; x < g.w && blank; x++)
            blank = g.cp[(size_t)(rows - 1) * (size_t)g.w + (size_t)x] == ' ';
        if (!blank)
            break;
        rows--;
    }
    g.h = rows;
    size_t before = out->len;
    chart_grid_to_text(&g, ansi, out);
    chart_grid_free(&g);
    return out->oom ? (out->len = before, -1) : rows;
}

/* ---- JSON ------------------------------------------------------------- */

static void chart_json_str(buf *b, const char *s)
{
    if (s)
        json_add_string(b, s, strlen(s));
    else
        buf_add(b, "null");
}

static void chart_json_num(buf *b, double v)
{
    char tmp[EXPORT_REAL_MAX];
    if (!isfinite(v))
        buf_add(b, "null");
    else if (v == rint(v) && fabs(v) < 9e15)
        buf_printf(b, "%.0f", v);
    else
        buf_add(b, export_real_string(v, tmp));
}

static void chart_json_nums(buf *b, const double *v, size_t n)
{
    buf_addc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            buf_addc(b, ',');
        chart_json_num(b, v[i]);
    }
    buf_addc(b, ']');
}

void chart_to_json(const chart *c, buf *b)
{
    buf_add(b, "{\"type\":");
    chart_json_str(b, chart_kind_name(c ? c->kind : CHART_NONE));
    if (!c || c->kind == CHART_NONE) {
        buf_addc(b, '}');
        return;
    }
    buf_add(b, ",\"x\":");
    chart_json_str(b, c->x_name);
    buf_add(b, ",\"y\":");
    chart_json_str(b, c->y_name);
    if (c->kind == CHART_KPI) {
        buf_add(b, ",\"value\":");
        chart_json_num(b, c->nseries ? c->series[0].v[0] : NAN);
        if (c->has_prev) {
            buf_add(b, ",\"previous\":");
            chart_json_num(b, c->prev);
            buf_add(b, ",\"previous_label\":");
            chart_json_str(b, c->prev_label);
        }
        if (c->spark) {
            buf_add(b, ",\"history\":");
            chart_json_nums(b, c->spark, c->nspark);
        }
        buf_addc(b, '}');
        return;
    }
    if (c->labels) {
        buf_add(b, ",\"labels\":[");
        for (size_t i = 0; i < c->n; i++) {
            if (i)
                buf_addc(b, ',');
            chart_json_str(b, c->labels[i]);
        }
        buf_addc(b, ']');
    }
    if (c->x) {
        buf_add(b, ",\"x_values\":");
        chart_json_nums(b, c->x, c->n);
    }
    if (c->edges) {
        buf_add(b, ",\"bins\":");
        chart_json_nums(b, c->edges, c->n + 1);
    }
    buf_add(b, ",\"series\":[");
    for (size_t s = 0; s < c->nseries; s++) {
        buf_add(b, s ? ",{\"name\":" : "{\"name\":");
        chart_json_str(b, c->series[s].name);
        buf_add(b, ",\"values\":");
        chart_json_nums(b, c->series[s].v, c->n);
        buf_addc(b, '}');
    }
    buf_add(b, "]}");
}
