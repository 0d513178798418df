# terms.sh: the full-screen interface across terminals and locales: it
# works on xterm-256color, screen, tmux-256color, linux and vt100; falls
# back to the line prompt with one line of explanation on dumb and on an
# unknown TERM; draws ASCII without a UTF-8 locale; no colour with
# NO_COLOR, --no-color or a terminal without colours; and relayouts at
# once on a resize (80x24, 120x40, 200x60 and back), nothing wider than
# the screen.
. "$SRCDIR/tests/tui/tlib.sh"

# colour_codes: foreground or background colour SGR sequences on screen
colour_codes() {
    tm capture-pane -p -e | grep -c -E '\[(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)m'
}

# a short session on one terminal type: question, run, rows, leave
for term in xterm-256color screen tmux-256color linux vt100; do
    start 80 24 "$term" -- "$SAMPLE"
    see "ask>" "$term: starts"
    type_text "how many customers by country"
    keys Enter
    see "Esc cancel" "$term: the SQL waits for confirmation"
    keys Enter
    see "United States" "$term: the answer shows"
    no_line_wider 80 "$term: nothing wider than the screen"
    case $term in
        vt100) is "$(colour_codes)" 0 "$term: no colour on a terminal without colours" ;;
        *) n=$(colour_codes); test "$n" -gt 0; ok $? "$term: colours where the terminal has them ($n lines)" ;;
    esac
    keys C-d
    restored "$term"
done

# NO_COLOR and --no-color: bold and reverse still mark things, no colours
start 80 24 xterm-256color NO_COLOR=1 -- "$SAMPLE"
see "ask>" "NO_COLOR: starts"
type_text "revenue by month"
keys Enter
see "Esc cancel" "NO_COLOR: plan"
is "$(colour_codes)" 0 "NO_COLOR: no colour sequences"
like "$(tm capture-pane -p -e)" "[1m" "NO_COLOR: keywords still bold"
keys C-d
restored "NO_COLOR"
start 80 24 xterm-256color -- --no-color "$SAMPLE"
see "ask>" "--no-color: starts"
type_text "revenue by month"
keys Enter
see "Esc cancel" "--no-color: plan"
is "$(colour_codes)" 0 "--no-color: no colour sequences"
keys C-d
restored "--no-color"

# no UTF-8: ASCII drawing
DB="$TMPD/nulls.sqlite"
"$SQLITE3" "$DB" "CREATE TABLE t (city TEXT, n INTEGER); INSERT INTO t VALUES ('Zürich', 1), (NULL, 2), ('Köln', 3);"
start 80 24 xterm-256color LC_ALL=C -- -y "$DB"
see "ask>" "LC_ALL=C: starts"
type_text '\sql SELECT city, n FROM t ORDER BY n'
keys Enter
see "3 rows in" "LC_ALL=C: answer"
s=$(screen)
like "$s" "Z?rich | 1" "LC_ALL=C: ASCII column separators"
like "$s" "K?ln   | 3" "LC_ALL=C: non-ASCII letters replaced, widths kept"
like "$s" "NULL" "LC_ALL=C: NULL in ASCII"
nonascii=$(screen | LC_ALL=C grep -c '[^ -~]')
is "$nonascii" 0 "LC_ALL=C: only ASCII on screen"
keys F1
see "Keys" "LC_ALL=C: help overlay"
s=$(screen)
like "$s" "+- Keys -" "LC_ALL=C: ASCII box"
keys q
keys C-d
restored "LC_ALL=C"

# terminals the interface cannot use: the line prompt, with one line why
start 80 24 dumb -- "$SAMPLE"
see "databot>" "TERM=dumb: the line prompt starts"
err=$(cat "$TMPD/stderr")
like "$err" "cannot move the cursor; using the line prompt" "TERM=dumb: one line says why"
is "$(printf '%s\n' "$err" | grep -c .)" 1 "TERM=dumb: exactly one line"
type_text '\q'
keys Enter
wait_for "EXIT=0"
ok $? "TERM=dumb: the prompt works and leaves"
start 80 24 no-such-terminal-xyz -- "$SAMPLE"
see "databot>" "unknown TERM: the line prompt starts"
like "$(cat "$TMPD/stderr")" "'no-such-terminal-xyz' is unknown to terminfo" "unknown TERM: says why"
type_text '\q'
keys Enter
wait_for "EXIT=0"
ok $? "unknown TERM: leaves cleanly"
# --plain: the line prompt on a good terminal, without a word on stderr
start 80 24 xterm-256color -- --plain "$SAMPLE"
see "databot>" "--plain: the line prompt"
type_text '\q'
keys Enter
wait_for "EXIT=0"
is "$(cat "$TMPD/stderr")" "" "--plain: nothing on stderr"

# resizing: 80x24 -> 120x40 -> 200x60 -> 80x24
start 80 24 screen-256color -- "$SAMPLE"
see "ask>" "resize: starts at 80x24"
type_text "revenue by month"
keys Enter
see "Esc cancel" "resize: plan"
keys Enter
see "36 rows in" "resize: answer"
tm resize-window -x 120 -y 40
see "Insights" "120x40: the wide layout shows table, chart and insights together"
s=$(screen)
like "$s" "Chart" "120x40: chart pane"
like "$s" "row 1/36" "120x40: table pane"
like "$s" "2022-01" "120x40: rows"
is "$(screen | wc -l)" 40 "120x40: 40 lines"
no_line_wider 120 "120x40: nothing wider than the screen"
tm resize-window -x 200 -y 60
wait_for "2024-12" 5
is "$(screen | wc -l)" 60 "200x60: 60 lines"
s=$(screen)
like "$s" "Insights" "200x60: insights"
like "$s" "built-in" "200x60: status bar"
no_line_wider 200 "200x60: nothing wider than the screen"
tm resize-window -x 80 -y 24
wait_until 10 'screen | tail -1 | grep -q built-in && screen | tail -2 | head -1 | grep -q "^ask>"'
ok $? "back to 80x24: status bar and input line at the bottom"
wait_gone "Insights" 5
ok $? "back to 80x24: the stacked layout"
s=$(screen)
is "$(screen | wc -l)" 24 "80x24 again: 24 lines"
no_line_wider 80 "80x24 again: nothing wider than the screen"
like "$(screen | tail -1)" "built-in" "80x24 again: status bar on the last line"
like "$(screen | tail -2 | head -1)" "ask>" "80x24 again: input line above it"
keys C-d
restored "after resizing"
done_testing
