// src/service/credentials.hpp — the cryptography behind sign-in: argon2id, random tokens, SHA-256,
// TOTP codes, QR codes.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "domain/clock.hpp"
#include "domain/digest.hpp"

namespace frontdoor::service {

//! How much work a password hash costs. Moderate is for real accounts; interactive exists so
//! test suites that create many accounts stay fast (set FRONTDOOR_PASSWORD_HASHING=interactive).
enum class PasswordHashCost {
  kModerate,     //!< libsodium MODERATE: 3 passes over 256 MiB
  kInteractive,  //!< libsodium INTERACTIVE: 2 passes over 64 MiB
};

//! The cost named by FRONTDOOR_PASSWORD_HASHING, moderate unless it says "interactive".
PasswordHashCost PasswordHashCostFromEnvironment();

//! An argon2id hash in libsodium's encoded form (parameters and salt included).
std::string HashPassword(std::string_view password, PasswordHashCost cost);
//! True when `password` matches `hash`. Takes the same time for a made-up hash.
bool VerifyPassword(std::string_view hash, std::string_view password);
//! A hash of a password nobody knows, to spend the same time when the username does not exist.
const std::string& DecoyPasswordHash();

//! `bytes` random bytes as URL-safe base64 without padding (32 bytes: 43 characters, 256 bits).
std::string RandomToken(size_t bytes = 32);
//! Equality that takes the same time wherever the strings differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

//! A new secret for time-based codes (160 bits, base32).
std::string NewTotpSecret();
//! The time step of `code` when it is valid for `secret` at `now` (one step of clock drift
//! either way) and later than `last_step` (no code works twice); nullopt otherwise.
std::optional<std::int64_t> AcceptTotpCode(std::string_view secret, std::string_view code,
                                           domain::Timestamp now, std::int64_t last_step);
//! The six-digit code for `secret` at `now` (for tests and demonstrations).
std::string TotpCode(std::string_view secret, domain::Timestamp now);
//! The otpauth:// address an authenticator app reads from the QR code.
std::string TotpAddress(std::string_view issuer, std::string_view username,
                        std::string_view secret);
//! A one-time recovery code like "k7m2p-x9q4r" (50 bits), for when the authenticator is lost.
std::string NewRecoveryCode();
//! A recovery code kept as an argon2id hash with its own salt (the code has about 50 bits).
std::string HashRecoveryCode(std::string_view code);
//! Whether `typed` is the code `kept` (an argon2id hash, or the unsalted SHA-256 of a code made
//! before they were hashed so).
bool RecoveryCodeMatches(std::string_view kept, std::string_view typed);
//! Whether `typed` could be a recovery code at all (ten of its letters): a six-digit code is not
//! checked against them.
bool LooksLikeRecoveryCode(std::string_view typed);

//! A key for XChaCha20-Poly1305.
using SealingKey = std::array<unsigned char, 32>;
//! A key two-step secrets are sealed with, kept in a file outside the database.
using TwoStepKey = SealingKey;
//! A new random key.
TwoStepKey NewTwoStepKey();
//! The key's id, 8 hex digits, written beside each secret it seals (so the key that opens a
//! secret is known once there are several).
std::string TwoStepKeyId(const TwoStepKey& key);
//! The two-step secret sealed (XChaCha20-Poly1305) for the account `user_id` alone, as kept.
std::string SealTwoStepSecret(std::string_view secret, std::int64_t user_id, const TwoStepKey& key);
//! Whether a kept secret is sealed (one kept before secrets were sealed is not).
bool IsSealedTwoStepSecret(std::string_view kept);
//! Whether a kept secret is sealed with `key` and says so (one sealed before keys were named is
//! not: it is sealed again when keys change).
bool IsSealedWith(std::string_view kept, const TwoStepKey& key);
//! The secret a kept one holds: opened with whichever of `keys` sealed it (nothing when none of
//! them did, or it was sealed for another account), as it is when not sealed.
std::optional<std::string> OpenTwoStepSecret(std::string_view kept, std::int64_t user_id,
                                             std::span<const TwoStepKey> keys);
//! `text` sealed (XChaCha20-Poly1305) so that it can be opened only with the same
//! `session_secret` and `purpose`, as URL-safe base64: for a link that must not carry the text
//! itself. Each sealing differs.
std::string SealForSession(std::string_view text, std::string_view session_secret,
                           std::string_view purpose);
//! The text SealForSession sealed, when `sealed` is one it made with this secret and purpose and
//! was not changed since.
std::optional<std::string> OpenForSession(std::string_view sealed, std::string_view session_secret,
                                          std::string_view purpose);

//! A recovery code as typed, made comparable: lower case, without spaces or hyphens.
std::string NormaliseRecoveryCode(std::string_view typed);

//! A QR code of `text` as an accessible SVG image.
std::string QrCodeSvg(std::string_view text, std::string_view description);

}  // namespace frontdoor::service
