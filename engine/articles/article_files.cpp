#include "engine/articles/article_files.h"

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

namespace kg {
namespace fs = std::filesystem;

namespace {

constexpr uintmax_t kMaxArticleBytes = 64u << 20;

}  // namespace

Status ReadArticleBytes(const ArticleFile& file, std::string* bytes) {
  if (file.path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    *bytes = buffer.str();
    return Status::Ok();
  }
  std::error_code ec;
  uintmax_t size = fs::file_size(file.path, ec);
  if (ec) return Status::Input(file.path + ": cannot read: " + ec.message());
  if (size > kMaxArticleBytes)
    return Status::Input(file.path + ": file too large for an article (" + std::to_string(size) + " bytes)");
  std::ifstream in(file.path, std::ios::binary);
  if (!in) return Status::Input(file.path + ": cannot open");
  bytes->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return Status::Ok();
}

namespace {

struct Slot {
  Status status;
  std::shared_ptr<const compiler::ArticleAnalysis> analysis;
};

Slot AnalyzeOne(const ArticleFile& file) {
  Slot slot;
  std::string bytes;
  slot.status = ReadArticleBytes(file, &bytes);
  if (slot.status.ok()) slot.status = compiler::AnalyzeArticle(file.path, bytes, &slot.analysis);
  return slot;
}

}  // namespace

void AnalyzeInParallel(const std::vector<ArticleFile>& files, int jobs, const AnalysisSink& sink) {
  if (jobs <= 1) {
    for (size_t i = 0; i < files.size(); ++i) {
      Slot slot = AnalyzeOne(files[i]);
      if (!sink(i, files[i], slot.status, std::move(slot.analysis))) return;
    }
    return;
  }
  // Workers take the next index; the caller consumes results in order. A window bounds
  // how far workers run ahead, so memory stays flat however many articles there are.
  const size_t window = static_cast<size_t>(jobs) * 4;
  std::vector<std::optional<Slot>> slots(files.size());
  std::mutex mutex;
  std::condition_variable changed;
  size_t next = 0, consumed = 0;
  bool stop = false;
  auto worker = [&] {
    for (;;) {
      size_t index;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stop || next >= files.size() || next < consumed + window; });
        if (stop || next >= files.size()) return;
        index = next++;
      }
      Slot slot = AnalyzeOne(files[index]);
      std::lock_guard<std::mutex> lock(mutex);
      slots[index] = std::move(slot);
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int j = 0; j < jobs; ++j) threads.emplace_back(worker);
  for (size_t i = 0; i < files.size(); ++i) {
    Slot slot;
    {
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [&] { return slots[i].has_value(); });
      slot = std::move(*slots[i]);
      slots[i].reset();
      consumed = i + 1;
      changed.notify_all();
    }
    if (!sink(i, files[i], slot.status, std::move(slot.analysis))) {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
      changed.notify_all();
      break;
    }
  }
  for (auto& t : threads) t.join();
}

}  // namespace kg
