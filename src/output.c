/* output.c: plans, answers and errors written in the chosen format. JSON
 * output is one object per question per line, the machine contract of
 * databot(1); errors in the other formats go to stderr. */
#include "output.h"

#include <stdlib.h>
#include <string.h>
#include "export/export.h"
#include "format.h"
#include "util.h"

int output_exit_code(dbt_code code)
{
    switch (code) {
    case DBT_OK: return 0;
    case DBT_ERR_USAGE: return 2;
    case DBT_ERR_INPUT:
    case DBT_ERR_NOT_UNDERSTOOD: return 3;
    case DBT_ERR_REFUSED: return 4;
    case DBT_ERR_CANCELLED: return 130;
    default: return 1;
    }
}

static void json_field(buf *b, const char *key, const char *value)
{
    buf_printf(b, "\"%s\":", key);
    if (value)
        json_add_string(b, value, strlen(value));
    else
        buf_add(b, "null");
}

static void json_print(output *o, buf *b)
{
    buf_add(b, "}\n");
    fputs(buf_str(b), o->out);
    fflush(o->out);
    buf_free(b);
}

/* Who wrote the SQL and what it cost: "source", "tokens_in",
 * "tokens_out", "cost" (dollars; null when the price is unknown). */
static void json_model_fields(buf *b, const dbt_plan *p)
{
    json_field(b, "source", dbt_plan_source(p));
    buf_printf(b, ",\"tokens_in\":%ld,\"tokens_out\":%ld,\"cost\":", dbt_plan_tokens_in(p),
               dbt_plan_tokens_out(p));
    if (dbt_plan_cost(p) >= 0)
        buf_printf(b, "%.6f,", dbt_plan_cost(p));
    else
        buf_add(b, "null,");
}

void output_plan(output *o, const char *question, const dbt_plan *p, const dbt_error *err)
{
    if (o->fmt == FMT_JSON) {
        buf b;
        buf_init(&b);
        buf_addc(&b, '{');
        json_field(&b, "question", question);
        buf_addc(&b, ',');
        json_field(&b, "sql", p ? dbt_plan_sql(p) : NULL);
        buf_addc(&b, ',');
        json_field(&b, "note", p ? dbt_plan_note(p) : NULL);
        buf_addc(&b, ',');
        if (p)
            json_model_fields(&b, p);
        json_field(&b, "error", p ? NULL : err->message);
        json_print(o, &b);
        return;
    }
    if (!p) {
        output_error(o, question, NULL, err);
        return;
    }
    fprintf(o->out, "%s;\n", dbt_plan_sql(p));
    fflush(o->out);
}

/* The chart under the table: as wide as the terminal (80 when it is not
 * one), a height that suits the kind; none for a single value unless the
 * person asked for its KPI card (--chart kpi, \chart kpi). */
void output_chart(output *o, dbt_answer *a)
{
    dbt_error err;
    if (o->chart && strcmp(o->chart, "none") == 0)
        return;
    if (o->chart && strcmp(o->chart, "auto") != 0 && dbt_answer_set_chart(a, o->chart, &err) < 0) {
        fprintf(o->diag, "databot: %s\n", err.message);
        return;
    }
    const char *kind = dbt_answer_chart_type(a);
    if (strcmp(kind, "none") == 0)
        return;
    /* a single value is already the table: its KPI card only when asked for */
    if (strcmp(kind, "kpi") == 0 && (!o->chart || strcmp(o->chart, "auto") == 0))
        return;
    int width = o->width > 0 ? (o->width > 120 ? 120 : o->width) : 80;
    int height = strcmp(kind, "kpi") == 0 ? 5
               : strcmp(kind, "proportion") == 0 ? 6
               : strcmp(kind, "bar") == 0 || strcmp(kind, "stacked") == 0
                   ? (int)(dbt_answer_rows(a) < 16 ? dbt_answer_rows(a) + 2 : 18)
               : 14;
    char *text = NULL;
    if (dbt_answer_render_chart(a, width, height, o->utf8, o->color, &text, &err) == 0 && *text)
        fprintf(o->out, "\n%s", text);
    free(text);
}

