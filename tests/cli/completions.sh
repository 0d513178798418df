# completions.sh: the bash, zsh and fish completions load in their shells
# and complete what a person types: options, formats, chart types, named
# connections from the config file, files.
. "$SRCDIR/tests/cli/lib.sh"
C="$SRCDIR/completions"
mkdir -p "$XDG_CONFIG_HOME/databot" "$TMPD/files"
printf '[connection sales]\ntarget = /tmp/x.sqlite\n' > "$XDG_CONFIG_HOME/databot/config"
touch "$TMPD/files/shop.sqlite" "$TMPD/files/notes.txt"

# bash_complete WORDS...: what the bash completion offers for the last word
bash_complete() {
    bash -c '
        . "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _databot; printf "%s\n" "${COMPREPLY[@]}"' _ "$C/databot" "$@" 2>/dev/null
}

out=$(bash_complete databot --for); like "$out" "--format" "bash: options"
out=$(bash_complete databot --format ""); like "$out" "markdown" "bash: formats"
out=$(bash_complete databot --chart ""); like "$out" "proportion" "bash: chart types"
out=$(bash_complete databot @); like "$out" "@sales" "bash: named connections"
out=$(cd "$TMPD/files" && bash_complete databot sh); like "$out" "shop.sqlite" "bash: database files"
out=$(bash_complete databot do); like "$out" "doctor" "bash: commands"

if command -v fish >/dev/null 2>&1; then
    out=$(fish -c "source $C/databot.fish; complete -C 'databot --for'" 2>&1)
    like "$out" "--format" "fish: options"
    out=$(fish -c "source $C/databot.fish; complete -C 'databot --chart '" 2>&1)
    like "$out" "scatter" "fish: chart types"
    out=$(cd "$TMPD/files" && fish -c "source $C/databot.fish; complete -C 'databot sh'" 2>&1)
    like "$out" "shop.sqlite" "fish: database files"
    out=$(fish -c "source $C/databot.fish; complete -C 'databot @'" 2>&1)
    like "$out" "@sales" "fish: named connections"
else
    for i in 1 2 3 4; do T_N=$((T_N + 1)); echo "ok $T_N - # SKIP fish is not installed"; done
fi

if command -v zsh >/dev/null 2>&1; then
    out=$(zsh -f -c "fpath=($C \$fpath); autoload -U compinit && compinit -u -d $TMPD/zcomp && print -r -- \${_comps[databot]}" 2>&1)
    is "$out" "_databot" "zsh: the completion is found on fpath and registered for databot"
    out=$(zsh -f -c "autoload -U compinit && compinit -u -d $TMPD/zcomp2; source $C/_databot" 2>&1)
    unlike "$out" "parse error" "zsh: the file loads"
else
    for i in 1 2; do T_N=$((T_N + 1)); echo "ok $T_N - # SKIP zsh is not installed"; done
fi
done_testing
