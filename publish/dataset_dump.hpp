#pragma once
// The articles of a publish, converted once into the dataset's N-Quads dump (one graph per
// article), from which every other file of the site is made (site_builder.hpp).
#include <cstdint>
#include <functional>
#include <istream>
#include <string>

#include "pipeline/batch.hpp"

namespace parley::publish {

// The site's dump, under the folder being built.
std::string dataset_dump_path(const std::string& dir);

// Converts the batch into dir's dataset dump. each(result) sees every result, in input order,
// before it is written (to report it) and stops the run by returning false; articles counts
// those written. Writes nothing, and creates no file, when no article converts.
Status write_dataset_dump(const std::string& dir, pipeline::Batch& batch, std::istream& in,
                          const std::function<bool(pipeline::BatchResult&)>& each, std::uint64_t& articles);

}  // namespace parley::publish