static void print_insights(output *o, const dbt_answer *a)
{
    size_t n = dbt_answer_insights(a);
    if (n)
        fputc('\n', o->out);
    for (size_t i = 0; i < n; i++)
        fprintf(o->out, "%s %s\n", o->utf8 ? "\u2022" : "*", dbt_answer_insight(a, i));
}

static void print_human(output *o, dbt_answer *a)
{
    dbt_error err;
    int rc = 0;
    if (o->shown++ && (o->fmt == FMT_TABLE || o->fmt == FMT_MARKDOWN))
        fputc('\n', o->out);
    switch (o->fmt) {
    case FMT_CSV:
        rc = export_csv(o->out, a, ',', 1, &err);
        break;
    case FMT_MARKDOWN:
        rc = export_markdown(o->out, a, &err);
        break;
    default: {
        format_opts fo = { o->utf8, o->width };
        format_table(o->out, a, &fo);
        if (dbt_answer_sql(a)) {   /* not for catalog listings */
            output_chart(o, a);
            print_insights(o, a);
            if (dbt_answer_narrative(a))   /* --llm-insights */
                fprintf(o->out, "\n%s\n", dbt_answer_narrative(a));
        }
    }
    }
    if (rc < 0)
        fprintf(o->diag, "databot: %s\n", err.message);
    fflush(o->out);
    /* the table says so in its footer; machine formats tell stderr */
    if (dbt_answer_truncated(a) && o->fmt != FMT_TABLE && !o->quiet)
        fprintf(o->diag, "databot: answer truncated at %zu rows; use --max-rows to change\n",
                dbt_answer_rows(a));
}

void output_answer(output *o, const char *question, const dbt_plan *p, dbt_answer *a)
{
    if (o->fmt != FMT_JSON) {
        print_human(o, a);
        return;
    }
    buf b;
    buf_init(&b);
    buf_addc(&b, '{');
    json_field(&b, "question", question);
    buf_addc(&b, ',');
    json_field(&b, "sql", dbt_plan_sql(p));
    buf_addc(&b, ',');
    json_field(&b, "note", dbt_plan_note(p));
    buf_addc(&b, ',');
    json_model_fields(&b, p);
    json_add_answer_fields(&b, a);
    char *chart = NULL, *insights = NULL;
    if (o->chart && strcmp(o->chart, "auto") != 0 && strcmp(o->chart, "none") != 0)
        dbt_answer_set_chart(a, o->chart, NULL);
    if (dbt_answer_chart_json(a, &chart) == 0 && dbt_answer_insights_json(a, &insights) == 0)
        buf_printf(&b, ",\"chart\":%s,\"insights\":%s", chart, insights);
    free(chart);
    free(insights);
    if (dbt_answer_narrative(a)) {   /* --llm-insights */
        buf_addc(&b, ',');
        json_field(&b, "narrative", dbt_answer_narrative(a));
    }
    buf_add(&b, ",\"error\":null");
    json_print(o, &b);
}

void output_error(output *o, const char *question, const char *sql, const dbt_error *err)
{
    if (o->fmt != FMT_JSON) {
        fprintf(o->diag, "databot: %s\n", err->message);
        fflush(o->diag);
        return;
    }
    buf b;
    buf_init(&b);
    buf_addc(&b, '{');
    json_field(&b, "question", question);
    buf_addc(&b, ',');
    json_field(&b, "sql", sql);
    buf_addc(&b, ',');
    json_field(&b, "error", err->message);
    buf_printf(&b, ",\"error_code\":%d", output_exit_code(err->code));
    json_print(o, &b);
}

void output_listing(output *o, dbt_answer *a)
{
    if (o->fmt == FMT_JSON) {
        dbt_error err;
        if (export_json(o->out, a, 0, &err) < 0)
            fprintf(o->diag, "databot: %s\n", err.message);
        fflush(o->out);
        return;
    }
    print_human(o, a);
}
