// src/service/services.cpp — building the use cases.
#include "service/services.hpp"

#include <thread>

namespace frontdoor::service {

namespace {

SignInService::Sleep RealSleepUnlessGiven(SignInService::Sleep sleep) {
  if (sleep) return sleep;
  return [](std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); };
}

}  // namespace

Services::Services(store::Store& store, const domain::Clock& clock,
                   const Configuration& configuration, const ServiceSettings& settings)
    : health(store),
      feedback(store, clock),
      audit(store, clock),
      accounts(store, clock, configuration.common_passwords, settings.password_hash_cost,
               settings.sign_in),
      sign_in(store, clock, settings.sign_in, settings.two_step,
              RealSleepUnlessGiven(settings.sleep)),
      people(store, clock, configuration.name_variants, configuration.Rules()),
      contacts(store, clock, configuration.Rules()),
      decisions(store, clock, configuration.Rules()),
      case_steps(store, clock, configuration.Rules()),
      checks(store, clock, configuration.Rules()),
      reports(store, clock, configuration.Rules()),
      returns(store, clock, configuration.Rules()),
      imports(store, clock, configuration.Rules(), configuration.name_variants),
      case_audits(store, clock, configuration.Rules(), configuration.audit_questions),
      plan(store, clock),
      dashboard(store, clock, configuration.Rules()),
      idempotency(store, clock) {}

}  // namespace frontdoor::service
