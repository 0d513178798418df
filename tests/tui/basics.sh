# basics.sh: the full-screen interface at 80x24 on xterm-256color: the
# first screen, a question whose SQL shows (highlighted, with the guard's
# verdict) before it runs, the answer's rows, chart and insights, the help
# overlay, completion, a backslash command, history, and leaving with
# Ctrl-D and with \q, the terminal restored both times.
. "$SRCDIR/tests/tui/tlib.sh"

start 80 24 xterm-256color -- "$SAMPLE"
see "ask>" "the input line is drawn"
s=$(screen)
like "$s" "Conversation" "conversation pane"
like "$s" "SQL" "SQL pane"
like "$s" "Table" "table pane"
like "$s" "built-in" "status bar names the engine"
like "$s" "ecommerce.sqlite" "status bar names the database"
is "$(screen | wc -l)" 24 "the screen has 24 lines"
no_line_wider 80 "nothing wider than 80 columns"

type_text "revenue by month"
keys Enter
see "Esc cancel" "the plan waits for confirmation"
s=$(screen)
like "$s" "SELECT strftime" "the SQL shows before it runs"
like "$s" "guard: read-only, checked" "the guard's verdict shows"
like "$s" "reads about" "  with the planner's estimate of what it will read"
unlike "$s" "rows in" "nothing ran yet"
# keywords are drawn bold (SGR 1), strings in colour
esc=$(tm capture-pane -p -e)
like "$esc" "[1m" "SQL keywords highlighted"
keys Enter
see "36 rows in" "Enter runs it: the conversation says how many rows"
s=$(screen)
like "$s" "2022-01" "the first row shows"
like "$s" "106,675.21" "numbers are grouped"
like "$s" "row 1/36" "the table says where it is"
like "$s" "36 rows" "status bar shows the row count"

# the chart and the insights, by moving the focus (narrow: one results pane)
keys Tab Tab Tab
see "Chart" "Tab reaches the chart"
s=$(screen)
like "$s" "revenue by month" "the chart is drawn with its title"
like "$s" "2022-01" "the chart has its time axis"
keys Tab
see "Insights" "Tab reaches the insights"
s=$(screen)
like "$s" "revenue" "an insight sentence about revenue"
keys Escape
see "ask>" "Esc goes back to the input line"

# help overlay: F1, then ? on an empty line
keys F1
see "Keys" "F1 opens the help"
like "$(screen)" "Enter, F5, y" "help lists the SQL pane's keys"
keys q
wait_gone " Keys " 5
ok $? "any key closes the help"
type_text "?"
see "Keys" "? on an empty line opens the help"
keys Escape
wait_gone " Keys " 5
ok $? "Esc closes the help"

# completion of a backslash command and a table name
type_text '\ta'
keys Tab
see '\tables' "Tab completes a backslash command"
keys Enter
see "order_items" "the tables command lists the tables in the table pane"
type_text "how many paym"
keys Tab
see "how many payments" "Tab completes a table name"
keys C-u
see "a question, or" "Ctrl-U empties the line"

keys C-d
restored "Ctrl-D"
is "$(cat "$TMPD/stderr")" "" "nothing on stderr"
grep -q "revenue by month" "$DATABOT_HISTFILE"
ok $? "the question went to the shared history file"

# history comes back with Up; \q leaves
start 80 24 xterm-256color -- "$SAMPLE"
see "ask>" "second start"
keys Up
see 'ask> \tables' "Up brings back the last line"
keys Up
see "ask> revenue by month" "Up again: the question before"
keys C-u
type_text '\q'
keys Enter
restored '\q'
done_testing
