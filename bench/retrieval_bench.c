/* retrieval_bench.c: schema retrieval on a 1,000-table database (made by
 * bench/bigschema). Each question goes through the retrieval a prompt is
 * built with (question_clean, then retrieve_schema with the default budget
 * and sample values, as the model chain calls it); the tables whose DDL
 * the prompt's schema holds are compared with the tables the question's
 * gold SQL reads. Per question set: recall (questions with every gold
 * table in the schema; target 95%), the tables and schema tokens a prompt
 * carries, the time per retrieval (median, p95 over ROUNDS rounds), and
 * every miss with its cause: the gold table's rank and score against the
 * best, or "cut by the budget" when it was selected but did not fit.
 * Follow-up turns of conversations are retrieved as the chain retrieves
 * them, with the previous turn (its question, and its gold SQL standing
 * for the SQL the model answered it with), and again on their own text
 * alone, to show what the context adds.
 *
 *   retrieval_bench BIG.sqlite [-r ROUNDS] [-v] LABEL=SET.jsonl...
 *
 * -v prints every question's retrieved tables. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "catalog.h"
#include "databot.h"
#include "qset.h"
#include "question.h"
#include "retrieve.h"
#include "session.h"
#include "util.h"

/* This thread's CPU time in milliseconds: unlike the wall clock, not
 * stretched by other processes on a busy machine. */
static double cpu_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* The tables whose DDL a schema text holds ("CREATE TABLE name (", "CREATE VIEW name ("). */
static size_t schema_tables(const char *schema, char ***out)
{
    size_t n = 0, cap = 0;
    char **v = NULL;
    for (const char *p = schema; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        const char *name = NULL;
        if (len > 13 && strncmp(p, "CREATE TABLE ", 13) == 0)
            name = p + 13;
        else if (len > 12 && strncmp(p, "CREATE VIEW ", 12) == 0)
            name = p + 12;
        if (name) {
            size_t k = strcspn(name, " (\n");
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                v = realloc(v, cap * sizeof *v);
                if (!v)
                    abort();
            }
            v[n++] = xstrndup(name, k);
        }
        p += len + (nl ? 1 : 0);
    }
    *out = v;
    return n;
}

static void free_strs(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static int has(char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(v[i], s) == 0)
            return 1;
    return 0;
}

typedef struct result {
    size_t ntables;       /* in the prompt's schema */
    size_t bytes;         /* of the schema */
    int all_found;
    size_t found, gold;   /* gold tables found / named */
    size_t noscore, below, cut;   /* missing gold tables by cause */
} result;

/* Retrieve for text (with_prev: and the item's previous turn), check the
 * item's gold tables; a miss is explained on stdout when explain is set. */
static result check(const retriever *r, const catalog *cat, long budget, const qitem *it, const char *text,
                    int with_prev, int explain, int verbose)
{
    result res = { 0, 0, 1, 0, it->ngold, 0, 0, 0 };
    char *clean = NULL, *prev = NULL;
    dbt_error err;
    if (question_clean(text, &clean, &err) < 0 ||
        (with_prev && it->prev && question_clean(it->prev, &prev, &err) < 0)) {
        printf("    %s: the question was refused: %s\n", it->id, err.message);
        res.all_found = 0;
        free(clean);
        return res;
    }
    retrieve_query rq = { clean, prev, with_prev ? it->prev_sql : NULL, NULL };
    char *schema = retrieve_schema_q(r, &rq, budget, 1);
    char **got;
    size_t ngot = schema_tables(schema, &got);
    res.ntables = ngot;
    res.bytes = schema ? strlen(schema) : 0;
    for (size_t g = 0; g < it->ngold; g++) {
        if (has(got, ngot, it->gold[g]))
            res.found++;
        else
            res.all_found = 0;
    }
    if (verbose) {
        printf("    %s%s: ", res.all_found ? "" : "MISS ", it->id);
        for (size_t i = 0; i < ngot; i++)
            printf("%s%s", i ? ", " : "", got[i]);
        printf("\n");
    }
    if (!res.all_found) {
        if (explain)
            printf("    %s \"%s\"%s%s%s\n", it->id, text, it->prev ? " (follow-up of \"" : "",
                   it->prev ? it->prev : "", it->prev ? "\")" : "");
        int *rk = NULL, *sel = NULL;
        double *sc = NULL;
        size_t nr = retrieve_rank_q(r, &rq, &rk, &sc);
        size_t ns = retrieve_select_q(r, &rq, budget, &sel);
        for (size_t g = 0; g < it->ngold; g++) {
            if (has(got, ngot, it->gold[g]))
                continue;
            int t = catalog_find_table(cat, it->gold[g]);
            size_t pos = nr;
            for (size_t i = 0; i < nr; i++)
                if (rk[i] == t)
                    pos = i;
            int selected = 0;
            for (size_t i = 0; i < ns; i++)
                selected |= sel[i] == t;
            res.cut += t >= 0 && selected;
            res.noscore += t >= 0 && !selected && pos == nr;
            res.below += t >= 0 && !selected && pos < nr;
            if (!explain)
                continue;
            if (t < 0)
                printf("      missing %s: not in the catalog\n", it->gold[g]);
            else if (selected)
                printf("      missing %s: selected (rank %zu) but cut by the budget\n", it->gold[g], pos + 1);
            else if (pos == nr)
                printf("      missing %s: no score (no question term matches it)\n", it->gold[g]);
            else
                printf("      missing %s: rank %zu, score %.2f (best: %s %.2f)\n", it->gold[g], pos + 1, sc[pos],
                       cat->tables[rk[0]].name, sc[0]);
        }
        if (explain) {
            printf("      the prompt had %zu tables: ", ngot);
            for (size_t i = 0; i < ngot && i < 12; i++)
                printf("%s%s", i ? ", " : "", got[i]);
            printf("%s\n", ngot > 12 ? ", ..." : "");
        }
        free(rk);
        free(sc);
        free(sel);
    }
    free_strs(got, ngot);
    free(schema);
    free(clean);
    free(prev);
    return res;
}

