# table.sh: the results table in the full-screen interface: scrolling
# both ways through many rows with the header kept, right-aligned
# numbers, NULL shown apart from text, / search with n, Enter showing a
# record, and values holding escape sequences and control characters
# shown neutralised (they never reach the terminal).
. "$SRCDIR/tests/tui/tlib.sh"

DB="$TMPD/t.sqlite"
"$SQLITE3" "$DB" <<'EOS'
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount REAL, note TEXT,
                c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
INSERT INTO t SELECT i, 'name' || i, i * 1.5, CASE WHEN i % 7 = 0 THEN NULL ELSE 'note' || i END,
    'first extra column', 'second extra column', 'third extra column', 'fourth extra column',
    'LASTCOL' || i FROM n;
UPDATE t SET name = 'needle in the haystack' WHERE id = 321;
UPDATE t SET note = 'NULL' WHERE id = 1;
UPDATE t SET name = 'evil' || char(27) || ']0;pwned' || char(7) || char(27) || '[31mred' || char(27) || '[2J' WHERE id = 2;
EOS

start 80 24 xterm-256color -- -y "$DB"
see "ask>" "started"
type_text '\sql SELECT id, name, amount, note, c1, c2, c3, c4, c5 FROM t ORDER BY id'
keys Enter
see "500 rows in" "500 rows answered"
s=$(screen)
like "$s" "row 1/500" "the first row is selected"
like "$s" "name1 " "row 1 shows"
# NULL and the text 'NULL' look different: ∅ for NULL
like "$s" "∅" "NULL shows as ∅"
like "$s" "│ NULL" "the text NULL shows as text"
# right-aligned numbers: amount 1.50 ends where the header 'amount' ends
hdr=$(screen | grep -m1 ' id ')
r1=$(screen | grep -m1 'name1 ')
h_end=$(printf '%s\n' "$hdr" | awk '{ print index($0, "amount") + 5 }')
v_end=$(printf '%s\n' "$r1" | awk '{ print index($0, "1.50") + 3 }')
is "$v_end" "$h_end" "numbers are right-aligned under their header"

# escape sequences neutralised
like "$s" 'evil\e]0;pwned\x07\e[31mred\e[2J' "escape sequences in a value are shown, not obeyed"
is "$(tm display -p '#{pane_title}')" "$(hostname 2>/dev/null || tm display -p '#{host}')" \
   "the value did not set the window title"

# scrolling: focus the table, page down, go to the end
keys Tab Tab
see "▶ Table" "Tab focuses the table"
keys PageDown
see "row 1" "PgDn moves"
keys End
see "row 500/500" "End goes to the last row"
s=$(screen)
like "$s" "name500" "the last row shows"
like "$s" " id " "the header stays on top"
keys Home
see "row 1/500" "Home goes back"
keys j j j
see "row 4/500" "j moves down"
keys k
see "row 3/500" "k moves up"
# horizontal
unlike "$(screen)" "LASTCOL1" "the last column is off screen at first"
keys '$'
see "LASTCOL" "\$ scrolls to the last column"
keys l l
keys 0
see "name1 " "0 scrolls back to the first column"
keys l
see "col 2-" "l scrolls one column right"
keys h

# search
keys /
see "search:" "/ opens the search line"
type_text "haystack"
keys Enter
see "row 321/500" "the search finds the row"
like "$(screen)" "needle in the haystack" "the match is on screen"
keys g
keys n
see "row 321/500" "n finds it again"

# record view
keys Enter
see "Row 321" "Enter shows the row as a record"
s=$(screen)
like "$s" "needle in the haystack" "the record holds the value"
like "$s" "c5" "the record lists every column"
like "$s" "LASTCOL321" "including the ones off screen"
keys q
wait_gone "Row 321" 5
ok $? "q closes the record"

# mouse wheel is optional: keys work without it; Esc back to input
keys Escape
see "ask>" "Esc returns to the input line"
keys C-d
restored "table session"
done_testing
