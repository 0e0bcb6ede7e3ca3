// src/web/import_controller.cpp — the review list: people an import could not match with certainty
// (a census child, who has no name in the file, or a person from the CSV files), each shown as the
// file gave them beside the records they might be, for a manager to say which record they are or
// that they are new; and the same through the API.
#include "domain/codes.hpp"
#include "domain/text.hpp"
#include "web/controllers.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoReview = "There is no such child waiting for review";

std::string BornWords(const domain::ImportedChild& child) {
  if (child.birth) return domain::FormatLongDate(*child.birth);
  if (child.expected_birth) return "expected " + domain::FormatLongDate(*child.expected_birth);
  return "not known";
}

std::string ReferralWords(const domain::ImportedChild& child) {
  std::string words;
  for (const auto& episode : child.episodes)
    words += (words.empty() ? "" : "; ") + domain::FormatLongDate(episode.referral_date);
  return words.empty() ? "none" : words;
}

// ", pupil number A123456789012 (before, W801200106001)" for a record with numbers, else "".
std::string PupilNumbers(const domain::Person& person) {
  if (person.upn.empty() && person.former_upn.empty()) return "";
  return ", pupil number " + (person.upn.empty() ? std::string("not known") : person.upn) +
         (person.former_upn.empty() ? "" : " (before, " + person.former_upn + ")");
}

nlohmann::json ChildJson(const domain::ImportedChild& child) {
  nlohmann::json referrals = nlohmann::json::array();
  for (const auto& episode : child.episodes)
    referrals.push_back({{"referral_date", domain::FormatDate(episode.referral_date)},
                         {"referral_source", episode.referral_source},
                         {"closure_date", JsonDate(episode.closure_date)}});
  return {{"la_child_id", child.la_child_id},
          {"date_of_birth", JsonDate(child.birth)},
          {"date_of_death", JsonDate(child.death)},
          {"sex", domain::kSexes.Code(child.sex)},
          {"upn", child.upn},
          {"former_upn", child.former_upn},
          {"ethnicity", child.ethnicity},
          {"referrals", referrals}};
}

nlohmann::json ReviewJson(const service::ReviewView& view) {
  nlohmann::json candidates = nlohmann::json::array();
  for (const auto& person : view.candidates)
    candidates.push_back({{"id", person.id},
                          {"name", person.FullName()},
                          {"date_of_birth", JsonDate(person.date_of_birth)},
                          {"sex", domain::kSexes.Code(person.sex)}});
  return {{"id", view.review.id},
          {"source", view.review.source},
          {"reason", view.review.reason},
          {"status", domain::kReviewStatuses.Code(view.review.status)},
          {"name", view.name.empty() ? nlohmann::json(nullptr) : nlohmann::json(view.name)},
          {"child", ChildJson(view.child)},
          {"candidates", candidates}};
}

}  // namespace

http::Response ImportController::Reviews(const RequestContext& context) const {
  return Shown(
      pages_, context, imports_.ShowReviews(*context.identity, kShown),
      [&](const std::vector<service::ReviewView>& views) {
        const std::string resolved = context.query.Value("resolved");  // set by Resolve
        nlohmann::json view = {
            {"title", "Children to match"},
            {"resolved", resolved == "matched" ? nlohmann::json("It was matched")
                         : resolved == "new"   ? nlohmann::json("A new record was made")
                                               : nlohmann::json(false)},
            {"has_reviews", !views.empty()},
            {"reviews", nlohmann::json::array()}};
        for (const auto& item : views)
          view["reviews"].push_back({{"link", "/imports/reviews/" + std::to_string(item.review.id)},
                                     {"child", item.child.la_child_id},
                                     {"name", item.name},
                                     {"born", BornWords(item.child)},
                                     {"referrals", ReferralWords(item.child)},
                                     {"reason", item.review.reason}});
        return pages_.Render(context, 200, "import_reviews", view);
      });
}

http::Response ImportController::Review(const RequestContext& context) const {
  return Shown(pages_, context, imports_.ShowReview(*context.identity, context.id),
               [&](const service::ReviewView& view) { return ReviewPage(context, 200, view, {}); });
}

