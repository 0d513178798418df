# tty.sh: --tui when standard input or output is not the terminal. With
# a pipe or /dev/null on stdin the full screen opens anyway and reads its
# keys from /dev/tty, as less and vim do (the pipe is not read: its text
# never becomes a question); with stdout redirected it draws on /dev/tty
# and leaves the file empty; the terminal is given back each time. With
# no terminal at all (a new session without one, so no /dev/tty) --tui
# exits 2 with one line saying what to do, and --plain, which it
# suggests, reads the questions from stdin.
. "$SRCDIR/tests/tui/tlib.sh"

# session NAME: a question answered on the full screen, then leave
session() {
    see "ask>" "$1: the full screen opens"
    unlike "$(screen)" "how many orders" "$1: nothing is asked from stdin"
    type_text "how many customers"
    keys Enter
    see "Esc cancel" "$1: keys are read from the terminal"
    keys Enter
    see "1 row in" "$1: the question is answered"
    keys C-d
    shell_done
    restored "$1"
    is "$(cat "$TMPD/stderr")" "" "$1: nothing on stderr"
}

start_shell 80 24 xterm-256color
shell_line "echo 'how many orders' | '$DATABOT' --tui '$SAMPLE' 2>'$TMPD/stderr'"
session "a pipe on stdin"

start_shell 80 24 tmux-256color
shell_line "'$DATABOT' --tui '$SAMPLE' </dev/null 2>'$TMPD/stderr'"
session "/dev/null on stdin"

start_shell 80 24 screen
shell_line "'$DATABOT' --tui '$SAMPLE' >'$TMPD/out' 2>'$TMPD/stderr'"
session "stdout to a file"
test -f "$TMPD/out" && ! test -s "$TMPD/out"
ok $? "stdout to a file: the file stays empty"

# no terminal anywhere: setsid starts a session without one
tm kill-server >/dev/null 2>&1
if command -v setsid >/dev/null 2>&1; then
    echo "how many orders" >"$TMPD/q"
    setsid -w env TERM=xterm-256color "$DATABOT" --tui "$SAMPLE" <"$TMPD/q" >"$TMPD/out" 2>"$TMPD/err"
    is $? 2 "no terminal: --tui exits 2"
    err=$(cat "$TMPD/err")
    is "$(printf '%s\n' "$err" | grep -c .)" 1 "no terminal: one line on stderr"
    like "$err" "--tui needs a terminal" "no terminal: it says what is missing"
    like "$err" "--plain reads questions from standard input" "no terminal: and what to do"
    is "$(cat "$TMPD/out")" "" "no terminal: nothing on stdout, no question answered"
    out=$(setsid -w env TERM=xterm-256color "$DATABOT" --tui --plain "$SAMPLE" <"$TMPD/q" 2>/dev/null)
    is $? 0 "no terminal, --tui --plain: exits 0"
    like "$out" "27,089" "no terminal, --tui --plain: the question from stdin is answered"
else
    echo "# setsid is not installed: the no-terminal case is not tested"
fi
done_testing
