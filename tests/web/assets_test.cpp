// tests/web/assets_test.cpp — fingerprinted names and rewritten references between front-end files.
#include "web/assets.hpp"

#include <gtest/gtest.h>

namespace frontdoor::web {
namespace {

TEST(AssetCatalogue, FingerprintsNamesAndRewritesReferences) {
  const auto catalogue = AssetCatalogue::FromFiles({
      {"fonts/bold.woff2", "font bytes"},
      {"site.min.css", "@font-face{src:url(/assets/fonts/bold.woff2)}"},
      {"app.js", "import x from '/assets/lib.js'"},
      {"lib.js", "export default 1"},
  });
  const std::string& font = catalogue.Url("fonts/bold.woff2");
  EXPECT_TRUE(font.starts_with("/assets/fonts/bold-"));
  EXPECT_TRUE(font.ends_with(".woff2"));
  const std::string& css = catalogue.Url("site.min.css");
  EXPECT_TRUE(css.starts_with("/assets/site.min-")) << css;
  EXPECT_TRUE(css.ends_with(".css"));

  const Asset* stylesheet = catalogue.Find(css.substr(8));
  ASSERT_NE(stylesheet, nullptr);
  EXPECT_EQ(stylesheet->content_type, "text/css; charset=utf-8");
  EXPECT_EQ(stylesheet->body, "@font-face{src:url(" + font + ")}");
  EXPECT_NE(catalogue.Find(catalogue.Url("app.js").substr(8))->body.find(catalogue.Url("lib.js")),
            std::string::npos);
  EXPECT_EQ(catalogue.Find("site.min.css"), nullptr);  // only fingerprinted names are served
}

TEST(AssetCatalogue, AChangedFileChangesTheNamesThatLeadToIt) {
  const auto before = AssetCatalogue::FromFiles({{"a.css", "url(/assets/b.png)"}, {"b.png", "v1"}});
  const auto after = AssetCatalogue::FromFiles({{"a.css", "url(/assets/b.png)"}, {"b.png", "v2"}});
  EXPECT_NE(before.Url("b.png"), after.Url("b.png"));
  EXPECT_NE(before.Url("a.css"), after.Url("a.css"));
}

TEST(AssetCatalogue, UnknownNamesAreAMistake) {
  const auto catalogue = AssetCatalogue::FromFiles({{"a.css", ""}});
  EXPECT_THROW(catalogue.Url("missing.css"), std::out_of_range);
  EXPECT_THROW(AssetCatalogue::Load("/nonexistent-folder"), std::runtime_error);
}

}  // namespace
}  // namespace frontdoor::web
