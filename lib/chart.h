/* chart.h: stage 6, charts. chart_choose() reads the shape of an answer
 * (column types, names, values that look like dates) and an optional
 * intent hint, and builds a chart: its kind and the numbers to draw.
 * chart_render() draws it into a grid of width x height cells as text,
 * UTF-8 (eighth blocks, braille, sparklines) or ASCII. Everything here is
 * a pure function of its arguments: no I/O, no globals, no locale.
 * Internal to libdatabot; the public face is in databot.h. */
#ifndef DBT_CHART_H
#define DBT_CHART_H

#include <stddef.h>
#include <stdint.h>
#include "databot.h"
#include "util.h"

typedef enum {
    CHART_NONE = 0,       /* nothing fits: show the table only */
    CHART_BAR,            /* horizontal bars, one measure by category */
    CHART_GROUPED_BAR,    /* several measures (or a second dimension) side by side */
    CHART_STACKED_BAR,    /* the same, stacked end to end */
    CHART_PROPORTION,     /* one 100% bar: shares of a whole */
    CHART_LINE,           /* measures over time (braille) */
    CHART_HISTOGRAM,      /* distribution of one numeric column */
    CHART_SCATTER,        /* two numeric columns (braille) */
    CHART_KPI             /* a single value, with its change where known */
} chart_kind;

#define CHART_KIND_COUNT 9
#define CHART_AUTO ((chart_kind)-1)   /* chart_choose: pick from the shape */
#define CHART_MAX_SERIES 8            /* more series are folded or dropped */

/* "none", "bar", "grouped", "stacked", "proportion", "line", "histogram",
 * "scatter", "kpi". */
const char *chart_kind_name(chart_kind k);
/* The kind for a name, or for "auto" CHART_AUTO; a few aliases too
 * ("grouped-bar", "stacked-bar", "pie", "share", "hist", "card", "table").
 * Returns 0 and sets *k, or -1 for an unknown name. */
int chart_kind_parse(const char *name, chart_kind *k);

/* One series: n values, NAN where the answer had NULL (a gap). */
typedef struct chart_series {
    char *name;
    double *v;
} chart_series;

/* A chart: what chart_choose() found. The fields are for the chart_*.c
 * files; other modules use the functions below. */
typedef struct chart {
    chart_kind kind;
    char *x_name;          /* the dimension (or x) column's name; may be NULL */
    char *y_name;          /* the measure's name (or y for scatter) */
    size_t n;              /* points / categories */
    char **labels;         /* n labels (categories, dates), or NULL */
    double *x;             /* n numeric x values (scatter, numeric lines), or NULL */
    size_t nseries;
    chart_series *series;  /* nseries series of n values */
    int x_time;            /* labels are dates (ordered, not to be sorted) */
    int additive;          /* the measure sums (a total, a count), so "others" may add up */
    double *edges;         /* histogram: n + 1 bin edges; series[0] holds counts */
    int has_prev;          /* KPI: series[0].v[0] is the value, prev the previous */
    double prev;
    char *prev_label;      /* KPI: the previous period's label, or NULL */
    double *spark;         /* KPI: the history for a sparkline, nspark values */
    size_t nspark;
    size_t rows;           /* rows in the answer it came from */
} chart;

/* What chart_choose() and the insights read from an answer's columns. */
typedef enum {
    CHART_COL_EMPTY = 0,   /* all NULL */
    CHART_COL_NUMBER,      /* a measure */
    CHART_COL_TIME,        /* dates, months, quarters, years (text or int) */
    CHART_COL_TEXT         /* a category */
} chart_col_role;

typedef struct chart_shape {
    size_t ncols, nrows;
    chart_col_role *role;  /* ncols roles (malloc'd; chart_shape_free) */
    size_t time_col;       /* first time column, or (size_t)-1 */
    size_t ntext, nnum, ntime;
} chart_shape;

int chart_shape_read(const dbt_answer *a, chart_shape *sh);   /* -1 on no memory */
void chart_shape_free(chart_shape *sh);

/* A value as a number: INT and finite REAL values, else NAN. */
double chart_value_num(const dbt_value *v);
/* A value as a label (malloc'd, raw: sanitise before showing): text as
 * stored, numbers in decimal, "NULL"; NULL on no memory. */
char *chart_value_label(const dbt_value *v);
/* ASCII case-insensitive: does the column name contain w (lower case)? */
int chart_name_has(const char *name, const char *w);
/* 1 when a measure of this name adds up across rows (sum, count, revenue),
 * 0 for averages, rates, ratios, minima and maxima. */
int chart_name_additive(const char *name);

/* A date-like label as a number of years since year 0 (2024-07 ->
 * 2024.5, 2024-Q3 -> 2024.5, 2024-07-01 -> about 2024.5); 0 and *ok = 0
 * when it is not one. */
double chart_time_value(const char *s, size_t len, int *ok);

/* Choose and build a chart. intent: "trend", "share", "distribution",
 * "compare" or NULL. forced: CHART_AUTO, or a kind the caller insists
 * on (--chart TYPE); when the answer cannot be drawn that way, NULL with
 * err (DBT_ERR_USAGE) saying why. CHART_NONE (auto or forced) gives a
 * chart of kind CHART_NONE, not NULL. NULL with DBT_ERR_NOMEM too. */
