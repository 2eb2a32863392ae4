// ExtractArticles (kg/database.h): `kg extract`, a build that writes each analysis as a
// JSON line (engine/compiler/analysis_json.h) instead of into a database.
#include <ostream>

#include "engine/articles/article_files.h"
#include "engine/compiler/analysis_json.h"
#include "kg/database.h"

namespace kg {

BuildReport ExtractArticles(const std::vector<std::string>& paths, int jobs, std::ostream& out) {
  BuildReport report;
  std::vector<ArticleFile> files;
  CollectArticleFiles(paths, "", &files, &report.errors, &report.empty_folders);
  report.failed = static_cast<int64_t>(report.errors.size());
  std::string line;
  // Lines come out in file order, as Build writes: `kg load` of them makes Build's graph.
  AnalyzeInParallel(files, jobs, [&](size_t, const ArticleFile&, Status status,
                                     std::shared_ptr<const compiler::ArticleAnalysis> analysis) {
    if (status.ok()) status = compiler::AnalysisToJsonLine(*analysis, &line);
    if (!status.ok()) {
      report.failed++;
      report.errors.push_back(status);
      return true;
    }
    out << line << '\n';
    report.articles++;
    return static_cast<bool>(out);
  });
  return report;
}

}  // namespace kg
