#pragma once
// Runs work in parallel and hands the results back in the order the work came in, so that
// output is the same bytes for any number of threads.
//
//   next(item)     called by one thread at a time: the next piece of work, false when none
//                  is left (sequential reading, such as the records of an archive, goes here)
//   work(item)     called on any thread, in parallel: the expensive part, returns a Result
//   done(result)   called on the calling thread, in input order; false stops the run
//
// At most `jobs` results wait ahead of the one being consumed per thread, so memory stays
// bounded however many pieces of work there are.
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace parley::pipeline {

template <class Item, class Result>
class OrderedWorkers {
 public:
  using Next = std::function<bool(Item&)>;
  using Work = std::function<Result(Item&)>;
  using Done = std::function<bool(Result&)>;

  static void run(unsigned jobs, const Next& next, const Work& work, const Done& done) {
    if (jobs <= 1) {
      Item item;
      while (next(item)) {
        Result result = work(item);
        if (!done(result)) return;
        item = Item();
      }
      return;
    }
    OrderedWorkers pool(jobs, next, work);
    pool.consume(done);
  }

 private:
  OrderedWorkers(unsigned jobs, const Next& next, const Work& work)
      : next_(next), work_(work), window_(4 * static_cast<std::size_t>(jobs)) {
    threads_.reserve(jobs);
    for (unsigned i = 0; i < jobs; ++i) threads_.emplace_back([this] { serve(); });
  }

  ~OrderedWorkers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    room_.notify_all();
    for (auto& t : threads_) t.join();
  }

  void serve() {
    for (;;) {
      Item item;
      std::size_t index = 0;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [this] { return stopping_ || exhausted_ || taken_ < consumed_ + window_; });
        if (stopping_ || exhausted_) return;
      }
      {
        // Reading is sequential and may be slow (an archive's next record): it holds its own
        // lock, so finished results are not kept waiting. Indices follow the order read.
        std::lock_guard<std::mutex> reading(source_mutex_);
        bool got = false;
        {
          std::lock_guard<std::mutex> lock(mutex_);
          if (stopping_ || exhausted_) return;
        }
        got = next_(item);
        std::lock_guard<std::mutex> lock(mutex_);
        if (!got) {
          exhausted_ = true;
          total_ = taken_;
          ready_.notify_all();
          room_.notify_all();
          return;
        }
        index = taken_++;
      }
      Result result = work_(item);
      {
        std::lock_guard<std::mutex> lock(mutex_);
        results_.emplace(index, std::move(result));
      }
      ready_.notify_all();
    }
  }

  void consume(const Done& done) {
    for (std::size_t index = 0;; ++index) {
      std::optional<Result> result;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [&] { return results_.count(index) || (exhausted_ && index >= total_); });
        auto it = results_.find(index);
        if (it == results_.end()) return;  // all consumed
        result.emplace(std::move(it->second));
        results_.erase(it);
        consumed_ = index + 1;
      }
      room_.notify_all();
      if (!done(*result)) return;
    }
  }

  const Next& next_;
  const Work& work_;
  const std::size_t window_;
  std::vector<std::thread> threads_;
  std::mutex source_mutex_;  // serializes next_
  std::mutex mutex_;         // everything below
  std::condition_variable room_;   // a worker may take more work, or must stop
  std::condition_variable ready_;  // a result arrived, or the work ran out
  std::map<std::size_t, Result> results_;
  std::size_t taken_ = 0;
  std::size_t consumed_ = 0;
  std::size_t total_ = 0;
  bool exhausted_ = false;
  bool stopping_ = false;
};

}  // namespace parley::pipeline
