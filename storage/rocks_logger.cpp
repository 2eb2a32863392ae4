#include "storage/rocks_logger.h"

#include <cstdio>

#include "engine/common/log.h"

namespace kg::storage {

namespace {

class KgRocksLogger : public rocksdb::Logger {
 public:
  KgRocksLogger() : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL) {}

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override { Logv(rocksdb::InfoLogLevel::INFO_LEVEL, format, ap); }

  void Logv(const rocksdb::InfoLogLevel level, const char* format, va_list ap) override {
    if (level < GetInfoLogLevel()) return;
    char line[1024];
    std::vsnprintf(line, sizeof(line), format, ap);
    Log().debug("rocksdb: {}", line);
  }
};

}  // namespace

std::shared_ptr<rocksdb::Logger> NewKgRocksLogger() { return std::make_shared<KgRocksLogger>(); }

}  // namespace kg::storage
