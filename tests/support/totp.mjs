// tests/support/totp.mjs — the six-digit code an authenticator app would show (RFC 6238, SHA-1, 30 seconds).
import { createHmac } from 'node:crypto'

function base32Decode (text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const letter of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(letter).toString(2).padStart(5, '0')
  const bytes = []
  for (let at = 0; at + 8 <= bits.length; at += 8) bytes.push(parseInt(bits.slice(at, at + 8), 2))
  return Buffer.from(bytes)
}

export function totp (secret, milliseconds = Date.now()) {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(milliseconds / 1000 / 30)))
  const digest = createHmac('sha1', base32Decode(secret)).update(counter).digest()
  const offset = digest[digest.length - 1] & 0x0f
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1000000
  return String(value).padStart(6, '0')
}
