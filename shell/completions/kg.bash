# bash completion for kg; installed as share/bash-completion/completions/kg.
_kg() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="build extract load remove query run shell stats export import help" command="" word
  for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case " $commands " in *" $word "*) command=$word; break ;; esac
  done
  case $prev in
    --db|-o|--output|--nodes|--relationships) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --format)
      case $command in
        export) COMPREPLY=($(compgen -W "jsonl cypher graphml dot csv nquads" -- "$cur")) ;;
        stats) COMPREPLY=($(compgen -W "table json" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "table vertical json csv markdown" -- "$cur")) ;;
      esac
      return ;;
  esac
  if [ -z "$command" ]; then
    COMPREPLY=($(compgen -W "$commands --db --verbose --version --help" -- "$cur"))
    return
  fi
  local flags="--db --verbose --help"
  case $command in
    build) flags+=" --jobs --quiet --sync" ;;
    extract) flags="--jobs --verbose --help" ;;
    query) flags+=" --format --param --params" ;;
    run) flags+=" --format --param --params --continue" ;;
    shell) flags+=" --read-only" ;;
    stats) flags+=" --format" ;;
    export) flags+=" --format --output" ;;
    import) flags+=" --nodes --relationships --delimiter --array-delimiter --batch-size" ;;
    help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))  # articles, scripts
  fi
}
complete -o filenames -F _kg kg
