/* test_catalog.c: reading a SQLite schema into the catalog: tables, views,
 * columns, keys, foreign keys, row counts, samples, inferred kinds. */
#include <stdlib.h>
#include <string.h>
#include "catalog.h"
#include "db/driver.h"
#include "sample.h"
#include "tap.h"
#include "testdb.h"

/* The comment sqlite_read_comments gave column name of t ("" if none). */
static const char *comment_of(const cat_table *t, const char *name)
{
    int c = catalog_find_column(t, name);
    return c >= 0 && t->cols[c].comment ? t->cols[c].comment : "";
}

/* Comments written in CREATE TABLE become column and table comments. */
static void test_create_table_comments(void)
{
    catalog cat = { 0 };
    cat_table *t = catalog_add_table(&cat, "students", 0);
    const char *names[] = { "id", "majorId", "status", "a", "b", "note", "grade", "loyalty tier", "last", "x" };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        catalog_add_column(t, names[i], "TEXT");
    sqlite_read_comments(t,
        "CREATE TABLE \"students (x)\" ( -- everyone who ever enrolled\n"
        "    id INTEGER PRIMARY KEY,\n"
        "    majorId INTEGER,       -- department of the declared major; NULL = undeclared\n"
        "    -- the enrolment status, a leading comment\n"
        "    status TEXT NOT NULL DEFAULT 'a,b -- c' CHECK (status IN ('active', 'x)')),  -- active, graduated\n"
        "    a INT, b INT, /* two on a line */\n"
        "    note TEXT DEFAULT (lower('--')),\n"
        "    grade TEXT\n"
        "        CHECK (grade IN ('A', 'B')), -- letter grade\n"
        "    [loyalty tier] TEXT /* silver, gold */,\n"
        "    PRIMARY KEY (id), -- not a column's\n"
        "    last TEXT -- the last one\n"
        ") -- after the table\n");
    is_str(t->comment ? t->comment : "", "everyone who ever enrolled", "comment on the opening line is the table's");
    is_str(comment_of(t, "id"), "", "no comment, none read");
    is_str(comment_of(t, "majorId"), "department of the declared major; NULL = undeclared", "trailing -- comment");
    is_str(comment_of(t, "status"), "active, graduated", "quotes and parentheses in DEFAULT and CHECK skipped; leading comment not taken");
    is_str(comment_of(t, "a"), "", "several on a line: the first has none");
    is_str(comment_of(t, "b"), "two on a line", "several on a line: the last takes the block comment");
    is_str(comment_of(t, "note"), "", "-- inside a string is no comment");
    is_str(comment_of(t, "grade"), "letter grade", "a definition over two lines");
    is_str(comment_of(t, "loyalty tier"), "silver, gold", "quoted name, block comment before the comma");
    is_str(comment_of(t, "last"), "the last one", "last definition, no comma");
    is_str(comment_of(t, "x"), "", "a table constraint's comment is no column's");
    catalog_free(&cat);
}

int main(void)
{
    test_create_table_comments();
    const char *path = testdb_create(TESTDB_SHOP);
    dbt_error err;
    driver *d = sqlite_driver_open(path, &err);
    ok(d != NULL, "driver opens the test database");
    catalog cat = { 0 };
    ok(d->ops->load_catalog(d, &cat, &err) == 0, "catalog loads");
    ok(sample_catalog(&cat, d, &err) == 0, "samples load");
    catalog_finish(&cat);
    is_int(cat.ntables, 4, "three tables and a view");
    int t = catalog_find_table(&cat, "SALES");
    ok(t >= 0, "lookup is case-insensitive");
    const cat_table *sales = &cat.tables[t];
    is_int(sales->rows, 5, "row count");
    is_int(sales->ncols, 5, "columns");
    int sid = catalog_find_column(sales, "store_id");
    ok(sid >= 0 && sales->cols[sid].ref_t == catalog_find_table(&cat, "stores"), "foreign key resolved");
    ok(sales->cols[sid].ref_c == 0, "foreign key points at the primary key");
    is_int(catalog_primary_key(sales), 0, "primary key found");
    int when = catalog_find_column(sales, "sold_on");
    is_int(sales->cols[when].kind, COL_DATE, "text holding dates is a date");
    is_int(sales->cols[catalog_find_column(sales, "amount")].kind, COL_REAL, "REAL is real");
    const cat_table *stores = &cat.tables[catalog_find_table(&cat, "stores")];
    is_int(stores->cols[catalog_find_column(stores, "opened")].kind, COL_DATE, "DATE type is a date");
    const cat_column *note = &sales->cols[catalog_find_column(sales, "note")];
    is_int(note->nsamples, 2, "two distinct non-NULL notes");
    ok(note->has_nulls, "NULLs noticed");
    ok(note->samples_complete, "small column fully sampled");
    const cat_table *regions = &cat.tables[catalog_find_table(&cat, "regions")];
    const cat_column *rname = &regions->cols[1];
    ok(rname->nsamples == 2 && (strcmp(rname->samples[0], "North") == 0 ||
                                strcmp(rname->samples[1], "North") == 0), "sample values kept");
    const cat_table *view = &cat.tables[catalog_find_table(&cat, "big_sales")];
    ok(view->is_view && view->ncols == 5, "view with its columns");
    is_int(catalog_kind_of_type("numeric(10,2)"), COL_REAL, "numeric is real");
    is_int(catalog_kind_of_type("timestamp with time zone"), COL_DATETIME, "timestamp");
    is_int(catalog_kind_of_type("VARCHAR(20)"), COL_TEXT, "varchar is text");
    is_int(catalog_kind_of_type("BIGINT"), COL_INT, "bigint is int");
    catalog_free(&cat);
    d->ops->close(d);
    unlink(path);
    return done_testing();
}
