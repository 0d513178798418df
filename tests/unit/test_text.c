/* test_text.c: unit tests for lib/text.c: UTF-8 decoding and validation,
 * display widths, terminal sanitising and clipping. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tap.h"
#include "text.h"

/* Decode the whole of s; returns the code points in cps and -1s for
 * errors, the count as return value. */
static size_t decode_all(const char *s, size_t len, long *out, size_t max)
{
    size_t i = 0, n = 0;
    while (i < len && n < max) {
        uint32_t cp;
        int rc = text_utf8_decode(s, len, &i, &cp);
        out[n++] = rc < 0 ? -1 : (long)cp;
    }
    return n;
}

static void test_decode(void)
{
    long cps[16];
    size_t n = decode_all("a\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80", 10, cps, 16);
    ok(n == 4 && cps[0] == 'a' && cps[1] == 0xE9 && cps[2] == 0x4E2D && cps[3] == 0x1F600,
       "decodes 1-, 2-, 3- and 4-byte sequences");

    size_t i = 0;
    uint32_t cp;
    is_int(text_utf8_decode("\xc0\xaf", 2, &i, &cp), -1, "overlong 2-byte '/' rejected");
    is_int(i, 1, "error advances one byte");
    is_int(cp, 0xFFFD, "error gives U+FFFD");
    i = 0;
    is_int(text_utf8_decode("\xe0\x80\xaf", 3, &i, &cp), -1, "overlong 3-byte rejected");
    i = 0;
    is_int(text_utf8_decode("\xf0\x80\x80\xaf", 4, &i, &cp), -1, "overlong 4-byte rejected");
    i = 0;
    is_int(text_utf8_decode("\xed\xa0\x80", 3, &i, &cp), -1, "surrogate U+D800 rejected");
    i = 0;
    is_int(text_utf8_decode("\xed\xbf\xbf", 3, &i, &cp), -1, "surrogate U+DFFF rejected");
    i = 0;
    is_int(text_utf8_decode("\xf4\x90\x80\x80", 4, &i, &cp), -1, "above U+10FFFF rejected");
    i = 0;
    is_int(text_utf8_decode("\xf4\x8f\xbf\xbf", 4, &i, &cp), 0, "U+10FFFF accepted");
    is_int(cp, 0x10FFFF, "U+10FFFF value");
    i = 0;
    is_int(text_utf8_decode("\xe4\xb8", 2, &i, &cp), -1, "truncated 3-byte rejected");
    is_int(i, 1, "truncated sequence advances one byte");
    i = 0;
    is_int(text_utf8_decode("\xe4\xb8\xad", 2, &i, &cp), -1,
           "sequence cut by len (not by NUL) rejected");
    i = 0;
    is_int(text_utf8_decode("\x80", 1, &i, &cp), -1, "lone continuation byte rejected");
    i = 0;
    is_int(text_utf8_decode("\xff", 1, &i, &cp), -1, "0xFF rejected");
    i = 0;
    is_int(text_utf8_decode("\xc3(", 2, &i, &cp), -1, "bad continuation rejected");
    is_int(i, 1, "bad continuation: the next byte is decoded next");
    is_int(text_utf8_decode("\xc3(", 2, &i, &cp), 0, "then '(' decodes");
    is_int(cp, '(', "and is '('");
    i = 5;
    is_int(text_utf8_decode("ab", 2, &i, &cp), -1, "past the end is an error");
    is_int(i, 5, "and does not advance");
    i = 0;
    is_int(text_utf8_decode("\0x", 2, &i, &cp), 0, "NUL is a code point");
    is_int(cp, 0, "U+0000");

    n = decode_all("\xe4\xb8x", 3, cps, 16);
    ok(n == 3 && cps[0] == -1 && cps[1] == -1 && cps[2] == 'x', "resynchronises after an error");

    ok(text_valid_utf8("", 0), "empty is valid");
    ok(text_valid_utf8("caf\xc3\xa9 \xe4\xb8\xad\xf0\x9f\x98\x80", 13), "mixed text is valid");
    ok(!text_valid_utf8("caf\xe9", 4), "Latin-1 byte is invalid");
    ok(!text_valid_utf8("\xed\xa0\x80", 3), "surrogate is invalid");
    ok(!text_valid_utf8("\xc0\x80", 2), "overlong NUL is invalid");
    ok(!text_valid_utf8("ab\xf0\x9f\x98", 5), "truncated at the end is invalid");
}