typedef struct tally {
    size_t n, all, found, gold;
    size_t noscore, below, cut;
    double *tables, *tokens;
} tally;

static void tally_add(tally *t, const result *r)
{
    t->tables = realloc(t->tables, (t->n + 1) * sizeof *t->tables);
    t->tokens = realloc(t->tokens, (t->n + 1) * sizeof *t->tokens);
    if (!t->tables || !t->tokens)
        abort();
    t->tables[t->n] = (double)r->ntables;
    t->tokens[t->n] = (double)r->bytes / 4.0;
    t->n++;
    t->all += (size_t)r->all_found;
    t->found += r->found;
    t->gold += r->gold;
    t->noscore += r->noscore;
    t->below += r->below;
    t->cut += r->cut;
}

static void tally_print(const char *what, tally *t)
{
    if (!t->n)
        return;
    double mean_tables = qset_mean(t->tables, t->n), mean_tokens = qset_mean(t->tokens, t->n);
    double max_tokens = qset_percentile(t->tokens, t->n, 100);
    printf("  %s: recall %.1f%% (%zu of %zu with every gold table in the prompt's schema; %zu of %zu gold "
           "tables found)\n", what, 100.0 * (double)t->all / (double)t->n, t->all, t->n, t->found, t->gold);
    printf("    tables in the prompt: mean %.1f, median %.0f; schema: mean %.0f tokens, max %.0f (bytes / 4)\n",
           mean_tables, qset_percentile(t->tables, t->n, 50), mean_tokens, max_tokens);
    if (t->gold > t->found)
        printf("    the %zu gold tables missed: %zu matched no word of the question, %zu were ranked below the "
               "selection, %zu were selected but cut by the budget\n", t->gold - t->found, t->noscore, t->below,
               t->cut);
    free(t->tables);
    free(t->tokens);
    memset(t, 0, sizeof *t);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: retrieval_bench BIG.sqlite [-r ROUNDS] [-v] LABEL=SET.jsonl...\n");
        return 2;
    }
    int rounds = 5, verbose = 0, first = 2;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (strcmp(argv[first], "-r") == 0 && first + 1 < argc)
            rounds = atoi(argv[++first]);
        else if (strcmp(argv[first], "-v") == 0)
            verbose = 1;
    }
    if (rounds < 1)
        rounds = 1;
    dbt_config cfg;
    dbt_config_init(&cfg);
    cfg.offline = 1;
    long budget = cfg.schema_budget;
    dbt_error err;
    double t0 = qset_now_ms();
    dbt_session *s = dbt_open(argv[1], &cfg, &err);
    double t1 = qset_now_ms();
    if (!s) {
        fprintf(stderr, "retrieval_bench: %s\n", err.message);
        return 1;
    }
    const catalog *cat = &s->cat;
    retriever *r = retrieve_new(cat);
    double t2 = qset_now_ms();
    if (!r) {
        fprintf(stderr, "retrieval_bench: out of memory\n");
        return 1;
    }
    size_t cols = 0;
    for (size_t i = 0; i < cat->ntables; i++)
        cols += cat->tables[i].ncols;
    printf("retrieval: %zu tables, %zu columns; session opened (catalog and samples) in %.0f ms, "
           "retriever built in %.1f ms; schema budget %ld tokens\n",
           cat->ntables, cols, t1 - t0, t2 - t1, budget);
    for (int a = first; a < argc; a++) {
        const char *eq = strchr(argv[a], '=');
        char *label = eq ? xstrndup(argv[a], (size_t)(eq - argv[a])) : xstrdup(argv[a]);
        const char *path = eq ? eq + 1 : argv[a];
        qset qs = { 0 };
        if (qset_load(&qs, path) < 0) {
            free(label);
            continue;
        }
        size_t nfollow = 0;
        for (size_t i = 0; i < qs.n; i++)
            nfollow += qs.items[i].prev != NULL;
        if (nfollow)
            printf("retrieval: %s (%zu questions, %zu of them follow-ups)\n", label, qs.n, nfollow);
        else
            printf("retrieval: %s (%zu questions)\n", label, qs.n);
        if (nfollow)
            printf("  misses (follow-ups with the previous turn, as the chain retrieves them):\n");
        else
            printf("  misses:\n");
        tally all = { 0 }, first_turns = { 0 }, follow = { 0 }, follow_ctx = { 0 };
        size_t misses = 0;
        int *found = calloc(qs.n + 1, sizeof *found);
        if (!found)
            return 1;
        for (size_t i = 0; i < qs.n; i++) {
            const qitem *it = &qs.items[i];
            result res = check(r, cat, budget, it, it->question, 1, 1, verbose);
            misses += !res.all_found;
            found[i] = res.all_found;
            tally_add(&all, &res);
            if (nfollow)
                tally_add(it->prev ? &follow : &first_turns, &res);
        }
        if (!misses)
            printf("    none\n");
        if (nfollow) {
            int shown = 0;
            for (size_t i = 0; i < qs.n; i++) {
                const qitem *it = &qs.items[i];
                if (!it->prev)
                    continue;
                result res = check(r, cat, budget, it, it->question, 0, 0, 0);
                tally_add(&follow_ctx, &res);
                if (!res.all_found && !shown++)
                    printf("  follow-ups missed on their own text alone:");
                if (!res.all_found)
                    printf(" %s", it->id);
            }
            if (shown)
                printf("\n");
        }
        /* the time per retrieval: every question, ROUNDS times */
        double *ms = malloc((qs.n * (size_t)rounds + 1) * sizeof *ms);
        double *cpu = malloc((qs.n * (size_t)rounds + 1) * sizeof *cpu);
        size_t nms = 0;
        if (!cpu) {
            free(ms);
            ms = NULL;
        }
        for (int round = 0; round < rounds && ms; round++)
            for (size_t i = 0; i < qs.n; i++) {
                const qitem *it = &qs.items[i];
                char *clean = NULL, *prev = NULL;
                if (question_clean(it->question, &clean, &err) < 0 ||
                    (it->prev && question_clean(it->prev, &prev, &err) < 0)) {
                    free(clean);
                    continue;
                }
                retrieve_query rq = { clean, prev, it->prev_sql, NULL };
                double q0 = qset_now_ms(), c0 = cpu_ms();
                char *schema = retrieve_schema_q(r, &rq, budget, 1);
                cpu[nms] = cpu_ms() - c0;
                ms[nms++] = qset_now_ms() - q0;
                free(schema);
                free(clean);
                free(prev);
            }
        double recall = all.n ? 100.0 * (double)all.all / (double)all.n : 0;
        if (nfollow) {
            tally_print("all turns", &all);
            tally_print("first turns", &first_turns);
            tally_print("follow-ups, with the previous turn", &follow);
            tally_print("follow-ups, their own text alone (what-if)", &follow_ctx);
        } else {
            /* per database, when the set mixes several */
            int several = 0;
            for (size_t i = 1; i < qs.n; i++)
                several |= strcmp(qs.items[i].db, qs.items[0].db) != 0;
            for (size_t i = 0; several && i < qs.n; i++) {
                int seen = 0;
                for (size_t j = 0; j < i; j++)
                    seen |= strcmp(qs.items[j].db, qs.items[i].db) == 0;
                if (seen)
                    continue;
                size_t n = 0, ok = 0;
                for (size_t j = 0; j < qs.n; j++)
                    if (strcmp(qs.items[j].db, qs.items[i].db) == 0) {
                        n++;
                        ok += (size_t)found[j];
                    }
                printf("  %s: recall %.1f%% (%zu of %zu)\n", *qs.items[i].db ? qs.items[i].db : "(no db)",
                       100.0 * (double)ok / (double)n, ok, n);
            }
            tally_print("questions", &all);
        }
        printf("    time per retrieval (retrieve_schema_q, %d round%s): median %.3f ms, p95 %.3f ms, max %.3f ms"
               " (CPU time: median %.3f ms, p95 %.3f ms)\n",
               rounds, rounds == 1 ? "" : "s", qset_percentile(ms, nms, 50), qset_percentile(ms, nms, 95),
               qset_percentile(ms, nms, 100), qset_percentile(cpu, nms, 50), qset_percentile(cpu, nms, 95));
        if (!nfollow)
            printf("    target: at least 95%% of the questions: %s\n", recall >= 95 ? "met" : "NOT met");
        free(ms);
        free(cpu);
        free(found);
        qset_free(&qs);
        free(label);
    }
    retrieve_free(r);
    dbt_close(s);
    return 0;
}
