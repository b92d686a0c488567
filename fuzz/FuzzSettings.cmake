# SPDX-License-Identifier: MIT
# Compiler settings of the fuzz build (ECSDESK_FUZZ, the "fuzz" preset): every library the targets
# link is built with libFuzzer's coverage instrumentation, AddressSanitizer and
# UndefinedBehaviorSanitizer (float-cast-overflow included, as clang's -fsanitize=undefined has it);
# the fuzz_<name> binaries link libFuzzer itself (fuzz/CMakeLists.txt).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ECSDESK_FUZZ needs clang (libFuzzer): use the fuzz preset, or CMAKE_CXX_COMPILER=clang++-14")
endif()
if(ECSDESK_SANITIZE)
    message(FATAL_ERROR "ECSDESK_FUZZ brings its own sanitizers: leave ECSDESK_SANITIZE off")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
# gold cannot export ASan's local check symbols (CompilerSettings picks it): link with lld, else bfd.
find_program(ECSDESK_LLD NAMES ld.lld ld.lld-14)
if(ECSDESK_LLD)
    add_link_options(-fuse-ld=lld)
else()
    add_link_options(-fuse-ld=bfd)
endif()