static void test_width(void)
{
    is_int(text_cp_width('a'), 1, "ASCII letter: 1");
    is_int(text_cp_width(' '), 1, "space: 1");
    is_int(text_cp_width('\n'), -1, "LF: control");
    is_int(text_cp_width(0x1B), -1, "ESC: control");
    is_int(text_cp_width(0x7F), -1, "DEL: control");
    is_int(text_cp_width(0x9B), -1, "C1 CSI: control");
    is_int(text_cp_width(0xE9), 1, "é precomposed: 1");
    is_int(text_cp_width(0x0301), 0, "combining acute: 0");
    is_int(text_cp_width(0x200B), 0, "zero width space: 0");
    is_int(text_cp_width(0x200D), 0, "ZWJ: 0");
    is_int(text_cp_width(0xFE0F), 0, "variation selector: 0");
    is_int(text_cp_width(0x00AD), 1, "soft hyphen: 1");
    is_int(text_cp_width(0x4E2D), 2, "中: 2");
    is_int(text_cp_width(0xAC00), 2, "Hangul syllable: 2");
    is_int(text_cp_width(0x1100), 2, "Hangul choseong: 2");
    is_int(text_cp_width(0x1160), 0, "Hangul jungseong: 0");
    is_int(text_cp_width(0xFF21), 2, "fullwidth A: 2");
    is_int(text_cp_width(0xFF61), 1, "halfwidth katakana: 1");
    is_int(text_cp_width(0x3000), 2, "ideographic space: 2");
    is_int(text_cp_width(0x1F600), 2, "emoji 😀: 2");
    is_int(text_cp_width(0x1F64F), 2, "emoji 🙏: 2");
    is_int(text_cp_width(0x1F914), 2, "emoji 🤔: 2");
    is_int(text_cp_width(0x20000), 2, "CJK extension B: 2");
    is_int(text_cp_width(0x2FFFD), 2, "plane 2 end: 2");
    is_int(text_cp_width(0x2500), 1, "box drawing: 1");
    is_int(text_cp_width(0x2026), 1, "ellipsis: 1");
    is_int(text_cp_width(0x0410), 1, "Cyrillic: 1");
    is_int(text_cp_width(0xE0001), 0, "language tag: 0");
    is_int(text_cp_width(0x10FFFF), 1, "last code point: 1");

    is_int(text_width(""), 0, "width of \"\"");
    is_int(text_width("hello"), 5, "width of ASCII");
    is_int(text_width("caf\xc3\xa9"), 4, "café precomposed: 4");
    is_int(text_width("cafe\xcc\x81"), 4, "café with a combining accent: 4");
    is_int(text_width("\xe4\xb8\xad\xe6\x96\x87"), 4, "中文: 4");
    is_int(text_width("a\xf0\x9f\x98\x80" "b"), 4, "a😀b: 4");
    is_int(text_width("\xf0\x9f\x91\x8d\xef\xb8\x8f"), 2, "emoji + VS16: 2");
    is_int(text_width("ab\xff"), 3, "a stray invalid byte counts one column");
}

static char *sanitize(const char *s, size_t len, int utf8)
{
    buf b;
    buf_init(&b);
    text_sanitize(s, len, utf8, &b);
    return buf_take(&b);
}

#define SAN(s, utf8) sanitize((s), sizeof(s) - 1, (utf8))

static void check_sanitize(const char *in, size_t len, int utf8, const char *want,
                           const char *name)
{
    char *got = sanitize(in, len, utf8);
    is_str(got, want, name);
    free(got);
}

#define CHECK_SAN(s, utf8, want, name) check_sanitize((s), sizeof(s) - 1, (utf8), (want), (name))

