// engine/common/log.h — kg's own spdlog logger ("kg"), never spdlog's global default, so an
// embedding program can silence or redirect it. Quiet (warnings) unless set otherwise.
#pragma once

#include <spdlog/spdlog.h>

namespace kg {

spdlog::logger& Log();

// `kg -v` turns on debug output.
void SetLogLevel(spdlog::level::level_enum level);

}  // namespace kg
