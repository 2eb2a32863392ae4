// engine/articles/article_files.h — finding and reading the articles `kg build` is given, and
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
  // Absolute and lexically normal ("/news/./a/../b.txt" is "/news/b.txt"), so that
  // `kg build d`, `kg build ./d` and `kg build $PWD/d` name one article; "-" is stdin.
  // Symlinks are not resolved: the path is the user's name for the article (what a later
  // build or removal names), and two names of one file are one article anyway, since an
  // article is its content.
  std::string path;
};

// `path` made absolute and lexically normal, as ArticleFile::path is; the path need not
// exist, so that a removed file can still be named. "-" and the path of an article read
// from stdin ("stdin:" + its id, as its Article node shows) stay as they are.
std::string NormalArticlePath(const std::string& path);

// Expands files and folders (recursively, hidden entries skipped, symlinked folders
// followed once) into a sorted list of files. "-" stands for stdin. The folder `skip` (the
// database's own, when it lies inside what is built) is left out. Each path that cannot
// be read, missing, an unreadable folder, a symlink loop or a dangling symlink, adds one
// InputError naming it to *errors; everything else is collected. A given folder in which
// nothing was found, and nothing failed, is added to *empty_folders (when not null).
void CollectArticleFiles(const std::vector<std::string>& paths, const std::string& skip,
                         std::vector<ArticleFile>* files, std::vector<Status>* errors,
                         std::vector<std::string>* empty_folders = nullptr);

// Reads one article's bytes. InputError for unreadable or oversized (> 64 MiB) files.
Status ReadArticleBytes(const ArticleFile& file, std::string* bytes);

using AnalysisSink = std::function<bool(size_t index, const ArticleFile& file, Status status,
                                        std::shared_ptr<const compiler::ArticleAnalysis> analysis)>;

// Reads and analyses every file on `jobs` threads and calls `sink` for each, in file order,
// from the calling thread, until `sink` returns false. At most a few analyses per job wait
// in memory at once.
void AnalyzeInParallel(const std::vector<ArticleFile>& files, int jobs, const AnalysisSink& sink);

}  // namespace kg
