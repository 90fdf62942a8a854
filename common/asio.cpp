// Asio's implementation, compiled once for every program (see BOOST_ASIO_SEPARATE_COMPILATION).
#include <boost/asio/impl/src.hpp>
