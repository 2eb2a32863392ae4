// --params JSON to parameter values, through nlohmann's SAX parser: it never recurses, so
// a value nested a million deep is an error here rather than a stack overflow, and it
// hands over each number's text, so an integer beyond 64 bits is an error, not a float.
#include <limits>

#include <nlohmann/json.hpp>

#include "shell/cli.h"

namespace kg::cli {

namespace {

class ParamsBuilder : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit ParamsBuilder(int max_depth) : max_depth_(max_depth) {}

  bool null() override { return Add(Value()); }
  bool boolean(bool b) override { return Add(Value(b)); }
  bool number_integer(number_integer_t i) override { return Add(Value(int64_t{i})); }
  bool number_unsigned(number_unsigned_t u) override {
    if (u > uint64_t(std::numeric_limits<int64_t>::max())) return Fail("--params integer out of range: " + std::to_string(u));
    return Add(Value(static_cast<int64_t>(u)));
  }
  bool number_float(number_float_t d, const string_t& text) override {
    if (text.find_first_of(".eE") == std::string::npos) return Fail("--params integer out of range: " + text);
    return Add(Value(d));
  }
  bool string(string_t& s) override { return Add(Value(std::move(s))); }
  bool binary(binary_t&) override { return Fail("--params expects a JSON object"); }
  bool start_object(std::size_t) override { return Open(false); }
  bool key(string_t& k) override {
    open_.back().key = std::move(k);
    return true;
  }
  bool end_object() override { return Close(Value(std::move(open_.back().map))); }
  bool start_array(std::size_t) override { return Open(true); }
  bool end_array() override { return Close(Value(std::move(open_.back().list))); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return Fail("--params expects a JSON object");
  }

  Status Finish(Params* params) {
    if (!error_.empty()) return Status::Argument(error_);
    if (!root_.is_map()) return Status::Argument("--params expects a JSON object");
    for (const auto& [name, value] : root_.as_map()) (*params)[name] = value;
    return Status::Ok();
  }

 private:
  struct Container {
    bool is_list;
    List list;
    Map map;
    std::string key;
  };

  bool Open(bool is_list) {
    // The outer object holds the parameters: their own nesting starts inside it.
    if (static_cast<int>(open_.size()) > max_depth_)
      return Fail("--params value nested deeper than " + std::to_string(max_depth_) + " levels");
    open_.push_back({is_list, {}, {}, {}});
    return true;
  }
  bool Close(Value done) {
    open_.pop_back();
    return Add(std::move(done));
  }
  bool Add(Value v) {
    if (open_.empty()) root_ = std::move(v);
    else if (open_.back().is_list) open_.back().list.push_back(std::move(v));
    else open_.back().map[open_.back().key] = std::move(v);
    return true;
  }
  bool Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

  int max_depth_;
  std::vector<Container> open_;
  Value root_;
  std::string error_;
};

}  // namespace

Status ParseJsonParams(const std::string& json, int max_depth, Params* params) {
  ParamsBuilder builder(max_depth);
  nlohmann::json::sax_parse(json, &builder);
  return builder.Finish(params);
}

}  // namespace kg::cli
