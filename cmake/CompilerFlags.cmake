# Warnings (STYLE.md) and hardening flags for every target of the project.
include(CheckPIESupported)
check_pie_supported()

add_compile_options(
  -Wall -Wextra -Wpedantic
  -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
  -Wshadow -Wcast-align -Wformat=2 -Wimplicit-fallthrough)
if(CW_WERROR)
  add_compile_options(-Werror)
endif()

# Hardening: fortified libc calls, stack protection, full RELRO, no exec stack.
add_compile_options(
  -fstack-protector-strong -fstack-clash-protection -fcf-protection)
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
  add_compile_definitions(_FORTIFY_SOURCE=2)
endif()
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

# Qt: no implicit string conversions from char*, no foreach/keywords clashes.
add_compile_definitions(
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CW_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
