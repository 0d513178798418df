/* engine.c: orchestration of the built-in engine: read the question, merge
 * it with the conversation when it is a follow-up, emit SQL and a one-line
 * note, remember the query; refuse with a hint when nothing matched. */
#include "engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "context.h"
#include "emit.h"
#include "ground.h"
#include "reader.h"
#include "semantic.h"
#include "tokens.h"
#include "util.h"

struct engine {
    const catalog *cat;
    ground_index *gx;        /* names and sample values, split once */
    int postgres;
    int has_prev;
    query prev;
    int had_before;          /* the context before the last question, for re-reading it */
    query before;
    char *last;              /* the last question generated */
    char *talk;              /* the questions since the last one asked in full, for the
                              * words a follow-up repeats ("which one taught the most?") */
    char *last_sql;          /* and its SQL */
    int last_conf;           /* engine_last_confidence */
    int declined;            /* the last question was not answered: a follow-up of it
                              * cannot be applied to the one before */
};

engine *engine_new(const catalog *cat, const char *dialect)
{
    if (!cat)
        return NULL;
    engine *e = calloc(1, sizeof *e);
    if (!e)
        return NULL;
    e->cat = cat;
    e->gx = ground_index_new(cat);   /* NULL: grounding splits names as it goes */
    e->postgres = dialect && str_ieq(dialect, "postgres");
    return e;
}

void engine_free(engine *e)
{
    if (e) {
        ground_index_free(e->gx, e->cat);
        free(e->last);
        free(e->last_sql);
        free(e->talk);
    }
    free(e);
}

void engine_reset(engine *e)
{
    if (e) {
        e->has_prev = e->had_before = e->declined = 0;
        free(e->last);
        free(e->last_sql);
        free(e->talk);
        e->last = e->last_sql = e->talk = NULL;
    }
}

static const char *col_name(const catalog *cat, qcol c)
{
    return cat->tables[c.t].cols[c.c].name;
}

static void note_measure(const catalog *cat, const query *q, buf *b)
{
    static const char *const agg[] = {"", "count of", "count of distinct", "sum of",
                                      "average of", "minimum of", "maximum of", "median of"};
    const char *tname = cat->tables[q->base].name;
    if (q->count_groups == 2 && q->agg != AGG_COUNT && !q->list)
        buf_add(b, "average per group of ");   /* "average revenue per month" */
    if (q->measure && cat->sem && !q->list) {
        const sem_measure *me = &cat->sem->measures[q->measure - 1];
        buf_printf(b, "%s%s%s (measure: %s)", me->aggregate ? "" : agg[q->agg],
                   me->aggregate ? "" : " ", me->name, me->sql);
        return;
    }
    if (q->list) {
        buf_printf(b, "rows of %s", tname);
        if (q->m1.c >= 0)
            buf_printf(b, " ranked by %s", col_name(cat, q->m1));
        if (q->m1.c >= 0 && q->unit_div > 1)
            buf_printf(b, " / %g", q->unit_div);
    } else if (q->agg == AGG_COUNT && q->count_groups == 2) {
        buf_printf(b, "average count of %s per group", tname);
    } else if (q->agg == AGG_COUNT) {
        buf_printf(b, "count of %s", tname);
    } else {
        buf_printf(b, "%s %s", agg[q->agg], col_name(cat, q->m1));
        if (q->m2.c >= 0)
            buf_printf(b, " \xc3\x97 %s", col_name(cat, q->m2));
        if (q->unit_div > 1)   /* "in minutes" of seconds */
            buf_printf(b, " / %g", q->unit_div);
        else if (q->unit_div > 0)
            buf_printf(b, " \xc3\x97 %g", 1 / q->unit_div);
        buf_printf(b, " from %s", cat->tables[q->m1.t].name);
    }
}