chart *chart_choose(const dbt_answer *a, const char *intent, chart_kind forced, dbt_error *err);
chart_kind chart_get_kind(const chart *c);
void chart_free(chart *c);

/* A rendered grid: w x h cells, row-major. cp[i] is a code point, 0 in
 * the right half of a wide character; color[i] is 0 (default) or a
 * series number 1..CHART_MAX_SERIES, for a front end to colour. */
typedef struct chart_grid {
    int w, h;
    uint32_t *cp;
    unsigned char *color;
} chart_grid;

/* Draw c into g (allocated here; chart_grid_free). width >= 1,
 * height >= 1; a chart that does not fit draws what it can. utf8: use
 * Unicode glyphs; else ASCII only. Returns 0, or -1 on no memory. */
int chart_render_grid(const chart *c, int width, int height, int utf8, chart_grid *g);
void chart_grid_free(chart_grid *g);

/* Draw c as text into out (appended): lines ended by '\n', trailing
 * blanks dropped, each at most width display columns. ansi: wrap series
 * in SGR colour sequences (only when the caller wants colour). A
 * CHART_NONE chart appends nothing. Returns the number of lines, or -1
 * on no memory. */
int chart_render(const chart *c, int width, int height, int utf8, int ansi, buf *out);

/* A sparkline of n values (NAN = gap) in min(n, width) columns
 * (▁▂▃▄▅▆▇█, or " .:-=+*#" in ASCII), values averaged into columns when
 * there are more values than columns. Appends to out. */
void chart_sparkline(const double *v, size_t n, int width, int utf8, buf *out);

/* The chart as JSON for --format json, appended to out:
 * {"type":"line","x":"month","y":"revenue","labels":[...],
 *  "series":[{"name":"revenue","values":[1.5,null,...]}]}
 * plus "x_values" (scatter, numeric x), "bins" (histogram), "value" /
 * "previous" (KPI), "others" (categories folded). */
void chart_to_json(const chart *c, buf *out);

/* ---- for the chart_*.c files only ------------------------------------ */

/* Grid drawing (chart_grid.c). Everything clips to the grid. */
int chart_grid_init(chart_grid *g, int w, int h);          /* blanks; -1 on no memory */
void chart_put(chart_grid *g, int x, int y, uint32_t cp, int color);
/* Untrusted text s[0..len) sanitised and clipped to maxw columns at
 * (x, y); returns the columns used. */
int chart_text(chart_grid *g, int x, int y, int maxw, const char *s, size_t len,
               int utf8, int color);
/* The same, right-aligned so it ends at column x_end (exclusive). */
int chart_text_right(chart_grid *g, int x_end, int y, int maxw, const char *s,
                     int utf8, int color);
/* Display columns of untrusted s once sanitised. */
int chart_text_width(const char *s, int utf8);
void chart_grid_to_text(const chart_grid *g, int ansi, buf *out);

/* Title line "y by x" (chart_grid.c). */
void chart_draw_title(chart_grid *g, const chart *c, int utf8);

/* A value axis (chart_axis.c): lo..hi cut into round steps. */
typedef struct chart_axis {
    double lo, hi, step;
    double max_abs;       /* largest |tick|, for numfmt_tick */
} chart_axis;
/* Round bounds around [min, max] with about `ticks` steps; zero inside
 * when include_zero. A flat or empty range still gets a non-empty axis. */
chart_axis chart_axis_make(double min, double max, int ticks, int include_zero);
/* Widest tick label of the axis, in columns. */
int chart_axis_label_width(const chart_axis *ax);
/* Draw a vertical value axis: labels right-aligned in columns
 * [0, labw), the axis line at column labw, rows top..top+rows-1 (dot
 * rows: 4 per cell when braille, else 1). */
void chart_axis_draw_y(chart_grid *g, const chart_axis *ax, int labw, int top, int rows,
                       int sub, int utf8);
/* Draw the x axis line (row y, columns x0..x0+w-1, corner at x0-1) and
 * under it labels at the given cell columns, skipping ones that would
 * overlap. labels[i] is shown at col[i]; n labels in priority order. */
void chart_axis_draw_x(chart_grid *g, int x0, int w, int y, const char *const *labels,
                       const int *col, size_t n, int utf8);
/* The label indexes to show for n evenly spaced points over w columns
 * when each label takes about labw columns: first, last and evenly
 * spread ones between. Writes up to max indexes, returns how many. */
size_t chart_axis_pick(size_t n, int w, int labw, size_t *idx, size_t max);

/* Legend on row y: a mark per series then its name ("█ revenue  ▓ cost");
 * marks NULL: the bar fills (chart_bar.c). */
void chart_draw_legend(chart_grid *g, const chart *c, int y, const uint32_t *marks, int utf8);

/* The renderers (chart_bar.c, chart_line.c, chart_kpi.c). */
void chart_draw_bar(chart_grid *g, const chart *c, int utf8);
void chart_draw_grouped(chart_grid *g, const chart *c, int utf8, int stacked);
void chart_draw_proportion(chart_grid *g, const chart *c, int utf8);
void chart_draw_histogram(chart_grid *g, const chart *c, int utf8);
void chart_draw_line(chart_grid *g, const chart *c, int utf8, int scatter);
void chart_draw_kpi(chart_grid *g, const chart *c, int utf8);

#endif
