# cmake -DKG=path/to/kg -DOUT=kg.1 -P KgManPage.cmake
# Writes the kg(1) man page from the help text the binary prints (`kg help`, `kg help
# COMMAND`), so the page and --help never disagree.
function(kg_help out)
  execute_process(COMMAND ${KG} help ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "${KG} help ${ARGN} failed")
  endif()
  # roff: a backslash is \e, and a line may not start with '.' or '\''.
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND ${KG} --version OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
kg_help(overview)
# The command names: the first word of each line under "Subcommands:".
string(REGEX REPLACE ".*Subcommands:\n" "" listing "${overview}")
string(REPLACE "\n" ";" lines "${listing}")
set(names "")
foreach(line IN LISTS lines)
  if(line MATCHES "^  ([a-z]+) ")
    list(APPEND names ${CMAKE_MATCH_1})
  endif()
endforeach()

set(page ".TH KG 1 \"\" \"${version}\" \"User Commands\"\n")
string(APPEND page ".SH NAME\nkg \\- compile news articles into a knowledge graph and query it with Cypher\n")
string(APPEND page ".SH SYNOPSIS\n.B kg\n[\\fB\\-\\-db\\fR \\fIDIR\\fR] [\\fB\\-v\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n")
string(APPEND page ".SH DESCRIPTION\n.nf\n${overview}.fi\n.SH COMMANDS\n")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  kg_help(text ${name})
  string(APPEND page ".SS kg ${name}\n.nf\n${text}.fi\n")
endforeach()
string(APPEND page ".SH EXIT STATUS\n0 success; 1 a query or input error; 2 a usage error; 3 a database error\n"
  "(missing, locked by another process, corrupt, or written by a newer format version).\n")
string(APPEND page ".SH ENVIRONMENT\n.TP\n.B KG_DB\nthe database when \\fB\\-\\-db\\fR is not given (else ./kg.db)\n"
  ".TP\n.B KG_MAX_NESTING_DEPTH, KG_MAX_ROWS, KG_MAX_PATH_LENGTH\nlimits of one statement (README \"Limits\")\n")
string(APPEND page ".SH FILES\n.TP\n.B ~/.kg_history\nthe history of \\fBkg shell\\fR\n")
file(WRITE ${OUT} "${page}")
