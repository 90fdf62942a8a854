// Compiled with the test PCH so that every test program can reuse it (CMake REUSE_FROM needs a
// source in this library that is built with the PCH; test_main.cpp cannot be).
#include "testing.hpp"
