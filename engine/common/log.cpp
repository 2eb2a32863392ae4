#include "engine/common/log.h"

#include <spdlog/sinks/stdout_sinks.h>

namespace kg {

spdlog::logger& Log() {
  static std::shared_ptr<spdlog::logger> logger = [] {
    auto l = std::make_shared<spdlog::logger>("kg", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    l->set_level(spdlog::level::warn);
    l->set_pattern("[%H:%M:%S.%e] [%l] %v");
    return l;
  }();
  return *logger;
}

void SetLogLevel(spdlog::level::level_enum level) { Log().set_level(level); }

}  // namespace kg
