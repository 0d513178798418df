/* test_util.c: unit tests for lib/util.c: the growable buffer, error
 * filling and the string helpers. */
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "util.h"

static void test_buf(void)
{
    buf b;
    buf_init(&b);
    is_str(buf_str(&b), "", "empty buffer reads as \"\"");
    is_int(b.len, 0, "empty buffer has length 0");

    buf_add(&b, "abc");
    buf_addc(&b, 'd');
    buf_addn(&b, "efgh", 2);
    is_str(buf_str(&b), "abcdef", "add, addc, addn append");
    is_int(b.len, 6, "length follows appends");

    buf_addn(&b, "x\0y", 3);
    is_int(b.len, 9, "addn keeps embedded NUL bytes");
    ok(memcmp(b.p + 6, "x\0y", 3) == 0 && b.p[9] == '\0', "bytes copied, still NUL-terminated");

    buf_reset(&b);
    is_int(b.len, 0, "reset empties");
    is_str(buf_str(&b), "", "reset buffer reads as \"\"");
    size_t cap = b.cap;
    ok(cap > 0, "reset keeps memory");

    /* growth well past the first allocation */
    for (int i = 0; i < 10000; i++)
        buf_addc(&b, (char)('a' + i % 26));
    is_int(b.len, 10000, "10000 appends");
    ok(b.cap > 10000 && !b.oom, "capacity grew, no oom");
    ok(b.p[0] == 'a' && b.p[25] == 'z' && b.p[26] == 'a' && b.p[9999] == 'a' + 9999 % 26,
       "contents intact after growth");
    ok(strlen(b.p) == 10000, "NUL-terminated after growth");

    buf_reset(&b);
    buf_printf(&b, "%d-%s-%.1f", 42, "x", 1.5);
    buf_printf(&b, "|%05d", 7);
    is_str(buf_str(&b), "42-x-1.5|00007", "printf formats and appends");

    char big[3000];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    buf_reset(&b);
    buf_printf(&b, "<%s>", big);
    is_int(b.len, 3001, "printf longer than the capacity grows");
    ok(b.p[0] == '<' && b.p[3000] == '>' && b.p[3001] == '\0', "long printf intact");

    char *s = buf_take(&b);
    ok(s && strlen(s) == 3001, "take returns the contents");
    ok(b.p == NULL && b.len == 0 && b.cap == 0, "take leaves the buffer empty");
    free(s);

    s = buf_take(&b);
    is_str(s, "", "take of an empty buffer gives \"\" (not NULL)");
    free(s);

    b.oom = 1;
    buf_add(&b, "ignored");
    is_int(b.len, 0, "appends are ignored after oom");
    s = buf_take(&b);
    ok(s == NULL, "take after oom gives NULL");
    ok(!b.oom && b.p == NULL, "take after oom resets the buffer");
    buf_free(&b);
    buf_free(&b);   /* freeing twice is harmless */
    ok(b.p == NULL, "free leaves an empty buffer");
}

static void test_err(void)
{
    dbt_error e;
    e.code = DBT_OK;
    int rc = err_set(&e, DBT_ERR_DB, "table %s has %d rows", "t", 3);
    is_int(rc, -1, "err_set returns -1");
    is_int(e.code, DBT_ERR_DB, "err_set sets the code");
    is_str(e.message, "table t has 3 rows", "err_set formats the message");

    is_int(err_set(NULL, DBT_ERR_IO, "x"), -1, "err_set accepts NULL");

    char longmsg[2000];
    memset(longmsg, 'm', sizeof longmsg - 1);
    longmsg[sizeof longmsg - 1] = '\0';
    err_set(&e, DBT_ERR_INPUT, "%s", longmsg);
    is_int(strlen(e.message), sizeof e.message - 1, "a long message is truncated to fit");

    err_clear(&e);
    is_int(e.code, DBT_OK, "err_clear resets the code");
    is_str(e.message, "", "err_clear empties the message");
    err_clear(NULL);
    ok(1, "err_clear accepts NULL");
}

static void test_strings(void)
{
    char *s = xstrdup("hello");
    is_str(s, "hello", "xstrdup copies");
    free(s);
    ok(xstrdup(NULL) == NULL, "xstrdup(NULL) is NULL");

    s = xstrndup("hello world", 5);
    is_str(s, "hello", "xstrndup copies n bytes and terminates");
    free(s);
    s = xstrndup("ab", 0);
    is_str(s, "", "xstrndup of 0 bytes is \"\"");
    free(s);
    s = xstrndup("a\0b", 3);
    ok(s && s[0] == 'a' && s[1] == '\0' && s[2] == 'b' && s[3] == '\0',
       "xstrndup copies past an embedded NUL");
    free(s);
    ok(xstrndup(NULL, 3) == NULL, "xstrndup(NULL) is NULL");

    ok(str_ieq("Select", "sElEcT"), "str_ieq ignores ASCII case");
    ok(str_ieq("", ""), "str_ieq on empty strings");
    ok(!str_ieq("abc", "abcd"), "str_ieq: a prefix is not equal");
    ok(!str_ieq("abcd", "abc"), "str_ieq: longer is not equal");
    ok(!str_ieq("abc", "abd"), "str_ieq: different letters");
    ok(!str_ieq("\xc3\x89", "\xc3\xa9"), "str_ieq folds ASCII only (É is not é)");
}

int main(void)
{
    test_buf();
    test_err();
    test_strings();
    return done_testing();
}
