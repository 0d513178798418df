# clarify.sh: in the full-screen interface a question that reads two ways
# alike shows a numbered clarifying question in the conversation pane; a
# digit in the SQL pane asks again with that reading and shows its SQL;
# follow-ups refine the chosen reading.
. "$SRCDIR/tests/tui/tlib.sh"

DB="$TMPD/tickets.sqlite"
"$SQLITE3" "$DB" "CREATE TABLE tickets (id INTEGER PRIMARY KEY, state TEXT, priority TEXT, title TEXT);
INSERT INTO tickets VALUES (1,'open','open','alpha'),(2,'open','high','bravo'),(3,'closed','open','charlie'),
 (4,'closed','low','delta'),(5,'pending','high','echo'),(6,'open','low','foxtrot');"
ok $? "a database with two columns holding 'open'"
case "$("$DATABOT" --offline --sql-only "$DB" -e "how many open tickets" 2>&1)" in
    *"priority = 'open'"*) first=priority other=state ;;
    *) first=state other=priority ;;
esac

start 120 36 xterm-256color -- --offline "$DB"
see "ask>" "started"
type_text "how many open tickets"
keys Enter
see "Did you mean:" "the conversation pane asks which reading"
s=$(screen)
like "$s" "1) tickets.$first = 'open'" "the default reading is 1"
like "$s" "2) tickets.$other = 'open'" "the other reading is 2"
like "$(screen)" "$first = 'open'" "the default reading's SQL is shown"
keys 2
see "reading 2: tickets.$other" "2 in the SQL pane picks the second reading"
see "WHERE $other = 'open'" "the SQL pane shows the chosen reading's SQL"
keys Enter
see "1 row in" "the chosen reading runs"
type_text "by title"
keys Enter
see "GROUP BY title" "a follow-up"
like "$(screen)" "WHERE $other = 'open'" "the follow-up refines the chosen reading"
keys Escape
type_text "\\save $TMPD/chosen.json"
keys Enter
see "saved 2 questions" "\\save writes the conversation"
keys C-d
restored "clarify session"
"$PYTHON3" - "$TMPD/chosen.json" "$other" <<'EOF2'
import json, sys
turns = json.load(open(sys.argv[1]))["turns"]
sys.exit(0 if turns[0].get("reading") == 2 and "%s = 'open'" % sys.argv[2] in turns[0]["sql"] else 1)
EOF2
ok $? "the saved first turn records reading 2 and its SQL, for --resume" || sed 's/^/#   /' "$TMPD/chosen.json"
start 120 36 xterm-256color -- --offline --resume "$TMPD/chosen.json" "$DB"
see "ask>" "a resumed session starts"
type_text "by title"
keys Enter
see "GROUP BY title" "a follow-up after --resume"
like "$(screen)" "WHERE $other = 'open'" "  refines the reading chosen before the save"
keys Escape
keys C-d
restored "resumed session"
done_testing