static void note_rest(const catalog *cat, const query *q, buf *b)
{
    static const char *const bk[] = {"", "day", "week", "month", "quarter", "year"};
    static const char *const ops[] = {"=", "<>", ">", ">=", "<", "<=", "is empty", "is not empty",
                                      "in", "has", "has no"};
    for (int i = 0; i < q->ndims; i++)
        buf_printf(b, "%s %s", i ? "," : ", by",
                   col_name(cat, q->labels[i].c >= 0 ? q->labels[i] : q->dims[i]));
    if (q->bucket)
        buf_printf(b, "%s %s", q->ndims ? " and" : ", by", bk[q->bucket]);
    if (q->tcol.c >= 0 && q->nparts >= 2) {   /* "2022 vs 2024" */
        buf_printf(b, ", %s", col_name(cat, q->tcol));
        for (int p = 0; p < q->nparts; p++)
            buf_printf(b, "%s from %s before %s", p ? " or" : "", q->parts[p][0], q->parts[p][1]);
    } else if (q->tcol.c >= 0 && (q->from[0] || q->to[0])) {
        buf_printf(b, ", %s", col_name(cat, q->tcol));
        if (q->from[0])
            buf_printf(b, " from %s", q->from);
        if (q->to[0])
            buf_printf(b, " before %s", q->to);
    }
    for (int i = 0; i < q->nf; i++) {
        const qfilter *f = &q->f[i];
        const char *what = f->having ? "the measure" : col_name(cat, f->col);
        if (f->op == OP_EXISTS || f->op == OP_NOTEXISTS)
            buf_printf(b, ", %s %s", ops[f->op], cat->tables[f->sub].name);
        else if (f->op == OP_IN)
            buf_printf(b, ", %s in '%s' and %d more", what, f->text, f->nmore);
        else if (f->op >= OP_NULL)
            buf_printf(b, ", %s %s", what, ops[f->op]);
        else if (f->cmp_col == 1 && f->col2.c >= 0)
            buf_printf(b, ", %s %s %s (by day)", what, ops[f->op], col_name(cat, f->col2));
        else if (f->cmp_col == 2 && f->col2.c >= 0)
            buf_printf(b, ", days from %s to %s %s %g", col_name(cat, f->col2), what, ops[f->op], f->num);
        else if (f->cmp_col == 3 && f->col2.c >= 0)
            buf_printf(b, ", days from %s to %.10s %s %g", col_name(cat, f->col2), f->text, ops[f->op], f->num);
        else if (f->is_num)
            buf_printf(b, ", %s %s %g", what, ops[f->op], f->num);
        else
            buf_printf(b, ", %s %s '%s'", what, ops[f->op], f->text);
        if (f->via > 0 && q->role_t >= 0 && (size_t)q->role_t < cat->ntables &&
            f->via <= (int)cat->tables[q->role_t].ncols)
            buf_printf(b, " (along %s)", cat->tables[q->role_t].cols[f->via - 1].name);
    }
    if (q->growth)
        buf_printf(b, ", %% change from the previous %s", bk[q->growth]);
    if (q->running)
        buf_add(b, ", running total");
    if (q->limit)
        buf_printf(b, ", %s %d", q->asc ? "bottom" : "top", q->limit);
}

#define ENGINE_MIN_CONFIDENCE 50

int engine_confidence(const reading *r);

static int refuse(const engine *e, const char *question, const reading *r, dbt_error *err)
{
    buf names;
    buf_init(&names);
    for (size_t t = 0; t < e->cat->ntables && t < 8; t++)
        buf_printf(&names, "%s%s", t ? ", " : "", e->cat->tables[t].name);
    if (e->cat->ntables > 8)
        buf_add(&names, ", ...");
    const char *what = r && r->unknown[0] ? r->unknown : question;
    err_set(err, DBT_ERR_NOT_UNDERSTOOD,
            "I could not match '%.200s' to this database. Try naming a table or column: %s",
            what, buf_str(&names));
    buf_free(&names);
    return -1;
}

