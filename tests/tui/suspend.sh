# suspend.sh: Ctrl-Z suspends databot as it does any curses program. Run
# from an interactive shell with job control, Ctrl-Z brings the shell's
# prompt back with the job stopped and the terminal sane (canonical mode
# and echo, the alternate screen left, the cursor shown, no mouse
# reports); fg brings the whole screen back as it was, and it still
# answers. A query in flight when Ctrl-Z comes carries on after fg and Esc
# still cancels it; a SIGTSTP sent from outside suspends the same way,
# and after a SIGSTOP (no chance to clean up) fg redraws all the same.
# Without job control (no shell to fg it) Ctrl-Z does not hang databot.
. "$SRCDIR/tests/tui/tlib.sh"

# stopped NAME: the shell has the terminal back, databot stopped
stopped() {
    see "Stopped" "$1: the shell says the job stopped"
    wait_until 10 '[ "$(tm display -p "#{alternate_on}")" = 0 ]'
    ok $? "$1: alternate screen left"
    is "$(tm display -p '#{cursor_flag}')" 1 "$1: cursor visible"
    is "$(tm display -p '#{mouse_any_flag}')" 0 "$1: no mouse reports"
    rm -f "$TMPD/stty.stopped"
    shell_line "stty -a >'$TMPD/stty.stopped'"
    wait_until 10 '[ -s "$TMPD/stty.stopped" ]'
    s=$(cat "$TMPD/stty.stopped" 2>/dev/null)
    case " $s " in *" icanon "*" echo "*) r=0 ;; *) r=1 ;; esac
    ok $r "$1: the shell has canonical mode and echo" || printf '%s\n' "$s" | sed 's/^/#   /'
    shell_line "clear"          # so the next stop's message is a new one
    wait_gone "Stopped" 10
}

# back NAME: after fg, the full screen again
back() {
    wait_until 10 '[ "$(tm display -p "#{alternate_on}")" = 1 ]'
    ok $? "$1: fg enters the alternate screen again"
    see "ask>" "$1: the input line is back"
    s=$(screen)
    like "$s" "Conversation" "$1: the conversation pane is redrawn"
    like "$s" "ecommerce.sqlite" "$1: the status bar is redrawn"
    unlike "$s" "Stopped" "$1: nothing of the shell's is left on it"
    is "$(tm display -p '#{mouse_any_flag}')" 1 "$1: mouse reports on again"
    tty_raw
    ok $? "$1: the terminal is in databot's mode again (no canonical mode, no echo)"
}

# tty_raw: the pane's terminal has canonical mode and echo off
tty_raw() {
    m=$(stty -a -F "$(tm display -p '#{pane_tty}')" 2>/dev/null)
    case " $m " in *" -icanon "*" -echo "*) return 0 ;; esac
    printf '%s\n' "$m" | sed 's/^/#   /'
    return 1
}

start_shell 80 24 xterm-256color
shell_line "'$DATABOT' '$SAMPLE' 2>'$TMPD/stderr'"
see "ask>" "databot starts from an interactive shell"
type_text "revenue by month"
keys Enter
see "Esc cancel" "a plan"
keys Enter
see "36 rows in" "an answer"

keys C-z
stopped "Ctrl-Z"
shell_line "fg"
back "fg"
s=$(screen)
like "$s" "36 rows in" "fg: the conversation is as it was"
like "$s" "row 1/36" "fg: the table is as it was"
like "$s" "2022-01" "fg: with its rows"
type_text "how many orders"
keys Enter
see "Esc cancel" "after fg: a question is planned"
keys Enter
see "27,089" "after fg: and answered"

# a query in flight: it is stopped with databot and carries on after fg
type_text '\sql WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n'
keys Enter
see "Esc cancel" "a slow query planned"
keys Enter
see "running the query" "the slow query runs"
keys C-z
stopped "Ctrl-Z during a query"
shell_line "fg"
back "fg during a query"
see "running the query" "the query is still running after fg"
keys Escape
see "query cancelled" "Esc still cancels it"
type_text "how many customers"
keys Enter
see "Esc cancel" "a question after the cancelled query"
keys Enter
see "1 row in" "  answered"

# SIGTSTP from outside (kill -TSTP), not the key
pid=$(pgrep -P "$(tm display -p '#{pane_pid}')" | head -1)
test -n "$pid"
ok $? "databot's process id"
kill -TSTP "$pid"
stopped "kill -TSTP"
shell_line "fg"
back "fg after kill -TSTP"

# SIGSTOP from outside: no chance to give the terminal back, but after the
# shell's fg (SIGCONT) databot takes it again and redraws
kill -STOP "$pid"
see "Stopped" "kill -STOP: the shell says the job stopped"
shell_line "fg"
back "fg after kill -STOP"
type_text "how many orders"
keys Enter
see "Esc cancel" "after kill -STOP and fg: a question is planned"
keys Escape

keys C-d
shell_done
restored "leaving after the stops"
is "$(cat "$TMPD/stderr")" "" "nothing on stderr"

# no shell with job control to come back to (the pane runs sh -c): the
# stop is dropped by the system, and databot carries on rather than hang
start 80 24 xterm-256color -- "$SAMPLE"
see "ask>" "started without job control"
keys C-z
type_text "how many orders"
keys Enter
see "Esc cancel" "without job control: Ctrl-Z leaves databot running"
keys Enter
see "27,089" "  and answering"
keys C-d
restored "without job control"
done_testing
