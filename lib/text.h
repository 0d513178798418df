/* text.h: UTF-8 decoding, terminal display widths and terminal-safe text.
 * Everything here is independent of the process locale (no setlocale,
 * no wcwidth): widths come from built-in Unicode 14 tables, so the
 * library computes the same layout whatever the caller's locale.
 * Internal to libdatabot; the front ends use it to draw tables. */
#ifndef DBT_TEXT_H
#define DBT_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* Decode one code point of s[0..len) at *i and advance *i past it.
 * Returns 0, or -1 on an invalid, overlong, surrogate, out-of-range or
 * truncated sequence; then *cp is U+FFFD and *i advances by one byte
 * (by none when *i >= len). */
int text_utf8_decode(const char *s, size_t len, size_t *i, uint32_t *cp);

/* 1 when s[0..len) is entirely valid UTF-8, else 0. */
int text_valid_utf8(const char *s, size_t len);

/* Terminal columns of one code point: -1 for control characters (C0, DEL,
 * C1), 0 for combining and invisible format characters, 2 for East Asian
 * Wide and Fullwidth, 1 otherwise. */
int text_cp_width(uint32_t cp);

/* Append s[0..len) to out made safe for a terminal:
 *   - C0 controls, DEL and C1 become escapes: \n \t \r \e (ESC), \xNN;
 *   - bytes that are not valid UTF-8 become \xNN;
 *   - bidi embeddings/overrides/isolates (U+202A-202E, U+2066-2069) and
 *     line/paragraph separators (U+2028-2029) become \u{XXXX};
 *   - when utf8_ok is 0 (ASCII terminal), every other non-ASCII code point
 *     becomes '?' per column it would take ("??" for wide ones; zero-width
 *     ones are dropped), so widths stay predictable.
 * Backslash is kept as is. The result never holds a control character. */
void text_sanitize(const char *s, size_t len, int utf8_ok, buf *out);

/* Display width in columns of a NUL-terminated, already sanitised string
 * (a stray invalid byte counts as one column, a control as none). */
size_t text_width(const char *s);

/* Append s (sanitised) to out clipped to at most width columns: when it
 * does not fit, as many whole characters as fit in width-1 columns
 * followed by "…" (or "~" when utf8_ok is 0). Never splits a code point
 * or a wide character; combining marks stay with their base. The result
 * may be one column narrower than width when a wide character did not
 * fit; the caller pads. */
void text_fit(const char *s, size_t width, int utf8_ok, buf *out);

#endif