int engine_confidence(const reading *r)
{
    if (r->unsupported[0])
        return 0;
    int c = 100 - 35 * r->risky - 20 * r->ignored - 60 * r->unplaced;
    if (r->guessed_count && r->risky)
        c -= 30;
    return c < 0 ? 0 : c;
}

/* Does the answer's shape fit the question's form? "How many shifts ..."
 * is answered with a count or a total, never an average nobody asked
 * for; "which stations ..." with the stations (rows or groups), never
 * one number. Returns what to tell the person, or NULL when it fits. */
static const char *shape_misfit(const char *question, q_agg asked, const query *q)
{
    if (asked == AGG_COUNT && q->agg == AGG_AVG && !q->pct)
        return "I read this as an average, but the question asks how many. Try naming what "
               "to count, e.g. \"how many orders have no ship date\"";
    toks *tk = malloc(sizeof *tk);
    if (!tk)
        return NULL;
    tok_split_max(question, tk, 2);
    int which = tk->n == 2 && tok_is(tk, 0, "which") && strcmp(tk->v[1].w, tk->v[1].stem) != 0;
    free(tk);
    if (which && !q->list && !q->ndims && !q->bucket && q->agg != AGG_NONE && !q->count_groups)
        return "The question asks which rows, but I read it as one number. Try asking for "
               "the rows, e.g. \"list the stations that closed\"";
    return NULL;
}

/* Keep the questions of the conversation since the last one asked in
 * full: a follow-up adds to them, a whole question starts them anew. */
static void remember_talk(engine *e, const char *question, int followup)
{
    const char *before = followup && e->talk && strlen(e->talk) < 4000 ? e->talk : "";
    size_t n = strlen(before) + strlen(question) + 2;
    char *t = malloc(n);
    if (t)
        snprintf(t, n, "%s%s%s", before, *before ? " " : "", question);
    free(e->talk);
    e->talk = t;   /* NULL when out of memory: no words to repeat */
}

/* Emit q's SQL and note, and remember q as the conversation's last
 * query. followup: q refines the previous one; may_repeat: its SQL may be
 * the previous one's; unplaced: the words it could not place; unused_note:
 * what the note adds about them. */
static int answer(engine *e, const char *question, const query *q, int again, int followup,
                  int may_repeat, const char *unplaced, const char *unused_note, int conf,
                  char **sql, char **note, dbt_error *err)
{
    buf b;
    buf_init(&b);
    if (emit_sql(e->cat, q, e->postgres, &b) < 0 || b.oom) {
        buf_free(&b);
        return refuse(e, question, NULL, err);
    }
    *sql = buf_take(&b);
    /* "only 4-star hotels", "for both services" read as nothing new: the
     * previous answer again would pass for the one asked; say what could
     * not be placed instead. may_repeat: a sort or a measure already shown,
     * which may well change nothing; the same question again is answered
     * again */
    if (followup && !again && !may_repeat && *sql && e->last_sql && strcmp(*sql, e->last_sql) == 0 &&
        !(e->last && str_ieq(e->last, question))) {   /* the same question asked again */
        free(*sql);
        *sql = NULL;
        buf_free(&b);
        return err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                       "I could not tell what to change in the previous question%s%s%s. Try saying "
                       "it in full",
                       unplaced[0] ? " (I could not place: " : "", unplaced, unplaced[0] ? ")" : "");
    }
    if (note) {
        note_measure(e->cat, q, &b);
        note_rest(e->cat, q, &b);
        buf_add(&b, unused_note);
        *note = buf_take(&b);
    }
    buf_free(&b);
    if (!*sql)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    if (!again) {
        char *last = xstrdup(question);
        e->before = e->prev;
        e->had_before = e->has_prev;
        free(e->last);
        e->last = last;   /* NULL when out of memory: it cannot be re-read */
        remember_talk(e, question, followup);
    }
    free(e->last_sql);
    e->last_sql = xstrdup(*sql);
    e->prev = *q;
    e->has_prev = 1;
    e->last_conf = conf;
    e->declined = 0;
    return 0;
}

