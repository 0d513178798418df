# memory.sh: the full-screen interface remembers a question whose SQL the
# person ran (Enter in the SQL pane), lists what it remembers with
# \memory, forgets with \forget (the shown answer's question by default,
# or N, or a question), and \prompt shows in an overlay what would be sent
# to a model (a local stand-in, tests/llm/fake_provider.py) without
# sending anything.
. "$SRCDIR/tests/tui/tlib.sh"
. "$SRCDIR/tests/llm/fake.sh"
trap 'tm kill-server >/dev/null 2>&1; stop_fakes; rm -rf "$TMPD"' EXIT
MEM="$XDG_DATA_HOME/databot/memory.sqlite"

start 100 30 xterm-256color -- "$SAMPLE"
see "ask>" "started"
type_text "how many customers"
keys Enter
see "Esc cancel" "the plan waits for confirmation"
keys Enter
see "1 row in" "Enter runs it"
is "$("$SQLITE3" "$MEM" 'SELECT question FROM pairs' 2>&1)" "how many customers" \
   "the confirmed question is remembered"
type_text '\mem'
keys Tab
see 'ask> \memory' "Tab completes \\memory"
keys Enter
see "1 entry in the table pane" "\\memory lists the remembered questions"
like "$(screen)" "how many customers" "  the question is in the table pane"
type_text '\forget'
keys Enter
see "forgotten: how many customers" "\\forget alone forgets the last remembered question"
is "$("$SQLITE3" "$MEM" 'SELECT count(*) FROM pairs')" "0" "  and it is gone from the file"
type_text '\forget 3'
keys Enter
see "no remembered question 3" "\\forget N out of range says so"
type_text '\help'
keys Enter
see " Keys " "the help overlay opens"
keys Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down
see "\\memory" "  it lists \\memory"
like "$(screen)" "\\prompt Q" "  and \\prompt"
keys q
type_text '\q'
keys Enter
wait_for "EXIT=0" 10
ok $? "\\q leaves"

# -y: nothing confirmed, nothing remembered
start 100 30 xterm-256color -- -y "$SAMPLE"
see "ask>" "started with -y"
type_text "how many products"
keys Enter
see "1 row in" "-y runs without asking"
is "$("$SQLITE3" "$MEM" 'SELECT count(*) FROM pairs')" "0" "  and remembers nothing"
type_text '\q'
keys Enter
wait_for "EXIT=0" 10

# \prompt: the prompt in an overlay, no request
start_fake p '{"replies":[{"sql":"SELECT 1"}]}'
start 100 30 xterm-256color -- --no-cache --model "openai:m@$p_URL" "$SAMPLE"
see "ask>" "started with a model"
type_text '\prompt how many orders were shipped'
keys Enter
see " What would be sent to the model " "\\prompt opens an overlay"
like "$(screen)" "--- to openai:m at" "  naming the model and where it would go"
like "$(screen)" "--- system ---" "  then the system message"
i=0
while [ $i -lt 30 ] && ! screen | grep -q "how many orders were shipped"; do keys Space; sleep 0.2; i=$((i + 1)); done
like "$(screen)" "how many orders were shipped" "  Space scrolls down to the question"
no_line_wider 100 "  lines are wrapped to the box"
is "$(requests p)" 0 "  and nothing was sent"
keys q
wait_gone " What would be sent " 5
ok $? "  a key closes it"
type_text '\prompt'
keys Enter
see "usage: \\prompt QUESTION" "\\prompt alone explains itself"
type_text '\q'
keys Enter
wait_for "EXIT=0" 10
ok $? "leaves"
done_testing
