/* testdb.h: unit-test helper that writes a real SQLite database file from
 * a SQL script (with sqlite3 directly, read-write) for the read-only code
 * under test to open. */
#ifndef DBT_TESTDB_H
#define DBT_TESTDB_H

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Create a database file in a fresh temp name; returns the path (static
 * buffer per call site is fine for tests) or exits on failure. */
__attribute__((unused)) static char *testdb_create(const char *script)
{
    static char paths[8][64];
    static int next;
    char *path = paths[next++ % 8];
    snprintf(path, 64, "/tmp/databot-unit-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) {
        perror("mkstemp");
        exit(99);
    }
    close(fd);
    unlink(path);
    sqlite3 *db;
    char *msg = NULL;
    if (sqlite3_open(path, &db) != SQLITE_OK || sqlite3_exec(db, script, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "testdb: %s\n", msg ? msg : sqlite3_errmsg(db));
        exit(99);
    }
    sqlite3_close(db);
    return path;
}

/* The whole file's bytes, to prove it is unchanged; caller frees. */
__attribute__((unused)) static char *testdb_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return p;
}

static const char *const TESTDB_SHOP =
    "CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE stores (id INTEGER PRIMARY KEY, name TEXT, region_id INTEGER REFERENCES regions(id),"
    "  opened DATE);"
    "CREATE TABLE sales (id INTEGER PRIMARY KEY, store_id INTEGER REFERENCES stores(id),"
    "  sold_on TEXT, amount REAL, note TEXT);"
    "CREATE VIEW big_sales AS SELECT * FROM sales WHERE amount > 100;"
    "INSERT INTO regions VALUES (1,'North'),(2,'South');"
    "INSERT INTO stores VALUES (1,'Alpha',1,'2020-01-05'),(2,'Beta',2,'2021-03-01'),(3,'Gamma',2,'2022-07-09');"
    "INSERT INTO sales VALUES (1,1,'2023-01-10',50.5,NULL),(2,1,'2023-02-11',150,'big'),"
    "  (3,2,'2023-02-12',20,NULL),(4,3,'2024-05-01',300.25,'x'),(5,2,'2024-06-01',75,NULL);";

#endif