int engine_generate(engine *e, const char *question, const char *as_of,
                    char **sql, char **note, dbt_error *err)
{
    return engine_generate_choice(e, question, as_of, -1, sql, note, NULL, err);
}

int engine_generate_choice(engine *e, const char *question, const char *as_of, int choice,
                           char **sql, char **note, engine_choices *choices, dbt_error *err)
{
    if (choices)
        choices->n = 0;
    if (sql)
        *sql = NULL;
    if (note)
        *note = NULL;
    if (!e || !question || !sql)
        return err_set(err, DBT_ERR_USAGE, "engine_generate: missing argument");
    e->last_conf = 0;
    const sem_example *ex = semantic_example(e->cat->sem, question);
    if (ex) {
        /* the semantic file answers this question itself */
        *sql = xstrdup(ex->sql);
        e->last_conf = 100;
        if (note)
            *note = xstrdup("the semantic file's example for this question");
        return *sql ? 0 : err_set(err, DBT_ERR_NOMEM, "out of memory");
    }
    reading *r = calloc(1, sizeof *r);
    if (!r)
        return err_set(err, DBT_ERR_NOMEM, "out of memory");
    /* re-reading the last question: in the context it was first read in */
    int again = choice >= 0 && e->last && strcmp(e->last, question) == 0;
    int after_decline = e->declined && !again;
    if (!again)
        e->declined = 1;   /* until it is answered */
    const query *prev = again ? (e->had_before ? &e->before : NULL) : e->has_prev ? &e->prev : NULL;
    query picked;   /* "which one was worst?": the previous groups' first */
    if (!again && prev && context_pick_one(e->cat, prev, e->talk, question, &picked)) {
        free(r);
        if (after_decline)
            return err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                           "I did not understand the question before this one, so I cannot tell "
                           "what '%.120s' changes. Try asking it in full", question);
        return answer(e, question, &picked, 0, 1, 0, "", "", 100, sql, note, err);
    }
    int rc = reader_read_choice(e->cat, e->gx, question, as_of, prev, choice > 0 ? choice : 0, r);
    if (rc < 0 || r->nmentions == 0 ||
        (r->unknown_words >= 3 && r->nmentions <= 1 && !r->followup_cue)) {
        int fu = prev && (rc == 0 || (r->all_time && r->nmentions == 0)) &&
                 (r->followup_cue || r->nmentions == 0) && r->unknown_words <= 1 &&
                 (r->has_dims || r->has_range || r->has_limit || r->q.nf || r->kw_agg || r->q.pct ||
                  r->sort || r->all_time);
        if (!fu) {
            refuse(e, question, rc < 0 || r->nmentions == 0 ? NULL : r, err);
            free(r);
            return -1;
        }
    }
    /* confidence: every word placed and used is 100; words it could not
     * place, mentions the query ignores and relations it could not follow
     * lower it; below ENGINE_MIN_CONFIDENCE it declines rather than guess */
    int conf = engine_confidence(r);
    if (conf < ENGINE_MIN_CONFIDENCE) {
        if (r->unsupported[0])
            err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                    "I cannot compute %s yet. Try a simpler question, e.g. a total, an average, "
                    "a count or a rate, by one or two groupings",
                    r->unsupported);
        else if (r->why[0])
            err_set(err, DBT_ERR_NOT_UNDERSTOOD, "I cannot tell %s. %s", r->why,
                    r->hint[0] ? r->hint : "Try naming the column you mean");
        else
            err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                    "I am not confident I understood '%.200s'%s%s%s. Try naming the table or column "
                    "you mean, e.g. \"average amount by country\"",
                    question, r->unknown[0] ? " (I could not place: " : "", r->unknown,
                    r->unknown[0] ? ")" : "");
        free(r);
        return -1;
    }
    char unused_note[300] = "";
    if (r->unknown[0])
        snprintf(unused_note, sizeof unused_note, " (words not used: %.90s)", r->unknown);
    if (r->ambiguous[0])     /* two readings scored alike: say which one it took */
        snprintf(unused_note + strlen(unused_note), sizeof unused_note - strlen(unused_note),
                 "; %s", r->ambiguous);
    if (choices) {
        choices->n = (size_t)r->nchoices;
        for (int i = 0; i < r->nchoices && i < ENGINE_CHOICES; i++)
            snprintf(choices->label[i], sizeof choices->label[i], "%s", r->choices[i]);
    }
    query q;
    int followup = context_is_followup(prev, r);
    /* "only for SUVs", "now just 2023" right after a question it could not
     * read: a refinement of that question, whatever it names itself */
    int refines = r->followup_cue || r->restrict_cue || r->add_cue || r->also || r->instead_of;
    if ((followup || refines) && after_decline) {
        free(r);
        return err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                       "I did not understand the question before this one, so I cannot tell what "
                       "'%.120s' changes. Try asking it in full", question);
    }
    if (followup) {
        context_merge(e->cat, prev, r, &q);
        const char *why = context_conflict(prev, r, &q, question);
        if (why) {
            free(r);
            return err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                           "I cannot apply '%.120s' to the previous question (it asks for %s). "
                           "Try asking it in full", question, why);
        }
    } else
        q = r->q;
    /* "the 3 worst couriers by average delay", "and the best?": the end of
     * a measure of something one wants less of is its lowest */
    if (r->best_worst && q.limit && context_lower_is_better(e->cat, &q))
        q.asc = r->best_worst == 1;
    char unplaced[sizeof r->unknown];
    memcpy(unplaced, r->unknown, sizeof unplaced);
    q_agg asked = r->kw_agg;
    int sort = r->sort;
    int may_repeat = sort || r->add_cue;
    free(r);
    /* "sorted from highest to lowest" where the rows keep another order (a
     * time series by period, rows with no measure): not what was asked */
    if (sort && (q.bucket || (q.list && q.m1.c < 0) || (!q.list && !q.ndims))) {
        err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                "I can sort groups by their value (\"sales by region, lowest first\"), not these "
                "rows. Try asking for the grouping you want sorted");
        return -1;
    }
    /* a median of something that is not a column's values (a count, a
     * rate, a share, a measure that aggregates itself) is not what it
     * reads as: decline rather than answer another question */
    /* "average number of loans per member", "average orders per month": an
     * average of counts is not a count; decline rather than drop the word */
    if (asked == AGG_AVG && !q.xagg && !q.pct && !q.dur && !q.measure && q.count_groups != 2 &&
        (q.list || q.agg == AGG_COUNT)) {
        err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                "I can average a column's values (\"average price by category\"), not %s. Try "
                "naming the column whose average you want",
                q.list ? "a list of rows" : "a count of rows");
        return -1;
    }
    if ((asked == AGG_MEDIAN && (q.agg != AGG_MEDIAN || q.list)) ||
        (q.agg == AGG_MEDIAN && q.pct)) {
        err_set(err, DBT_ERR_NOT_UNDERSTOOD,
                "I can compute the median of a column's values (\"median price by category\"), "
                "not of %s. Try naming the column whose median you want",
                q.pct ? "a rate or a share" : q.m1.c < 0 ? "a count" : "this measure");
        return -1;
    }

    const char *misfit = shape_misfit(question, asked, &q);
    if (misfit) {
        err_set(err, DBT_ERR_NOT_UNDERSTOOD, "%s", misfit);
        return -1;
    }

    return answer(e, question, &q, again, followup, may_repeat, unplaced, unused_note, conf, sql, note,
                  err);
}

int engine_last_confidence(const engine *e)
{
    return e ? e->last_conf : 0;
}
