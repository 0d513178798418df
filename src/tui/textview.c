/* textview.c: a read-only text in an overlay (help.c draws the box; arrows
 * scroll it, any other key closes it). \prompt shows what would be sent to
 * the model this way; lines longer than the box wrap at its width. */
#include "tui.h"

#include <stdlib.h>
#include <string.h>

void textview_show(tui *t, const char *title, const char *text)
{
    free(t->text.title);
    free(t->text.body);
    t->text.title = xstrdup(title);
    t->text.body = xstrdup(text);
    t->overlay = OV_TEXT;
    t->ov_scroll = 0;
}

/* Split body into lines of at most width bytes, broken after a space where
 * one is in the second half, never inside a UTF-8 sequence, each starting with a space (overlay_lines shows lines
 * without one as headings). The caller frees each line and the array. */
static char **wrap(const char *body, int width, int *n)
{
    char **out = NULL;
    int cap = 0;
    *n = 0;
    for (const char *p = body; *p || *n == 0;) {
        size_t len = strcspn(p, "\n");
        size_t take = len < (size_t)width ? len : (size_t)width;
        size_t space = take;
        while (take < len && space > 0 && p[space] != ' ')
            space--;
        if (take < len && space > (size_t)width / 2)
            take = space + 1;                    /* break after a space when one is near */
        while (take < len && take > 0 && ((unsigned char)p[take] & 0xC0) == 0x80)
            take--;                              /* never split a character */
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            char **grown = realloc(out, (size_t)cap * sizeof *grown);
            if (!grown)
                break;
            out = grown;
        }
        char *l = malloc(take + 2);
        if (!l)
            break;
        l[0] = ' ';
        memcpy(l + 1, p, take);
        l[take + 1] = '\0';
        out[(*n)++] = l;
        p += take;
        if (take == len) {
            if (!*p)
                break;
            p++;                                 /* the newline */
        }
    }
    return out;
}

void textview_draw(tui *t)
{
    int width = (t->cols - 2 < 76 ? t->cols - 2 : 76) - 3;
    int n;
    char **out = wrap(t->text.body ? t->text.body : "", width > 10 ? width : 10, &n);
    overlay_lines(t, t->text.title, (const char *const *)out, n);
    for (int i = 0; i < n; i++)
        free(out[i]);
    free(out);
}

void textview_free(tui *t)
{
    free(t->text.title);
    free(t->text.body);
    t->text.title = t->text.body = NULL;
}
