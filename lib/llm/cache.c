/* cache.c: answers from models kept in a SQLite file (the front end names
 * it: $XDG_CACHE_HOME/databot/llm-cache.sqlite), keyed by a hash of the
 * question, the schema's fingerprint, the model and the conversation's
 * previous SQL, so the same question on the same schema and model is
 * answered without a request. Only SQL that passed the guard is stored;
 * never a key. Entries older than the TTL are ignored; the week-old are
 * pruned at the first write of each opening. A write is one transaction;
 * the file is in WAL mode with synchronous=NORMAL, so a commit syncs
 * nothing (the WAL is synced at checkpoints; a crash may lose the last
 * answers written, never the file: a cache can afford that). The same
 * file keeps embedding vectors
 * (--embeddings) under a hash of the model, its server and the text, so an
 * unchanged schema is embedded once. */
#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "llm/llm.h"

struct llm_cache {
    sqlite3 *db;
    sqlite3_stmt *get, *put;   /* prepared at the first use */
    int pruned;                /* the old answers were pruned since the opening */
};

llm_cache *cache_open(const char *path, dbt_error *err)
{
    if (make_parent_dirs(path) < 0) {
        err_set(err, DBT_ERR_IO, "cannot create the folder of %s: %s", path, strerror(errno));
        return NULL;
    }
    llm_cache *c = calloc(1, sizeof *c);
    if (!c) {
        err_set(err, DBT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    int rc = sqlite3_open_v2(path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc == SQLITE_OK) {
        /* private before anything is written: the WAL files take its mode */
        chmod(path, 0600);
        sqlite3_busy_timeout(c->db, 2000);
        /* WAL where the file system allows it; else the rollback journal */
        sqlite3_exec(c->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
        rc = sqlite3_exec(c->db,
                          "PRAGMA synchronous = NORMAL;"
                          "CREATE TABLE IF NOT EXISTS answers(key TEXT PRIMARY KEY, sql TEXT NOT NULL, "
                          "created INTEGER NOT NULL);"
                          "CREATE TABLE IF NOT EXISTS vectors(key TEXT PRIMARY KEY, model TEXT NOT NULL, "
                          "dim INTEGER NOT NULL, vec BLOB NOT NULL, created INTEGER NOT NULL)",
                          NULL, NULL, NULL);
    }
    if (rc != SQLITE_OK) {
        err_set(err, DBT_ERR_IO, "cannot open the cache %s: %s", path,
                c->db ? sqlite3_errmsg(c->db) : sqlite3_errstr(rc));
        cache_close(c);
        return NULL;
    }
    return c;
}

void cache_close(llm_cache *c)
{
    if (!c)
        return;
    sqlite3_finalize(c->get);
    sqlite3_finalize(c->put);
    sqlite3_close(c->db);
    free(c);
}

char *cache_get(llm_cache *c, const char *key, long ttl_s, int64_t now_s)
{
    if (!c || (!c->get && sqlite3_prepare_v3(c->db, "SELECT sql FROM answers WHERE key = ?1 AND created > ?2",
                                             -1, SQLITE_PREPARE_PERSISTENT, &c->get, NULL) != SQLITE_OK))
        return NULL;
    sqlite3_bind_text(c->get, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(c->get, 2, now_s - ttl_s);
    char *sql = NULL;
    if (sqlite3_step(c->get) == SQLITE_ROW)
        sql = xstrdup((const char *)sqlite3_column_text(c->get, 0));
    sqlite3_reset(c->get);
    sqlite3_clear_bindings(c->get);
    return sql;
}

int cache_put(llm_cache *c, const char *key, const char *sql, int64_t now_s)
{
    if (!c || (!c->put && sqlite3_prepare_v3(c->db, "INSERT OR REPLACE INTO answers(key, sql, created) "
                                             "VALUES(?1, ?2, ?3)", -1, SQLITE_PREPARE_PERSISTENT, &c->put,
                                             NULL) != SQLITE_OK))
        return -1;
    /* one transaction: the answer, and once per opening the prune of what
     * a week-old TTL would never serve again */
    if (sqlite3_exec(c->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(c->put, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(c->put, 2, sql, -1, SQLITE_STATIC);
    sqlite3_bind_int64(c->put, 3, now_s);
    int rc = sqlite3_step(c->put) == SQLITE_DONE ? 0 : -1;
    sqlite3_reset(c->put);
    sqlite3_clear_bindings(c->put);
    sqlite3_stmt *st;
    if (rc == 0 && !c->pruned &&
        sqlite3_prepare_v2(c->db, "DELETE FROM answers WHERE created < ?1", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, now_s - 7 * 86400);
        sqlite3_step(st);
        sqlite3_finalize(st);
        c->pruned = 1;
    }
    if (sqlite3_exec(c->db, rc == 0 ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
        rc = -1;
    }
    return rc;
}

float *cache_get_vector(llm_cache *c, const char *key, size_t *dim)
{
    sqlite3_stmt *st;
    if (!c || sqlite3_prepare_v2(c->db, "SELECT dim, vec FROM vectors WHERE key = ?1", -1, &st,
                                 NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    float *v = NULL;
    if (sqlite3_step(st) == SQLITE_ROW) {
        sqlite3_int64 d = sqlite3_column_int64(st, 0);
        const void *blob = sqlite3_column_blob(st, 1);
        int bytes = sqlite3_column_bytes(st, 1);
        /* a damaged row is a miss, not a crash */
        if (blob && d > 0 && d <= EMBED_MAX_DIM && (size_t)bytes == (size_t)d * sizeof *v &&
            (v = malloc((size_t)bytes))) {
            memcpy(v, blob, (size_t)bytes);
            *dim = (size_t)d;
        }
    }
    sqlite3_finalize(st);
    return v;
}

int cache_put_vector(llm_cache *c, const char *key, const char *model, const float *v, size_t dim,
                     int64_t now_s)
{
    sqlite3_stmt *st;
    if (!c || sqlite3_prepare_v2(c->db, "INSERT OR REPLACE INTO vectors(key, model, dim, vec, created) "
                                 "VALUES(?1, ?2, ?3, ?4, ?5)", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, model, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)dim);
    sqlite3_bind_blob(st, 4, v, (int)(dim * sizeof *v), SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, now_s);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    sqlite3_finalize(st);
    return rc;
}

void cache_prune_vectors(llm_cache *c, int64_t now_s)
{
    sqlite3_stmt *st;
    /* a month-old vector is fetched again when next needed */
    if (c && sqlite3_prepare_v2(c->db, "DELETE FROM vectors WHERE created < ?1", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, now_s - 30 * 86400);
        sqlite3_step(st);
        sqlite3_finalize(st);
    }
}

void cache_key(char out[33], const char *const *parts, size_t n)
{
    uint64_t h1 = 0xcbf29ce484222325ull, h2 = 0x84222325cbf29ce4ull;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *p = (const unsigned char *)(parts[i] ? parts[i] : "\x01");
        for (; *p; p++) {
            h1 = (h1 ^ *p) * 0x100000001b3ull;
            h2 = (h2 ^ *p) * 0x100000001b3ull;
            h2 ^= h2 >> 29;
        }
        h1 = (h1 ^ 0x1f) * 0x100000001b3ull;   /* part separator */
        h2 = (h2 ^ 0x1f) * 0x100000001b3ull;
    }
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h1, (unsigned long long)h2);
}
