// src/service/credentials.cpp — libsodium, liboath and libqrencode behind plain functions.
#include "service/credentials.hpp"

#include <liboath/oath.h>
#include <qrencode.h>
#include <sodium.h>

#include <cstdlib>
#include <memory>
#include <span>
#include <stdexcept>
#include <vector>

#include "domain/base64.hpp"
#include "domain/digest.hpp"
#include "domain/text.hpp"

namespace frontdoor::service {

namespace {

constexpr unsigned kTotpStepSeconds = 30;
constexpr unsigned kTotpDigits = 6;

void EnsureLibrariesReady() {
  static const bool ready = [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
    if (oath_init() != OATH_OK) throw std::runtime_error("liboath could not start");
    return true;
  }();
  (void)ready;
}

std::string DecodeBase32(std::string_view secret) {
  char* raw = nullptr;
  size_t raw_length = 0;
  if (oath_base32_decode(secret.data(), secret.size(), &raw, &raw_length) != OATH_OK) return {};
  std::string bytes(raw, raw_length);
  std::free(raw);
  return bytes;
}

}  // namespace

PasswordHashCost PasswordHashCostFromEnvironment() {
  const char* setting = std::getenv("FRONTDOOR_PASSWORD_HASHING");
  return setting && std::string_view(setting) == "interactive" ? PasswordHashCost::kInteractive
                                                               : PasswordHashCost::kModerate;
}

std::string HashPassword(std::string_view password, PasswordHashCost cost) {
  EnsureLibrariesReady();
  const bool moderate = cost == PasswordHashCost::kModerate;
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(
          hash, password.data(), password.size(),
          moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE,
          moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE,
          crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("not enough memory to hash a password");
  }
  return hash;
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  EnsureLibrariesReady();
  const std::string terminated(hash);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

const std::string& DecoyPasswordHash() {
  static const std::string decoy = HashPassword(RandomToken(), PasswordHashCostFromEnvironment());
  return decoy;
}

namespace {

//! `bytes` as URL-safe base64 without padding.
std::string UrlSafeBase64(std::string_view bytes) {
  std::string encoded(
      sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(),
                    reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  encoded.resize(encoded.size() - 1);  // the terminating NUL
  return encoded;
}

}  // namespace

std::string RandomToken(size_t bytes) {
  EnsureLibrariesReady();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string encoded = UrlSafeBase64(raw);
  sodium_memzero(raw.data(), raw.size());
  return encoded;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  EnsureLibrariesReady();
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string NewTotpSecret() {
  EnsureLibrariesReady();
  std::string raw(20, '\0');
  randombytes_buf(raw.data(), raw.size());
  char* encoded = nullptr;
  size_t encoded_length = 0;
  if (oath_base32_encode(raw.data(), raw.size(), &encoded, &encoded_length) != OATH_OK) {
    throw std::runtime_error("could not encode a two-step secret");
  }
  std::string secret(encoded, encoded_length);
  std::free(encoded);
  return secret;
}

std::optional<std::int64_t> AcceptTotpCode(std::string_view secret, std::string_view code,
                                           domain::Timestamp now, std::int64_t last_step) {
  EnsureLibrariesReady();
  if (code.size() != kTotpDigits) return std::nullopt;
  for (char digit : code) {
    if (digit < '0' || digit > '9') return std::nullopt;
  }
  const std::string key = DecodeBase32(secret);
  if (key.empty()) return std::nullopt;
  const time_t seconds =
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  const std::string terminated(code);
  int position = 0;
  const int result = oath_totp_validate2(key.data(), key.size(), seconds, kTotpStepSeconds, 0,
                                         /*window=*/1, &position, terminated.c_str());
  if (result < 0) return std::nullopt;
  const std::int64_t step = std::int64_t(seconds / kTotpStepSeconds) + position;
  if (step <= last_step) return std::nullopt;
  return step;
}

std::string TotpCode(std::string_view secret, domain::Timestamp now) {
  EnsureLibrariesReady();
  const std::string key = DecodeBase32(secret);
  const time_t seconds =
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  char code[kTotpDigits + 1] = {};
  if (oath_totp_generate(key.data(), key.size(), seconds, kTotpStepSeconds, 0, kTotpDigits, code) !=
      OATH_OK) {
    throw std::runtime_error("could not make a two-step code");
  }
  return code;
}

std::string TotpAddress(std::string_view issuer, std::string_view username,
                        std::string_view secret) {
  const auto encode = [](std::string_view text) {
    std::string encoded;
    for (unsigned char letter : text) {
      if (std::isalnum(letter) || letter == '-' || letter == '.' || letter == '_') {
        encoded += char(letter);
      } else {
        char escape[4];
        std::snprintf(escape, sizeof(escape), "%%%02X", letter);
        encoded += escape;
      }
    }
    return encoded;
  };
  return "otpauth://totp/" + encode(issuer) + ":" + encode(username) +
         "?secret=" + std::string(secret) + "&issuer=" + encode(issuer) +
         "&algorithm=SHA1&digits=6&period=30";
}

std::string NewRecoveryCode() {
  EnsureLibrariesReady();
  // No 0/o, 1/l/i: easy to read back from paper.
  static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  std::string code;
  for (int letter_idx = 0; letter_idx < 10; ++letter_idx) {
    if (letter_idx == 5) code += '-';
    code += kAlphabet[randombytes_uniform(std::uint32_t(kAlphabet.size()))];
  }
  return code;
}

std::string HashRecoveryCode(std::string_view code) {
  return HashPassword(NormaliseRecoveryCode(code), PasswordHashCost::kInteractive);
}

bool RecoveryCodeMatches(std::string_view kept, std::string_view typed) {
  const std::string code = NormaliseRecoveryCode(typed);
  if (kept.size() == 64 && kept.find('$') == std::string_view::npos) {
    return ConstantTimeEquals(kept, domain::Sha256Hex(code));
  }
  return VerifyPassword(kept, code);
}

bool LooksLikeRecoveryCode(std::string_view typed) {
  return NormaliseRecoveryCode(typed).size() == 10;
}

namespace {

// "sealed1:" + base64(nonce, sealed) was written before keys were named; "sealed2:" + key id + ":"
// + base64(nonce, sealed) since.
constexpr std::string_view kUnnamedKeyPrefix = "sealed1:";
constexpr std::string_view kNamedKeyPrefix = "sealed2:";
constexpr std::size_t kKeyIdLength = 8;

std::string AssociatedData(std::int64_t user_id) {
  return "frontdoor two-step secret of user " + std::to_string(user_id);
}

//! `text` sealed (XChaCha20-Poly1305, a random nonce) under `key` with `associated` data: the
//! nonce, then the ciphertext.
std::string Seal(std::string_view text, std::string_view associated, const SealingKey& key) {
  EnsureLibrariesReady();
  std::string sealed(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + text.size() +
                         crypto_aead_xchacha20poly1305_ietf_ABYTES,
                     '\0');
  auto* bytes = reinterpret_cast<unsigned char*>(sealed.data());
  randombytes_buf(bytes, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      bytes + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length,
      reinterpret_cast<const unsigned char*>(text.data()), text.size(),
      reinterpret_cast<const unsigned char*>(associated.data()), associated.size(), nullptr, bytes,
      key.data());
  return sealed;
}

//! The text in `sealed` (as Seal writes it) when `key` sealed it with `associated` data.
std::optional<std::string> Open(std::span<const unsigned char> sealed, std::string_view associated,
                                const SealingKey& key) {
  constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (sealed.size() < kNonce + kTag) return std::nullopt;
  const unsigned char* bytes = sealed.data();
  std::string text(sealed.size() - kNonce - kTag, '\0');
  unsigned long long opened = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(text.data()), &opened, nullptr, bytes + kNonce,
          sealed.size() - kNonce, reinterpret_cast<const unsigned char*>(associated.data()),
          associated.size(), bytes, key.data()) != 0) {
    return std::nullopt;
  }
  text.resize(opened);
  return text;
}

//! The secret in `sealed` (nonce, then ciphertext) when `key` sealed it for `user_id`.
std::optional<std::string> OpenWith(const std::vector<unsigned char>& sealed, std::int64_t user_id,
                                    const TwoStepKey& key) {
  return Open(sealed, AssociatedData(user_id), key);
}

//! The key a session's links are sealed with for `purpose`: a hash of the purpose and the
//! session's secret, so no other session (and no one without the secret) can open them.
SealingKey SessionKey(std::string_view session_secret, std::string_view purpose) {
  if (session_secret.empty()) throw std::invalid_argument("no session secret to seal with");
  EnsureLibrariesReady();
  std::string material = "frontdoor link sealed for " + std::string(purpose) + "\n";
  material += session_secret;
  SealingKey key;
  crypto_generichash(key.data(), key.size(),
                     reinterpret_cast<const unsigned char*>(material.data()), material.size(),
                     nullptr, 0);
  sodium_memzero(material.data(), material.size());
  return key;
}

}  // namespace

TwoStepKey NewTwoStepKey() {
  EnsureLibrariesReady();
  TwoStepKey key;
  crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
  return key;
}

std::string TwoStepKeyId(const TwoStepKey& key) {
  // A hash of the key after a context of its own: it names the key and reveals nothing of it.
  std::string text = "frontdoor two-step key id\n";
  text.append(reinterpret_cast<const char*>(key.data()), key.size());
  const std::string id = domain::Sha256Hex(text).substr(0, kKeyIdLength);
  sodium_memzero(text.data(), text.size());
  return id;
}

std::string SealTwoStepSecret(std::string_view secret, std::int64_t user_id,
                              const TwoStepKey& key) {
  const std::string sealed = Seal(secret, AssociatedData(user_id), key);
  return std::string(kNamedKeyPrefix) + TwoStepKeyId(key) + ":" +
         domain::Base64(reinterpret_cast<const unsigned char*>(sealed.data()), sealed.size());
}

std::string SealForSession(std::string_view text, std::string_view session_secret,
                           std::string_view purpose) {
  SealingKey key = SessionKey(session_secret, purpose);
  const std::string sealed = Seal(text, purpose, key);
  sodium_memzero(key.data(), key.size());
  return UrlSafeBase64(sealed);
}

std::optional<std::string> OpenForSession(std::string_view sealed, std::string_view session_secret,
                                          std::string_view purpose) {
  EnsureLibrariesReady();
  std::vector<unsigned char> bytes(sealed.size());
  std::size_t length = 0;
  if (sodium_base642bin(bytes.data(), bytes.size(), sealed.data(), sealed.size(), nullptr, &length,
                        nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
    return std::nullopt;
  bytes.resize(length);
  SealingKey key = SessionKey(session_secret, purpose);
  auto text = Open(bytes, purpose, key);
  sodium_memzero(key.data(), key.size());
  return text;
}

bool IsSealedTwoStepSecret(std::string_view kept) {
  return kept.starts_with(kUnnamedKeyPrefix) || kept.starts_with(kNamedKeyPrefix);
}

bool IsSealedWith(std::string_view kept, const TwoStepKey& key) {
  return kept.starts_with(kNamedKeyPrefix) &&
         kept.substr(kNamedKeyPrefix.size(), kKeyIdLength) == TwoStepKeyId(key);
}

std::optional<std::string> OpenTwoStepSecret(std::string_view kept, std::int64_t user_id,
                                             std::span<const TwoStepKey> keys) {
  if (!IsSealedTwoStepSecret(kept)) return std::string(kept);
  EnsureLibrariesReady();
  if (kept.starts_with(kUnnamedKeyPrefix)) {
    const auto sealed = domain::FromBase64(kept.substr(kUnnamedKeyPrefix.size()));
    for (const TwoStepKey& key : keys) {
      if (auto secret = sealed ? OpenWith(*sealed, user_id, key) : std::nullopt) return secret;
    }
    return std::nullopt;
  }
  const auto rest = kept.substr(kNamedKeyPrefix.size());
  if (rest.size() <= kKeyIdLength || rest[kKeyIdLength] != ':') return std::nullopt;
  const auto sealed = domain::FromBase64(rest.substr(kKeyIdLength + 1));
  for (const TwoStepKey& key : keys) {
    if (sealed && IsSealedWith(kept, key)) return OpenWith(*sealed, user_id, key);
  }
  return std::nullopt;
}

std::string NormaliseRecoveryCode(std::string_view typed) {
  std::string code;
  for (unsigned char letter : typed) {
    if (letter == '-' || std::isspace(letter)) continue;
    code += char(std::tolower(letter));
  }
  return code;
}

std::string QrCodeSvg(std::string_view text, std::string_view description) {
  const std::string terminated(text);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString(terminated.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
  if (!code) throw std::runtime_error("could not draw a QR code");
  const int quiet = 4;  // the blank border scanners need
  const int size = code->width + 2 * quiet;
  std::string svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " +
      std::to_string(size) + " " + std::to_string(size) +
      "\" width=\"200\" height=\"200\" shape-rendering=\"crispEdges\"><title>" +
      domain::EscapeXml(description) +
      "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
  for (int y = 0; y < code->width; ++y) {
    for (int x = 0; x < code->width; ++x) {
      if (code->data[y * code->width + x] & 1) {
        svg += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
      }
    }
  }
  svg += "\"/></svg>";
  return svg;
}

}  // namespace frontdoor::service
