/* insight_trend.c: insights on a measure over time: the change from the
 * first period to the last (with compound annual growth over several
 * years), the period-over-period rises and falls, and the best and worst
 * periods. */
#include "insight.h"

#include "chart.h"

#include <math.h>
#include "numfmt.h"

/* Does a change relative to base mean anything? Not from zero or a
 * negative base, and not for a measure that is itself a percentage, rate
 * or change ("+157% of a growth rate" reads as nonsense): those get the
 * absolute change only. */
static int relative_ok(const insight_series *s, double base)
{
    static const char *const relative[] = { "pct", "percent", "rate", "ratio", "share",
                                            "change", "growth", NULL };
    if (!(base > 0))
        return 0;
    for (size_t i = 0; s->measure && relative[i]; i++)
        if (chart_name_has(s->measure, relative[i]))
            return 0;
    return 1;
}

/* " (+12.5%)" relative to base, when relative_ok(). */
static void insight_add_rel(buf *b, const insight_series *s, double d, double base)
{
    if (!relative_ok(s, base))
        return;
    buf_add(b, " (");
    numfmt_percent(b, d / fabs(base) * 100, 1);
    buf_addc(b, ')');
}

static void insight_change(insight_list *l, const insight_series *s)
{
    size_t n = s->n;
    double first = s->v[0], last = s->v[n - 1], d = last - first;
    buf b;
    buf_init(&b);
    insight_add_name(&b, s->measure);
    if (d == 0) {
        buf_add(&b, " was unchanged at ");
        numfmt_value(&b, first);
        buf_add(&b, " from ");
        insight_add_label(&b, s->label[0]);
        buf_add(&b, " to ");
        insight_add_label(&b, s->label[n - 1]);
        buf_addc(&b, '.');
        insight_add(l, INSIGHT_CHANGE, insight_finish(&b), 0.7);
        return;
    }
    buf_add(&b, d > 0 ? " rose " : " fell ");
    if (relative_ok(s, first)) {
        numfmt_percent(&b, fabs(d) / fabs(first) * 100, 0);
        buf_addc(&b, ' ');
    }
    buf_add(&b, "from ");
    numfmt_value(&b, first);
    buf_add(&b, " in ");
    insight_add_label(&b, s->label[0]);
    buf_add(&b, " to ");
    numfmt_value(&b, last);
    buf_add(&b, " in ");
    insight_add_label(&b, s->label[n - 1]);
    buf_add(&b, " (");
    numfmt_signed(&b, d);
    buf_addc(&b, ')');
    double years = s->t[n - 1] - s->t[0];
    if (n >= 3 && years >= 2 - 1e-9 && first > 0 && last > 0) {
        buf_add(&b, ", a compound annual growth rate of ");
        numfmt_percent(&b, (pow(last / first, 1 / years) - 1) * 100, 0);
    }
    buf_addc(&b, '.');
    insight_add(l, INSIGHT_CHANGE, insight_finish(&b), n >= 3 ? 0.9 : 0.75);
}

static void insight_steps(insight_list *l, const insight_series *s)
{
    size_t n = s->n, rises = 0, falls = 0, up = 0, down = 0;
    for (size_t i = 1; i < n; i++) {
        double d = s->v[i] - s->v[i - 1];
        if (d > 0 && (!rises || d > s->v[up] - s->v[up - 1]))
            up = i;
        if (d < 0 && (!falls || d < s->v[down] - s->v[down - 1]))
            down = i;
        rises += d > 0;
        falls += d < 0;
    }
    if (!rises && !falls)
        return;
    buf b;
    buf_init(&b);
    insight_add_name(&b, s->measure);
    if (!falls || !rises) {
        buf_add(&b, rises ? " rose" : " fell");
        if (rises + falls == n - 1) {
            buf_add(&b, " in every one of the ");
            numfmt_value(&b, (double)(n - 1));
            buf_add(&b, " periods");
        } else {
            buf_add(&b, " in ");
            numfmt_value(&b, (double)(rises + falls));
            buf_add(&b, " of ");
            numfmt_value(&b, (double)(n - 1));
            buf_add(&b, " periods and never ");
            buf_add(&b, rises ? "fell" : "rose");
        }
    } else {
        buf_add(&b, " rose in ");
        numfmt_value(&b, (double)rises);
        buf_add(&b, " of ");
        numfmt_value(&b, (double)(n - 1));
        buf_add(&b, " periods and fell in ");
        numfmt_value(&b, (double)falls);
    }
    const char *sep = "; ";
    if (rises) {
        buf_add(&b, sep);
        buf_add(&b, "the largest rise was ");
        numfmt_signed(&b, s->v[up] - s->v[up - 1]);
        insight_add_rel(&b, s, s->v[up] - s->v[up - 1], s->v[up - 1]);
        buf_add(&b, " in ");
        insight_add_label(&b, s->label[up]);
        sep = ", ";
    }
    if (falls) {
        buf_add(&b, sep);
        buf_add(&b, "the largest fall was ");
        numfmt_signed(&b, s->v[down] - s->v[down - 1]);
        insight_add_rel(&b, s, s->v[down] - s->v[down - 1], s->v[down - 1]);
        buf_add(&b, " in ");
        insight_add_label(&b, s->label[down]);
    }
    buf_addc(&b, '.');
    insight_add(l, INSIGHT_STEPS, insight_finish(&b), 0.7);
}

static void insight_best_worst(insight_list *l, const insight_series *s)
{
    size_t hi = 0, lo = 0;
    for (size_t i = 1; i < s->n; i++) {
        if (s->v[i] > s->v[hi])
            hi = i;
        if (s->v[i] < s->v[lo])
            lo = i;
    }
    if (s->v[hi] == s->v[lo])
        return;
    buf b;
    buf_init(&b);
    buf_add(&b, "The highest ");
    insight_add_name(&b, s->measure);
    buf_add(&b, " was ");
    numfmt_value(&b, s->v[hi]);
    buf_add(&b, " in ");
    insight_add_label(&b, s->label[hi]);
    buf_add(&b, " and the lowest ");
    numfmt_value(&b, s->v[lo]);
    buf_add(&b, " in ");
    insight_add_label(&b, s->label[lo]);
    buf_addc(&b, '.');
    insight_add(l, INSIGHT_EXTREMES, insight_finish(&b), 0.6);
}

void insight_trend(insight_list *l, const insight_series *s)
{
    if (s->n < 2)
        return;
    insight_change(l, s);
    if (s->n >= 4)
        insight_steps(l, s);
    if (s->n >= 3)
        insight_best_worst(l, s);
}
