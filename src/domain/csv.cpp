// src/domain/csv.cpp — CSV reading over libcsv's strict parser, the header's columns, and quoting a
// line for writing.
#include "domain/csv.hpp"

#include <csv.h>

#include "domain/text.hpp"

namespace frontdoor::domain {

struct CsvReader::State {
  csv_parser parser{};
  std::function<void(CsvRow)> on_row;
  CsvRow row;
  int rows = 0;
  bool started = false;  // past a byte-order mark
  std::string opening;   // the first bytes, until they are known not to be one
  std::optional<ImportProblem> problem;

  static void OnField(void* bytes, std::size_t size, void* data) {
    auto& state = *static_cast<State*>(data);
    state.row.fields.emplace_back(static_cast<const char*>(bytes), size);
  }
  static void OnRowEnd(int, void* data) {
    auto& state = *static_cast<State*>(data);
    state.row.row = ++state.rows;
    state.on_row(std::move(state.row));
    state.row = CsvRow{};
  }
};

CsvReader::CsvReader(std::function<void(CsvRow)> on_row) : state_(std::make_unique<State>()) {
  csv_init(&state_->parser, CSV_STRICT | CSV_STRICT_FINI);
  state_->on_row = std::move(on_row);
}

CsvReader::~CsvReader() {
  csv_free(&state_->parser);
}

bool CsvReader::Feed(std::string_view bytes, bool last) {
  State& state = *state_;
  if (state.problem) return false;
  // The first three bytes are held until it is clear whether they are a byte-order mark.
  std::string start;
  if (!state.started) {
    static constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
    state.opening.append(bytes);
    if (state.opening.size() < kByteOrderMark.size() && !last) return true;
    state.started = true;
    start = std::move(state.opening);
    if (std::string_view(start).substr(0, kByteOrderMark.size()) == kByteOrderMark)
      start.erase(0, kByteOrderMark.size());
    bytes = start;
  }
  const std::size_t read =
      csv_parse(&state.parser, bytes.data(), bytes.size(), State::OnField, State::OnRowEnd, &state);
  bool well = read == bytes.size();
  if (well && last) well = csv_fini(&state.parser, State::OnField, State::OnRowEnd, &state) == 0;
  if (!well) {
    const int error = csv_error(&state.parser);
    state.problem = ImportProblem{
        state.rows + 1, "", "",
        error == CSV_EPARSE ? "A quote out of place (a field with a comma or quote in it is "
                              "written in double quotes, a quote in it doubled)"
                            : std::string(csv_strerror(error))};
  }
  return well;
}

const ImportProblem* CsvReader::Problem() const {
  return state_->problem ? &*state_->problem : nullptr;
}

CsvColumns CsvColumns::Read(const CsvRow& header, const CsvLayout& layout,
                            std::vector<ImportProblem>& problems) {
  CsvColumns columns;
  columns.count_ = header.fields.size();
  const auto listed = [&](const std::string& name) {
    for (const auto* names : {&layout.required, &layout.optional}) {
      for (const auto& known : *names) {
        if (known == name) return true;
      }
    }
    return false;
  };
  for (std::size_t index = 0; index < header.fields.size(); ++index) {
    const std::string name = Lower(Trim(header.fields[index]));
    if (!listed(name)) {
      problems.push_back({header.row, "", header.fields[index],
                          "This file has no column of that name (see doc/import-csv.md)"});
    } else if (!columns.index_.emplace(name, index).second) {
      problems.push_back({header.row, "", name, "This column is named twice"});
    }
  }
  for (const auto& name : layout.required) {
    if (!columns.Has(name))
      problems.push_back({header.row, "", name, "This column is missing from the header"});
  }
  return columns;
}

std::string CsvColumns::Of(const CsvRow& row, std::string_view column) const {
  const auto found = index_.find(column);
  if (found == index_.end() || found->second >= row.fields.size()) return "";
  return Trim(row.fields[found->second]);
}

bool CsvColumns::Has(std::string_view column) const {
  return index_.find(column) != index_.end();
}

std::string CsvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t index = 0; index < fields.size(); ++index) {
    if (index) line += ',';
    const std::string& text = fields[index];
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
      line += text;
      continue;
    }
    line += '"';
    for (char letter : text) {
      if (letter == '"') line += '"';
      line += letter;
    }
    line += '"';
  }
  return line;
}

}  // namespace frontdoor::domain
