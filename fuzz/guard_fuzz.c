/* guard_fuzz.c: libFuzzer target for stage 4, the read-only gate. Every
 * input is taken as SQL and passed to guard_check against a small SQLite
 * catalog (the unit tests' shop schema, built once in memory); nothing is
 * ever executed. A crash, a sanitizer report, a leak, a refusal without a
 * message, or an accepted SQL that SQLite reads as a write or as several
 * statements is a finding.
 *
 *   make fuzz [FUZZ_SECONDS=60]       (builds with clang, runs on fuzz/corpus/guard)
 */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "catalog.h"
#include "db/driver.h"
#include "guard.h"
#include "util.h"
#include "testdb.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* a shared-cache in-memory database: the creator's connection keeps it
 * alive while the driver opens the same URI read-only */
#define FUZZ_DB "file:databot-guard-fuzz?mode=memory&cache=shared"

static sqlite3 *keeper;
static driver *drv;
static catalog cat;

static void teardown(void)
{
    catalog_free(&cat);
    if (drv)
        drv->ops->close(drv);
    sqlite3_close(keeper);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char *msg = NULL;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(FUZZ_DB, &keeper, flags, NULL) != SQLITE_OK ||
        sqlite3_exec(keeper, TESTDB_SHOP, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "guard_fuzz: cannot build the test database: %s\n",
                msg ? msg : sqlite3_errmsg(keeper));
        exit(1);
    }
    dbt_error err;
    drv = sqlite_driver_open(FUZZ_DB, &err);
    if (!drv || drv->ops->load_catalog(drv, &cat, &err) < 0) {
        fprintf(stderr, "guard_fuzz: cannot open the test database: %s\n", err.message);
        exit(1);
    }
    catalog_finish(&cat);
    if (catalog_find_table(&cat, "sales") < 0) {
        fprintf(stderr, "guard_fuzz: the catalog lacks the table sales\n");
        exit(1);
    }
    atexit(teardown);
    return 0;
}

static void check_accepted(const char *sql)
{
    sqlite3_stmt *st = NULL, *next = NULL;
    const char *tail = NULL;
    if (sqlite3_prepare_v2(keeper, sql, -1, &st, &tail) != SQLITE_OK || !st)
        return;
    if (!sqlite3_stmt_readonly(st)) {
        fprintf(stderr, "guard_fuzz: accepted a statement that writes: %s\n", sql);
        abort();
    }
    sqlite3_finalize(st);
    if (tail && sqlite3_prepare_v2(keeper, tail, -1, &next, NULL) == SQLITE_OK && next) {
        fprintf(stderr, "guard_fuzz: accepted more than one statement: %s\n", sql);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *sql = malloc(size + 1);
    if (!sql)
        return 0;
    memcpy(sql, data, size);
    sql[size] = '\0';
    dbt_error err;
    memset(&err, 0, sizeof err);
    int rc = guard_check(sql, &cat, drv, &err);
    /* a refusal always says why */
    if (rc < 0 && err.message[0] == '\0') {
        fprintf(stderr, "guard_fuzz: refusal without a message\n");
        abort();
    }
    /* what the guard accepts, SQLite must read as exactly one read-only
     * statement (prepared on the keeper's connection, never stepped) */
    if (rc == 0)
        check_accepted(sql);
    /* the parse-only path (no driver, no catalog) must hold up as well */
    guard_check(sql, NULL, NULL, &err);
    free(sql);
    return 0;
}
