// run_pipeline: the consumer sees every batch in the order produced, on one thread or two, and
// a failure on either side ends both and reaches the caller.
#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "load/pipeline.hpp"

using ascreport::load::run_pipeline;

namespace {

struct Numbers {
    std::vector<int> values;
    void clear() { values.clear(); }
};

// Produces 0, 1, 2, ... `total - 1`, `per_batch` to a batch.
struct Counter {
    int total, per_batch, next = 0;
    bool operator()(Numbers& b) {
        for (int i = 0; i < per_batch && next < total; ++i) b.values.push_back(next++);
        return next < total;
    }
};

}  // namespace

TEST_CASE("pipeline: every value in order, on one thread and on two") {
    for (const bool threaded : {false, true}) {
        for (const int total : {0, 1, 7, 1000, 100'003}) {
            std::vector<int> seen;
            std::size_t batches = 0;
            run_pipeline<Numbers>(threaded, Counter{total, 10}, [&](const Numbers& b) {
                ++batches;
                seen.insert(seen.end(), b.values.begin(), b.values.end());
            });
            INFO("threaded " << threaded << ", total " << total);
            REQUIRE(seen.size() == static_cast<std::size_t>(total));
            for (int i = 0; i < total; ++i) REQUIRE(seen[static_cast<std::size_t>(i)] == i);
            CHECK(batches == static_cast<std::size_t>(std::max(1, (total + 9) / 10)));  // one at least
        }
    }
}

TEST_CASE("pipeline: a producer's exception reaches the caller after the batches before it") {
    for (const bool threaded : {false, true}) {
        int consumed = 0;
        int produced = 0;
        auto produce = [&](Numbers& b) {
            if (++produced == 50) throw std::runtime_error("read failed");
            b.values.push_back(produced);
            return true;
        };
        CHECK_THROWS_WITH(run_pipeline<Numbers>(threaded, produce, [&](const Numbers&) { ++consumed; }),
                          "read failed");
        CHECK(consumed == 49);
    }
}

TEST_CASE("pipeline: a consumer's exception stops the producer and reaches the caller") {
    for (const bool threaded : {false, true}) {
        int produced = 0;
        auto produce = [&](Numbers& b) {  // would run for ever if nothing stopped it
            b.values.push_back(++produced);
            return true;
        };
        int consumed = 0;
        auto consume = [&](const Numbers&) {
            if (++consumed == 20) throw std::runtime_error("out of memory");
        };
        CHECK_THROWS_WITH(run_pipeline<Numbers>(threaded, produce, consume), "out of memory");
        CHECK(consumed == 20);
        CHECK(produced >= 20);
        CHECK(produced <= 20 + static_cast<int>(ascreport::load::kBatchesInFlight));  // at most those in flight
    }
}
