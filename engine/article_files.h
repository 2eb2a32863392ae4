// engine/article_files.h — finding and reading the articles `kg build` is given, and
// analysing them on several threads.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/compiler/article_compiler.h"
#include "kg/status.h"

namespace kg {

struct ArticleFile {
  std::string path;  // as given or found; "-" is stdin
};

// Expands files and folders (recursively, hidden entries skipped) into a sorted list of
// files. "-" stands for stdin. InputError when a path does not exist.
Status CollectArticleFiles(const std::vector<std::string>& paths, std::vector<ArticleFile>* files);

// Reads one article's bytes. InputError for unreadable or oversized (> 64 MiB) files.
Status ReadArticleBytes(const ArticleFile& file, std::string* bytes);

using AnalysisSink = std::function<void(size_t index, const ArticleFile& file, Status status,
                                        std::shared_ptr<const compiler::ArticleAnalysis> analysis)>;

// Reads and analyses every file on `jobs` threads and calls `sink` for each, in file order,
// from the calling thread. At most a few analyses per job wait in memory at once.
void AnalyzeInParallel(const std::vector<ArticleFile>& files, int jobs, const AnalysisSink& sink);

}  // namespace kg