http::Response ImportController::Resolve(const RequestContext& context) const {
  Fields fields(context.form);
  const std::string chosen = fields.Text("person");
  std::int64_t person_id = -1;
  if (chosen == "new")
    person_id = 0;
  else if (const auto id = PathId({{"person", chosen}}, "person"))
    person_id = *id;
  return Answered(
      pages_, context, imports_.ResolveReview(*context.identity, context.id, person_id),
      [&](const domain::ImportReview&) {
        // The banner says which was chosen: a record it was matched to, or a new one.
        return RedirectResponse(std::string("/imports/reviews?resolved=") +
                                (person_id == 0 ? "new" : "matched"));
      },
      [&](const service::ReviewView& view, const domain::FieldErrors& errors) {
        return ReviewPage(context, 400, view, errors);
      });
}

http::Response ImportController::ApiReviews(const RequestContext& context) const {
  const auto shown = imports_.ShowReviews(*context.identity, kShown);
  nlohmann::json reviews = nlohmann::json::array();
  if (const auto* views = std::get_if<std::vector<service::ReviewView>>(&shown))
    for (const auto& view : *views) reviews.push_back(ReviewJson(view));
  return PagedList(context, {{"reviews", reviews}}, "reviews");
}

http::Response ImportController::ApiResolve(const RequestContext& context) const {
  Fields fields(context.body);
  const auto& body = context.body;
  const std::int64_t person_id =
      body.is_object() && body.contains("person_id") && body["person_id"].is_number_integer()
          ? body["person_id"].get<std::int64_t>()
          : -1;
  if (person_id < 0)
    return JsonErrors(422, {{"person_id",
                             "Give the id of one of the records listed, or 0 for "
                             "a new record"}});
  return ApiSubmitted(
      fields, [&] { return imports_.ResolveReview(*context.identity, context.id, person_id); },
      kNoReview, 200,
      [](const domain::ImportReview& review) {
        return nlohmann::json{{"id", review.id},
                              {"status", domain::kReviewStatuses.Code(review.status)},
                              {"person_id", review.person_id.value_or(0)}};
      });
}

http::Response ImportController::ReviewPage(const RequestContext& context, int status,
                                            const service::ReviewView& view,
                                            const domain::FieldErrors& errors) const {
  const std::string question =
      view.name.empty() ? "Which record is this child?" : "Which record is this person?";
  nlohmann::json page = FormErrorsView(question, errors);
  const auto& child = view.child;
  page["id"] = view.review.id;
  page["child"] = child.la_child_id;
  page["source"] = view.review.source;
  page["reason"] = view.review.reason;
  page["born"] = BornWords(child);
  page["died"] =
      child.death ? nlohmann::json(domain::FormatLongDate(*child.death)) : nlohmann::json(false);
  page["sex"] = std::string(domain::kSexes.Name(child.sex));
  page["upn"] = child.upn.empty() ? std::string("not given") : child.upn;
  page["former_upn"] =
      child.former_upn.empty() ? nlohmann::json(false) : nlohmann::json(child.former_upn);
  page["referrals"] = ReferralWords(child);
  page["name"] = view.name;
  page["census"] = view.name.empty();
  page["open"] = view.review.status == domain::ReviewStatus::kOpen;
  // Not named: only that a record the manager may not read may be this child, and what to do.
  const int hidden = view.restricted_candidates;
  page["restricted_candidates"] =
      hidden == 0
          ? nlohmann::json(false)
          : nlohmann::json((hidden == 1 ? std::string("A restricted record")
                                        : std::to_string(hidden) + " restricted records") +
                           " may also be this " + (view.name.empty() ? "child" : "person") +
                           "'s. Only the people a restricted record is open to can see it: ask the "
                           "manager who restricted it before you choose a new record.");
  std::vector<Choice> choices;
  for (const auto& person : view.candidates)
    choices.push_back({std::to_string(person.id), person.FullName(),
                       domain::LocalChildId(person.id) + ", " + domain::BirthInWords(person) +
                           ", sex: " + domain::Lower(domain::kSexes.Name(person.sex)) +
                           PupilNumbers(person)});
  choices.push_back({"new", "None of these: a new record",
                     "Their history is brought in on a record of their own"});
  page["person"] = Radios("person", question, choices, Fields(context.form).Text("person"), page);
  return pages_.Render(context, status, "import_review", page);
}

}  // namespace frontdoor::web
