# Warning and hardening flags, applied through an INTERFACE target so that no
# directory-scope flags leak into third-party code.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(lwc_flags INTERFACE)
target_compile_options(lwc_flags INTERFACE
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-align
    -Wformat=2 -Wimplicit-fallthrough)
# Q_EMIT/Q_SIGNALS only; no implicit QByteArray -> char* or QString -> QUrl.
target_compile_definitions(lwc_flags INTERFACE
    QT_NO_EMIT QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(LWC_WERROR)
    target_compile_options(lwc_flags INTERFACE -Werror)
endif()

# Release hardening (KeePassXC does the same): stack protector, fortify,
# full RELRO, immediate binding, PIE.
target_compile_options(lwc_flags INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-fstack-protector-strong -D_FORTIFY_SOURCE=2 -fstack-clash-protection>)
target_link_options(lwc_flags INTERFACE
    $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-Wl,-z,relro,-z,now -Wl,-z,noexecstack>)

# Sanitizer builds (the asan preset sets LWC_SANITIZE=address;undefined).
set(LWC_SANITIZE "" CACHE STRING "Sanitizers to enable, e.g. address;undefined")
if(LWC_SANITIZE)
    list(JOIN LWC_SANITIZE "," _lwc_san)
    target_compile_options(lwc_flags INTERFACE -fsanitize=${_lwc_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(lwc_flags INTERFACE -fsanitize=${_lwc_san})
endif()

if(LWC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "LWC_FUZZ needs clang (use the 'fuzz' preset)")
    endif()
    target_compile_options(lwc_flags INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fsanitize-coverage-ignorelist=${CMAKE_CURRENT_LIST_DIR}/fuzz-coverage-ignorelist.txt)
    target_link_options(lwc_flags INTERFACE -fsanitize=address,undefined)
endif()
