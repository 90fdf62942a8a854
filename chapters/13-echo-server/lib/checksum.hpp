// FNV-1a, 64 bits: a running checksum of a byte stream, so that bulk data sent and bulk data
// received can be compared without keeping either (the tests and the benchmark use it).
#pragma once
#include <cstddef>
#include <cstdint>

constexpr std::uint64_t checksum_start = 14695981039346656037ULL;

inline std::uint64_t checksum(std::uint64_t hash, const char* data, std::size_t size)
{
  for (std::size_t i = 0; i < size; ++i) hash = (hash ^ static_cast<unsigned char>(data[i])) * 1099511628211ULL;
  return hash;
}
