/* test_semantic.c: the semantic file's loader (errors with their JSON
 * path), its check against a hand-built catalog (hidden columns leave it,
 * measures find their columns), the hidden-column SQL check, examples, the
 * starter file and discovery beside a SQLite file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cjson/cJSON.h>
#include "catalog.h"
#include "semantic.h"
#include "util.h"
#include "tap.h"

static void build(catalog *cat)
{
    memset(cat, 0, sizeof *cat);
    cat_table *t = catalog_add_table(cat, "customers", 0);
    catalog_add_column(t, "id", "INTEGER")->pk = 1;
    catalog_add_column(t, "name", "TEXT");
    catalog_add_column(t, "email", "TEXT");
    catalog_add_column(t, "country", "TEXT");
    catalog_add_column(t, "signup_date", "DATE");
    t = catalog_add_table(cat, "orders", 0);
    catalog_add_column(t, "id", "INTEGER")->pk = 1;
    cat_column *c = catalog_add_column(t, "customer_id", "INTEGER");
    c->ref_table = xstrdup("customers");
    catalog_add_column(t, "amount", "REAL");
    catalog_add_column(t, "created_at", "DATE");
    catalog_add_column(t, "shipped_at", "DATE");
    catalog_finish(cat);
}

/* parse text; on error, does the message contain want? */
static int fails_with(const char *json, const char *want)
{
    dbt_error err;
    semantic *s = semantic_parse(json, "t.json", &err);
    if (s) {
        semantic_free(s);
        return 0;
    }
    if (!strstr(err.message, want))
        fprintf(stderr, "# message: %s\n", err.message);
    return strstr(err.message, want) != NULL;
}

static int apply_fails_with(const char *json, const char *want)
{
    dbt_error err;
    catalog cat;
    build(&cat);
    semantic *s = semantic_parse(json, "t.json", &err);
    int rc = s && semantic_apply(s, &cat, &err) < 0 && strstr(err.message, want);
    if (s && !rc)
        fprintf(stderr, "# message: %s\n", err.message);
    semantic_free(s);
    catalog_free(&cat);
    return rc;
}

static const char *const GOOD =
    "{\"tables\": {\"customers\": {\"description\": \"buyers\", \"synonyms\": [\"clients\"],"
    " \"time_column\": \"signup_date\", \"columns\": {\"country\": {\"synonyms\": \"nation\"},"
    " \"email\": {\"hidden\": true}, \"name\": \"full name\"}},"
    " \"orders\": {\"time_column\": \"created_at\"}},"
    " \"measures\": {\"revenue\": {\"sql\": \"SUM(orders.amount)\", \"synonyms\": [\"sales\"]},"
    "  \"lead time\": \"julianday(orders.shipped_at) - julianday(created_at)\"},"
    " \"examples\": [{\"question\": \"Who buys most?\", \"sql\": \"SELECT 1\"}]}";