static void test_sanitize(void)
{
    CHECK_SAN("plain text", 1, "plain text", "plain ASCII unchanged");
    CHECK_SAN("\x1b[31mred\x1b[0m", 1, "\\e[31mred\\e[0m", "ESC sequence neutralised");
    CHECK_SAN("a\nb\tc\rd", 1, "a\\nb\\tc\\rd", "newline, tab, CR escaped");
    CHECK_SAN("\x01\x7f\x00z", 1, "\\x01\\x7f\\x00z", "other C0, DEL and NUL as \\xNN");
    CHECK_SAN("\xc2\x9b" "2J", 1, "\\x9b2J", "C1 CSI (U+009B) escaped");
    CHECK_SAN("\x9b" "2J", 1, "\\x9b2J", "raw 0x9B byte (invalid UTF-8) escaped");
    CHECK_SAN("caf\xe9!", 1, "caf\\xe9!", "invalid byte as \\xNN");
    CHECK_SAN("\xed\xa0\x80", 1, "\\xed\\xa0\\x80", "surrogate bytes as \\xNN each");
    CHECK_SAN("abc\xe2\x80\xae" "cba", 1, "abc\\u{202E}cba", "RLO bidi override neutralised");
    CHECK_SAN("\xe2\x81\xa6x\xe2\x81\xa9", 1, "\\u{2066}x\\u{2069}", "bidi isolates neutralised");
    CHECK_SAN("a\xe2\x80\xa8" "b", 1, "a\\u{2028}b", "line separator neutralised");
    CHECK_SAN("C:\\dir\\n", 1, "C:\\dir\\n", "backslash kept as is");
    CHECK_SAN("caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80", 1,
              "caf\xc3\xa9 \xe4\xb8\xad \xf0\x9f\x98\x80", "valid UTF-8 kept on a UTF-8 terminal");
    CHECK_SAN("caf\xc3\xa9 \xe4\xb8\xad!", 0, "caf? ?" "?!", "ASCII terminal: ? per column");
    CHECK_SAN("cafe\xcc\x81", 0, "cafe", "ASCII terminal: combining mark dropped");
    CHECK_SAN("\xe2\x80\xae\x1b", 0, "\\u{202E}\\e", "ASCII terminal: escapes still apply");
    CHECK_SAN("", 1, "", "empty stays empty");

    char *s = SAN("x\x1b]0;title\x07y", 1);
    ok(s && !strchr(s, 0x1b) && !strchr(s, 0x07), "OSC title sequence has no control left");
    is_int(text_width(s), strlen(s), "sanitised ASCII width is its length");
    free(s);

    /* whatever goes in, nothing below 0x20 or DEL comes out */
    char all[256];
    for (int k = 0; k < 256; k++)
        all[k] = (char)k;
    s = sanitize(all, sizeof all, 1);
    int clean = s != NULL;
    for (size_t k = 0; s && s[k]; k++)
        if ((unsigned char)s[k] < 0x20 || (unsigned char)s[k] == 0x7f)
            clean = 0;
    ok(clean, "all 256 bytes: no control character survives");
    ok(s && text_valid_utf8(s, strlen(s)), "all 256 bytes: output is valid UTF-8");
    free(s);
    s = sanitize(all, sizeof all, 0);
    clean = s != NULL;
    for (size_t k = 0; s && s[k]; k++)
        if ((unsigned char)s[k] < 0x20 || (unsigned char)s[k] >= 0x7f)
            clean = 0;
    ok(clean, "all 256 bytes, ASCII terminal: printable ASCII only");
    free(s);
}

static void check_fit(const char *in, size_t width, int utf8, const char *want,
                      const char *name)
{
    buf b;
    buf_init(&b);
    text_fit(in, width, utf8, &b);
    is_str(buf_str(&b), want, name);
    ok(text_width(buf_str(&b)) <= width, "  ... and fits");
    buf_free(&b);
}

static void test_fit(void)
{
    check_fit("hello", 5, 1, "hello", "fits exactly: unchanged");
    check_fit("hello", 10, 1, "hello", "narrower: unchanged");
    check_fit("hello world", 8, 1, "hello w\xe2\x80\xa6", "clipped with …");
    check_fit("hello world", 8, 0, "hello w~", "clipped with ~ on ASCII");
    check_fit("hello", 1, 1, "\xe2\x80\xa6", "width 1: only the ellipsis");
    check_fit("hello", 0, 1, "", "width 0: nothing");
    /* 中文字 is 6 columns: at width 5 there is room for 4 columns before …,
     * i.e. two wide characters */
    check_fit("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", 5, 1,
              "\xe4\xb8\xad\xe6\x96\x87\xe2\x80\xa6", "wide chars: two fit before …");
    /* at width 4 there are 3 columns: one wide char, never half of one */
    check_fit("\xe4\xb8\xad\xe6\x96\x87\xe5\xad\x97", 4, 1, "\xe4\xb8\xad\xe2\x80\xa6",
              "wide char never split (result narrower than width)");
    check_fit("a\xe4\xb8\xad" "bcdef", 4, 1, "a\xe4\xb8\xad\xe2\x80\xa6",
              "mixed narrow and wide");
    check_fit("cafe\xcc\x81s and more", 5, 1, "cafe\xcc\x81\xe2\x80\xa6" "",
              "combining mark stays with its base");
    check_fit("\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 4, 1,
              "\xf0\x9f\x98\x80\xe2\x80\xa6", "emoji clipped whole");
}

int main(void)
{
    test_decode();
    test_width();
    test_sanitize();
    test_fit();
    return done_testing();
}
