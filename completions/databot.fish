# fish completion for databot: options, --format values, DATABASE files.

complete -c databot -s e -l execute -x -d 'Ask QUESTION (repeatable, one conversation)'
complete -c databot -l sql -x -d 'Run QUERY as written, still guarded (repeatable)'
complete -c databot -l sql-only -d 'Print the SQL each question would run, run nothing'
complete -c databot -s y -l yes -d 'Run without asking for confirmation'
complete -c databot -s f -l format -x -a 'table csv json markdown' -d 'Output format'
complete -c databot -s o -l output -r -F -d 'Also export each answer, every row, to FILE'
complete -c databot -l output-format -x -a 'xlsx csv tsv json ndjson md' -d 'Export format, whatever the file name'
complete -c databot -l force -d 'Let -o replace an existing file; run queries over the scan limit'
complete -c databot -l max-rows -x -d 'Stop after N rows (default 10000, 0 = no cap)'
complete -c databot -l max-scan-rows -x -d 'Refuse or ask before full scans of more than N rows (default 1000000, 0 = no limit)'
complete -c databot -l no-audit -d 'Do not record executed statements in the audit log'
complete -c databot -l timeout -x -d 'Time limit per query in seconds (default 30, 0 = none)'
complete -c databot -l as-of -x -d 'Reference date YYYY-MM-DD for relative dates'
complete -c databot -l offline -d 'Never use the network'
complete -c databot -l model -x -a 'openai:gpt-4o anthropic:claude-sonnet-4-5 ollama:qwen2.5-coder' -d 'Language model for the SQL'
complete -c databot -l base-url -x -d 'The model server URL'
complete -c databot -l fallback -x -d 'Models to try when the model fails'
complete -c databot -l model-simple -x -d 'Cheaper model for simple questions'
complete -c databot -l embeddings -x -a 'openai:text-embedding-3-small ollama:nomic-embed-text' -d 'Rank the schema with embeddings too'
complete -c databot -l no-cache -d 'Always ask the model'
complete -c databot -l no-memory -d 'Neither use nor keep confirmed questions'
complete -c databot -l no-sample-values -d 'Send the model no values from the database'
complete -c databot -l llm-timeout -x -d 'Time limit per model request (seconds)'
complete -c databot -l engine-threshold -x -d 'Engine confidence that skips the model (0-101, 101 = always ask)'
complete -c databot -l show-prompt -d 'Print what would be sent to the model; send nothing'
complete -c databot -l price -x -d 'Dollars per million tokens: MODEL=IN,OUT'
complete -c databot -l llm-insights -d 'A model-written narrative after the insights (no rows sent)'
complete -c databot -l schema -x -d 'PostgreSQL: read this schema too'
complete -c databot -l deny-table -x -d 'Hide a table from every query'
complete -c databot -l semantic -r -F -d 'The semantic file (JSON)'
complete -c databot -l init-semantic -d 'Write a starter semantic file and exit'
complete -c databot -s q -l quiet -d 'No banner, no notes'
complete -c databot -l chart -x -a 'auto none bar grouped stacked proportion line histogram scatter kpi' -d 'The chart under a table'
complete -c databot -l no-color -d 'No colours'
complete -c databot -l plain -d 'The line prompt instead of the full-screen interface'
complete -c databot -l tui -d 'The full-screen interface even without a terminal on stdin/stdout'
complete -c databot -l resume -r -F -d 'Continue a conversation saved with \\save'
complete -c databot -l print-config -d 'Show every setting and where it came from'
complete -c databot -l list-connections -d 'List the named connections'
complete -c databot -n '__fish_is_first_arg' -a 'doctor purge' -d 'Command'
complete -c databot -n '__fish_is_first_arg' -a '(__databot_connections)' -d 'Named connection'
complete -c databot -s V -l version -d 'Print the version and exit'
complete -c databot -s h -l help -d 'Print the help and exit'

function __databot_connections
    set -l conf $DATABOT_CONFIG
    test -n "$conf"; or set conf (set -q XDG_CONFIG_HOME; and echo $XDG_CONFIG_HOME; or echo $HOME/.config)/databot/config
    test -r $conf; and sed -n 's/^[[:space:]]*\[connection[[:space:]]*\([^]]*\)\].*/@\1/p' $conf
end

# DATABASE: SQLite files (*.sqlite, *.sqlite3, *.db) first, then the rest
function __databot_complete_database
    set -l cur (commandline -ct)
    set -l dbs
    set -l rest
    for f in $cur*
        if test -d $f
            set -a rest $f/
        else if string match -qr '\.(sqlite3?|db)$' -- $f
            set -a dbs $f
        else
            set -a rest $f
        end
    end
    printf '%s\n' $dbs $rest
end
complete -c databot -k -a '(__databot_complete_database)'
