// src/domain/xlsx.cpp — a workbook read from its bytes: the zip through minizip (over memory, not a
// file), each part's XML through expat with namespaces, so "x:row" and "row" read alike.
#include "domain/xlsx.hpp"

#include <expat.h>
#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <memory>

namespace frontdoor::domain {

namespace {

// The zip's bytes as minizip's "file": open, read, tell, seek and close over memory.
struct MemoryZip {
  std::string_view bytes;
  std::size_t at = 0;
};

voidpf OpenMemory(voidpf, const void* file, int) {
  return const_cast<void*>(file);
}
uLong ReadMemory(voidpf, voidpf stream, void* out, uLong size) {
  auto& zip = *static_cast<MemoryZip*>(stream);
  const std::size_t count = std::min<std::size_t>(size, zip.bytes.size() - zip.at);
  std::memcpy(out, zip.bytes.data() + zip.at, count);
  zip.at += count;
  return uLong(count);
}
uLong WriteMemory(voidpf, voidpf, const void*, uLong) {
  return 0;
}
ZPOS64_T TellMemory(voidpf, voidpf stream) {
  return static_cast<MemoryZip*>(stream)->at;
}
long SeekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto& zip = *static_cast<MemoryZip*>(stream);
  ZPOS64_T base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = zip.at;
  if (origin == ZLIB_FILEFUNC_SEEK_END) base = zip.bytes.size();
  if (offset > zip.bytes.size() - base) return -1;
  zip.at = std::size_t(base + offset);
  return 0;
}
int CloseMemory(voidpf, voidpf) {
  return 0;
}
int ErrorMemory(voidpf, voidpf) {
  return 0;
}

// An open zip; Part reads one member whole.
class Zip {
 public:
  explicit Zip(std::string_view bytes) : memory_{bytes, 0} {
    zlib_filefunc64_def functions{OpenMemory, ReadMemory,  WriteMemory, TellMemory,
                                  SeekMemory, CloseMemory, ErrorMemory, nullptr};
    file_ = unzOpen2_64(&memory_, &functions);
  }
  ~Zip() {
    if (file_) unzClose(file_);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  bool IsOpen() const { return file_ != nullptr; }

  //! The member `name`; nullopt with `problem` set when it is missing, damaged or too large.
  std::optional<std::string> Part(const std::string& name, std::string& problem) {
    if (unzLocateFile(file_, name.c_str(), 1) != UNZ_OK) {
      problem = "The workbook has no " + name;
      return std::nullopt;
    }
    if (unzOpenCurrentFile(file_) != UNZ_OK) {
      problem = "The workbook's " + name + " cannot be unpacked";
      return std::nullopt;
    }
    std::string out;
    char buffer[1 << 16];
    int read = 0;
    while ((read = unzReadCurrentFile(file_, buffer, sizeof(buffer))) > 0) {
      if (out.size() + std::size_t(read) > kMaxWorkbookPart) {
        unzCloseCurrentFile(file_);
        problem = "The workbook's " + name + " is larger than frontdoor reads (" +
                  std::to_string(kMaxWorkbookPart >> 20) + " MB unpacked)";
        return std::nullopt;
      }
      out.append(buffer, std::size_t(read));
    }
    // A damaged member reads short or fails its checksum when closed.
    if (unzCloseCurrentFile(file_) != UNZ_OK || read < 0) {
      problem = "The workbook's " + name + " is damaged";
      return std::nullopt;
    }
    return out;
  }

 private:
  MemoryZip memory_;
  unzFile file_ = nullptr;
};

// One element's name without its namespace, and its attributes by local name.
using Attributes = std::map<std::string, std::string, std::less<>>;

std::string_view LocalName(const char* name) {
  std::string_view text(name);
  const auto bar = text.rfind('|');
  return bar == std::string_view::npos ? text : text.substr(bar + 1);
}

// Parses `xml`, calling `open` at each element's start, `close` at its end and `text` with its
// character data; false (with `problem`) when it is not well-formed.
struct XmlHandlers {
  std::function<void(std::string_view, const Attributes&)> open;
  std::function<void(std::string_view)> close;
  std::function<void(std::string_view)> text;
};

bool ParseXml(const std::string& xml, const std::string& part, XmlHandlers& handlers,
              std::string& problem) {
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(
      XML_ParserCreateNS(nullptr, '|'), XML_ParserFree);
  XML_SetUserData(parser.get(), &handlers);
  XML_SetElementHandler(
      parser.get(),
      [](void* data, const char* name, const char** attributes) {
        auto& own = *static_cast<XmlHandlers*>(data);
        if (!own.open) return;
        Attributes read;
        for (int i = 0; attributes[i]; i += 2)
          read.emplace(LocalName(attributes[i]), attributes[i + 1]);
        own.open(LocalName(name), read);
      },
      [](void* data, const char* name) {
        auto& own = *static_cast<XmlHandlers*>(data);
        if (own.close) own.close(LocalName(name));
      });
  XML_SetCharacterDataHandler(parser.get(), [](void* data, const char* text, int length) {
    auto& own = *static_cast<XmlHandlers*>(data);
    if (own.text) own.text(std::string_view(text, std::size_t(length)));
  });
  if (XML_Parse(parser.get(), xml.data(), int(xml.size()), 1) == XML_STATUS_OK) return true;
  problem = "The workbook's " + part + " is not well-formed XML (line " +
            std::to_string(XML_GetCurrentLineNumber(parser.get())) +
            "): " + XML_ErrorString(XML_GetErrorCode(parser.get()));
  return false;
}

// The relationships of a part: id to target, and the target of the first of a type.
struct Relationships {
  std::map<std::string, std::string> by_id;
  std::map<std::string, std::string> by_type;  // the type's last word: "officeDocument"
};

std::optional<Relationships> ReadRelationships(Zip& zip, const std::string& part,
                                               std::string& problem) {
  const auto xml = zip.Part(part, problem);
  if (!xml) return std::nullopt;
  Relationships out;
  XmlHandlers handlers;
  handlers.open = [&](std::string_view name, const Attributes& attributes) {
    if (name != "Relationship") return;
    const auto id = attributes.find("Id"), type = attributes.find("Type"),
               target = attributes.find("Target");
    if (target == attributes.end()) return;
    if (id != attributes.end()) out.by_id[id->second] = target->second;
    if (type != attributes.end())
      out.by_type.emplace(type->second.substr(type->second.rfind('/') + 1), target->second);
  };
  if (!ParseXml(*xml, part, handlers, problem)) return std::nullopt;
  return out;
}

// A relationship's target as a member's name: "/xl/x.xml" from the root, else from `folder`.
std::string MemberOf(const std::string& folder, const std::string& target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  std::string path = folder + target;
  // "xl/worksheets/../sharedStrings.xml" and the like.
  for (std::size_t up; (up = path.find("/../")) != std::string::npos;) {
    const auto start = path.rfind('/', up == 0 ? 0 : up - 1);
    path.erase(start == std::string::npos ? 0 : start + 1,
               up + 4 - (start == std::string::npos ? 0 : start + 1));
  }
  return path;
}

std::string FolderOf(const std::string& member) {
  const auto slash = member.rfind('/');
  return slash == std::string::npos ? "" : member.substr(0, slash + 1);
}

// The shared strings: each <si>'s text, runs joined, phonetic guides left out.
std::optional<std::vector<std::string>> ReadSharedStrings(Zip& zip, const std::string& part,
                                                          std::string& problem) {
  const auto xml = zip.Part(part, problem);
  if (!xml) return std::nullopt;
  std::vector<std::string> strings;
  bool in_text = false;
  int phonetic = 0;
  XmlHandlers handlers;
  handlers.open = [&](std::string_view name, const Attributes&) {
    if (name == "si") strings.emplace_back();
    if (name == "rPh") ++phonetic;
    if (name == "t") in_text = phonetic == 0 && !strings.empty();
  };
  handlers.close = [&](std::string_view name) {
    if (name == "rPh") --phonetic;
    if (name == "t") in_text = false;
  };
  handlers.text = [&](std::string_view text) {
    if (in_text) strings.back().append(text);
  };
  if (!ParseXml(*xml, part, handlers, problem)) return std::nullopt;
  return strings;
}

// "AB12" → 27 (columns from 0); -1 when there are no letters.
int ColumnOf(std::string_view reference) {
  int column = 0;
  std::size_t letters = 0;
  for (char c : reference) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + (c - 'A' + 1);
    if (++letters > 3) return -1;
  }
  return letters == 0 ? -1 : column - 1;
}

// The number in a row's "r" ("12"), or 0.
int RowNumberOf(std::string_view text) {
  int row = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || row > 10'000'000) return 0;
    row = row * 10 + (c - '0');
  }
  return row;
}

