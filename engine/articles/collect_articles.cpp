// CollectArticleFiles (article_files.h): the paths `kg build` is given, walked into a list
// of files. Nothing is skipped without a word: a path that cannot be read is an InputError.
#include <algorithm>
#include <filesystem>

#include "engine/articles/article_files.h"

namespace kg {
namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& p) { return !p.filename().empty() && p.filename().string()[0] == '.'; }

class Walk {
 public:
  Walk(const std::string& skip, std::vector<ArticleFile>* files, std::vector<Status>* errors)
      : files_(files), errors_(errors) {
    std::error_code ec;
    if (!skip.empty()) skip_ = fs::canonical(skip, ec);
  }

  // A path as given: anything that is not a folder is read as an article (a pipe from
  // `kg build <(...)` too); in folders, only regular files are. A given folder that holds
  // no file and no error is named in *empty: `kg build news/` of an empty folder is
  // most likely a wrong path, and says so instead of "built 0 articles".
  void Given(const fs::path& path, std::vector<std::string>* empty) {
    size_t files = files_->size(), errors = errors_->size();
    Entry(path, true);
    if (empty && files_->size() == files && errors_->size() == errors) empty->push_back(path.string());
  }

 private:
  void Fail(const fs::path& path, const std::string& why) {
    errors_->push_back(Status::Input(path.string() + ": " + why));
  }

  void Entry(const fs::path& path, bool given) {
    std::error_code ec, link_ec;
    fs::file_status target = fs::status(path, ec);  // follows symlinks
    if (target.type() == fs::file_type::none || target.type() == fs::file_type::not_found) {
      bool link = fs::is_symlink(fs::symlink_status(path, link_ec));
      if (!link && target.type() == fs::file_type::not_found)
        errors_->push_back(Status::Input("no such file or directory: " + path.string()));
      else if (link && target.type() == fs::file_type::not_found)
        Fail(path, "dangling symlink");
      else
        Fail(path, (link ? "cannot follow symlink: " : "cannot read: ") + ec.message());
      return;
    }
    if (fs::is_directory(target))
      Folder(path, given);
    else if (given || fs::is_regular_file(target))
      files_->push_back({path.string()});
  }

  void Folder(const fs::path& folder, bool given) {
    std::error_code ec;
    fs::path real = fs::canonical(folder, ec);
    if (ec) return Fail(folder, "cannot read folder: " + ec.message());
    if (!skip_.empty() && real == skip_) {  // the database's own files are no articles
      if (given) Fail(folder, "is the database folder, not articles");
      return;
    }
    if (std::find(ancestors_.begin(), ancestors_.end(), real) != ancestors_.end())
      return Fail(folder, "symlink loop: leads back to " + real.string());
    std::vector<fs::path> entries;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec))
      if (!IsHidden(it->path())) entries.push_back(it->path());
    if (ec) return Fail(folder, "cannot read folder: " + ec.message());
    ancestors_.push_back(real);
    for (const auto& entry : entries) Entry(entry, false);
    ancestors_.pop_back();
  }

  std::vector<ArticleFile>* files_;
  std::vector<Status>* errors_;
  fs::path skip_;
  std::vector<fs::path> ancestors_;  // canonical folders being walked, to see a symlink loop
};

}  // namespace

std::string NormalArticlePath(const std::string& path) {
  if (path == "-" || path.rfind("stdin:", 0) == 0) return path;  // stdin, or an article read from it
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  fs::path p = (ec ? fs::path(path) : absolute).lexically_normal();
  if (!p.has_filename() && p != p.root_path()) p = p.parent_path();  // "/news/" is "/news"
  return p.string();
}

void CollectArticleFiles(const std::vector<std::string>& paths, const std::string& skip,
                         std::vector<ArticleFile>* files, std::vector<Status>* errors,
                         std::vector<std::string>* empty_folders) {
  Walk walk(skip, files, errors);
  for (const auto& path : paths) {
    if (path == "-")
      files->push_back({"-"});
    else
      walk.Given(NormalArticlePath(path), empty_folders);
  }
  auto by_path = [](const ArticleFile& a, const ArticleFile& b) { return a.path < b.path; };
  auto same = [](const ArticleFile& a, const ArticleFile& b) { return a.path == b.path; };
  std::stable_sort(files->begin(), files->end(), by_path);
  files->erase(std::unique(files->begin(), files->end(), same), files->end());
}

}  // namespace kg
