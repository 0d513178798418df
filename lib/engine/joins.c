/* joins.c: breadth-first search over foreign keys, both directions. */
#include "joins.h"

#include <stdlib.h>

void joins_bfs(const catalog *cat, int src, jedge *parent, int *depth)
{
    size_t n = cat->ntables;
    for (size_t i = 0; i < n; i++)
        depth[i] = -1;
    if (src < 0 || (size_t)src >= n)
        return;
    int *queue = malloc(n * sizeof *queue);
    if (!queue)
        return;
    size_t head = 0, tail = 0;
    queue[tail++] = src;
    depth[src] = 0;
    while (head < tail) {
        int a = queue[head++];
        const cat_table *ta = &cat->tables[a];
        /* a references b */
        for (size_t c = 0; c < ta->ncols; c++) {
            const cat_column *col = &ta->cols[c];
            int b = col->ref_t;
            if (b < 0 || col->ref_c < 0 || depth[b] >= 0)
                continue;
            depth[b] = depth[a] + 1;
            parent[b] = (jedge){a, (int)c, b, col->ref_c, 0};
            queue[tail++] = b;
        }
        /* b references a */
        for (size_t b = 0; b < n; b++) {
            if (depth[b] >= 0)
                continue;
            const cat_table *tb = &cat->tables[b];
            for (size_t c = 0; c < tb->ncols; c++) {
                const cat_column *col = &tb->cols[c];
                if (col->ref_t == a && col->ref_c >= 0) {
                    depth[b] = depth[a] + 1;
                    parent[b] = (jedge){a, col->ref_c, (int)b, (int)c, 1};
                    queue[tail++] = (int)b;
                    break;
                }
            }
        }
    }
    free(queue);
}

int joins_distance(const catalog *cat, int a, int b)
{
    if (a == b)
        return 0;
    size_t n = cat->ntables;
    jedge *parent = malloc(n * sizeof *parent);
    int *depth = malloc(n * sizeof *depth);
    int d = -1;
    if (parent && depth) {
        joins_bfs(cat, a, parent, depth);
        d = depth[b];
    }
    free(parent);
    free(depth);
    return d;
}