// A sheet's rows: each cell's text placed in its column.
std::optional<std::vector<CsvRow>> ReadSheet(Zip& zip, const std::string& part,
                                             const std::vector<std::string>& shared,
                                             std::string& problem) {
  const auto xml = zip.Part(part, problem);
  if (!xml) return std::nullopt;
  std::vector<CsvRow> rows;
  CsvRow row;
  int last_row = 0, next_column = 0;
  std::string type, value;
  int column = 0;
  bool in_cell = false, in_value = false;
  std::string bad;
  XmlHandlers handlers;
  handlers.open = [&](std::string_view name, const Attributes& attributes) {
    if (name == "row") {
      const auto r = attributes.find("r");
      const int number = r == attributes.end() ? 0 : RowNumberOf(r->second);
      row = {number > last_row ? number : last_row + 1, {}};
      last_row = row.row;
      next_column = 0;
    } else if (name == "c") {
      const auto r = attributes.find("r");
      const auto t = attributes.find("t");
      column = r == attributes.end() ? next_column : ColumnOf(r->second);
      if (column < 0 || column > 16383) column = next_column;
      type = t == attributes.end() ? "n" : t->second;
      value.clear();
      in_cell = true;
    } else if (in_cell && (name == "v" || name == "t")) {
      in_value = true;
    }
  };
  handlers.close = [&](std::string_view name) {
    if (name == "v" || name == "t") {
      in_value = false;
    } else if (name == "c" && in_cell) {
      in_cell = false;
      next_column = column + 1;
      std::string text = value;
      if (type == "s") {
        const std::size_t index = std::size_t(RowNumberOf(value));
        if (value.empty() || index >= shared.size()) {
          if (bad.empty())
            bad = "row " + std::to_string(row.row) + " names a shared string that is not there";
          text.clear();
        } else {
          text = shared[index];
        }
      } else if (type == "b") {
        text = value == "1" ? "TRUE" : "FALSE";
      }
      if (text.empty()) return;
      if (row.fields.size() <= std::size_t(column)) row.fields.resize(std::size_t(column) + 1);
      row.fields[std::size_t(column)] = std::move(text);
    } else if (name == "row") {
      if (!row.fields.empty()) rows.push_back(std::move(row));
      row = {};
    }
  };
  handlers.text = [&](std::string_view text) {
    if (in_value) value.append(text);
  };
  if (!ParseXml(*xml, part, handlers, problem)) return std::nullopt;
  if (!bad.empty()) {
    problem = "The workbook's " + part + ": " + bad;
    return std::nullopt;
  }
  return rows;
}

}  // namespace

