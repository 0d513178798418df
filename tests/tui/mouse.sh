# mouse.sh: the mouse wheel, as terminals report it. tmux is handed the
# bytes a terminal would send for the report mode databot turned on (SGR
# 1006 on xterm-256color, X10 on tmux-256color and screen, as their
# terminfo entries say). A wheel step over the table moves its selected
# row by three, over the conversation scrolls it back, over the help
# overlay scrolls the help instead of closing it; the keyboard still
# works after; leaving turns the reports off again.
. "$SRCDIR/tests/tui/tlib.sh"

# wheel up|down COL ROW: one wheel step at a 1-based cell, in the format
# the program in the pane asked for, as a terminal would send it
wheel() {
    b=64
    [ "$1" = down ] && b=65
    if [ "$(tm display -p '#{mouse_sgr_flag}')" = 1 ]; then
        tm send-keys -l "$(printf '\033[<%d;%d;%dM' "$b" "$2" "$3")"
    else
        # X10: ESC [ M, then button, column and row, each plus 32, as bytes
        tm send-keys -H 1b 5b 4d $(printf '%x %x %x' $((b + 32)) $(($2 + 32)) $(($3 + 32)))
    fi
}

# row_of TEXT: the 1-based screen row of the first line holding TEXT
row_of() {
    screen | grep -n -F -- "$1" | head -1 | cut -d: -f1
}

for term in xterm-256color tmux-256color screen; do
    start 80 24 "$term" -- -y "$SAMPLE"
    see "ask>" "$term: starts"
    wait_until 5 '[ "$(tm display -p "#{mouse_any_flag}")" = 1 ]'
    ok $? "$term: databot asks the terminal for mouse reports"
    case $term in
        xterm*) is "$(tm display -p '#{mouse_sgr_flag}')" 1 "$term: in the SGR (1006) format" ;;
        *) is "$(tm display -p '#{mouse_sgr_flag}')" 0 "$term: in the X10 format its terminfo names" ;;
    esac
    type_text "revenue by month"
    keys Enter
    see "36 rows in" "$term: an answer of 36 rows"
    see "row 1/36" "$term: the first row is selected"

    table=$(row_of " Table ")
    wheel down 10 $((table + 4))
    see "row 4/36" "$term: wheel down over the table moves three rows down"
    wheel down 10 $((table + 4))
    see "row 7/36" "$term: and again"
    wheel up 10 $((table + 4))
    see "row 4/36" "$term: wheel up moves back up"

    unlike "$(screen | head -1)" "more below" "$term: the conversation shows its newest lines"
    wheel up 5 2
    wait_until 5 'screen | head -1 | grep -q "more below"'
    ok $? "$term: wheel up over the conversation scrolls it back" || screen | sed 's/^/#   | /'
    like "$(screen)" "row 4/36" "$term: and leaves the table alone"
    wheel down 5 2
    wait_until 5 '! screen | head -1 | grep -q "more below"'
    ok $? "$term: wheel down scrolls the conversation forward again"

    keys F1
    see " Keys " "$term: the help overlay"
    like "$(screen)" "F1, ?" "$term: its first key is shown"
    wheel down 40 12
    wait_gone "F1, ?" 5
    ok $? "$term: the wheel scrolls the help" || screen | sed 's/^/#   | /'
    like "$(screen)" " Keys " "$term: without closing it"
    keys q
    wait_gone " Keys " 5
    ok $? "$term: a key closes the help"

    keys Tab Tab Down
    see "row 5/36" "$term: the keyboard still moves the table"
    keys C-d
    restored "$term"
    is "$(tm display -p '#{mouse_any_flag}')" 0 "$term: mouse reports off after leaving"
done
done_testing
