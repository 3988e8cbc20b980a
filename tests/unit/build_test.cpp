// How the build itself is configured: what the suite relies on being true of it.
#include <gtest/gtest.h>

#include <cassert>

// The sanitizer build exists to catch mistakes; assertions are part of that, so its build type's
// -DNDEBUG must not switch them off.
TEST(Build, SanitizerBuildKeepsAssertionsOn) {
#ifdef PARLEY_SANITIZED
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH({ assert(1 + 1 == 3); }, "Assertion");
#else
  GTEST_SKIP() << "only the sanitizer build promises assertions";
#endif
}
