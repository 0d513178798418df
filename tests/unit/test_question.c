/* test_question.c: stage 1, cleaning question text. */
#include <stdlib.h>
#include <string.h>
#include "question.h"
#include "tap.h"

static void clean_is(const char *in, const char *want, const char *name)
{
    char *out = NULL;
    dbt_error err;
    int rc = question_clean(in, &out, &err);
    is_str(rc == 0 ? out : err.message, want, name);
    free(out);
}

static void fails(const char *in, dbt_code code, const char *name)
{
    char *out = NULL;
    dbt_error err;
    int rc = question_clean(in, &out, &err);
    ok(rc < 0 && out == NULL && err.code == code, name);
}

int main(void)
{
    clean_is("how many orders", "how many orders", "plain text is kept");
    clean_is("  how   many\torders \n", "how many orders", "whitespace collapses and trims");
    clean_is("sales in \x1b[31mGermany", "sales in [31mGermany", "escape character removed");
    clean_is("caf\xc3\xa9 sales", "caf\xc3\xa9 sales", "valid UTF-8 kept");
    clean_is("bad \xff\xfe bytes", "bad bytes", "invalid UTF-8 becomes a space");
    clean_is("a\xe2\x80\xae" "b", "a b", "bidi override removed");
    clean_is("\xc2\x85next line", "next line", "C1 control removed");
    fails("", DBT_ERR_INPUT, "empty question refused");
    fails("   \t\n", DBT_ERR_INPUT, "blank question refused");
    fails("\x01\x02\x7f", DBT_ERR_INPUT, "only controls refused");
    fails(NULL, DBT_ERR_INPUT, "NULL refused");
    char *big = malloc(QUESTION_MAX_BYTES + 2);
    memset(big, 'a', QUESTION_MAX_BYTES + 1);
    big[QUESTION_MAX_BYTES + 1] = '\0';
    fails(big, DBT_ERR_INPUT, "too long refused");
    big[QUESTION_MAX_BYTES] = '\0';
    char *out = NULL;
    ok(question_clean(big, &out, NULL) == 0 && strlen(out) == QUESTION_MAX_BYTES,
       "exactly the limit is accepted");
    free(out);
    free(big);
    return done_testing();
}