int main(void)
{
    /* --- parsing errors name the JSON path --- */
    ok(fails_with("{", "not valid JSON"), "bad JSON is reported");
    ok(fails_with("[]", "(top)"), "top level must be an object");
    ok(fails_with("{\"tables\": []}", "tables: expected an object"), "tables must be an object");
    ok(fails_with("{\"tables\": {\"t\": {\"columns\": {\"c\": {\"hidden\": \"yes\"}}}}}",
                  "tables.t.columns.c.hidden: expected true or false"), "hidden must be a boolean");
    ok(fails_with("{\"tables\": {\"t\": {\"synonyms\": [1]}}}", "tables.t.synonyms[0]"),
       "synonyms must be strings");
    ok(fails_with("{\"tables\": {\"t\": {\"colums\": {}}}}", "tables.t.colums: unknown key"),
       "a misspelt key is named");
    ok(fails_with("{\"measures\": {\"m\": {\"description\": \"x\"}}}", "measures.m.sql"),
       "a measure needs SQL");
    ok(fails_with("{\"measures\": {\"m\": \"SUM(a.b); DROP TABLE a\"}}", "without ';'"),
       "a measure is one expression");
    ok(fails_with("{\"examples\": [{\"question\": \"q\"}]}", "examples[0]"),
       "an example needs its SQL");
    ok(fails_with("{\"frobnicate\": 1}", "(top).frobnicate: unknown key"), "unknown top-level key");

    /* --- checking against the catalog --- */
    ok(apply_fails_with("{\"tables\": {\"clients\": {}}}", "tables.clients: no such table"),
       "unknown table");
    ok(apply_fails_with("{\"tables\": {\"customers\": {\"columns\": {\"emial\": {}}}}}",
                        "tables.customers.columns.emial: no such column"), "unknown column");
    ok(apply_fails_with("{\"tables\": {\"orders\": {\"time_column\": \"when\"}}}",
                        "tables.orders.time_column"), "unknown time column");
    ok(apply_fails_with("{\"measures\": {\"m\": \"SUM(orders.amout)\"}}",
                        "measures.m.sql: no column 'amout' in orders"), "measure with a bad column");
    ok(apply_fails_with("{\"measures\": {\"m\": \"SUM(amount)\"}}", "measures.m: name its table"),
       "measure without a table");
    ok(apply_fails_with("{\"tables\": {\"customers\": {\"columns\": {\"email\": {\"hidden\": true}}}},"
                        " \"measures\": {\"m\": \"COUNT(DISTINCT customers.email)\"}}",
                        "hidden column 'email'"), "a measure may not read a hidden column");

    dbt_error err;
    catalog cat;
    build(&cat);
    semantic *s = semantic_parse(GOOD, "good.json", &err);
    ok(s != NULL, "a good file parses");
    ok(s && semantic_apply(s, &cat, &err) == 0, "and checks against the catalog");
    cat.sem = s;
    const cat_table *cu = &cat.tables[catalog_find_table(&cat, "customers")];
    ok(catalog_find_column(cu, "email") < 0, "a hidden column leaves the catalog");
    is_int((int)cu->ncols, 4, "the other columns stay");
    ok(cu->comment && strcmp(cu->comment, "buyers") == 0, "a table description becomes its comment");
    const sem_table *st = semantic_table(s, catalog_find_table(&cat, "customers"));
    ok(st && st->time_c == catalog_find_column(cu, "signup_date"), "the time column is resolved");
    ok(st && st->ncols == 3 && st->cols[0].nsyn == 1 && !strcmp(st->cols[0].synonyms[0], "nation"),
       "a single synonym string is accepted");
    ok(semantic_is_hidden(s, "customers", "email") && !semantic_is_hidden(s, "customers", "name"),
       "semantic_is_hidden");
    is_int((int)s->nmeasures, 2, "two measures");
    ok(s->measures[0].aggregate && s->measures[0].t == catalog_find_table(&cat, "orders"),
       "SUM(...) aggregates; its table is orders");
    ok(!s->measures[1].aggregate && s->measures[1].nrefs == 1, "a per-row measure");

    /* --- the guard's hook --- */
    ok(semantic_check_sql(s, &cat, "SELECT email FROM customers", &err) < 0 &&
       strstr(err.message, "customers.email is hidden"), "naming a hidden column is refused");
    ok(semantic_check_sql(s, &cat, "SELECT c.email FROM customers c", &err) < 0, "qualified too");
    ok(semantic_check_sql(s, &cat, "SELECT * FROM customers", &err) < 0 &&
       strstr(err.message, "name the columns"), "* on a table with hidden columns is refused");
    ok(semantic_check_sql(s, &cat, "SELECT c.* FROM customers c", &err) < 0, "alias.* too");
    ok(semantic_check_sql(s, &cat, "SELECT COUNT(*), 2 * 3 FROM customers", &err) == 0,
       "COUNT(*) and multiplication pass");
    ok(semantic_check_sql(s, &cat, "SELECT * FROM orders", &err) == 0, "* elsewhere passes");
    ok(semantic_check_sql(s, &cat, "SELECT name FROM customers WHERE name = 'email'", &err) == 0,
       "the word in a string literal passes");

    /* --- examples --- */
    ok(semantic_example(s, "who buys most") != NULL, "an example matches case and punctuation aside");
    ok(semantic_example(s, "who buys least") == NULL, "another question does not");

    /* --- the starter file parses and loads --- */
    catalog full;
    build(&full);
    char *json = semantic_starter(&full);
    ok(json != NULL, "a starter file");
    cJSON *j = json ? cJSON_Parse(json) : NULL;
    ok(j != NULL, "the starter file is JSON");
    const cJSON *h = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(
        cJSON_GetObjectItem(cJSON_GetObjectItem(j, "tables"), "customers"), "columns"), "email"),
        "hidden");
    ok(cJSON_IsTrue(h), "email starts hidden");
    cJSON_Delete(j);
    semantic *s2 = json ? semantic_parse(json, "starter", &err) : NULL;
    ok(s2 && semantic_apply(s2, &full, &err) == 0, "the starter file loads back");
    semantic_free(s2);
    free(json);
    catalog_free(&full);

    /* --- discovery --- */
    char dir[] = "/tmp/dbt-semXXXXXX";
    ok(mkdtemp(dir) != NULL, "a temporary directory");
    char db[128], side[128];
    snprintf(db, sizeof db, "%s/shop.sqlite", dir);
    snprintf(side, sizeof side, "%s/shop.databot.json", dir);
    char *none = semantic_discover(db);
    ok(none == NULL, "no file, nothing found");
    free(none);
    FILE *f = fopen(side, "w");
    if (f) {
        fputs("{}", f);
        fclose(f);
    }
    char *found = semantic_discover(db);
    ok(found && strcmp(found, side) == 0, "DATABASE.databot.json beside the file is found");
    free(found);
    unlink(side);
    rmdir(dir);
    semantic *s3 = semantic_load("/nonexistent/x.json", &err);
    ok(!s3 && strstr(err.message, "cannot read the semantic file"), "a missing file is reported");

    semantic_free(s);
    catalog_free(&cat);
    return done_testing();
}
