#include "thumbnails.hpp"

std::string resize(const image& picture)
{
  a2a::blocking_sleep(std::chrono::seconds(picture.megapixels));
  if (picture.corrupt) throw corrupt_image(picture.name + " is corrupt");
  return picture.name + "-thumb";
}
