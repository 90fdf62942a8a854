// What differs between the Boost versions the workshop runs on (1.81, 1.83, 1.88), said once
// here, so that no chapter needs an #if.
#pragma once
#include <boost/version.hpp>

namespace a2a::compat {

// experimental::channel::close() with items still buffered: Boost 1.81 throws them away;
// 1.83 and 1.88 (measured here) hand them out first and report the close after them.
inline constexpr bool channel_close_drops_buffered = BOOST_VERSION < 108300;

}  // namespace a2a::compat
