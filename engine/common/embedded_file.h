// engine/common/embedded_file.h — a data file assembled into the binary (.incbin), so kg needs
// no data files at run time. KG_EMBED_FILE(name, "path") defines name_begin and name_end;
// declare them with KG_EMBEDDED_FILE(name). The CMake rule that passes the path must also
// make the source rebuild when the file changes (OBJECT_DEPENDS, and the file's hash in the
// compile flags for ccache).
#pragma once

#define KG_EMBED_FILE(symbol, path)                                                                 \
  __asm__(".section .rodata\n.balign 16\n.global " #symbol "_begin\n" #symbol "_begin:\n.incbin \"" path \
          "\"\n.global " #symbol "_end\n" #symbol "_end:\n.byte 0\n.previous\n")
#define KG_EMBEDDED_FILE(symbol) extern "C" const char symbol##_begin[], symbol##_end[]
