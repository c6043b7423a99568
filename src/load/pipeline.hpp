// Runs a producer and a consumer of batches either one after the other on the calling thread,
// or at the same time: the producer on a thread of its own, the consumer on the calling thread,
// with up to kBatchesInFlight batches passed between them (so memory stays bounded however
// long the input). Enough that the producer seldom waits while the consumer is held up (on two
// cores the parser's own read-ahead thread takes turns with both).
// The consumer sees the batches in the order they were produced, so what it computes does
// not depend on which way was taken.
#pragma once

#include <array>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

namespace ascreport::load {

inline constexpr std::size_t kBatchesInFlight = 16;

// produce(Batch&) fills an empty batch and returns false once there is nothing more (the
// batch it returns false on is still consumed); consume(const Batch&) uses one. An exception
// from either ends both and is rethrown on the calling thread.
template <class Batch, class Produce, class Consume>
void run_pipeline(bool threaded, Produce&& produce, Consume&& consume) {
    auto one_thread = [&] {
        Batch batch;
        for (bool more = true; more;) {
            batch.clear();
            more = produce(batch);
            consume(static_cast<const Batch&>(batch));
        }
    };
    if (!threaded) return one_thread();

    // A side that runs dry sleeps until a quarter of the batches is ready for it, not just one:
    // otherwise the faster side (usually the consumer) sleeps and is woken once a batch, and
    // each wake-up is a system call on the other side's time.
    constexpr std::size_t kWakeAt = kBatchesInFlight / 4;
    std::array<Batch, kBatchesInFlight> batches;
    std::mutex mutex;
    std::condition_variable ready, freed;  // a batch is ready for the consumer; one is free for the producer
    std::deque<Batch*> empty, full;
    bool produced_all = false, cancelled = false;
    std::exception_ptr producer_failure;
    for (Batch& b : batches) empty.push_back(&b);

    auto produce_all = [&] {
        try {
            for (bool more = true; more;) {
                Batch* batch = nullptr;
                {
                    std::unique_lock lock(mutex);
                    if (empty.empty()) freed.wait(lock, [&] { return empty.size() >= kWakeAt || cancelled; });
                    if (cancelled) break;
                    batch = empty.front();
                    empty.pop_front();
                }
                batch->clear();
                more = produce(*batch);
                bool wake;
                {
                    std::lock_guard lock(mutex);
                    full.push_back(batch);
                    wake = full.size() >= kWakeAt;
                }
                if (wake) ready.notify_one();
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            producer_failure = std::current_exception();
        }
        {
            std::lock_guard lock(mutex);
            produced_all = true;
        }
        ready.notify_one();
    };
    std::thread producer;
    try {
        producer = std::thread(produce_all);
    } catch (const std::system_error&) {
        return one_thread();  // no thread to be had (a process limit): nothing is produced yet
    }

    try {
        for (;;) {
            Batch* batch = nullptr;
            {
                std::unique_lock lock(mutex);
                if (full.empty()) ready.wait(lock, [&] { return full.size() >= kWakeAt || produced_all; });
                if (full.empty()) break;  // all produced, all consumed
                batch = full.front();
                full.pop_front();
            }
            consume(static_cast<const Batch&>(*batch));
            bool wake;
            {
                std::lock_guard lock(mutex);
                empty.push_back(batch);
                wake = empty.size() >= kWakeAt;
            }
            if (wake) freed.notify_one();
        }
    } catch (...) {
        {
            std::lock_guard lock(mutex);
            cancelled = true;
        }
        freed.notify_one();
        producer.join();
        throw;
    }
    producer.join();
    if (producer_failure) std::rethrow_exception(producer_failure);
}

}  // namespace ascreport::load