std::optional<std::vector<WorkbookSheet>> ReadWorkbook(std::string_view bytes,
                                                       std::string& problem) {
  Zip zip(bytes);
  if (!zip.IsOpen()) {
    problem = "The file is not a workbook (.xlsx): it is not a zip file";
    return std::nullopt;
  }
  const auto package = ReadRelationships(zip, "_rels/.rels", problem);
  if (!package) return std::nullopt;
  const auto office = package->by_type.find("officeDocument");
  if (office == package->by_type.end()) {
    problem = "The file is not a workbook (.xlsx): it names no workbook";
    return std::nullopt;
  }
  const std::string workbook = MemberOf("", office->second);
  const std::string folder = FolderOf(workbook);
  const auto links =
      ReadRelationships(zip, folder + "_rels/" + workbook.substr(folder.size()) + ".rels", problem);
  if (!links) return std::nullopt;
  std::vector<std::string> shared;
  if (const auto strings = links->by_type.find("sharedStrings"); strings != links->by_type.end()) {
    auto read = ReadSharedStrings(zip, MemberOf(folder, strings->second), problem);
    if (!read) return std::nullopt;
    shared = std::move(*read);
  }
  const auto xml = zip.Part(workbook, problem);
  if (!xml) return std::nullopt;
  std::vector<std::pair<std::string, std::string>> named;  // sheet name, relationship id
  XmlHandlers handlers;
  handlers.open = [&](std::string_view name, const Attributes& attributes) {
    if (name != "sheet") return;
    const auto sheet_name = attributes.find("name"), id = attributes.find("id");
    if (sheet_name != attributes.end() && id != attributes.end())
      named.emplace_back(sheet_name->second, id->second);
  };
  if (!ParseXml(*xml, workbook, handlers, problem)) return std::nullopt;
  std::vector<WorkbookSheet> sheets;
  for (const auto& [name, id] : named) {
    const auto target = links->by_id.find(id);
    if (target == links->by_id.end()) {
      problem = "The workbook's sheet \"" + name + "\" has no part";
      return std::nullopt;
    }
    auto rows = ReadSheet(zip, MemberOf(folder, target->second), shared, problem);
    if (!rows) return std::nullopt;
    sheets.push_back({name, std::move(*rows)});
  }
  return sheets;
}

}  // namespace frontdoor::domain
