/* memory.c: confirmed question -> SQL pairs in a SQLite file (see
 * memory.h). Questions are compared in a normal form (lower case, words
 * only) for exact repeats and by shared search terms (retrieve_terms) for
 * examples: a few hundred pairs per database are scanned in well under a
 * millisecond, so no index beyond the database column is needed. */
#include "memory.h"

#include <ctype.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "llm/llm.h"
#include "retrieve.h"
#include "util.h"

struct memory {
    sqlite3 *db;
    sqlite3_stmt *exact;    /* memory_exact's look-up, prepared at its first use */
};

/* "How many orders?" and "how many  orders" are the same question. */
static char *normal_form(const char *q)
{
    buf b;
    buf_init(&b);
    int space = 0;
    for (const char *p = q; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c >= 0x80) {
            if (space && b.len)
                buf_addc(&b, ' ');
            space = 0;
            buf_addc(&b, (char)tolower(c));
        } else {
            space = 1;
        }
    }
    return buf_take(&b);
}

memory *memory_open(const char *path, dbt_error *err)
{
    if (make_parent_dirs(path) < 0) {
        err_set(err, DBT_ERR_IO, "cannot create the folder of %s", path);
        return NULL;
    }
    memory *m = calloc(1, sizeof *m);
    if (!m) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    int rc = sqlite3_open_v2(path, &m->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(m->db, 2000);
        rc = sqlite3_exec(m->db,
                          "CREATE TABLE IF NOT EXISTS pairs(id INTEGER PRIMARY KEY, db TEXT NOT NULL, "
                          "question TEXT NOT NULL, norm TEXT NOT NULL, sql TEXT NOT NULL, "
                          "created INTEGER NOT NULL, UNIQUE(db, norm));"
                          "CREATE INDEX IF NOT EXISTS pairs_db ON pairs(db);", NULL, NULL, NULL);
    }
    if (rc != SQLITE_OK) {
        err_set(err, DBT_ERR_IO, "cannot open the memory file %s: %s", path,
                m->db ? sqlite3_errmsg(m->db) : sqlite3_errstr(rc));
        memory_close(m);
        return NULL;
    }
    chmod(path, 0600);
    return m;
}

void memory_close(memory *m)
{
    if (!m)
        return;
    sqlite3_finalize(m->exact);
    sqlite3_close(m->db);
    free(m);
}

int memory_add(memory *m, const char *db, const char *question, const char *sql, dbt_error *err)
{
    char *norm = normal_form(question);
    sqlite3_stmt *st = NULL;
    int rc = -1;
    if (norm && *norm &&
        sqlite3_prepare_v2(m->db, "INSERT OR REPLACE INTO pairs(db, question, norm, sql, created) "
                                  "VALUES(?1, ?2, ?3, ?4, ?5)", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, db, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, question, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, norm, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, sql, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 5, (sqlite3_int64)time(NULL));
        rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    }
    if (rc < 0)
        err_set(err, DBT_ERR_IO, "cannot remember the question: %s", sqlite3_errmsg(m->db));
    sqlite3_finalize(st);
    free(norm);
    return rc;
}

char *memory_exact(memory *m, const char *db, const char *question)
{
    char *norm = normal_form(question);
    sqlite3_stmt *st = m->exact;
    char *sql = NULL;
    /* asked before every question: prepared once, not each time */
    if (norm && !st &&
        sqlite3_prepare_v3(m->db, "SELECT sql FROM pairs WHERE db = ?1 AND norm = ?2", -1,
                           SQLITE_PREPARE_PERSISTENT, &m->exact, NULL) == SQLITE_OK)
        st = m->exact;
    if (norm && st) {
        sqlite3_bind_text(st, 1, db, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, norm, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            sql = xstrdup((const char *)sqlite3_column_text(st, 0));
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    free(norm);
    return sql;
}

static int pair_cmp(const void *a, const void *b)
{
    double x = ((const memory_pair *)a)->score, y = ((const memory_pair *)b)->score;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Append a copy of (question, sql, score) to a growing array; 0 or -1. */
static int push_pair(memory_pair **all, size_t *n, size_t *cap, const char *question,
                     const char *sql, double score)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        memory_pair *a = realloc(*all, c * sizeof *a);
        if (!a)
            return -1;
        *all = a;
        *cap = c;
    }
    (*all)[*n].question = xstrdup(question);
    (*all)[*n].sql = xstrdup(sql);
    (*all)[*n].score = score;
    (*n)++;
    return 0;
}

size_t memory_list(memory *m, const char *db, memory_pair **out)
{
    *out = NULL;
    sqlite3_stmt *st;
    size_t n = 0, cap = 0;
    if (sqlite3_prepare_v2(m->db, "SELECT question, sql FROM pairs WHERE db = ?1 ORDER BY created, id",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, db, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW)
        if (push_pair(out, &n, &cap, (const char *)sqlite3_column_text(st, 0),
                      (const char *)sqlite3_column_text(st, 1), 1.0) < 0)
            break;
    sqlite3_finalize(st);
    return n;
}

size_t memory_similar(memory *m, const char *db, const char *question, size_t k, memory_pair **out)
{
    *out = NULL;
    char **qt;
    size_t nq = retrieve_terms(question, &qt);
    sqlite3_stmt *st;
    memory_pair *all = NULL;
    size_t n = 0, cap = 0;
    if (nq && sqlite3_prepare_v2(m->db, "SELECT question, sql FROM pairs WHERE db = ?1 "
                                        "ORDER BY created DESC LIMIT 2000", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, db, -1, SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *q = (const char *)sqlite3_column_text(st, 0);
            char **pt;
            size_t np = retrieve_terms(q, &pt);
            size_t shared = 0;
            for (size_t i = 0; i < nq; i++)
                for (size_t j = 0; j < np; j++)
                    if (strcmp(qt[i], pt[j]) == 0) {
                        shared++;
                        break;
                    }
            retrieve_terms_free(pt, np);
            if (!shared)
                continue;
            double score = (double)shared / (double)(nq + np - shared);   /* Jaccard */
            if (push_pair(&all, &n, &cap, q, (const char *)sqlite3_column_text(st, 1), score) < 0)
                break;
        }
        sqlite3_finalize(st);
    }
    retrieve_terms_free(qt, nq);
    if (n > 1)
        qsort(all, n, sizeof *all, pair_cmp);
    if (n > k) {
        for (size_t i = k; i < n; i++) {
            free(all[i].question);
            free(all[i].sql);
        }
        n = k;
    }
    *out = all;
    return n;
}

void memory_pairs_free(memory_pair *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(p[i].question);
        free(p[i].sql);
    }
    free(p);
}

int memory_forget(memory *m, const char *db, const char *question)
{
    char *norm = normal_form(question);
    sqlite3_stmt *st;
    int n = -1;
    if (norm && sqlite3_prepare_v2(m->db, "DELETE FROM pairs WHERE db = ?1 AND norm = ?2",
                                   -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, db, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, norm, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_DONE)
            n = sqlite3_changes(m->db);
        sqlite3_finalize(st);
    }
    free(norm);
    return n;
}
