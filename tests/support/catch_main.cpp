// Catch2's main(), compiled once for both test binaries (ascreport_tests, ascreport_tsan_tests).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
